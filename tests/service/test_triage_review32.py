"""Triage word families from the second review of the thirty-second blind set's learning: words
that rule read in other senses (blood drawn beside a vomit, fumes aired out beside a detergent,
a drink beside a fall, the caller driving, a face's bruise, a tooth's lower right, a wrist cut by
accident), those it still missed, and sudden loss of sight in one eye — each said here in other
words than any line of bench/, with near-misses that keep their level.
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
        # Blood drawn or measured beside a vomit by the bowl: not blood vomited.
        ("上午去献血，献完血回家吐了小半碗，现在躺着呢，就是没劲", "urgent"),
        ("体检抽完血以后吐了半碗，都是早饭，现在好了", "urgent"),
        # Fumes breathed while cleaning, aired out: not a detergent down the airway.
        ("我拿漂白水擦地，闻着呛，咳了几下，开了窗现在好了", "routine"),
        # A drink explains the vomit and the sleep beside a fall.
        (
            "他晚上喝醉了，回来在楼道里摔了一下手蹭破了，吐了一回，困得眼都睁不开，叫他能应",
            "urgent",
        ),
        # The caller driving, or finding a space in a garage.
        ("地下车库太暗了，我开着车倒车的时候蹭了墙，头撞了一下方向盘，有点疼", "urgent"),
        # A face's bruise said with 了 and the patch.
        ("孩子脸紫了一块，是昨天跟小朋友玩磕的", "routine"),
        # A tooth's lower right.
        ("右下边的牙龈肿了，疼", "routine"),
        # A wrist cut by accident said another way.
        ("做饭的时候刀一滑，把手腕割了，血一直流，拿毛巾按着", "urgent"),
    ],
)
def test_other_senses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "near_miss", "near_level"),
    [
        # Sudden loss of sight in one eye (a stroke's eye, as 突然看不见); a room gone dark, sight
        # dimming for months.
        (
            "我老伴看电视看着看着，说右边眼睛突然看不到了",
            "刚才一下子停电了，屋里全黑了，啥都看不见，老人吓了一跳，人没事",
            "routine",
        ),
        (
            "我妈说她左眼突然就黑了，什么都看不清",
            "我妈眼睛这半年越来越看不清，想约个眼科",
            "unknown",
        ),
        # A fall, a vomit said with the nausea, and sleep; a nausea alone after a small fall.
        (
            "我奶奶在厕所摔了，后来一直恶心吐，现在老想睡觉",
            "我奶奶在厕所摔了一下，膝盖青了一块，有点恶心，人精神着呢",
            "routine",
        ),
    ],
)
def test_family_and_near_miss(text: str, near_miss: str, near_level: str) -> None:
    assert _level(text) == "critical"
    assert _level(near_miss) == near_level
