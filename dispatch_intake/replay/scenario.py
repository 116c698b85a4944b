"""Recorded scenarios (format v1): load a YAML file, check its shape, and say what is wrong
in words a quality reviewer can act on (never a traceback)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from dispatch_intake.states import Role

VERBS = ("start", "location", "confirm", "dispatch", "transfer", "escalate", "notes",
         # Extensions to format v1 (docs/contract-extensions.md):
         "complaint", "priority", "alert")  # fmt: skip
ROLES = tuple(Role)
DEFAULT_ROLE = {
    "dispatch": Role.DISPATCHER,
    "transfer": Role.DISPATCHER,
    "escalate": Role.SUPERVISOR,
}
TEXT_VERBS = ("location", "notes", "complaint")  # a bare string is the body's `text`

NamePattern = tuple[str, ...]


class ScenarioError(Exception):
    """A scenario file that cannot be run as written."""


@dataclass(frozen=True, slots=True)
class Turn:
    """One step of a call: a verb with its request body, and what must hold afterwards."""

    index: int
    verb: str
    body: Any
    role: str
    headers: Mapping[str, str] = field(default_factory=dict)
    expect: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Scenario:
    id: str
    title: str
    turns: tuple[Turn, ...]
    path: Path | None = None
    psap: str | None = None
    caller_number: str | None = None
    caller_position: Mapping[str, Any] | None = None


def find_scenario_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named on the command line, and every `*.yaml` inside named folders (sorted)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.yaml") if p.is_file()))
        else:
            found.append(path)
    return found


def load_scenario(path: Path) -> Scenario:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ScenarioError("no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"cannot read the file: {exc}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ScenarioError(f"not valid YAML: {_one_line(str(exc))}") from exc
    return parse_scenario(data, path=path)


def parse_scenario(data: Any, *, path: Path | None = None) -> Scenario:
    if not isinstance(data, dict):
        raise ScenarioError("a scenario is a mapping with id, title, psap, caller and turns")
    _reject_unknown(data, {"id", "title", "psap", "caller", "turns"}, "the scenario")
    scenario_id = data.get("id")
    if not isinstance(scenario_id, str) or not scenario_id.strip():
        raise ScenarioError("`id` is missing or not a string")
    title = data.get("title", "")
    if not isinstance(title, str):
        raise ScenarioError("`title` must be a string")
    psap = data.get("psap")
    if psap is not None and not isinstance(psap, str):
        raise ScenarioError("`psap` must be a string")
    number, position = _parse_caller(data.get("caller"))
    raw_turns = data.get("turns")
    if not isinstance(raw_turns, list) or not raw_turns:
        raise ScenarioError("`turns` must be a non-empty list")
    turns = tuple(_parse_turn(raw, index) for index, raw in enumerate(raw_turns))
    if turns[0].verb != "start":
        raise ScenarioError(f"turn 0 is `{turns[0].verb}`; the first turn must be a `start`")
    return Scenario(
        id=scenario_id.strip(),
        title=title,
        turns=turns,
        path=path,
        psap=psap,
        caller_number=number,
        caller_position=position,
    )


def _parse_caller(raw: Any) -> tuple[str | None, Mapping[str, Any] | None]:
    if raw is None:
        return None, None
    if not isinstance(raw, dict):
        raise ScenarioError("`caller` must be a mapping with `number` and/or `position`")
    _reject_unknown(raw, {"number", "position"}, "`caller`")
    number = raw.get("number")
    if number is not None and not isinstance(number, str | int):
        raise ScenarioError("`caller.number` must be a string")
    position = raw.get("position")
    if position is not None and not isinstance(position, dict):
        raise ScenarioError("`caller.position` must be a mapping such as {lat, lon, radius_m}")
    return (str(number) if number is not None else None), to_json(position)


def _parse_turn(raw: Any, index: int) -> Turn:
    where = f"turn {index}"
    if not isinstance(raw, dict):
        raise ScenarioError(f"{where}: a turn is a mapping with one verb ({', '.join(VERBS)})")
    verbs = [key for key in raw if key in VERBS]
    if len(verbs) != 1:
        found = ", ".join(verbs) if verbs else "none"
        raise ScenarioError(f"{where}: exactly one verb of {', '.join(VERBS)} (found {found})")
    verb = verbs[0]
    _reject_unknown(raw, {verb, "headers", "role", "expect"}, where)
    role = raw.get("role", DEFAULT_ROLE.get(verb, Role.CALL_TAKER))
    if role not in ROLES:
        raise ScenarioError(f"{where}: role `{role}` is not one of {', '.join(ROLES)}")
    headers = raw.get("headers") or {}
    if not isinstance(headers, dict) or not all(isinstance(k, str) for k in headers):
        raise ScenarioError(f"{where}: `headers` must be a mapping of header names to values")
    for name, value in headers.items():
        if isinstance(value, dict | list) or value is None:
            raise ScenarioError(f"{where}: header `{name}` must be a plain value")
    expect = raw.get("expect") or {}
    if not isinstance(expect, dict):
        raise ScenarioError(f"{where}: `expect` must be a mapping")
    validate_expectations(expect, index=index)
    return Turn(
        index=index,
        verb=verb,
        body=_body(verb, raw[verb]),
        role=role,
        headers={name: _header_value(value) for name, value in headers.items()},
        expect=expect,
    )


def _body(verb: str, raw: Any) -> Any:
    if raw is None:
        return {}
    if verb in TEXT_VERBS and isinstance(raw, str | int | float) and not isinstance(raw, bool):
        return {"text": str(raw)}
    return to_json(raw)


def _header_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def to_json(value: Any) -> Any:
    """YAML reads unquoted timestamps as datetimes; the service receives them as ISO text."""
    if isinstance(value, dict):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


# Expectations ---------------------------------------------------------------------------------

ONE_OF_KEYS = ("status", "priority", "prompt_kind", "action")
PATTERN_LIST_KEYS = ("candidates_include", "candidates_exclude")
STRING_LIST_KEYS = ("prompt_mentions", "warnings_on")
EXPECT_KEYS = (
    "http_status",
    *ONE_OF_KEYS,
    "top",
    "top_k",
    *PATTERN_LIST_KEYS,
    "in_jurisdiction_top",
    *STRING_LIST_KEYS,
    "confirmed",
    "same_record_as_turn",
    "transferred_to",
    "masked_number",
    # Extensions to format v1 (docs/contract-extensions.md):
    "related_to_turn",
    "parallel_alert_to",
)


def validate_expectations(expect: Mapping[str, Any], *, index: int) -> None:
    for key, value in expect.items():
        where = f"turn {index}: expect.{key}"
        if key not in EXPECT_KEYS:
            raise ScenarioError(
                f"turn {index}: unknown expectation `{key}` (known: {', '.join(EXPECT_KEYS)})"
            )
        if key == "http_status":
            if not isinstance(value, int) or isinstance(value, bool) or not 100 <= value <= 599:
                raise ScenarioError(f"{where} must be an HTTP status code such as 201")
        elif key == "parallel_alert_to" and value is None:
            pass  # no parallel alert is recommended (any more)
        elif key in ONE_OF_KEYS or key in ("transferred_to", "parallel_alert_to"):
            values = value if isinstance(value, list) and key in ONE_OF_KEYS else [value]
            if not values or not all(isinstance(item, str) for item in values):
                raise ScenarioError(f"{where} must be a string or a list of strings")
        elif key == "top":
            check_pattern(value, where)
        elif key == "confirmed":
            if value is not None:
                check_pattern(value, where)
        elif key == "top_k":
            if not isinstance(value, dict) or set(value) != {"k", "match"}:
                raise ScenarioError(f"{where} must be {{k: N, match: [name, parts]}}")
            k = value["k"]
            if not isinstance(k, int) or isinstance(k, bool) or k < 1:
                raise ScenarioError(f"{where}.k must be a positive whole number")
            check_pattern(value["match"], f"{where}.match")
        elif key in PATTERN_LIST_KEYS:
            if not isinstance(value, list) or not value:
                raise ScenarioError(f"{where} must be a list of name patterns, e.g. [[河南大学]]")
            for item in value:
                check_pattern(item, where)
        elif key in STRING_LIST_KEYS:
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise ScenarioError(f"{where} must be a list of strings")
        elif key in ("in_jurisdiction_top", "masked_number"):
            if not isinstance(value, bool) and not (key == "in_jurisdiction_top" and value is None):
                raise ScenarioError(f"{where} must be true or false")
        elif key in ("same_record_as_turn", "related_to_turn"):
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < index:
                raise ScenarioError(f"{where} must name an earlier turn (0-based index)")


def check_pattern(value: Any, where: str) -> NamePattern:
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(part, str) and part for part in value)
    ):
        raise ScenarioError(
            f"{where}: a name pattern is a list of substrings, e.g. [河南大学, 龙子湖]; "
            f"got {value!r}"
        )
    return tuple(value)


def _reject_unknown(data: Mapping[str, Any], known: set[str], where: str) -> None:
    unknown = [str(key) for key in data if key not in known]
    if unknown:
        raise ScenarioError(
            f"{where}: unknown key(s) {', '.join(unknown)} (expected {', '.join(sorted(known))})"
        )


def _one_line(text: str) -> str:
    return " ".join(text.split())
