"""A road, a railway or a bridge of no name said as the mark beside the caller (铁路桥底下,
高速桥边上, 火车道口, 立交桥下面) names no place: nothing read inside its words (路桥 of 铁路桥
as 台州's 路桥区, 速桥 of 高速桥 as 许昌's 苏桥镇, 立交桥 as 河医立交桥) is offered, and the town
or village said with it stays where the caller is. A name every county has (刘寨村), then a
street said after a pause (刘寨村，路边), is the village: the street is not the start of a
road's name. A road, a bridge or a station said by its own name holds the way word and
stays."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "town", "jurisdiction"),
    [
        ("朱仙镇，铁路桥底下，有人被车挂倒了", "adm-410212106", KAIFENG),
        ("须水镇，铁路桥底下躺着个人", "adm-410102012", ZHENGZHOU),
        ("郭店镇，铁路桥边上，三轮车翻沟里了", "adm-410184108", ZHENGZHOU),
        ("邢口镇，公路桥那，有人掉河里了", "adm-410221107", KAIFENG),
    ],
)
def test_a_town_said_with_a_bridge_of_no_name_stays_the_town(gz, said, town, jurisdiction):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == town, said
    assert "adm-331004" not in [c.place.id for c in r.candidates], said


@pytest.mark.parametrize(
    ("said", "town", "read_inside", "jurisdiction"),
    [
        ("古荥镇，立交桥下面，电动车撞了", "adm-410108101", "lm-zz-heyilijiaoqiao", ZHENGZHOU),
        ("邢口镇，立交桥底下，有人摔了", "adm-410221107", "lm-zz-heyilijiaoqiao", KAIFENG),
        ("广武镇，高速桥边上，有个三轮翻了", "adm-410182103", "adm-411003103", ZHENGZHOU),
        ("陈留镇，高速桥底下有人晕倒", "adm-410212101", "adm-411003103", KAIFENG),
    ],
)
def test_nothing_read_inside_the_words_of_a_way_is_offered(
    gz, said, town, read_inside, jurisdiction
):
    r, _ = _resolve(gz, said, jurisdiction)
    assert confirmed(r) == town, said
    assert read_inside not in [c.place.id for c in r.candidates], said


@pytest.mark.parametrize(
    ("said", "village", "jurisdiction"),
    [
        ("刘寨村，街上，有人打架见血了", "adm-410108002201", ZHENGZHOU),
        ("陈砦村，路边上，骑车的摔了", "adm-410105019203", ZHENGZHOU),
        ("大河村，铁路桥东边，有人躺地上", "adm-410105018203", ZHENGZHOU),
    ],
)
def test_a_common_village_then_a_street_after_a_pause_is_the_village(
    gz, said, village, jurisdiction
):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == village, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("河医立交桥下面，有个人晕了", "lm-zz-heyilijiaoqiao"),
        ("一马路边上，有人被车撞了", "lm-zz-yimalu"),
        ("文化宫路边上，老头倒了", "lm-zz-wenhuagonglu"),
        ("郑州火车站东广场，有人晕倒", "lm-zz-zhengzhouzhan"),
    ],
)
def test_a_way_said_by_its_own_name_stays(gz, said, place):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == place, said
