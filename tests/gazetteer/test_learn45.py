"""What set 45's callers (people who do not know the place) said that the resolver read wrong, in
other words: everyday words heard by their sound as a division far from the centre (人不 as 西藏's
仁布县, 叫撞 as 西平's 焦庄乡, 不认识 as 山西's 怀仁市) are no place, and do not take the call
from a place of the centre's area said beside them; said by its own characters the far division
stays. A road named after a division (金水路, 东明路, 晋安路) said after 导航显示 is the road the
phone shows, not the caller's phone showing that division. A metro station said by its bare
name read off its sign, with 地铁 said apart from it (地铁站，牌子上写的燕庄), is the station."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "place", "far", "jurisdiction"),
    [
        ("我不认识这地方，在经三路上", "lm-zz-jingsanlu", "adm-140681", ZHENGZHOU),
        ("外地的不认识，在花园路上", "lm-zz-huayuanlu", "adm-140681", ZHENGZHOU),
        ("巩义市，家里老人不行了", "adm-410181", "adm-540229", ZHENGZHOU),
        ("禹王台区，病人不动了", "adm-410205", "adm-540229", KAIFENG),
        ("登封，孩子叫撞了", "adm-410185", "adm-411721213", ZHENGZHOU),
    ],
)
def test_everyday_words_heard_as_a_far_division_are_no_place(gz, said, place, far, jurisdiction):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == place, said
    assert far not in [c.place.id for c in r.candidates], said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("西藏日喀则仁布县，朋友在那边出事了", "adm-540229"),
        ("驻马店西平县焦庄乡，我是那来的", "adm-411721213"),
    ],
)
def test_a_far_division_said_by_its_own_characters_stays(gz, said, place):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == place, said


@pytest.mark.parametrize(
    ("said", "road", "jurisdiction"),
    [
        ("导航显示金水路，有人倒了", "lm-zz-jinshuilu", ZHENGZHOU),
        ("定位显示东明路，我是外地的", "lm-zz-dongminglu", ZHENGZHOU),
        ("导航上显示中原路，车追尾了", "lm-zz-zhongyuanlu", ZHENGZHOU),
        ("导航显示晋安路，路边有人晕倒", "lm-kf-jinanlu", KAIFENG),
        ("导航显示东台路，有人晕了", "lm-kf-dongtailu", KAIFENG),
    ],
)
def test_a_road_named_after_a_division_shown_by_the_phone_is_the_road(gz, said, road, jurisdiction):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == road, said


def test_the_city_shown_by_the_phone_before_a_road_is_still_set_aside(gz):
    _, top = _resolve(gz, "导航显示郑州，文化路上", ZHENGZHOU)
    assert top == "lm-zz-wenhualu"


@pytest.mark.parametrize(
    ("said", "station"),
    [
        ("地铁出站口，写的郑大科技园", "lm-zz-metro-zhengdakejiyuan"),
        ("坐地铁过来的，站名叫金洼，出口有人晕了", "lm-zz-metro-jinwa"),
        ("地铁站里，写着同乐，老人摔了", "lm-zz-metro-tongle"),
        ("下地铁的地方，牌子是东十里铺", "lm-zz-metro-dongshilipu"),
    ],
)
def test_a_metro_station_said_by_its_bare_name_apart_from_the_metro_is_the_station(
    gz, said, station
):
    r, _ = _resolve(gz, said, ZHENGZHOU)
    assert confirmed(r) == station, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("坐地铁到紫荆山公园，门口有人晕了", "lm-zz-zijingshangongyuan"),
        ("地铁上，海滩寺站下车的时候有人倒了", "lm-zz-metro-haitansi"),
    ],
)
def test_a_place_held_by_its_bare_name_or_a_station_said_whole_stays(gz, said, place):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == place, said


@pytest.mark.parametrize(
    ("said", "station"),
    [
        ("兰寨那边，地铁口后面的巷子", "lm-zz-metro-lanzhai"),
        ("姚寨那片，地铁口往南的村里", "lm-zz-metro-yaozhai"),
    ],
)
def test_a_bare_name_with_no_sign_said_by_the_metro_is_not_read_back_as_the_station(
    gz, said, station
):
    r, _ = _resolve(gz, said, ZHENGZHOU)
    assert confirmed(r) != station, said
