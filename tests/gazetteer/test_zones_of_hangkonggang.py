"""The two zones of 航空港区 callers name (SOURCES.md, "The two zones of 航空港区"):
郑州新郑综合保税区 and 郑州国际陆港, found by what callers say in other words than the bench lines;
a kind said alone (综保区) is no one of them, 国基路 keeps its name, and entering them, filed under
新郑市, leaves the two 解放路 in their order."""

import pytest

from .answers import ZHENGZHOU
from .answers import confirmed as _confirmed

ZONE = "lm-zz-xinzheng-zonghebaoshuiqu"
PORT = "lm-zz-guojilugang"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("新郑综合保税区 东门 有人晕倒了", ZONE),
        ("郑州新郑综保区里面 一个仓库", ZONE),
        ("郑州国际陆港 堆场里 有人被砸了", PORT),
        ("郑州陆港 门口", PORT),
    ],
)
def test_a_zone_is_found_by_what_callers_say(gz, said, place):
    assert _confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == place


@pytest.mark.parametrize("said", ["综保区 里面", "保税区 门口"])
def test_a_kind_said_alone_is_read_back_as_no_zone(gz, said):
    assert _confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) is None


def test_the_road_whose_name_the_port_once_took_keeps_it(gz):
    assert _confirmed(gz.resolve(["国基路 丰庆路口 往南"], jurisdiction=ZHENGZHOU)) != PORT


@pytest.mark.parametrize("said", ["解放路 德化街那边", "解放路，二七塔往西"])
def test_the_two_jiefanglu_keep_their_order(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    ids = [c.place.id for c in r.candidates]
    assert "lm-zz-jiefanglu" in ids
    if "lm-zz-jiefanglu-xinzheng" in ids:
        assert ids.index("lm-zz-jiefanglu") < ids.index("lm-zz-jiefanglu-xinzheng")


# The zone's numbered roads and its avenues (SOURCES.md, "Main roads of the county seats and of
# 航空港区"), said in other words than the probe's lines.
@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("郑港三路 有人摔倒", "lm-zz-zhenggangsanlu"),
        ("港区郑港六路上", "lm-zz-zhenggangliulu"),
        ("郑港第四大街 路边", "lm-zz-zhenggang-disidajie"),
    ],
)
def test_a_zhenggang_road_is_found_by_what_callers_say(gz, said, place):
    assert _confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == place


def test_the_old_name_of_huaxiadadao_is_that_road(gz):
    r = gz.resolve(["四港联动大道上 出车祸了"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-huaxiadadao"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        # 第四大街 is 经开区's too; 郑港 is also the 街道 the zone's roads run through.
        ("经开区第四大街", "lm-zz-jingkai-dajie4"),
        ("郑港街道办事处", "adm-410173401"),
        ("市一院南院区 港区遵大路那个", "hosp-zzsdyrmyy-hangkonggang"),
    ],
)
def test_the_zone_roads_take_no_other_places_name(gz, said, place):
    assert _confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == place
