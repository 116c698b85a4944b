"""Triage word families learned from the thirty-seventh blind set's misses: a part of the baby
out already in a birth; a belly that swells with a pale face or cold hands, bleeding inside; a
wrist slashed with the blade still held; a no-state breath (喘不上来) denied — each said here in
other words than any line of bench/, with near-misses that must keep their level.
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
        # A foot, a leg or the head of the baby out already: a birth under way, a breech.
        ("宫口开了，宝宝一条腿已经出来了", "critical"),
        ("我媳妇快生了，小孩的脚已经出来了，车还在高速上", "critical"),
        ("老婆生紧，BB个头已经出咗嚟", "critical"),
        ("她羊水破了，孩子已经出头了，我们在路上", "critical"),
        # A boil, a sock, an age, a family on its way: no birth.
        ("背上长了个疖子，头已经出来了，有点疼", "routine"),
        ("我妈五十出头，想约个车去医院复查", "routine"),
        ("孩子的袜子破了，脚趾头都出来了，蹭破点皮", "routine"),
    ],
)
def test_a_part_of_the_baby_out_already(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A belly that swells or goes hard, with a pale face or cold hands: bleeding inside.
        ("他骑车摔了，肚子越来越鼓，脸色发白", "critical"),
        ("外面一点血没有，就是肚子胀得厉害，手冰凉", "critical"),
        ("挨了一棍子，肚子鼓起来了，脸越来越白", "critical"),
        # A full belly, a pregnancy, a cold day: not that.
        ("中午吃多了，肚子胀得厉害，脸色有点白", "urgent"),
        ("怀孕八个月，肚子越来越大，想问产检的事", "routine"),
    ],
)
def test_a_swelling_belly_with_pallor_is_bleeding_inside(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A wrist cut with the blade still held: harm under way, whatever the patient says.
        ("我弟手腕割了，刀还攥着，说他没事", "critical"),
        ("她把手腕割开了，刀片还在手上", "critical"),
        ("俺闺女手腕子划了，剪子还攥在手里", "critical"),
        # A kitchen's or a workshop's cut with the knife in hand: a wound.
        ("切肉的时候手腕割了一下，刀还在手里，流了点血", "urgent"),
        ("手腕割了个小口子，早就不流了", "routine"),
    ],
)
def test_a_wrist_cut_with_the_blade_held(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # 没有 before a breath said with a no state denies it.
        ("吃了芒果嘴唇有点痒，没有喘不上来", "routine"),
        ("崴了脚，肿了，没有喘不过来", "routine"),
        # Said and not denied: the breath lost.
        ("她突然喘不上来，脸都憋红了", "critical"),
        ("没有别的，就是一直喘不过来", "critical"),
    ],
)
def test_a_no_state_breath_denied(text: str, level: str) -> None:
    assert _level(text) == level
