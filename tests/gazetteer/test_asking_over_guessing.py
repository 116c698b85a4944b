"""A compound near a place (X那边 那个小区) is not a compound named after it, and a place is not
read back while the caller says they are on a road, or in a compound, that nothing reads."""

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


def test_a_compound_near_a_place_is_not_one_named_after_it(gz):
    r = gz.resolve(["鼓楼那块 那个小区里头"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "lm-kf-gulou"
    r = gz.resolve(["龙亭那边 那个小区"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "lm-kf-longting"


def test_a_road_the_caller_is_on_that_nothing_reads_stops_a_read_back(gz):
    r = gz.resolve(["郑州 政七街上 省博 西门外头"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-henanbowuyuan"
    assert r.question.kind != "confirm"


def test_the_road_the_place_stands_on_does_not(gz):
    r = gz.resolve(["郑州 农业路上 省博 西门外头"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"


def test_a_compound_said_is_not_read_as_a_campus_like_it(gz):
    r = gz.resolve(["中原区 一个老小区里"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-410102"
    assert all(c.place.kind != "campus" for c in r.candidates)
