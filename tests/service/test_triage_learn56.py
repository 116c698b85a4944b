"""Triage word families learned from the fifty-sixth blind set's misses (home and household
mishaps) — each said here in other words than any line of bench/, with near-misses that must keep
their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Out of a window's screen, the third or the fourth floor said apart.
        ("我侄子推开纱窗探出去，人掉下去了，我们在四楼", "critical"),
        ("三楼，孙女从纱窗那儿栽下去了", "critical"),
        # The screen itself blown down, or a bed's fall told with the floor lived on.
        ("四楼的纱窗叫风刮下去了，人都在屋里", "not critical"),
        ("我们住三楼，孩子从床上滚下去了，哭了两声", "not critical"),
    ],
)
def test_a_fall_out_of_a_window_with_the_floor_said_apart_is_critical(
    text: str, level: str
) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Fingers off whole and the blood still running.
        ("我表哥用电锯锯木头，把两个指头锯下来了，血一直流", "critical"),
        ("俺嫂子剁鸡把手指头剁断了，血一直在流", "critical"),
        # A fingertip's piece oozing, or a bleed held: still sent, not critical.
        ("削土豆削掉了一小块指尖，血还在流，拿创可贴贴上了", "not critical"),
        ("手指头叫铡刀铡掉一截，拿毛巾勒住了，血不太流了", "urgent"),
    ],
)
def test_fingers_cut_off_and_still_bleeding_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A blast, then the skin coming off over the trunk.
        ("家里天然气爆了，我叔后背的皮一块一块往下掉", "critical"),
        ("小饭馆液化气炸了，老板浑身都黑了，肚子上皮都掉了", "critical"),
        # A blast with a small scald on an arm.
        ("电饭锅炸了，胳膊上烫了两个泡", "urgent"),
    ],
)
def test_a_blast_then_the_skin_coming_off_is_a_large_burn(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A charcoal or coal fume at a door no one answers.
        ("隔壁门缝里一股炭味，敲门也没人应", "critical"),
        ("他家门口全是煤烟味，喊了半天没人应", "critical"),
        # Nobody in, for all anyone knows.
        ("楼道有股炭味，敲门没人应，估计人出门了", "not critical"),
    ],
)
def test_a_fume_smelled_at_a_silent_door_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Spoke at first, now silent.
        ("我奶奶摔了，刚开始还能回话，这会儿不回话了", "critical"),
        ("他磕着脑袋了，开始还能答应，后来不应声了", "critical"),
        # A sulk after a quarrel, or speaking still.
        ("我儿子刚才还说话，跟我赌气，现在不说了", "not critical"),
        ("老人摔了一跤，刚才还能说话，现在也能说，就是胳膊疼", "not critical"),
    ],
)
def test_one_who_spoke_and_fell_silent_is_critical(text: str, level: str) -> None:
    assert_level(text, level)
