"""Second review of the triage families learned from the fifty-third blind set (bites, stings,
allergies, poisons and things swallowed, the surface of the head): what the new rules reached
too far for, and the same families said in still other words — each in words other than any
line of bench/.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The blood itself with its amount: soaked through, whatever was soaked.
        ("鼻孔出血一直不停，床单都浸透了", "critical"),
        ("鼻子流的血把棉袄袖子都洇透了", "critical"),
        # The nose alone beside a wet towel or a bowl of something else.
        ("下大雨浇了个透，毛巾全湿透了，鼻子有点堵", "not critical"),
        ("鼻子不通气，喝了一碗热姜汤，接了半盆热水泡脚", "not critical"),
    ],
)
def test_a_nosebleed_by_its_amount_names_the_blood(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The yellow of the eyes or the skin after wild mushrooms, deepening with a changed mind.
        ("前天吃了野菌子，今天眼白发黄", "critical"),
        ("他有乙肝，皮肤越来越黄，这两天说话颠三倒四", "critical"),
        # The mushrooms themselves gone yellow, asked about.
        ("捡的蘑菇搁了一夜都黄了，能不能吃", "unknown"),
    ],
)
def test_the_yellow_is_the_patients_not_the_mushrooms(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A bait said for rats stays the poison that kills later.
        ("小孩把杀老鼠的毒饵嚼了，看着挺好", "critical"),
        ("孩子舔了老鼠毒饵", "critical"),
        # A cockroach's bait eaten is a poison eaten, lowered by a patient well now.
        ("孩子把灭蟑螂的毒饵吃了一粒，看着没事", "urgent"),
    ],
)
def test_a_bait_is_rat_poison_only_when_said_for_rats(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Lime said 白灰, and a caustic dust that 迷 the eye.
        ("刷墙的白灰掉眼睛里了，疼得直流泪", "urgent"),
        ("筛石灰的时候迷住眼了，睁不开", "urgent"),
        # A dust only feared, a soap's foam: no chemical burn.
        ("搅水泥灰的时候小心点，怕迷了眼", "not urgent"),
        ("洗头的时候洗发水泡沫迷了眼，冲干净就好了", "not urgent"),
    ],
)
def test_the_eye_is_burnt_by_a_caustic_dust_not_a_soap(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A gas flash said by its sound or name, the face blackened, the voice going hoarse.
        ("灶台闪爆了一下，他脸上黢黑，说话声都劈了，嗓子越来越哑", "critical"),
        # A throat tied as by a cord, then the sight gone black and down.
        ("吃了虾嗓子像被勒着一样，后来眼前一黑就倒地上了", "critical"),
        # A faint on standing alone.
        ("蹲久了一站起来眼前一黑就倒了，马上醒了，啥事没有", "not critical"),
    ],
)
def test_a_burnt_airway_and_an_allergy_said_otherwise(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # One lump said 疙瘩, an ear running yellow said otherwise, the sun burning.
        ("叫蜂子蜇了下胳膊，鼓了个疙瘩，啥事没有", "routine"),
        ("俺耳朵里老往外流黄色的水，不疼", "routine"),
        ("脖子晒得生疼，有点红", "routine"),
        # A paralysis counted in years is the patient's condition, not a collapse now.
        ("俺爹偏瘫五六年了，想约个车去复查", "routine"),
    ],
)
def test_everyday_complaints_said_otherwise(text: str, level: str) -> None:
    assert_level(text, level)
