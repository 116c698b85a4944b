"""Every command the README lists is one the `dispatch-intake` command knows."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dispatch_intake.cli import COMMAND_MODULES, build_parser

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


def _names(parser: argparse.ArgumentParser) -> set[str]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(actions[0].choices)


def test_each_command_alone_is_the_command_of_the_whole_parser() -> None:
    everything = _names(build_parser())
    assert everything == set(COMMAND_MODULES)
    for name in everything:
        assert _names(build_parser([name, "--help"])) == {
            other for other, module in COMMAND_MODULES.items() if module == COMMAND_MODULES[name]
        }
    # No command, an option first or a word that is no command: every command is offered.
    for argv in ([], ["--help"], ["serv"], ["Serve"]):
        assert _names(build_parser(argv)) == everything


def test_take_call_starts_without_importing_the_service() -> None:
    probe = (
        "import sys; from dispatch_intake.cli import build_parser; "
        "words = ['take-call', '--url', 'http://x', '--token', 't']; "
        "build_parser(words).parse_args(words); "
        "print(sorted(m for m in ('dispatch_intake.serve', 'dispatch_intake.app', 'sqlalchemy') "
        "if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout
