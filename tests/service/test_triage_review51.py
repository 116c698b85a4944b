"""A second review of the fifty-first blind set's learning (known illness and treatment): a low
blood pressure reading, a heart pill that does not ease, a lung patient who will not stay awake,
one side gone soft and the tongue gone big — each said here in other words than any line of
bench/, with near-misses that must keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The fall said with 一下子 or 只剩, the reading read off the meter, two figures, or
        # said as under ninety.
        ("他血压一下子降到五十几，浑身湿冷", "critical"),
        ("血压只剩六七十了，出了一身黏汗", "critical"),
        ("血压计上显示78，额头上全是冷汗", "critical"),
        ("高压不到九十，人有点说胡话", "critical"),
        # Low with a pale face or cold hands is shock.
        ("血压掉到七十，脸色蜡黄", "critical"),
        # A reading of eighty-odd as the lower figure, or inside a higher one, holds no low one.
        ("血压一百四十/八十二，头有点疼", "not critical"),
    ],
)
def test_a_low_pressure_reading_said_in_other_words(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A heart pill left over is a question, not a pain the pill left.
        ("救心丸还有半瓶没用完，放冰箱里行吗", "not urgent"),
    ],
)
def test_a_heart_pill_left_over_is_no_pain(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("COPD好些年了，今天人迷瞪着醒不透", "critical"),
        ("他是尘肺，今天越来越犯困，饭都没吃就又闭上眼了", "critical"),
        ("戴着无创呼吸机的老头，拍拍他只睁一下眼", "critical"),
        # The disease told with its years, or as had before, is the patient's still.
        ("肺气肿十几年了，这两天推醒了又睡过去", "critical"),
        ("以前就有慢阻肺，今天一直嗜睡", "critical"),
        # Woken only for a moment is the sign, not its end.
        ("老慢支的老太太一上午昏昏沉沉，拍醒了哼一声又闭上眼", "critical"),
        # Asleep after the oxygen, sound and easily woken.
        ("吸着氧喘得好多了，这会儿睡得挺香，叫醒一回又睡着了", "not critical"),
    ],
)
def test_a_lung_patient_who_will_not_stay_awake_said_in_other_words(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我爸右胳膊右腿突然软了", "critical"),
        ("奶奶左侧身子软乎乎的", "critical"),
        # A tongue bitten or scalded; eyes rolled at someone, or by habit.
        ("孩子摔跤时咬到舌头，舌头肿大了，流了点血", "not critical"),
        ("喝开水烫着舌头，舌头烫得发大", "not critical"),
        ("叫她去洗碗，她冲我翻白眼", "not critical"),
        ("孩子老翻眼挤眉弄眼的，是不是抽动症", "not critical"),
        # Soft from tiring.
        ("右手右脚累得发软，歇一会儿就好", "not critical"),
    ],
)
def test_one_side_soft_the_tongue_big_and_eyes_rolled_said_in_other_words(
    text: str, level: str
) -> None:
    assert_level(text, level)
