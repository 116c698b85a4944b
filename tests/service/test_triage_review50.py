"""Second review of the triage word families learned from the fiftieth blind set (how the words
arrive): each said in other words than the learner's and than any line of bench/, with the
near-misses its rules reached too far into.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("朋友发消息说 hard to breath，一个人在宿舍", "critical"),
        ("同事 doesn't respond，趴在工位上", "critical"),
        ("他儿子 having convulsions，倒在地上", "critical"),
        ("那个阿姨说 crushing chest，手捂着胸口", "critical"),
        # An English sign denied, a nose's bleed, a fit's name in a history.
        ("他说 no heart attack，就是胃有点胀", "not critical"),
        ("小孩 nose bleeding badly，仰着头捏着", "not critical"),
        ("她小时候有过 seizure，今天只是有点感冒", "not critical"),
    ],
)
def test_a_complaint_said_in_english_words(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A water pipe's leak and a slip; a sharp-smelling drum tipped out with nobody hurt.
        ("车库管道漏水了，我妈踩上去摔倒在地上，腰疼", "not critical"),
        ("一桶刺鼻的稀料打翻了倒在地上，没人受伤", "not critical"),
        # A gas leak with a worker down stays so.
        ("污水井里有股臭鸡蛋味，下去的工人晕倒在下面了", "critical"),
    ],
)
def test_a_fall_or_a_spill_beside_a_smell_is_no_one_overcome(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("娃嗓子里头肿了，口水吞不进去，只能张着嘴", "critical"),
        ("喉咙眼儿一下肿起来，口水咽不了，往前趴着", "critical"),
        # A baby cutting teeth, an old drool, beside a throat a little swollen.
        ("闺女出牙呢，哈喇子直流，嗓子眼有点肿", "not critical"),
        ("俺家老汉平常就流口水，这两天喉咙有点肿，饭能吃", "not critical"),
    ],
)
def test_a_drool_beside_a_swollen_throat(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("脚背叫铁皮划得挺深，血一滴一滴往下掉", "critical"),
        ("腿上让碎瓷片扎得挺深，血一直往下滴", "critical"),
        # Pressed till it stopped; a period's spotting; a blood test's needle mark.
        ("胳膊割得很深，血一直滴，拿纱布压住，现在不滴了", "not critical"),
        ("例假来了半个月，血一直滴滴答答", "not urgent"),
        ("抽完血回家，针眼那块血还在往下滴", "not urgent"),
    ],
)
def test_blood_that_keeps_dripping(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A firework's bang that only frightened.
        ("对面楼礼花炸得震天响，老人吓了一跳，没受伤", "not urgent"),
        ("窗外爆竹炸个不停，孩子吓醒了哭，身上好好的", "not urgent"),
        # One that went off on someone stays sent.
        ("孩子让爆竹炸着了，手上起了泡", "urgent"),
    ],
)
def test_a_firework_that_went_off(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("老汉肚脐眼鼓出来个包，摁不回去了，疼得出汗", "urgent"),
        ("大腿根鼓个疙瘩，摁不进去，硬邦邦的", "urgent"),
    ],
)
def test_a_lump_that_will_not_go_back_in(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我妈这个月没什么胃口，人挺精神的", "routine"),
        ("老头最近吃什么都不香，别的没毛病", "routine"),
        # Beside a vomit and no urine, sent.
        ("孩子没啥胃口，吐了三回，半天没尿", "urgent"),
    ],
)
def test_a_poor_appetite(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("打球脚腕子抻住了", "routine"),
        # A strain beside a chest pain and a sweat is the chest pain's.
        ("搬箱子抻住了，然后心口压得慌，满头大汗", "critical"),
    ],
)
def test_a_strain_said_chen(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("缝被罩叫针给扎了，手指头冒了个血点", "routine"),
        ("俺奶奶纳鞋底，手指头叫针尖儿攮了一下", "routine"),
        # A finger pricked for the sugar, then a sweat and a drowsiness: the sugar's.
        ("他刚扎完手指头测血糖，现在一身冷汗，叫他也不怎么应", "critical"),
    ],
)
def test_a_needle_prick(text: str, level: str) -> None:
    assert_level(text, level)
