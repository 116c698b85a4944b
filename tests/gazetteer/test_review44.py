"""Set 44's location learning reviewed in other words: a school said short by its number after
the road it is on (汴京路二小), as one said in full, is not read back as the road; a road's
stretch said (人民路南段, 花园路最南头) is which end of it, as 南头 is; a road's end said with a
place beyond its other end (花园路北头，紫荆山那边) is not read back; a place heard whole by its
sound that is also a far district's name (龙子胡 for 龙子湖, and 蚌埠's 龙子湖区) is that place
said whole before where by it, not a campus whose name begins with it."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "road", "jurisdiction"),
    [
        ("开封汴京路二小门口，一个家长晕了", "lm-kf-bianjinglu", KAIFENG),
        ("魏都路三小，有个学生磕破头了", "lm-kf-weidulu", KAIFENG),
        ("经三路一小，放学时候一个孩子叫车碰了", "lm-zz-jingsanlu", ZHENGZHOU),
        ("农科路二幼，一个小孩卡住了", "lm-zz-nongkelu", ZHENGZHOU),
    ],
)
def test_a_school_said_short_after_its_road_is_not_read_back_as_the_road(
    gz, said, road, jurisdiction
):
    r, _ = _resolve(gz, said, jurisdiction)
    assert confirmed(r) is None, said
    assert road in [o.place.id for o in r.question.options] + [c.place.id for c in r.candidates]


@pytest.mark.parametrize(
    ("said", "road", "jurisdiction"),
    [
        ("汴京路上有一小孩摔了", "lm-kf-bianjinglu", KAIFENG),
        ("桐柏路一中门口，学生晕了", "lm-zz-school-zhengzhouyizhong-tongbailu", ZHENGZHOU),
    ],
)
def test_a_number_after_a_road_that_is_no_school_of_it_stays(gz, said, road, jurisdiction):
    r, _ = _resolve(gz, said, jurisdiction)
    assert confirmed(r) == road, said


@pytest.mark.parametrize(
    ("said", "road", "jurisdiction"),
    [
        ("人民路最南头，二七广场那边，有人晕倒了", "lm-zz-renminlu", ZHENGZHOU),
        ("人民路南段，二七纪念塔那边，一个老头摔了", "lm-zz-renminlu", ZHENGZHOU),
    ],
)
def test_a_roads_stretch_said_then_a_place_there_is_the_road(gz, said, road, jurisdiction):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == road, said


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("花园路北头，紫荆山那边，有人骑车摔了", "lm-zz-huayuanlu"),
        ("花园路北头，二七广场那边，一个老太太晕了", "lm-zz-huayuanlu"),
        ("花园路最北头，二七纪念塔那边，一个老太太倒了", "lm-zz-huayuanlu"),
    ],
)
def test_a_roads_end_said_with_a_place_beyond_its_other_end_is_not_read_back(gz, said, road):
    r, _ = _resolve(gz, said, ZHENGZHOU)
    assert confirmed(r) != road, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("龙子胡地下停车场，有人晕了", "lm-zz-longzihu"),
        ("龙子胡地下通道口，一个老头倒了", "lm-zz-longzihu"),
    ],
)
def test_a_place_heard_by_its_sound_that_is_also_a_far_districts_is_said_whole(gz, said, place):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == place, said
