"""Triage word families of holdout43's learning, second-reviewed: a knock to the head with the
sight said gone beside a vomit; a scald said from one part of the trunk to another or poured over
both thighs; a breath growing fast after a sting; 同 heard for 痛 right after the belly, the back
or the chest; a limb said grazed; a tooth knocked out with the rest said unhurt; a fish hook
caught in a finger — in other words than the learning's own, with near-misses that must keep
their level, and what the learning over-reached to (a harvester tipped with its driver out, the
breath said quite normal after a sting, a small splash of molten metal) held back.
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
        ("老头磕到头了，现在说啥也看不见，刚才还吐了", "critical"),
        ("小孩头撞到桌子上，吐了一口，说看不清东西", "critical"),
        # A bump with no sight said; a head rush with no knock.
        ("头撞到门上起了个包，没吐，看东西清楚", "urgent"),
        ("蹲久了站起来眼前一黑，一会儿就好了", "routine"),
    ],
)
def test_a_head_knock_with_the_sight_gone_and_a_vomit(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("热水壶倒了，从脖子到肚子都烫红了，孩子不怎么哭", "critical"),
        ("一锅汤浇到他两个大腿上了", "critical"),
        # A few blisters on an arm and the chest; a splash on a hand (a burn sent, not critical).
        ("孩子把热汤碰翻了，胳膊和胸口起了几个泡", "urgent"),
        ("热油溅了几滴在手背上，红了一点", "urgent"),
    ],
)
def test_a_scald_from_part_to_part(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("被马蜂叮了，脖子上起了一片疙瘩，呼吸越来越急", "critical"),
        # The breath said quite normal: the sting alone is sent, not critical.
        ("叫蜂子蜇了脸，肿了，气喘得还挺正常", "urgent"),
    ],
)
def test_a_stings_breath_growing_or_said_normal(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("小肚子同得厉害，打滚", "urgent"),
        ("后腰同了两天了，弯不下去", "urgent"),
        # 同 as itself.
        ("我跟同事在厂里，他让我问问挂号", "unknown"),
    ],
)
def test_tong_heard_for_pain_after_the_part(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("小孩滑板摔了，手背擦伤了，别的都好", "routine"),
        ("跑步摔了，小腿蹭伤了", "routine"),
        # A graze with the leg swollen and unable to walk.
        ("摔了一跤小腿擦伤了，脚踝肿得走不了路", "urgent"),
    ],
)
def test_a_limb_said_grazed(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("闺女跑着摔了，掉了一颗牙，脑袋没事", "routine"),
        ("打篮球撞了一下，掉了一个牙，其他地方没事", "routine"),
        # The head not answered for, or struck with a mind changed.
        ("从自行车上摔下来，掉了一颗牙，头也磕了，人迷迷糊糊的", "critical"),
    ],
)
def test_a_tooth_out_with_the_rest_unhurt(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("钓鱼鱼钩钩住手指了，拔不出来", "routine"),
        # A hook in the eye is the eye's.
        ("鱼钩扎进眼皮里了", "urgent"),
    ],
)
def test_a_fish_hook_caught_in_a_finger(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("收割机翻沟里了，开车的自己爬出来了，胳膊疼", "urgent"),
        ("脚背上溅了一丁点铁水，烫了个泡", "urgent"),
        # Trapped under it; molten metal over a leg.
        ("收割机翻了，人压在底下出不来", "critical"),
        ("铝水泼到他腿上了，裤子都烧穿了", "critical"),
    ],
)
def test_over_reach_held_back(text: str, level: str) -> None:
    assert _level(text) == level
