"""`config check` finds each kind of broken configuration, and `serve` refuses to start on it."""

from __future__ import annotations

import argparse
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ..conftest import CONFIG_DIR

HEYI_ID = 'id = "zhengzhou-zzu-1-heyi"'


def _heyi_point(config: Path) -> tuple[str, str, str]:
    """The lines of the 河医 station's point as the file has them, and its two numbers."""
    text = (config / "psaps.toml").read_text(encoding="utf-8")
    station = text[text.index(HEYI_ID) :]
    lat = station[station.index("lat = ") :].split("\n", 1)[0].removeprefix("lat = ")
    lon = station[station.index("lon = ") :].split("\n", 1)[0].removeprefix("lon = ")
    return f"lat = {lat}\nlon = {lon}", lat, lon


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _swap(config: Path) -> None:
    point, lat, lon = _heyi_point(config)
    _edit(config / "psaps.toml", point, f"lat = {lon}\nlon = {lat}")


def _swap_in_range(config: Path) -> None:
    # A point of 郑州 with its numbers swapped and the sign of one lost stays on Earth.
    point, lat, lon = _heyi_point(config)
    _edit(config / "psaps.toml", point, f"lat = {lat}\nlon = -{lon}")


def _duplicate_centre(config: Path) -> None:
    _edit(config / "psaps.toml", 'id = "zhengzhou-120"', 'id = "kaifeng-120"')


def _unknown_code(config: Path) -> None:
    _edit(config / "psaps.toml", 'jurisdiction = ["4101"]', 'jurisdiction = ["9999"]')


def _missing_sentence(config: Path) -> None:
    path = config / "prompts" / "zh-CN.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^ask_location = .*\n", "", text, count=1), encoding="utf-8")


def _unknown_level(config: Path) -> None:
    _edit(
        config / "priority.toml",
        'level = "critical"',
        'level = "someday"',
    )


def _broken_script(config: Path) -> None:
    _edit(
        config / "scripts" / "zh-CN" / "case-entry.toml",
        'priority = "urgent"',
        'priority = "whenever"',
    )


def _area_score_over_one(config: Path) -> None:
    _edit(config / "service.toml", "area_sure_score = 0.8", "area_sure_score = 80")


def _area_kind_not_a_division(config: Path) -> None:
    _edit(config / "service.toml", 'area_kinds = ["city", "district"]', 'area_kinds = ["campus"]')


def _unknown_next_step_key(config: Path) -> None:
    _edit(config / "service.toml", "area_sure_score = 0.8", "area_sure = 0.8")


RULES: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "next step score": (_area_score_over_one, "area_sure_score", "less than or equal to 1"),
    "next step area kind": (_area_kind_not_a_division, "[service.next_step]", "campus"),
    "next step unknown key": (_unknown_next_step_key, "area_sure", "Extra inputs"),
    "swapped lat and lon": (_swap, "station zhengzhou-zzu-1-heyi", "swap lat and lon"),
    "outside the centre": (_swap_in_range, "station zhengzhou-zzu-1-heyi", "outside"),
    "duplicate centre id": (_duplicate_centre, "psap kaifeng-120", "rename one"),
    "unknown jurisdiction": (_unknown_code, "jurisdiction '9999'", "no division"),
    "missing prompt": (_missing_sentence, "zh-CN.toml", "ask_location"),
    "unknown priority level": (_unknown_level, "priority.toml", "someday"),
    "case-entry script": (_broken_script, "case-entry.toml", "whenever"),
}


@pytest.fixture
def config_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "config"
    shutil.copytree(CONFIG_DIR, copy)
    return copy


def test_the_shipped_configuration_is_sound(gazetteer: Any) -> None:
    from dispatch_intake.config_check import check_config

    assert check_config(CONFIG_DIR, gazetteer) == []


@pytest.mark.parametrize("rule", sorted(RULES))
def test_each_broken_rule_is_named_with_its_fix(
    rule: str, config_copy: Path, gazetteer: Any
) -> None:
    from dispatch_intake.config_check import check_config

    breaks, entry, words = RULES[rule]
    breaks(config_copy)
    problems = [str(problem) for problem in check_config(config_copy, gazetteer)]
    assert any(entry in p and words in p for p in problems), problems


def test_serve_refuses_to_start_naming_file_entry_and_fix(
    config_copy: Path,
    tmp_path: Path,
    gazetteer: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dispatch_intake.serve import run_serve

    _swap(config_copy)
    monkeypatch.setenv("DISPATCH_INTAKE_CONFIG_DIR", str(config_copy))
    monkeypatch.setenv("DISPATCH_INTAKE_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DISPATCH_INTAKE_TOKENS", "call_taker:t")
    status = run_serve(argparse.Namespace(host="127.0.0.1", port=1))
    assert status == 2
    error = capsys.readouterr().err
    assert str(config_copy / "psaps.toml") in error
    assert "station zhengzhou-zzu-1-heyi" in error
    assert "swap lat and lon" in error
