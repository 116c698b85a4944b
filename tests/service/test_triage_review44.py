"""Second review of the triage families learned from the forty-fourth blind set (children and
young people): the learning kept some to their own words — a button battery's mark said as a
white or a dark print, a nose turned to one side, a cleaner put in the eye a clause away or named
after the eye, a grandparent's medicine box said with no 的, a coin stuck where it went — and
reached too far with others: a face covered in blood said stopped since, a jumper pulled back in
from a window, paint scratched heard as a cut, a tip gone red heard as a show of blood,
and a cut that let one drop left at its cut's level. Each said here in other words than any line of
bench/, with near-misses that must keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("小子嘴里叼着纽扣电池，我抠出来的，舌尖有块白白的", "urgent"),
        # Never in the mouth: no mark to read.
        ("换遥控器电池的时候孩子拿着玩了，没往嘴里放", "routine"),
    ],
)
def test_a_button_battery_mouth_marked_in_other_words(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("儿子踢球被人撞了脸，鼻子偏到一边去了", "urgent"),
        # A cold's nose.
        ("鼻子有点堵，嗓子疼，不发烧", "routine"),
    ],
)
def test_a_nose_turned_to_one_side(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("娃翻出来一瓶漂白水，弄到眼睛里了，哭得厉害", "urgent"),
        ("闺女玩洁厕灵，溅到眼睛里了，一直揉", "urgent"),
        # Eye drops are no chemical splashed.
        ("眼睛里进了沙子，拿眼药水冲了冲", "routine"),
    ],
)
def test_a_cleaner_in_the_eye_a_clause_away(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("外孙把姥姥药盒里的药丸吞了两颗，现在在玩", "urgent"),
        # Nothing eaten: a question about a supply.
        ("奶奶药吃完了，想问问能不能送点药", "unknown"),
    ],
)
def test_a_grandparents_medicine_box_said_without_de(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孙子咽下去一个钢镚，说卡在心口那了，能说话", "urgent"),
        # Passed since: nothing stuck.
        ("孩子吞了个扣子，拉出来了，没事", "routine"),
    ],
)
def test_a_swallowed_coin_said_stuck_where_it_went(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("儿子要从窗口跳下去，我给拽回来了，这会儿锁屋里了", "urgent"),
        # Fallen from it, or still at it: sent first.
        ("闺女从窗户上掉下去了，三楼", "critical"),
        ("儿子站在窗户边上说要跳，拉不住", "critical"),
    ],
)
def test_a_jumper_pulled_back_in_from_a_window(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孩子摔了一脸的血，是鼻子出的，现在止住了", "not critical"),
        # Still running down the face.
        ("孩子从自行车上摔下来，满脸的血，还在往下淌", "critical"),
    ],
)
def test_a_face_covered_in_blood_said_stopped(text: str, level: str) -> None:
    assert_level(text, level)


def test_paint_scratched_is_no_cut() -> None:
    assert_level("儿子骑车蹭了人家的车，车刮花了，人没伤着", "routine")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孩子感冒流鼻涕，鼻尖红红的", "routine"),
        ("闺女手指尖碰了下暖气片，指尖红了", "routine"),
        # A show of blood said as such stays a labour's.
        ("孕妇下面见红了，肚子一阵阵疼", "urgent"),
    ],
)
def test_a_tip_gone_red_is_no_show_of_blood(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("削苹果割了手，就冒了一滴血", "routine"),
        # Drop after drop that will not stop.
        ("手指划了，血一滴一滴往下掉，止不住", "critical"),
    ],
)
def test_a_single_drop_of_blood_is_slight(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("闺女额头撞了桌角鼓个包，哭两声又玩起来了", "routine"),
        # Playing before the knock, a vomit after it: read as said.
        ("孩子在地上玩，从沙发上摔下来磕了头，一直吐", "urgent"),
    ],
)
def test_a_bump_with_the_child_back_at_play(text: str, level: str) -> None:
    assert_level(text, level)
