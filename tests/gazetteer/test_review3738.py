"""Sets 37's and 38's learnings in yet other words, where they stopped short or went too far: a
coach station said with 长途 after its county or city (中牟县长途东站, 开封长途汽车西站) is that
place's own, never 郑州's; a 社区 whose committee the statistics list as 社区管理委员会 is the
社区 (人和路街道贾寨社区); a 社区 that kept its village's name said with its district where a far
city's district bears the name (顺河回族区，罗庄这); a name broken off and taken up with a
hospital's other kind (登封妇幼…妇幼那个保健院); a division's own hall said by
its other names (行政服务中心, 便民服务中心) is not the city's. Each with near-misses that keep
their answer."""

import pytest

from gazetteer._towns import spoken_name

from .answers import KAIFENG, ZHENGZHOU
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "station", "jurisdiction"),
    [
        ("俺在中牟县长途东站，候车室里", "lm-zz-zhongmou-qichedongzhan", ZHENGZHOU),
        ("开封长途汽车西站门口", "lm-kf-qichexizhan", KAIFENG),
    ],
)
def test_a_coach_station_said_with_its_county_before_changtu_is_that_countys(
    gz, said, station, jurisdiction
):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == station, said
    assert "lm-zz-keyundongzhan" not in [c.place.id for c in r.candidates], said
    assert "lm-zz-keyunxizhan" not in [c.place.id for c in r.candidates], said


def test_a_county_with_no_coach_station_of_that_side_is_not_given_zhengzhous(gz):
    r, top = _resolve(gz, "新郑长途东站那")
    assert r.question.kind != "confirm"
    assert top != "lm-zz-keyundongzhan"


@pytest.mark.parametrize(
    ("said", "station"),
    [
        ("郑州长途东站进站口", "lm-zz-keyundongzhan"),
        ("在长途南站这", "lm-zz-keyunnanzhan"),
    ],
)
def test_zhengzhous_coach_stations_said_with_changtu_keep_their_answer(gz, said, station):
    r, top = _resolve(gz, said)
    assert top == station, said
    assert r.question.kind == "confirm", said


def test_a_shequ_listed_with_its_management_committee_is_named_as_callers_say_it(gz):
    assert spoken_name("贾寨社区管理委员会") == "贾寨社区"
    # A zone's committee that is no 社区's keeps its name.
    assert spoken_name("产业集聚区管理委员会") == "产业集聚区管理"
    _, top = _resolve(gz, "人和路街道贾寨社区，二号院")
    assert top == "adm-410103014005"


def test_a_village_of_the_name_in_another_county_keeps_its_answer(gz):
    _, top = _resolve(gz, "朱仙镇贾寨村", KAIFENG)
    assert top == "adm-410212106205"


@pytest.mark.parametrize(
    ("said", "unit", "jurisdiction"),
    [
        ("顺河回族区，罗庄这，老人摔了", "adm-410203200009", KAIFENG),
        ("中原区的罗庄", "adm-410102010205", ZHENGZHOU),
    ],
)
def test_a_unit_said_by_a_name_a_far_citys_district_bears_is_the_districts_unit(
    gz, said, unit, jurisdiction
):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == unit, said


def test_the_name_said_with_no_district_is_not_read_back(gz):
    r, _ = _resolve(gz, "罗庄", KAIFENG)
    assert r.question.kind != "confirm"


def test_a_name_taken_up_with_a_hospitals_other_kind_is_that_hospital(gz):
    _, top = _resolve(gz, "登封妇幼…妇幼那个保健院")
    assert top is not None and top.startswith("hosp-dfsfybjy")


def test_broken_words_that_make_no_held_name_with_the_kind_stay_as_said(gz):
    r, _ = _resolve(gz, "桐柏路…那个保健院")
    assert r.question.kind != "confirm"


@pytest.mark.parametrize("said", ["中原区行政服务中心", "金水区便民服务中心门口"])
def test_a_divisions_own_hall_by_its_other_names_is_not_the_citys(gz, said):
    r, _ = _resolve(gz, said)
    assert "lm-zz-zhengwufuwuzhongxin" not in [c.place.id for c in r.candidates[:1]], said
    assert r.question.kind != "confirm", said


def test_the_citys_hall_said_with_its_city_is_still_read_back(gz):
    r, top = _resolve(gz, "郑州市政务服务中心")
    assert top == "lm-zz-zhengwufuwuzhongxin"
    assert r.question.kind == "confirm"
