"""Signs said in words the rules held nowhere, left after the fifty-first blind set's learning:
one side of the body gone soft (a stroke), the tongue gone big (slurred speech), the eyes
rolling up (unresponsive or fitting) — said here in other words than any line of bench/, with
lines that must not rise.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我爷午睡起来左边身子软了，站不起来", "critical"),
        ("她一侧身子发软，直往下出溜", "critical"),
        ("俺妈半拉身子软塌塌的", "critical"),
        # A side of the body soft after a fall is the fall's; bare 一边 is "while".
        ("一边做饭一边说腿软，想明天去医院", "not critical"),
    ],
)
def test_one_side_of_the_body_gone_soft(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("老头舌头大了，说的话听不懂", "critical"),
        ("我爸舌根发大，嘴有点不利索", "critical"),
        ("他喝了一斤白酒，舌头都大了", "not critical"),
    ],
)
def test_the_tongue_gone_big(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("喊他光翻眼，手脚冰凉", "critical"),
        ("孩子一直翻眼，叫了也不哭", "critical"),
        ("他直翻眼，身子一挺一挺的", "critical"),
        # An eyelid turned to get grit out.
        ("她翻眼皮让我看看眼里的沙子", "not critical"),
    ],
)
def test_the_eyes_rolling_up(text: str, level: str) -> None:
    assert_level(text, level)
