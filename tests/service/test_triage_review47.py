"""Triage word families of the forty-seventh blind set's learning, widened where its rules kept
to their own words (bench/data/review47-probe.tsv): the whole body said scalded with 都 after
what scalded it (a pot, boiling water); a weak breath said with 喘气; steam that struck said
with words between — and, held lower, steam let out that struck nobody and a fever's 浑身都烫 —
each in other words than any line of bench/, with near-misses that keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他摔进了熬糖的大锅，全身都烫了", "critical"),
        ("熬汤的锅洒了，孩子一身都烫了", "critical"),
        # A fever's heat said the same way.
        ("孩子发烧，浑身都烫了", "not critical"),
        ("孩子浑身都烫了，体温三十九度", "not critical"),
    ],
)
def test_scalded_all_over_by_a_source(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("大爷躺在炕上，喘气儿都弱了", "critical"),
        ("她喘气很微弱", "critical"),
        # A rest to get the breath back on the stairs.
        ("走两步就得停下来喘气", "not critical"),
    ],
)
def test_a_weak_breath_said_with_chuanqi(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("蒸汽一下子冲到他脸上了", "urgent"),
        ("管道漏气，蒸汽呼地扑到工人胳膊上", "urgent"),
        # Steam let out that struck nobody.
        ("锅炉的蒸汽喷出来了，没人受伤", "unknown"),
        ("蒸汽冲到天花板上了", "unknown"),
    ],
)
def test_steam_that_struck(text: str, level: str) -> None:
    assert_level(text, level)
