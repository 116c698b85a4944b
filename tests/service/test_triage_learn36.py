"""Triage word families learned from the thirty-sixth blind set's critical misses: a no with a
modal between it and the function (不会喘气, 不能呼吸) is the function lost, not denied; a neck cut
by the patient's own hand, or a slashed wrist held, is a penetrating wound — each said here in
other words than any line of bench/, with near-misses that must keep their level (a real denial,
a fear asked, a fowl's neck, a threat with no cut, a wrist cut that stopped bleeding).
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
        # The ability gone: the breath lost, said with nothing else.
        ("俺妈躺床上不能喘气了", "critical"),
        ("我爷爷不会出气了", "critical"),
        ("小孩掉进水缸,拉出来不会呼吸了", "critical"),
        # A denial of that, or a fear asked: not a breath lost.
        ("他不是不会喘气,就是喘得快", "urgent"),
        ("会不会喘不上气啊,他就是鼻子有点堵", "routine"),
        ("没有喘不上气,就是有点咳", "routine"),
    ],
)
def test_a_modal_after_the_no_is_the_breath_lost(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A neck cut by one's own hand, or a slashed wrist held: a penetrating wound.
        ("我表哥自己拿刀片割了脖子", "critical"),
        ("她拿水果刀往脖子上划了一刀,拿手捂着", "critical"),
        ("他拿刀片把手腕割了,用毛巾按着", "critical"),
        ("他阿爸割咗条颈,好多血", "critical"),
        # A wrist cut that stopped bleeding, a fowl's neck, a slip in the kitchen: as before.
        ("他拿刀片把手腕割了,按住一会儿不流了", "urgent"),
        ("宰鸡的时候割鸡脖子,手指划了个小口", "routine"),
        ("削苹果不小心划到手腕,出了一点血", "routine"),
    ],
)
def test_a_blade_drawn_by_ones_own_hand_over_neck_or_wrist(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Fluid lost till the legs give: sent.
        ("拉了两天肚子,腿软,站不稳", "urgent"),
        ("我爷爷跑肚跑得腿脚发软", "urgent"),
        # The caller's own fright: no weakness of the patient.
        ("孩子吓得腿都软了", "unknown"),
    ],
)
def test_loose_bowels_till_the_legs_go_weak(text: str, level: str) -> None:
    assert _level(text) == level
