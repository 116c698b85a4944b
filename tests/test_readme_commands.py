"""The README's command table and the installed commands agree: every command it lists runs
(`--help`) and takes the options it shows, and every command the CLI has is listed."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dispatch_intake.cli import build_parser, main

README = Path(__file__).resolve().parents[1] / "README.md"
BIN = Path(sys.executable).parent


def _table_rows() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([^`]+)` \|", section, re.MULTILINE)


def _commands(row: str) -> list[tuple[list[str], list[str]]]:
    """(command words, options shown) for each command a row names."""
    words = re.findall(r"^(?:[a-z][a-z-]*(?: |$))+", row)[0].split()
    options = re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", row)
    alternatives = re.findall(r"^[a-z-]+ ([a-z-]+(?: / [a-z-]+)+)", row)
    if alternatives:
        return [([words[0], sub], options) for sub in alternatives[0].split(" / ")]
    return [(words, options)]


ROWS = _table_rows()
COMMANDS = [command for row in ROWS for command in _commands(row)]


def test_the_table_is_read() -> None:
    assert len(ROWS) >= 6
    assert (["serve"], ["--host", "--port"]) in COMMANDS
    assert (["gazetteer", "resolve"], []) in COMMANDS


@pytest.mark.parametrize(("words", "options"), COMMANDS, ids=[" ".join(w) for w, _ in COMMANDS])
def test_each_listed_command_runs_and_takes_its_options(
    words: list[str], options: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*words, "--help"])
    assert exited.value.code == 0
    shown = capsys.readouterr().out
    for option in options:
        assert re.search(rf"(?<![\w-]){option}\b", shown), f"`{' '.join(words)}` has no {option}"


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_command_of_the_cli_is_in_the_table() -> None:
    listed = {tuple(words) for words, _ in COMMANDS}
    missing = []
    for name, parser in _subcommands(build_parser()).items():
        nested = _subcommands(parser)
        for sub in nested or [None]:
            words = (name, sub) if sub else (name,)
            if words not in listed:
                missing.append(" ".join(words))
    assert missing == [], f"README.md's command table lacks: {', '.join(missing)}"


@pytest.mark.parametrize("script", ["dispatch-intake", "gazetteer"])
def test_installed_entry_points_run(script: str) -> None:
    done = subprocess.run(
        [str(BIN / script), "--help"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "usage:" in done.stdout
