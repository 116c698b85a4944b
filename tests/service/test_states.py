"""The named states are the ones the service writes and the console reads."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from dispatch_intake.states import CallStatus, EventType, Role, console_module

from .factories import act, auth, start_call

PACKAGE = Path(__file__).resolve().parents[2] / "dispatch_intake"
CONSOLE_JS = PACKAGE / "console" / "static" / "js"
EVENT_LITERAL = re.compile(r"append_event\(\s*\w+,\s*\w+,\s*\"([a-z_]+)\"")


def test_console_states_module_is_generated_from_the_enums() -> None:
    shipped = (CONSOLE_JS / "states.js").read_text(encoding="utf-8")
    assert shipped == console_module(), (
        "regenerate: .venv/bin/python -m dispatch_intake.states > "
        "dispatch_intake/console/static/js/states.js"
    )


def _label_keys(table: str) -> set[str]:
    labels = (CONSOLE_JS / "labels.js").read_text(encoding="utf-8")
    body = re.search(rf"export const {table} = \{{(.*?)\}};", labels, re.DOTALL)
    assert body is not None, table
    return set(re.findall(r"^\s*(\w+):", body.group(1), re.MULTILINE))


def test_console_labels_name_every_status_and_role() -> None:
    assert _label_keys("STATUS") == set(CallStatus)
    assert _label_keys("ROLE") == set(Role)


def test_console_labels_name_every_timeline_event() -> None:
    unnamed = set(EventType) - _label_keys("TIMELINE")
    assert not unnamed, f"add {sorted(unnamed)} to TIMELINE in console/static/js/labels.js"


def test_every_event_the_service_writes_is_named() -> None:
    written = {
        kind
        for path in PACKAGE.rglob("*.py")
        for kind in EVENT_LITERAL.findall(path.read_text(encoding="utf-8"))
    }
    assert written, "no append_event call found: the pattern is out of date"
    unnamed = written - set(EventType)
    assert not unnamed, f"add {sorted(unnamed)} to EventType in dispatch_intake/states.py"


def test_a_calls_timeline_uses_only_named_events(client: Any) -> None:
    record = start_call(client, location_text="河南大学", complaint_text="说不出话")
    act(client, record["id"], "confirm", {"option": "1"})
    answer = client.get(f"/v1/calls/{record['id']}/timeline", headers=auth("auditor")).json()
    types = [event["type"] for event in answer["timeline"]]
    assert EventType.CONFIRMED in types
    assert set(types) <= set(EventType)
