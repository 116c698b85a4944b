"""Triage word families learned from the thirty-second blind set's missed critical lines and two
known critical misses, each said here in other words than any line of bench/, with near-misses
that keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


@pytest.mark.parametrize(
    ("text", "near_miss", "near_level"),
    [
        # Blood vomited by the bowlful; a vomit of food said without blood.
        (
            "血不是鼻子里的，是他呕出来的，呕了有小半盆",
            "他吐了小半盆，都是中午吃的饭，没见着血",
            "urgent",
        ),
        # An anaphylaxis heard by speech-to-text (猴咙, 出不上气); a rash with the throat fine.
        (
            "她吃了芒果过民，猴咙肿得厉害，出不上气来",
            "过敏了，身上起了一片疹子，猴龙不肿，气也顺",
            "urgent",
        ),
        (
            "他过民了，猴龙肿起来了，说话都哑了",
            "过敏了，身上起了一片疹子，猴龙不肿，气也顺",
            "urgent",
        ),
        # Detergent in a child's mouth, then a cough; a pod spat out with no cough.
        (
            "孩子喝了一口洗衣液，咳嗽不停，喘气呼呼的",
            "孩子咬了一下洗衣凝珠，马上吐掉了，不咳也不喘，玩得挺好",
            "urgent",
        ),
        # A Cantonese patient who hardly answers; one who answers and speaks.
        (
            "佢喺梳化度瞓咗，点叫都冇乜反应",
            "佢跌亲撞到个头，叫佢有反应，识讲嘢",
            "urgent",
        ),
        # An engine running in a garage with the patient in the car; a car driven into one.
        (
            "他在车库里开着车睡觉，现在头疼得厉害，浑身没劲",
            "我开着车进车库的时候蹭了一下墙，手擦破点皮",
            "routine",
        ),
        # A wrist slashed with a blade, bleeding on; a shallow cut that stopped.
        (
            "拿水果刀把腕子割了，血一直在流",
            "她拿小刀在手腕上划了两下，血已经止住了",
            "urgent",
        ),
    ],
)
def test_family_is_critical_and_near_miss_keeps_its_level(
    text: str, near_miss: str, near_level: str
) -> None:
    assert _level(text) == "critical"
    assert _level(near_miss) == near_level


def test_a_fall_then_vomiting_and_unrousable_sleepiness_is_critical() -> None:
    assert _level("娃从椅子上摔了，说没碰头，可吐了好几次，眼皮都抬不起来光想睡") == "critical"
    assert _level("孩子玩了一天累了，眼睛睁不开想睡觉") == "routine"


def test_a_fall_said_to_have_spared_the_head_still_counts_beside_vomiting_and_sleepiness() -> None:
    text = "孩子从床上掉下来，头没磕着，后来吐了两回，老是想睡，叫起来又睡过去"
    assert _level(text) == "critical"
    assert _level("孩子吃坏了肚子，吐了两回，老是想睡") == "urgent"


def test_a_belly_pain_told_in_pieces_by_its_quarter_is_sent() -> None:
    assert _level("我……肚子……右下面……疼了一宿了……走不动……") == "urgent"
    assert _level("牙右下边疼") == "routine"


def test_a_thing_stuck_in_the_throat_with_the_face_gone_blue_is_critical() -> None:
    assert _level("一颗葡萄卡在嗓子眼里，憋得脸都青了") == "critical"
    assert _level("鱼刺卡在嗓子里了，有点疼，能说话") == "urgent"
