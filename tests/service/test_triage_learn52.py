"""Triage word families learned from the fifty-second blind set's misses (pregnancy, birth,
women's and men's health) — each said here in other words than any line of bench/, with
near-misses that must keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("娃生下来没哭没动静嘴唇发紫", "critical"),
        ("孩子生下来没哭也没喘气脸发青", "critical"),
        ("孩儿刚生下来木哭木出声", "critical"),
        ("孩子生下来不哭不喘脸上青紫", "critical"),
        # A newborn crying well, a newborn's yellow.
        ("孩子生下来哭声挺大，脸红红的", "not critical"),
        ("孩子生下来第二天皮肤有点黄", "not critical"),
    ],
)
def test_a_newborn_not_crying_or_blue_said_in_one_run_is_critical(text: str, level: str) -> None:
    assert_level(text, level)
