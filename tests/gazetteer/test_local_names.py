"""The centre's own landmark said without the name of its city it begins with (植物园 for
郑州植物园), and a place said with the road it stands on (省博 农业路那边): the place, not the
road, nor a station named after it read short of its 站."""

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


def test_the_centres_own_landmark_said_without_its_citys_name(gz):
    r = gz.resolve(["植物园 门口 有人晕倒"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhengzhouzhiwuyuan"
    r = gz.resolve(["城隍庙 里头"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhengzhouchenghuangmiao"


def test_a_road_the_landmark_does_not_stand_on_says_it_is_another(gz):
    r = gz.resolve(["中原路上的百货大楼"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhongyuanlu"


def test_a_place_said_with_its_road_beats_the_road(gz):
    r = gz.resolve(["省博 农业路那边"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-henanbowuyuan"
