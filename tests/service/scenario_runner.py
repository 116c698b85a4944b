"""A small in-test runner for recorded scenarios (scenario-format.md) against a TestClient."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .factories import auth

VERBS = ("start", "location", "confirm", "dispatch", "transfer", "escalate", "notes")
DEFAULT_ROLE = {"dispatch": "dispatcher", "transfer": "dispatcher", "escalate": "supervisor"}


def _matches(pattern: list[str] | None, place: dict[str, Any] | None) -> bool:
    if pattern is None:  # `confirmed: null`: nothing confirmed yet
        return place is None
    return place is not None and all(part in place.get("full_name", "") for part in pattern)


def _one_of(expected: Any, actual: Any) -> bool:
    return actual in expected if isinstance(expected, list) else actual == expected


def check(expect: dict[str, Any], status: int, record: dict[str, Any], ids: list[str]) -> list[str]:
    """Every expectation of one turn that does not hold, as readable lines."""
    failures: list[str] = []
    candidates = record.get("location", {}).get("candidates", [])
    top = candidates[0] if candidates else None

    def fail(key: str, detail: Any) -> None:
        failures.append(f"{key}: {detail}")

    for key in ("status", "priority"):
        if key in expect and not _one_of(expect[key], record.get(key)):
            fail(key, f"expected {expect[key]}, got {record.get(key)}")
    if "prompt_kind" in expect and not _one_of(expect["prompt_kind"], record["prompt"]["kind"]):
        fail("prompt_kind", f"expected {expect['prompt_kind']}, got {record['prompt']['kind']}")
    kind = record.get("recommended_action", {}).get("kind")
    if "action" in expect and not _one_of(expect["action"], kind):
        fail("action", f"expected {expect['action']}, got {kind}")
    if "top" in expect and not _matches(expect["top"], top):
        fail("top", f"expected {expect['top']}, got {top and top['full_name']}")
    if "top_k" in expect:
        k, pattern = expect["top_k"]["k"], expect["top_k"]["match"]
        if not any(_matches(pattern, c) for c in candidates[:k]):
            fail("top_k", f"{pattern} not in the first {k}")
    for pattern in expect.get("candidates_include", []):
        if not any(_matches(pattern, c) for c in candidates):
            fail(
                "candidates_include",
                f"{pattern} missing from {[c['full_name'] for c in candidates]}",
            )
    for pattern in expect.get("candidates_exclude", []):
        if any(_matches(pattern, c) for c in candidates):
            fail("candidates_exclude", f"{pattern} present")
    if "in_jurisdiction_top" in expect and (
        top is None or top["in_jurisdiction"] != expect["in_jurisdiction_top"]
    ):
        fail("in_jurisdiction_top", f"expected {expect['in_jurisdiction_top']}")
    for mention in expect.get("prompt_mentions", []):
        if mention not in record["prompt"]["text"]:
            fail("prompt_mentions", f"{mention!r} not in {record['prompt']['text']!r}")
    if "confirmed" in expect and not _matches(expect["confirmed"], record["location"]["confirmed"]):
        fail("confirmed", f"expected {expect['confirmed']}")
    for name in expect.get("warnings_on", []):
        if not any(w["field"] == name for w in record.get("warnings", [])):
            fail("warnings_on", f"no warning on {name}")
    if "same_record_as_turn" in expect and record.get("id") != ids[expect["same_record_as_turn"]]:
        fail("same_record_as_turn", "a different record")
    if "transferred_to" in expect and record.get("psap") != expect["transferred_to"]:
        fail("transferred_to", f"psap is {record.get('psap')}")
    if "masked_number" in expect:
        number = (record.get("caller") or {}).get("number") or ""
        if ("*" in number) != expect["masked_number"]:
            fail("masked_number", f"number shown as {number!r}")
    return failures


def run_scenario(client: Any, path: Path) -> list[str]:
    """Play one file; returns the failures, each prefixed by its turn index."""
    scenario = yaml.safe_load(path.read_text(encoding="utf-8"))
    failures: list[str] = []
    ids: list[str] = []
    call_id: str | None = None
    for index, turn in enumerate(scenario["turns"]):
        verb = next(v for v in VERBS if v in turn)
        role = turn.get("role", DEFAULT_ROLE.get(verb, "call_taker"))
        headers = {**auth(role), **{k: str(v) for k, v in turn.get("headers", {}).items()}}
        body = turn[verb]
        if verb == "start":
            body = dict(body or {})
            body.setdefault("psap", scenario.get("psap"))
            caller = scenario.get("caller") or {}
            if "number" in caller:
                body.setdefault("caller_number", caller["number"])
            if "position" in caller:
                body.setdefault("caller_position", caller["position"])
            response = client.post("/v1/calls", json=body, headers=headers)
        else:
            if isinstance(body, str):
                body = {"text": body}
            response = client.post(f"/v1/calls/{call_id}/{verb}", json=body or {}, headers=headers)
        expect = turn.get("expect") or {}
        wanted = expect.get("http_status", 201 if verb == "start" else 200)
        record = response.json()
        if response.status_code != wanted:
            failures.append(f"turn {index}: http_status {response.status_code} != {wanted}")
            ids.append("")
            continue
        if verb == "start":
            call_id = record["id"]
        ids.append(record.get("id", ""))
        failures += [f"turn {index}: {line}" for line in check(expect, wanted, record, ids)]
    return failures
