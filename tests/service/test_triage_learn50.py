"""Triage word families learned from the fiftieth blind set's misses (how the words arrive:
county dialects, old people and children calling, broken Mandarin and English mixed in, relayed
and typed calls, lines cutting out): a fume other than a fuel gas with people gone down in it —
each said here in other words than any line of bench/, with near-misses that must keep their
level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("下水道井口一股怪味，下去修管子的师傅晕倒在下面了", "critical"),
        ("车间里氨气管子漏了，有个工人倒地上起不来", "critical"),
        ("储藏室里味道很冲，进去一看我婆婆倒在里面", "critical"),
        # A smell with nobody down; something tipped out.
        ("楼下一股刺鼻的味，我们都好好的", "not critical"),
        ("垃圾桶有股怪味，我把垃圾倒了", "not critical"),
    ],
)
def test_people_down_in_a_fume_other_than_a_fuel_gas(text: str, level: str) -> None:
    assert_level(text, level)
