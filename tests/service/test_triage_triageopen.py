"""Triage families left open by the learnings before: broken speech read as breathlessness on
stories that are only urgent, 卡住 read as a choke whatever is stuck, 煤气 alone read as a
poisoning, and a thing dropped from a high floor read as a fall from height — each said here in
other words than any line of bench/, with near-misses that must keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A patient who tells a knock to the head or a racing heart in full, in pieces: the
        # complaint's pauses, as a pain's.
        ("我…后脑勺…磕到…台阶上…肿了…一个包…", "urgent"),
        ("我……心慌……跳得……乱……歇了……还是……慌……", "urgent"),
        ("我……额头……撞到……门上……起了……个大包……", "urgent"),
        ("我……心……怦怦……跳得……好快……", "urgent"),
        # A bystander who hesitates over someone else's urgent complaint.
        ("呃……我儿子……咳嗽……发烧……", "urgent"),
        ("那个……他……他……手……划了个口子……", "urgent"),
        # Weak, and saying so, in pieces: still breathlessness.
        ("我……心……跳得……好快……要……倒了……", "critical"),
        ("我…头…突然…炸着…疼…", "critical"),
        ("我……喘……喘不……动了……", "critical"),
        # A bystander whose pieces, put back together, say the patient has stopped breathing.
        ("他……他……不……喘气了……", "critical"),
    ],
)
def test_broken_speech_only_where_the_patient_speaks_and_is_weak(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("老太太吃粽子卡住了，一点声都没有", "critical"),
        ("孩子嘴里的糖豆卡住了，脸发紫了", "critical"),
        # A hand, a door or a ring stuck.
        ("他的手指头卡在瓶口里了，拔不出来，有点肿", "not critical"),
        ("卷帘门卡住了，人没事，想问问找谁", "not critical"),
        ("孩子的脚卡住了，在楼梯栏杆里，拔出来了，红了一块", "not critical"),
    ],
)
def test_stuck_is_a_choke_only_in_the_throat(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("饭店包间里一股煤气味，客人都走了", "urgent"),
        ("厨房煤气漏了，阀门关了，窗户开了，家里人都好好的", "not critical"),
        ("屋里煤气味好大，我姥爷在床上躺着不动", "critical"),
        ("宿舍里煤气味，室友晕倒了", "critical"),
        ("俺家煤气罐爆了，俺哥衣服都烧没了", "critical"),
    ],
)
def test_gas_alone_is_a_fume_not_a_poisoning(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("十楼掉下来个空调支架，砸到了一个路人的脚，脚肿了", "not critical"),
        ("楼上扔下来一袋垃圾，砸到我头了，起了个包，人清醒", "not critical"),
        ("有个小伙子从九楼阳台掉下去了", "critical"),
        ("工人从六楼脚手架上掉下来了", "critical"),
    ],
)
def test_a_thing_dropped_from_a_floor_is_no_fall_of_the_patient(text: str, level: str) -> None:
    assert_level(text, level)
