"""Triage word families and reading rules learned from the twenty-third blind set's misses, each
said here in other words than any line of bench/, with near-misses that keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


# --- a denial whose reach ends before the sign -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A bare 不 or 没 before a no-answer's part denies nothing: callers do not deny a no so.
        "烧一直没退叫他不醒",
        "抽完了还没停喊她不应",
        "孩子不吃奶拍他没反应",
        # A word closed by 了 after the cue is said and done; what follows is a sign of its own.
        "宝宝不闹了嘴唇发紫",
        "孩子不咳了脸发青",
        "不吃了脸色发灰",
    ],
)
def test_denial_does_not_reach_the_sign(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A denial that names what it denies still does; 了 right after the cue is the denial's.
        ("不是叫不醒，是睡得沉", "routine"),
        ("没有了呼吸", "critical"),
        ("不哭了脸也不青了", "unknown"),
        ("孩子脸不青", "unknown"),
        ("心跳没停", "unknown"),
    ],
)
def test_denial_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level
