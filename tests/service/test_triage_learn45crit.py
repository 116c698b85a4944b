"""Triage word families learned from the forty-fifth blind set's critical misses: a fall from a
ladder, a balcony, a roof or a wall with the head landing first; a burn said large over the
trunk or deep (the skin charred); a birth with the baby said half born, whatever is denied
beside it — each said here in other words than any line of bench/, with near-misses that must
keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("姥爷踩着人字梯换灯泡，一脚踩空，头朝下摔到水泥地上了", "critical"),
        ("小伙子翻围墙没翻过去，倒栽葱下来了", "critical"),
        ("他在楼顶收玉米，没站稳掉下去了，后脑勺先着的地", "critical"),
        # A stool or a chair, the head not landing first.
        ("奶奶从凳子上滑下来了，头先着的地，现在坐着说话呢", "not critical"),
        ("从梯子第二格上下来崴了脚，不是头着地", "not critical"),
    ],
)
def test_head_first_from_a_height(text: str, level: str) -> None:
    assert (_level(text) == "critical") == (level == "critical")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("蜡烛把窗帘点着了，他胸口烧了一大片", "critical"),
        ("烤火的时候棉袄着了，身上烧了一大片", "critical"),
        ("俺爷叫火燎着了，脸和手都烧黑了", "critical"),
        ("液化气着了，人救出来了，胳膊和脸全焦了", "critical"),
        # A small patch, a hand caught in a machine, food burnt.
        ("点蚊香燎了一下，手背上一小块发红", "not critical"),
        ("压面机把手指头绞了，流了点血", "not critical"),
        ("锅里的肉都烧糊了，人没事", "not critical"),
    ],
)
def test_burn_large_or_charred(text: str, level: str) -> None:
    assert (_level(text) == "critical") == (level == "critical")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("离预产期还早，可是娃已经生出一半了", "critical"),
        ("预产期还差半个月，孩子生了一半了", "critical"),
        # A due date near with no labour.
        ("预产期下周，现在啥感觉都没有，就是想问问住院带啥", "not critical"),
    ],
)
def test_baby_half_born(text: str, level: str) -> None:
    assert (_level(text) == "critical") == (level == "critical")
