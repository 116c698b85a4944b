"""Priority of a call from the complaint text, by keyword lists kept in `config/priority.toml`."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dispatch_intake.errors import SettingsError
from gazetteer import normalise_text

PRIORITY_ORDER = ("unknown", "routine", "urgent", "critical")


def more_severe(a: str, b: str) -> str:
    """The more severe of two priorities.

    >>> more_severe("urgent", "critical")
    'critical'
    """
    return a if PRIORITY_ORDER.index(a) >= PRIORITY_ORDER.index(b) else b


@dataclass(frozen=True, slots=True)
class PriorityAssessment:
    priority: str
    matched: tuple[str, ...]


class PriorityRules:
    """Keyword lists per level, most severe first."""

    def __init__(self, levels: dict[str, tuple[str, ...]]) -> None:
        ordered = sorted(levels.items(), key=lambda item: -PRIORITY_ORDER.index(item[0]))
        self._levels = [(level, tuple(normalise_text(k) for k in keys)) for level, keys in ordered]

    def assess(self, texts: Iterable[str]) -> PriorityAssessment:
        """The most severe level any keyword of which occurs in the texts."""
        joined = " ".join(normalise_text(text) for text in texts if text)
        if not joined.strip():
            return PriorityAssessment("unknown", ())
        for level, keywords in self._levels:
            matched = tuple(k for k in keywords if k and k in joined)
            if matched:
                return PriorityAssessment(level, matched)
        return PriorityAssessment("unknown", ())


def load_priority_rules(path: Path) -> PriorityRules:
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError(f"priority keyword file {path} is missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"priority keyword file {path} is not valid TOML: {exc}") from None
    keywords = document.get("keywords", {})
    levels: dict[str, tuple[str, ...]] = {}
    for level in document.get("levels", list(keywords)):
        if level not in PRIORITY_ORDER or level == "unknown":
            raise SettingsError(f"{path}: unknown priority level {level!r}")
        levels[level] = tuple(str(k) for k in keywords.get(level, ()))
    return PriorityRules(levels)
