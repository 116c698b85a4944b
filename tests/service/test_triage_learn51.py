"""Triage word families learned from the fifty-first blind set's misses (known illness and
treatment: chemotherapy and transplants, heart pills, blood thinners, dialysis, epilepsy,
pregnancy) — each said here in other words than any line of bench/, with near-misses that must
keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("放疗化疗期间发高烧，血压只有六十多", "critical"),
        ("骨髓移植后发热，高压才八十，人迷糊了", "critical"),
        ("血压七十，出了一身冷汗", "critical"),
        # A high reading holds 八十; a normal one said with its lower figure; a fever alone.
        ("他血压一百七十，有点头晕", "not critical"),
        ("发烧，量血压一百二十八十", "not critical"),
        ("化疗后低烧，血压一百一，说话清楚", "not critical"),
    ],
)
def test_a_low_pressure_reading_with_a_fever_or_a_changed_mind_is_shock(
    text: str, level: str
) -> None:
    assert_level(text, level)
