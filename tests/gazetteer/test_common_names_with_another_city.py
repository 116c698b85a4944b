"""A name every city has (百货大楼, 人民公园) said with another city is that city's, one the data
does not hold: never the centre's place of that name read back, nor ranked above the city."""

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


def test_another_citys_park_is_not_the_centres_park(gz):
    r = gz.resolve(["新乡 人民公园那边"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    assert r.candidates[0].place.id == "adm-410700"


def test_another_citys_department_store_ranks_that_city_first(gz):
    r = gz.resolve(["商丘 百货大楼门口"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "adm-411400"
    assert "lm-zz-baihuodalou" not in {c.place.id for c in r.candidates}


def test_a_city_said_as_where_the_caller_is_going_leaves_the_centres_park(gz):
    r = gz.resolve(["去新乡 人民公园这"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhengzhourenmingongyuan"


def test_the_centres_own_city_said_keeps_its_park(gz):
    r = gz.resolve(["郑州 人民公园那边"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhengzhourenmingongyuan"
