"""A name every city has (植物园, 人民公园) said with another city is that city's, one the data
does not hold: never the centre's place of that name read back, nor ranked above the city."""

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


def test_another_citys_garden_is_not_the_centres_garden(gz):
    r = gz.resolve(["三门峡 植物园那边"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-411200"
    assert "lm-zz-zhengzhouzhiwuyuan" not in {c.place.id for c in r.candidates}


def test_a_city_said_as_where_the_caller_is_going_leaves_the_centres_garden(gz):
    r = gz.resolve(["去三门峡 植物园这"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhengzhouzhiwuyuan"


def test_the_centres_own_city_said_keeps_its_garden(gz):
    r = gz.resolve(["郑州 植物园那边"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhengzhouzhiwuyuan"
