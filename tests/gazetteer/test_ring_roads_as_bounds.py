"""A road said with a ring road as the bound of the stretch the caller is on (文化路，北三环以里;
西三环以内，建设路上; 嵩山路，南四环以外) is that road, asked where along it: the ring is a mark,
and the crossing of the two is not read back. The crossing said as one (文化路北三环,
北三环文化路口) stays the crossing."""

import pytest

from .answers import ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("文化路，北三环以里，有人晕倒了", "lm-zz-wenhualu"),
        ("西三环以内，建设路上，一个老头摔了", "lm-zz-jianshelu"),
        ("嵩山路，南四环以外，车翻了", "lm-zz-songshanlu"),
        ("金水路上，东边三环往里一点，有人倒了", "lm-zz-jinshuilu"),
        ("农业路，西三环里边，骑车的摔了", "lm-zz-nongyelu"),
    ],
)
def test_a_ring_said_as_the_bound_of_a_road_is_no_crossing(gz, said, road):
    r, top = _resolve(gz, said, ZHENGZHOU)
    assert top == road, said
    assert not (confirmed(r) or "").startswith("xing-"), said


@pytest.mark.parametrize(
    ("said", "crossing"),
    [
        ("文化路北三环，车撞了", "xing-lm-zz-beisanhuan-lm-zz-wenhualu"),
        ("北三环文化路口，有人被撞", "xing-lm-zz-beisanhuan-lm-zz-wenhualu"),
    ],
)
def test_the_crossing_said_as_one_stays(gz, said, crossing):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == crossing, said
