"""Triage word families of the fifty-second blind set's learning, second-reviewed (pregnancy,
birth, women's and men's health) — each said here in other words than any line of bench/, with
near-misses that must keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The pains said one upon another (一阵接一阵, 一阵连着一阵) beside the urge to push.
        ("儿媳妇疼得一阵接一阵，老说想解大手", "critical"),
        ("俺闺女疼得一阵挨一阵，光想解大手", "critical"),
        # A bowel's cramps and a stool wanted are no labour.
        ("拉肚子了，肚子一阵接一阵疼，老想解大手", "not critical"),
        # Born on the way, the cord still on (还连着脐带), or born in the car.
        ("孩子在车上就生了，脐带还连着，咋办", "critical"),
        ("来不及了，孩子生在车座上，带子还连着", "critical"),
        ("她在车上生了一肚子气，刚才吵了一架", "not critical"),
        # The cord felt below said 下头 or 下边, or slippery.
        ("羊水破了，下边有根东西还在跳", "critical"),
        ("破水了，摸着有个滑溜溜的东西一鼓一鼓的", "critical"),
    ],
)
def test_a_birth_under_way_said_in_other_words_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Right at the birth said 生下来就 (born and at once): not a mark born with.
        ("娃生下来就不哭，浑身软绵绵的", "critical"),
        ("孩子刚生下来身上发乌，不出声", "critical"),
        ("刚生的小孩嘴唇乌紫", "critical"),
        # Born so, a birthmark.
        ("孩子打生下来就身子软，现在一岁了，来复查", "not critical"),
    ],
)
def test_a_newborn_dusky_or_limp_at_once_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A faint said with the place first (在商场昏倒了): the faint, in a pregnancy critical.
        ("孕妇在超市昏倒了，说肚子疼", "critical"),
        ("她怀着孩子在楼道里晕倒了", "critical"),
        # Elsewhere a faint or a fall, sent.
        ("老头在超市昏倒了，这会儿醒了", "urgent"),
    ],
)
def test_a_faint_in_a_pregnancy_said_in_other_words_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孙子的卵子肿了，疼，不让碰", "urgent"),
        ("尿袋子里一上午不见尿，小肚子鼓", "urgent"),
    ],
)
def test_a_testicle_and_urine_held_said_otherwise_are_sent(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A nipple sore (奶头疼) is no headache; a burning on passing water no fever.
        ("奶孩子奶头疼得很，想问问抹点啥", "routine"),
        ("小便的时候烧得慌，别的没啥", "routine"),
        # Passing water often said as running to the toilet; a period late said 大姨妈.
        ("老太太夜里老跑厕所，不疼不痒", "routine"),
        ("大姨妈还没来，晚了一个礼拜", "routine"),
        # A burning with a fever and a flank pain stays sent; a headache stays a headache.
        ("小便烧得慌，发烧三十九度，腰疼", "urgent"),
        ("喂奶的时候突然头疼得厉害，吐了", "urgent"),
    ],
)
def test_minor_womens_and_urinary_said_otherwise_are_routine(text: str, level: str) -> None:
    assert_level(text, level)
