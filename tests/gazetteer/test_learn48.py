"""What set 48's callers (the countryside of 郑州's and 开封's counties) said that the resolver
read wrong, in other words: a county's road said at a crossing with a road held only in another
county, the two far apart (中牟 广惠街和文化路), is no crossing to read back: nothing says the
roads meet, and the county's road is what is known; two roads of one county keep their crossing.
A town of the county said, typed with one character of its name wrong by its look (自沙镇 for
白沙镇, 白塞镇 for 白寨镇), is that county's town; a slip of another county's town is not read
as that town."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "road", "jurisdiction"),
    [
        ("中牟广惠街和文化路交叉口，有人被撞了", "lm-zz-guanghuijie", ZHENGZHOU),
        ("荥阳京城路跟农业路交叉口", "lm-zz-jingchenglu", ZHENGZHOU),
        ("巩义洛神路跟少林大道交叉口", "lm-zz-luoshenlu", ZHENGZHOU),
        ("杞县金城大道跟宋城路路口往西", "lm-kf-jinchengdadao", KAIFENG),
    ],
)
def test_a_countys_road_at_a_crossing_with_a_far_road_is_no_crossing(gz, said, road, jurisdiction):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == road, said
    assert all(c.place.kind != "crossing" for c in r.candidates), said
    assert confirmed(r) in (None, road), said


@pytest.mark.parametrize(
    ("said", "jurisdiction"),
    [
        ("巩义杜甫路跟永安路交叉口，撞车了", ZHENGZHOU),
        ("荥阳索河路跟荥泽大道口，有人被撞", ZHENGZHOU),
    ],
)
def test_two_roads_of_one_county_keep_their_crossing(gz, said, jurisdiction):
    r, _ = _resolve(gz, said, jurisdiction)
    assert r.candidates[0].place.kind == "crossing", said


@pytest.mark.parametrize(
    ("said", "town", "jurisdiction"),
    [
        ("中牟县自沙镇，老人摔了", "adm-410122105", ZHENGZHOU),
        ("新密白塞镇，骑车的摔了", "adm-410183108", ZHENGZHOU),
        ("新郑幸店镇，有人中毒了", "adm-410184102", ZHENGZHOU),
        ("杞县高阴镇，车翻沟里了", "adm-410221104", KAIFENG),
    ],
)
def test_a_town_of_the_county_said_typed_one_character_wrong(gz, said, town, jurisdiction):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == town, said


def test_a_slip_of_another_countys_town_is_not_read_as_that_town(gz):
    # 白沙镇 is 中牟's; 新郑 holds no town one character from 自沙镇.
    r, top = _resolve(gz, "新郑市自沙镇，有人晕倒", ZHENGZHOU)
    assert top == "adm-410184"
    assert "adm-410122105" not in [c.place.id for c in r.candidates]


def test_words_a_town_said_short_as_well_are_not_read_as_a_slip(gz):
    # 大店镇: 大冶镇 with 店 for 冶, or 大金店镇 with 金 left out; nothing says which.
    r, top = _resolve(gz, "登封大店镇，骑车的撞了", ZHENGZHOU)
    assert top != "adm-410185105"
    assert confirmed(r) is None
