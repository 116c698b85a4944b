"""Triage word families learned from the forty-ninth blind set's misses (the weather and the
seasons in Henan: heat, floods, coal stoves, ice and cold, lightning, fog pile-ups): someone in
a car taken by floodwater or down a flooded basement, water up to the neck; someone thrown
out of a car or pinned in a crash said without the driver's name; a shock said 电住; no breath
said with Henan 木有; the cold gone past shivering; a child gone quiet shut in a car; and, kept
lower, fumes with everyone awake or out, lightning that struck a tree beside, a leg cramp said
with its strength, wheat awns heard as 被埋 and a limb frozen said with Henan 嘞 — each said here
in other words than any line of bench/, with near-misses that must keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("下穿隧道积水有一米多深，一辆轿车停在里面，车上的人还没出来", "critical"),
        ("俺爹在屋里，水都淹到脖子了", "critical"),
        # A car flooded with everyone out; an animal caught in the water.
        ("车被水淹了，我们全都爬出来了，就是衣服湿了", "not critical"),
        ("家里的猫被困在积水里了", "not critical"),
    ],
)
def test_someone_in_a_car_or_a_basement_taken_by_floodwater(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("两车相撞，一个乘客被甩出车外，在路边坐着", "critical"),
        ("俩车撞一块儿了，有个人夹里头了", "critical"),
        ("面包车追尾，有个人卡里面了", "critical"),
        # Everyone out of the cars, no one caught.
        ("追尾了，都下车了，没人卡住", "not critical"),
    ],
)
def test_thrown_out_or_pinned_in_a_crash(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他修电闸的时候被电住了，手还抓着", "critical"),
        # A call about a hospital stay.
        ("给医院打电话住院，我腿有点疼", "not critical"),
    ],
)
def test_a_shock_said_as_the_current_holding_on(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("俺爷躺那儿气都木有了", "critical"),
        # No strength said with 木有.
        ("俺娘这两天木有力气，不想吃饭", "not critical"),
    ],
)
def test_no_breath_said_with_muyou(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("在外头冻了一宿，现在不发抖了，一直犯困", "critical"),
        # Cold, then warmed up indoors.
        ("冻得直哆嗦，进屋暖和了一会儿，不抖了", "not critical"),
    ],
)
def test_the_cold_gone_past_shivering(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("娃被锁在车里晒着，这会儿哭都不哭了", "critical"),
        # Taken out of the car and crying.
        ("孩子锁车里了，我们砸开窗抱出来了，一直在哭", "not critical"),
    ],
)
def test_a_child_gone_quiet_shut_in_a_car(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("屋里用炭盆，我已经跑出来了，头还晕", "urgent"),
        # Someone beside who does not wake.
        ("屋里烧炭，老人叫不醒，我们都醒着", "critical"),
    ],
)
def test_fumes_with_everyone_awake_or_out(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("旁边那棵大树被雷打了，他耳朵嗡嗡的，人清醒", "urgent"),
        # Struck under the tree.
        ("他在树底下被雷劈了", "critical"),
    ],
)
def test_lightning_that_struck_near(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("跑步的时候小腿抽筋抽得厉害，疼得直叫", "not critical"),
        # A fit said by the limbs.
        ("孩子手脚抽得厉害，翻白眼", "critical"),
    ],
)
def test_a_leg_cramp_said_with_its_strength(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("割麦的时候被麦茬划了脚脖子，破了点皮", "not critical"),
        ("俺爹那耳朵冻哩发紫，起了水泡", "urgent"),
        # A blue mouth and no answer after a night in the cold.
        ("老人冻了一夜，嘴唇发紫，叫不应", "critical"),
    ],
)
def test_wheat_awns_and_a_limb_frozen_said_in_henan(text: str, level: str) -> None:
    assert_level(text, level)
