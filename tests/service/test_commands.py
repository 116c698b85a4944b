"""Every command the README lists is one the `dispatch-intake` command knows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dispatch_intake.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _listed_commands() -> list[list[str]]:
    """The leading words of each command in the README's table (`users add STAFF_ID …`)."""
    text = README.read_text(encoding="utf-8")
    table = text.split("## Commands", 1)[1].split("\n## ", 1)[0]
    found = []
    for cell in re.findall(r"^\| `([^`]+)`", table, flags=re.MULTILINE):
        words = [w for w in cell.split() if re.fullmatch(r"[a-z][a-z-]*", w)]
        if words[0] != "gazetteer":  # the gazetteer has a command of its own
            found.append(words[:2])
    return found


@pytest.mark.parametrize("words", _listed_commands(), ids=" ".join)
def test_readme_commands_exist(words: list[str]) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([*words, "--help"])
    assert done.value.code == 0
