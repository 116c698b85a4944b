"""Second review of the triage learned from the forty-eighth blind set (the mind and
substances): what that learning kept to its own words, widened by family — the last breath said
一口气, a pool of blood said 好大 or 老大, a sedative taken with whose it was said between or
with a box said between, sleepiness said 犯困 or 困得不行, one sedative named and taken, visions
of other creatures, a defibrillator course — and what it made too wide, held back: 一点气 of a
tyre or a ball. Each said here in other words than any line of bench/, with near-misses.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我爷爷靠在椅子上，我凑过去听，一口气也没有", "critical"),
        ("她躺在地上，我看了看，连口气都没了", "critical"),
        ("我叔趴在桌上，我把手放他鼻子下面，一点气都没有", "critical"),
        # A tyre, a ball: no patient.
        ("自行车车胎一点气也没有了，哪里能打气", "unknown"),
        ("孩子的篮球一点气也没有，放了一冬天", "unknown"),
    ],
)
def test_the_last_breath_and_not_a_tyre(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他被车压了，路上流了好大一片血", "critical"),
        ("他从楼梯上摔下来，头底下好大一滩血", "critical"),
        # A bruise's patch is no blood let out.
        ("磕了一下，小腿上淤青好大一片，能走路", "not critical"),
    ],
)
def test_a_pool_of_blood_said_large(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我婆婆吞了一盒劳拉西泮", "critical"),
        ("他偷吃了他爸的阿普唑仑，现在困得不行", "critical"),
        ("我媳妇吃了佐匹克隆，一直犯困，喊她只哼一声", "critical"),
        # One taken and well; a nightly dose asked about.
        ("我吃了一片劳拉西泮，现在很清醒，能说话", "routine"),
        ("医生让我每天吃一片思诺思，能和降压药一起吃吗", "not critical"),
    ],
)
def test_sedatives_named_and_taken(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他停酒两天了，总说天花板上有蜘蛛在爬", "urgent"),
        ("她吸了K粉以后，说看见地上都是蟑螂", "urgent"),
        # A creature that bit is real.
        ("孩子说床底下有老鼠，刚才咬了他手指头一下", "not critical"),
    ],
)
def test_visions_of_creatures(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我们物业想组织保安学习AED的使用", "not critical"),
        ("社区打算搞一次除颤仪演练，你们能派人来吗", "not critical"),
        # One fetched to someone down.
        ("大厅有人倒了没气了，保安去拿AED了", "critical"),
    ],
)
def test_defibrillator_learned(text: str, level: str) -> None:
    assert_level(text, level)
