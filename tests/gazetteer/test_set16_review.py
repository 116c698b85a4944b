"""Second review of the readings learned from location hold-out set 16, on text of the reviewer's
own: other phrasings of the same causes, and near-misses the learning had changed or must not
change (a caller beside a motorway, a town said with 城里, a town whose name holds a road's)."""

import pytest

from gazetteer._context import reference_phrases
from gazetteer._motorways import on_a_motorway

from .answers import KAIFENG, ZHENGZHOU, confirmed

# --- Beside, under, off or come by a motorway: the place named is where the caller is ------


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("高速桥底下 官渡镇 十里铺村", "adm-410122102202"),
        ("高速公路 旁边 官渡镇 十里铺村", "adm-410122102202"),
        ("官渡镇 十里铺村 挨着 高速 那个 村", "adm-410122102202"),
        ("俺们从高速上下来了，在官渡镇街上", "adm-410122102"),
        ("我们 走高速 过来的 现在 在 郑州东站 出站口", "lm-zz-zhengzhoudongzhan"),
    ],
)
def test_a_place_beside_off_or_reached_by_a_motorway_is_read_back(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == place, said


@pytest.mark.parametrize(
    ("said", "jurisdiction"),
    [
        ("高速上 车坏了 新郑 龙湖镇 这", ZHENGZHOU),
        ("京港澳高速 新郑 薛店 这一段 追尾了", ZHENGZHOU),
        ("在高速上 往南走 新郑 龙湖镇 附近", ZHENGZHOU),  # 附近 of the town, not the road
        ("日兰高速 兰考 东坝头 那一段 车翻了", KAIFENG),
    ],
)
def test_a_town_named_from_the_carriageway_is_still_not_read_back(gz, said, jurisdiction):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert confirmed(r) is None, said
    assert r.candidates and r.candidates[0].place.kind == "town", said


@pytest.mark.parametrize(
    ("said", "on"),
    [
        ("坐 高速 大巴 刚到 兰考", False),  # a coach, not the carriageway
        ("高速 北边 那个 村", False),
        ("刚上高速 往东 中牟 这一段", True),
        ("连霍高速 往东 走", True),
    ],
)
def test_on_a_motorway_reads_the_cues_the_names_leave_out(said, on):
    assert on_a_motorway([said]) is on


# --- A town said with its walls (洧川 城里) is the town; a market's 城 ends its name ----------


@pytest.mark.parametrize(
    ("said", "town"),
    [
        ("尉氏 洧川 城里", "adm-410223101"),
        ("洧川城里 菜市场", "adm-410223101"),
        ("陈留城里", "adm-410212101"),
        ("陈留 城中村", "adm-410212101"),
    ],
)
def test_a_town_said_within_its_walls_is_read_back(gz, said, town):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert confirmed(r) == town, said


@pytest.mark.parametrize(
    "said", ["开封 小宋城 里面", "开封 小宋城 大门口", "小宋城 里面 美食街", "陈留城 里面 那个市场"]
)
def test_a_market_named_like_a_town_with_what_is_in_it_after_a_pause_is_not_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert confirmed(r) is None, said


# --- Roads short of their word before a crossing word said apart (农业 花园 口) -------------


@pytest.mark.parametrize(
    ("said", "crossing"),
    [
        # 花园口 (the town) and 海口 (the city) read across the pause before 口.
        ("农业 花园 口 东南角", "xing-lm-zz-nongyelu-lm-zz-huayuanlu"),
        ("大学 陇海 口", "xing-lm-zz-daxuelu-lm-zz-longhailu"),
    ],
)
def test_a_name_read_across_the_pause_before_the_crossing_word_goes(gz, said, crossing):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == crossing, said


@pytest.mark.parametrize("said", ["黄河 花园口 大堤 上", "在 黄河 花园口 景区", "黄河花园口 这儿"])
def test_a_place_said_as_one_with_the_crossing_word_is_that_place(gz, said):
    # 花园口, the town on the river, not 黄河路 and 花园路 short of their word.
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-410108100", said
    assert all(c.place.kind != "crossing" for c in r.candidates), said


def test_a_town_on_the_river_is_read_back_again(gz):
    r = gz.resolve(["黄河 花园口 大堤 上"], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == "adm-410108100"


# --- A campus's short name typed apart before a park's word (洛阳 王城 公园) ----------------


@pytest.mark.parametrize(
    ("said", "city"),
    [
        ("洛阳 王城 公园 门口", "adm-410300"),
        ("洛阳 周山 公园 里面", "adm-410300"),
        ("洛阳 西苑 公园 那", "adm-410300"),
        ("新乡 平原湖 公园", "adm-410700"),
    ],
)
def test_a_park_typed_apart_from_a_campus_short_name_is_the_city_said(gz, said, city):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == city, said
    assert confirmed(r) is None, said


@pytest.mark.parametrize(
    ("said", "campus"),
    [
        ("洛阳 王城 校区 门口", "edu-4141011070-wangcheng"),
        ("郑大北校区广场", "edu-4141010459-beixiaoqu"),  # a square inside the campus
        ("郑大 北校区 广场 上", "edu-4141010459-beixiaoqu"),
    ],
)
def test_a_campus_said_with_its_own_word_before_a_square_is_the_campus(gz, said, campus):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == campus, said


# --- A city's railway is not the station named after the city (郑州地铁) -----------------


@pytest.mark.parametrize(
    "said", ["郑州地铁 上 有人 晕倒", "郑州 地铁 车厢里 有人 晕倒", "中牟 城际站"]
)
def test_a_citys_railway_is_not_the_station_named_after_the_city(gz, said):
    # 郑州地铁 is the metro, anywhere on it: not 郑州站, the railway station, read back.
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) is None, said
    assert r.candidates[0].place.id not in ("lm-zz-zhengzhouzhan", "lm-zz-zhongmouzhan"), said


def test_a_station_said_on_the_citys_metro_is_that_station(gz):
    r = gz.resolve(["郑州地铁 1号线 紫荆山站 站台"], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == "lm-zz-metro-zijingshan"
    assert "lm-zz-zhengzhouzhan" not in [c.place.id for c in r.candidates]


# --- Where the caller heads, typed apart (往开封 方向) ---------------------------------------


@pytest.mark.parametrize(
    "said",
    ["过了 中牟 往开封 方向 郑开大道 上", "郑开大道 上 往开封 方向 走", "往开封 那边 郑开大道 上"],
)
def test_the_way_the_caller_heads_typed_apart_is_no_place_they_are_at(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhengkaidadao", said


def test_a_place_said_with_there_and_no_way_keeps_its_pause():
    # 龙子湖 那边 says only where the place is: it is not joined.
    assert reference_phrases("龙子湖 那边")[0] == []
