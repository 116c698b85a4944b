"""Set 45's learning in other words again: a road or place whose name begins with a division's
(金水西路, 二七纪念塔, 汴京公园) said after 导航显示, 定位在 or 挨着 is that road or place,
not the caller's phone showing the division; a metro station's bare name said after a word that
it is the station's own (站名叫, 报站, 指示牌) is the station even where a village or 街道 of the
area has that name, and said with 村 or 镇 and no such word it stays the village or town."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "centre", "place"),
    [
        ("导航显示金水西路，外卖小哥摔了", ZHENGZHOU, "lm-zz-jinshuixilu"),
        ("离金水西路不远，电动车撞人", ZHENGZHOU, "lm-zz-jinshuixilu"),
        ("挨着二七纪念塔，老太太晕了", ZHENGZHOU, "lm-zz-erqiguangchang"),
        ("导航显示汴京公园，孩子落水了", KAIFENG, "lm-kf-bianjinggongyuan"),
    ],
)
def test_a_place_named_after_a_division_shown_by_the_phone_is_the_place(gz, said, centre, place):
    _, top = _resolve(gz, said, centre)
    assert top == place, said


@pytest.mark.parametrize(
    ("said", "station"),
    [
        ("下地铁了，站名叫马寨，出口有人晕", "lm-zz-metro-mazhai"),
        ("地铁报站说到常庄了，车厢里有人倒", "lm-zz-metro-changzhuang"),
        ("坐地铁，指示牌上是十八里河，老人摔了", "lm-zz-metro-shibalihe"),
    ],
)
def test_a_station_said_as_its_own_name_is_the_station_over_a_village_of_that_name(
    gz, said, station
):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == station, said


@pytest.mark.parametrize(
    ("said", "station"),
    [
        ("常庄村，地铁口往南的巷子", "lm-zz-metro-changzhuang"),
        ("马寨镇上，坐地铁回来的，人晕了", "lm-zz-metro-mazhai"),
    ],
)
def test_a_village_or_town_said_by_the_metro_with_no_word_of_a_sign_stays(gz, said, station):
    r, _ = _resolve(gz, said, ZHENGZHOU)
    assert confirmed(r) != station, said
