"""What set 44's callers (daily neighbourhood life in 郑州 and 开封) said that the resolver read
back wrong, in other words: a school named after the road it is on (工人路小学, 魏都路中学),
which the data does not hold, is where the caller is; the road said as the first
words of its name is offered, not read back to confirm. A road said as where the caller is,
with a school in a clause of its own (魏都路上，中学旁边), stays the road. A village that bears
its town's short name and is not held (登封宣化村) is not read back as the town. A road said
with its end in a clause of its own, then a place said with 那边 (花园路南头，紫荆山公园那边),
is the road: the place says which end."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "road", "jurisdiction"),
    [
        ("开封魏都路中学大门口，学生被车碰了", "lm-kf-weidulu", KAIFENG),
        ("中原区工人路小学门口，一个家长倒了", "lm-zz-gongrenlu", ZHENGZHOU),
        ("开封解放大道小学门口，接孩子的爷爷摔了", "lm-kf-jiefangdadao", KAIFENG),
        ("禹王台区中山路小学，有学生晕倒", "lm-kf-zhongshanlu", KAIFENG),
        ("金水区丰庆路小学里面，老师晕倒", "lm-zz-fengqinglu", ZHENGZHOU),
        ("开封宋都御街小学，有个学生摔破头了", "lm-kf-songduyujie", KAIFENG),
        ("惠济区天河路小学，门口有人被撞了", "lm-zz-tianhelu", ZHENGZHOU),
    ],
)
def test_a_school_named_after_its_road_is_not_read_back_as_the_road(gz, said, road, jurisdiction):
    r, _ = _resolve(gz, said, jurisdiction)
    assert confirmed(r) is None, said
    assert road in [o.place.id for o in r.question.options] + [c.place.id for c in r.candidates]


@pytest.mark.parametrize(
    ("said", "road", "jurisdiction"),
    [
        ("魏都路上，中学旁边，一个老头摔了", "lm-kf-weidulu", KAIFENG),
        ("东明路上，离小学不远，有人晕倒", "lm-zz-dongminglu", ZHENGZHOU),
    ],
)
def test_a_road_said_as_where_the_caller_is_beside_a_school_stays_the_road(
    gz, said, road, jurisdiction
):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == road, said


@pytest.mark.parametrize(
    ("said", "town", "jurisdiction"),
    [
        ("登封宣化村，一个老太太从坡上滚下来", "adm-410185106", ZHENGZHOU),
        ("通许厉庄村，浇地的老汉晕了", "adm-410222205", KAIFENG),
        ("杞县高阳村，有人被狗咬了", "adm-410221104", KAIFENG),
        ("巩义回郭村，厂里有人烫伤了", "adm-410181113", ZHENGZHOU),
        ("尉氏朱曲村，割麦的中暑了", "adm-410223102", KAIFENG),
    ],
)
def test_a_village_bearing_its_towns_name_not_held_is_not_read_back_as_the_town(
    gz, said, town, jurisdiction
):
    r, _ = _resolve(gz, said, jurisdiction)
    assert confirmed(r) != town, said


@pytest.mark.parametrize(
    ("said", "place", "jurisdiction"),
    [
        ("登封君召乡，乡里赶集的人晕倒了", "adm-410185203", ZHENGZHOU),
        ("荥阳贾峪村，有个小孩掉沟里了", "adm-410182110201", ZHENGZHOU),
    ],
)
def test_a_town_said_as_a_town_or_a_held_village_of_its_name_stays(gz, said, place, jurisdiction):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == place, said


@pytest.mark.parametrize(
    ("said", "road", "jurisdiction"),
    [
        ("花园路南头，紫荆山公园那边，骑车的摔了", "lm-zz-huayuanlu", ZHENGZHOU),
        ("人民路南头，二七塔那边，逛街的晕了", "lm-zz-renminlu", ZHENGZHOU),
    ],
)
def test_a_road_said_with_its_end_then_a_place_there_is_the_road(gz, said, road, jurisdiction):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == road, said
