"""`dispatch-intake config check`: every file in config/ checked before a call can meet it.

Each problem names the file, the entry and the fix. `serve` runs the same check and refuses
to start on any problem: a station with its latitude and longitude swapped would otherwise
let the service report ready and then fail every call that names a place.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dispatch_intake.errors import SettingsError
from dispatch_intake.shapes import Position


@dataclass(frozen=True, slots=True)
class ConfigProblem:
    file: str
    entry: str
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{self.file}: {self.entry}: {self.message}; fix: {self.fix}"


def check_config(config_dir: Path, gazetteer: Any, language: str = "zh-CN") -> list[ConfigProblem]:
    """Every problem of the configuration under `config_dir`, checked against `gazetteer`."""
    from dispatch_intake.priority.service import load_priority_rules
    from dispatch_intake.prompts.service import load_prompt_book
    from dispatch_intake.questions.service import load_case_entry_script

    problems = _check_psaps(config_dir / "psaps.toml", gazetteer)
    problems += _check_next_step(config_dir / "service.toml")
    loaders = (
        (f"prompts/{language}.toml", lambda: load_prompt_book(config_dir, language)),
        ("priority.toml", lambda: load_priority_rules(config_dir / "priority.toml")),
        (
            f"scripts/{language}/case-entry.toml",
            lambda: load_case_entry_script(config_dir, language),
        ),
    )
    for name, load in loaders:
        try:
            load()
        except SettingsError as exc:
            problems.append(
                ConfigProblem(
                    str(config_dir / name), "file", str(exc), "add or correct what it names"
                )
            )
    return problems


def _check_psaps(path: Path, gazetteer: Any) -> list[ConfigProblem]:
    from dispatch_intake.locations.service import JurisdictionAreas
    from dispatch_intake.psaps.service import load_psaps

    file = str(path)
    try:
        directory = load_psaps(path)
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except SettingsError as exc:
        return [ConfigProblem(file, "file", str(exc), "make it a list of [[psap]] entries")]
    problems: list[ConfigProblem] = []
    raw_entries: list[dict[str, Any]] = []
    for key in ("psaps", "psap"):
        section = document.get(key)
        if isinstance(section, list):
            raw_entries.extend(entry for entry in section if isinstance(entry, dict))
    centre_ids = Counter(str(entry.get("id", "")) for entry in raw_entries)
    for centre_id, count in centre_ids.items():
        if count > 1:
            problems.append(
                ConfigProblem(
                    file, f"psap {centre_id}", f"the id is used by {count} centres", "rename one"
                )
            )
    station_ids = Counter(
        str(station.get("id", ""))
        for entry in raw_entries
        for station in entry.get("station", entry.get("stations", ()))
        if station.get("id")
    )
    for station_id, count in station_ids.items():
        if count > 1:
            problems.append(
                ConfigProblem(
                    file,
                    f"station {station_id}",
                    f"the id is used by {count} stations",
                    "rename one",
                )
            )
    default = document.get("default_psap")
    if default and default not in directory:
        problems.append(
            ConfigProblem(
                file,
                "default_psap",
                f"{default!r} is no centre",
                f"use one of {', '.join(directory.ids)}",
            )
        )
    areas = JurisdictionAreas(gazetteer)
    for psap in directory:
        for code in psap.jurisdiction:
            if not _known_division(gazetteer, code):
                problems.append(
                    ConfigProblem(
                        file,
                        f"psap {psap.id} jurisdiction {code!r}",
                        "no division of the gazetteer has this adcode",
                        "use a province, city or county adcode prefix such as 4101",
                    )
                )
        for station in psap.stations:
            entry = f"psap {psap.id} station {station.id}"
            if not (-90 <= station.lat <= 90 and -180 <= station.lon <= 180):
                swapped = -90 <= station.lon <= 90 and -180 <= station.lat <= 180
                problems.append(
                    ConfigProblem(
                        file,
                        entry,
                        f"lat {station.lat} lon {station.lon} is not a point on Earth",
                        "swap lat and lon" if swapped else "give WGS-84 degrees",
                    )
                )
                continue
            position: Position = {"lat": station.lat, "lon": station.lon}
            if areas.contains(psap, position) is False:
                swapped_inside = areas.contains(psap, {"lat": station.lon, "lon": station.lat})
                problems.append(
                    ConfigProblem(
                        file,
                        entry,
                        f"lat {station.lat} lon {station.lon} is outside the centre's area",
                        "swap lat and lon"
                        if swapped_inside
                        else "check the point, or move the station to its centre",
                    )
                )
    return problems


def _check_next_step(path: Path) -> list[ConfigProblem]:
    """`[service.next_step]`: the thresholds of the prompt and the recommended action."""
    from pydantic import ValidationError

    from dispatch_intake.next_step.rules import NextStepRules

    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("service", {})
    except (OSError, tomllib.TOMLDecodeError) as exc:
        return [ConfigProblem(str(path), "file", str(exc), "add or correct the file")]
    rules = table.get("next_step", {})
    if not isinstance(rules, dict):
        return [ConfigProblem(str(path), "[service.next_step]", "is not a table", "make it one")]
    try:
        NextStepRules(**rules)
    except ValidationError as exc:
        return [
            ConfigProblem(
                str(path),
                "[service.next_step] " + (".".join(str(p) for p in error["loc"]) or "table"),
                error["msg"],
                "give a value as described in the comment above it",
            )
            for error in exc.errors()
        ]
    return []


def _known_division(gazetteer: Any, code: str) -> bool:
    outline_of = getattr(gazetteer, "district_outline", None)
    if outline_of is None or not code.isdigit():
        return False
    for candidate in dict.fromkeys((code, code.ljust(6, "0"))):
        try:
            if outline_of(candidate) is not None:
                return True
        except Exception:
            continue
    return False


def run_check(args: argparse.Namespace) -> int:
    from dispatch_intake.settings import load_settings
    from gazetteer import load_gazetteer

    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"config check: {exc}", file=sys.stderr)
        return 2
    config_dir = Path(args.config_dir) if args.config_dir else settings.config_dir
    problems = check_config(config_dir, load_gazetteer(), settings.language)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"config check: {len(problems)} problem(s) in {config_dir}", file=sys.stderr)
        return 1
    print(f"config check: {config_dir} is sound")
    return 0


def register(subparsers: Any) -> None:
    config = subparsers.add_parser("config", help="check the configuration in config/")
    actions = config.add_subparsers(dest="config_command", required=True, metavar="ACTION")
    check = actions.add_parser("check", help="validate every file in config/; non-zero on error")
    check.add_argument("--config-dir", help="another folder than DISPATCH_INTAKE_CONFIG_DIR")
    check.set_defaults(func=run_check)
