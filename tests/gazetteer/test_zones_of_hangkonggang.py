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
