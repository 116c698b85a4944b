"""Set 42's and set 43's learnings in other words than their probes': a city said as where a trip
started is where the caller came away from, so beside a road both cities hold, said to the other
centre, the road is that centre's (西大街，刚从郑州过来 to 开封's centre), and the city may be said
with its side or the trip with how it was driven (从开封那边过来, 从开封开过来), and a county said
so is a trip's start beside a road away from it (从中牟过来，在经三路上); a ring road
said short while driving it along a way said with 由 or 自 (北环由西往东) is the ring road, and a
county's own ring road (新郑北环) is not the city's."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("东大街，我们刚从郑州过来，老人摔了", "lm-kf-dongdajie"),
        ("建设路上，一早从郑州出发的，车坏了", "lm-kf-jianshelu-xiangfu"),
    ],
)
def test_a_road_both_cities_hold_said_to_the_other_centre_is_its_road(gz, said, road):
    r, top = _resolve(gz, said, KAIFENG)
    assert top == road, said
    assert confirmed(r) in (None, road)


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("花园路上，从开封那边过来的，车撞了", "lm-zz-huayuanlu"),
        ("文化路，俺们刚从开封开过来，孩子吐了", "lm-zz-wenhualu"),
    ],
)
def test_a_trip_start_said_with_its_side_or_how_it_was_driven(gz, said, road):
    _, top = _resolve(gz, said, KAIFENG)
    assert top == road, said


def test_a_road_both_cities_hold_said_to_the_start_city_s_centre_stays_as_said(gz):
    _, top = _resolve(gz, "东大街上，刚从郑州过来", ZHENGZHOU)
    assert top == "lm-zz-dongdajie"


@pytest.mark.parametrize(
    "said", ["北环自西向东，快到花园路，有人被撞", "北环由西往东，过了经三路，电动车倒了"]
)
def test_a_ring_road_said_short_along_a_way_said_from_where_is_the_ring_road(gz, said):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == "lm-zz-beihuanlu", said


def test_a_county_s_own_ring_road_is_not_the_city_s(gz):
    _, top = _resolve(gz, "新郑北环由南往北，车撞了", ZHENGZHOU)
    assert top == "adm-410184"


@pytest.mark.parametrize(
    ("said", "road", "jurisdiction"),
    [
        ("俺们从中牟过来的，在经三路上，车撞了", "lm-zz-jingsanlu", ZHENGZHOU),
        ("刚从新郑过来，现在在人民路上", "lm-zz-renminlu", ZHENGZHOU),
        ("从尉氏开车过来的，在东大街上", "lm-kf-dongdajie", KAIFENG),
    ],
)
def test_a_county_said_as_where_a_trip_started_beside_a_road_away_from_it(
    gz, said, road, jurisdiction
):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == road, said


def test_a_county_said_as_where_a_trip_started_beside_its_own_road_stays(gz):
    _, top = _resolve(gz, "从上街过来，在中心路上摔了", ZHENGZHOU)
    assert top == "lm-zz-zhongxinlu-shangjie"
