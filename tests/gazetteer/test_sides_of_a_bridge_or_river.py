"""A town or village of the centre's area said, then which side of a bridge, a river or the
town (古荥镇，河西边; 薛店镇，桥西那块; 朱仙镇，河东边; 米村镇，城南那边) is where the caller is:
the side is not the far district whose name it is short of (天津's 河西区, 石家庄's 桥西区,
临沂's 河东区), which took the call away and dropped the town. A far district
said with its city (天津河西区, 张家口桥东区) stays that district."""

import pytest

from .answers import KAIFENG, ZHENGZHOU
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "town", "jurisdiction"),
    [
        ("古荥镇，河西边，有人落水", "adm-410108101", ZHENGZHOU),
        ("薛店镇，桥西那块，车撞了", "adm-410184106", ZHENGZHOU),
        ("郭店镇，河东头，一个老汉晕倒", "adm-410184108", ZHENGZHOU),
        ("朱仙镇，河东边，有人掉河里", "adm-410212106", KAIFENG),
        ("陈留镇，桥西头，电动车撞了", "adm-410212101", KAIFENG),
        ("大河村，桥东边，小孩摔了", "adm-410105018203", ZHENGZHOU),
    ],
)
def test_a_side_said_after_a_town_is_no_far_district(gz, said, town, jurisdiction):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == town, said


@pytest.mark.parametrize(
    ("said", "district"),
    [
        ("天津河西区，出差的同事倒了", "adm-120103"),
        ("张家口桥东区，朋友出事了", "adm-130702"),
    ],
)
def test_a_far_district_said_with_its_city_stays(gz, said, district):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == district, said
