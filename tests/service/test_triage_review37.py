"""Triage word families of holdout37's learning, second-reviewed: a part of the baby out already
in a birth; a belly that swells with a pale face or cold hands, bleeding inside; a wrist slashed
with the blade still held; a no-state breath (喘不上来) denied — in other dialects, other word
orders and other blades than the learning's own, with near-misses that must keep their level.
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
        # The wrist cut, the blade (glass, scissors, a razor) still gripped, said in other ways.
        ("她拿玻璃把手腕划开了，玻璃还攥着不松手", "critical"),
        ("我兄弟拿刀把手腕割咯，刀还捏起的", "critical"),
        ("俺儿把手脖子拉了个口子，刀还拿着哩", "critical"),
        ("他刚划了腕子，手里那把水果刀还不放下", "critical"),
        ("拿剃须刀片割了手腕，还攥着不撒手", "critical"),
        ("佢𠝹咗手腕，仲揸住把刀", "critical"),
        ("我女儿用剪刀戳手腕，剪刀还在她手里", "critical"),
        # Glass that broke or a glass held, a kitchen, a stopped bleed: no blade held to cut.
        ("她手里攥着玻璃杯，手腕扭了", "routine"),
        ("手腕被玻璃划了一下，血已经止住了", "routine"),
        ("他在厨房拿着刀切肉，手腕被刮了一下，小口子", "routine"),
        ("孩子发烧，还攥着不撒手我的衣服", "urgent"),
    ],
)
def test_a_wrist_cut_with_any_blade_still_held(text: str, level: str) -> None:
    assert _level(text) == level
