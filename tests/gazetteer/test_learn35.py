"""What set 35's callers said that the resolver read wrong, in other words: the caller's own 俺
after a town heard as a village of it (姚家镇，俺家 read as 闫家村); a village said as 俺村叫X
after its town; an area said short, then whole (港区，航空港区), read as a hospital's site named
after it; an institution said by the rest of its name after its county (中牟那个电力职院). Each
with near-misses that keep their answer."""

import pytest

from .answers import KAIFENG, ZHENGZHOU
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "jurisdiction", "town", "village"),
    [
        ("新郑观音寺镇，俺庄东边那条路", ZHENGZHOU, "adm-410184103", "adm-410184103212"),
        ("通许长智镇，俺庄里有个老人晕倒了", KAIFENG, "adm-410222105", "adm-410222105212"),
        ("中牟姚家镇，俺家后头", ZHENGZHOU, "adm-410122115", "adm-410122115213"),
    ],
)
def test_the_callers_own_word_after_a_town_is_no_village(gz, said, jurisdiction, town, village):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == town, said
    assert not (r.question.kind == "confirm" and r.question.options[0].place.id == village), said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "village"),
    [
        ("中牟姚家镇闫家村，村口", ZHENGZHOU, "adm-410122115213"),
        ("通许长智镇阎庄村", KAIFENG, "adm-410222105212"),
    ],
)
def test_the_village_written_after_its_town_keeps_it(gz, said, jurisdiction, village):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == village, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "village"),
    [
        ("荥阳崔庙镇，俺村叫项沟", ZHENGZHOU, "adm-410182109203"),
        ("杞县葛岗镇，俺们村是楚西", KAIFENG, "adm-410221105204"),
        ("中牟姚家镇，我们村叫七里岗", ZHENGZHOU, "adm-410122115203"),
    ],
)
def test_a_village_said_as_the_callers_after_its_town(gz, said, jurisdiction, village):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == village, said


def test_the_callers_home_in_a_town_with_no_village_named(gz):
    _, top = _resolve(gz, "荥阳崔庙镇，俺家在镇上", ZHENGZHOU)
    assert top == "adm-410182109"


def test_an_area_said_short_then_whole_is_the_area(gz):
    r, top = _resolve(gz, "港区，航空港区那块，路边", ZHENGZHOU)
    assert top == "lm-zz-hangkonggangqu"
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("省立医院航空港院区，门口", "hosp-hnssl-gangqu"),
        # A road at a campus's gates is no area the campus is named after.
        ("航院，大学路那个老校区", "edu-4141010485-daxuezhonglu"),
    ],
)
def test_a_site_said_by_its_institution_keeps_it(gz, said, place):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == place, said


@pytest.mark.parametrize(
    ("said", "institution"),
    [
        ("荥阳那个职业技术学院，宿舍楼", "edu-4141013792"),
        ("中牟那个电力职院，门口", "edu-4141014062"),
        ("登封那个体育学院，操场", "edu-4141014720"),
    ],
)
def test_an_institution_said_by_its_rest_after_its_county(gz, said, institution):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top is not None and top.split("-")[:2] == institution.split("-"), said


@pytest.mark.parametrize(
    ("said", "confirmed"),
    [("登封少林寺，山门口", "lm-zz-shaolinsi"), ("中牟那个学院，门口", None)],
)
def test_a_landmark_of_the_county_or_a_kind_word_alone_keeps_its_answer(gz, said, confirmed):
    r, _ = _resolve(gz, said, ZHENGZHOU)
    got = r.question.options[0].place.id if r.question.kind == "confirm" else None
    assert got == confirmed, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("城东路中间，回民那边住", "lm-zz-chengdonglu"),
        ("管城街，回民那片，路口", "lm-zz-guanchengjie"),
    ],
)
def test_a_far_districts_short_name_beside_a_road_of_the_centre(gz, said, place):
    r, top = _resolve(gz, said, ZHENGZHOU)
    assert top == place, said
    assert all(c.place.id != "adm-150103" for c in r.candidates), said


def test_a_far_district_said_with_its_city_keeps_it(gz):
    _, top = _resolve(gz, "呼和浩特回民区，锡林郭勒路", ZHENGZHOU)
    assert top == "adm-150103"


@pytest.mark.parametrize("said", ["中牟城际站，进站口", "中牟轻轨站那"])
def test_a_countys_station_with_its_rail_word(gz, said):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == "lm-zz-zhongmouzhan", said


def test_the_county_town_keeps_the_county(gz):
    _, top = _resolve(gz, "中牟县城里，十字街", ZHENGZHOU)
    assert top is not None and top.startswith("adm-410122"), top


@pytest.mark.parametrize("said", ["禹王台区繁塔，塔附近，路边", "开封禹王台区繁答，塔底下"])
def test_a_places_kind_said_again_by_it_is_the_place(gz, said):
    _, top = _resolve(gz, said, KAIFENG)
    assert top == "lm-kf-fanta", said


def test_another_word_before_the_reference_keeps_its_answer(gz):
    _, top = _resolve(gz, "二七塔，楼旁边", ZHENGZHOU)
    assert top == "lm-zz-erqiguangchang"
