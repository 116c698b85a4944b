"""The shipped triage rules and the level checks the family tests share."""

from __future__ import annotations

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def level_of(*texts: str) -> str:
    """The priority the shipped rules give everything said."""
    return SHIPPED.assess(list(texts)).priority


def assert_level(text: str, level: str) -> None:
    """The level expected; for "not critical" any level but critical, for "not urgent" one
    below urgent."""
    got = level_of(text)
    if level == "not critical":
        assert got != "critical", got
    elif level == "not urgent":
        assert got not in ("urgent", "critical"), got
    else:
        assert got == level, got
