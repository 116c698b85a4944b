"""Every expectation key of scenario format v1, shown to hold and to fail."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from dispatch_intake.client import IntakeClient
from dispatch_intake.replay.runner import run_scenario
from dispatch_intake.replay.scenario import parse_scenario

from .scripted_service import ScriptedService, place, record_of

HENU = [
    place("河南大学郑州龙子湖校区"),
    place("河南大学明伦校区", in_jurisdiction=False),
    place("河南大学金明校区", in_jurisdiction=False),
]


def run(text: str, clients: dict[str, IntakeClient]) -> str | None:
    return run_scenario(parse_scenario(yaml.safe_load(text)), clients).failure


def one_turn(expect: str) -> str:
    return (
        "id: t\npsap: zhengzhou-120\nturns:\n"
        f"  - start: {{location_text: 河南大学}}\n    expect: {expect}\n"
    )


def with_candidates(scripted: ScriptedService, candidates: list[dict[str, Any]]) -> None:
    scripted.answer(location={"text": ["河南大学"], "candidates": candidates, "confirmed": None})


@pytest.mark.parametrize(
    ("expect", "fields", "failure"),
    [
        ("{status: provisional}", {}, None),
        (
            "{status: dispatched}",
            {},
            "turn 0 (start): status: expected dispatched, got provisional",
        ),
        ("{status: [dispatched, provisional]}", {}, None),
        (
            "{status: [dispatched, closed]}",
            {},
            "turn 0 (start): status: expected one of [dispatched, closed], got provisional",
        ),
        ("{priority: critical}", {"priority": "critical"}, None),
        ("{priority: critical}", {"priority": "routine"}, "expected critical, got routine"),
        ("{prompt_kind: ask_location}", {}, None),
        ("{prompt_kind: choose}", {}, "prompt_kind: expected choose, got ask_location"),
        ("{action: ask_more}", {}, None),
        ("{action: [dispatch_now]}", {}, "action: expected dispatch_now, got ask_more"),
        ("{transferred_to: kaifeng-120}", {"psap": "kaifeng-120"}, None),
        ("{transferred_to: kaifeng-120}", {}, "expected psap 'kaifeng-120', got 'zhengzhou-120'"),
        (
            "{parallel_alert_to: kaifeng-120}",
            {
                "recommended_action": {
                    "kind": "dispatch_now",
                    "parallel_alert": {"to_psap": "kaifeng-120"},
                }
            },
            None,
        ),
        (
            "{parallel_alert_to: kaifeng-120}",
            {},
            "expected a parallel alert to 'kaifeng-120', got None",
        ),
        ("{prompt_mentions: [什么地方]}", {}, None),
        ("{prompt_mentions: [什么地方, 明伦]}", {}, "expected '明伦' in the prompt"),
        (
            "{warnings_on: [caller_position]}",
            {"warnings": [{"field": "caller_position.lat", "message": "out of range"}]},
            None,
        ),
        (
            "{warnings_on: [psap]}",
            {"warnings": [{"field": "caller_position", "message": "dropped"}]},
            "warnings_on: expected a warning on 'psap', got warnings on [caller_position]",
        ),
        (
            "{warnings_on: [caller]}",
            {"warnings": [{"field": "caller_position", "message": "dropped"}]},
            "expected a warning on 'caller'",
        ),
    ],
)
def test_record_fields(
    expect: str,
    fields: dict[str, Any],
    failure: str | None,
    scripted: ScriptedService,
    clients: dict[str, IntakeClient],
) -> None:
    scripted.answer(**fields)
    got = run(one_turn(expect), clients)
    if failure is None:
        assert got is None
    else:
        assert got is not None and failure in got


@pytest.mark.parametrize(
    ("expect", "failure"),
    [
        ("{top: [河南大学, 龙子湖]}", None),
        ("{top: [河南大学, 明伦]}", "expected a first candidate matching [河南大学, 明伦]"),
        ("{top_k: {k: 2, match: [明伦]}}", None),
        ("{top_k: {k: 2, match: [金明]}}", "expected [金明] among the first 2"),
        ("{candidates_include: [[明伦], [金明, 河南]]}", None),
        ("{candidates_include: [[明伦], [郑州大学]]}", "expected a candidate matching [郑州大学]"),
        ("{candidates_exclude: [[郑州大学], [河北]]}", None),
        (
            "{candidates_exclude: [[金明]]}",
            "expected no candidate matching [金明], got '河南大学金明校区'",
        ),
        ("{in_jurisdiction_top: true}", None),
        ("{in_jurisdiction_top: false}", "expected false, got true for '河南大学郑州龙子湖校区'"),
    ],
)
def test_candidate_patterns(
    expect: str,
    failure: str | None,
    scripted: ScriptedService,
    clients: dict[str, IntakeClient],
) -> None:
    with_candidates(scripted, HENU)
    got = run(one_turn(expect), clients)
    if failure is None:
        assert got is None
    else:
        assert got is not None and failure in got


def test_a_pattern_needs_every_part_in_one_candidate(
    scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    # 龙子湖 and 明伦 each occur, but in no single candidate's name.
    with_candidates(scripted, HENU)
    assert run(one_turn("{candidates_include: [[龙子湖, 明伦]]}"), clients) is not None


def test_candidate_keys_fail_without_candidates(
    scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    with_candidates(scripted, [])
    got = run(one_turn("{top: [河南大学]}"), clients)
    assert got is not None and "got no candidates" in got
    with_candidates(scripted, [])
    got = run(one_turn("{in_jurisdiction_top: true}"), clients)
    assert got is not None and "got no candidates" in got


def test_confirmed(scripted: ScriptedService, clients: dict[str, IntakeClient]) -> None:
    confirmed = {"text": [], "candidates": HENU, "confirmed": HENU[1]}
    scripted.answer(status="location_confirmed", location=confirmed)
    assert run(one_turn("{confirmed: [河南大学, 明伦]}"), clients) is None
    scripted.answer(status="location_confirmed", location=confirmed)
    got = run(one_turn("{confirmed: [龙子湖]}"), clients)
    assert got is not None and "got '河南大学明伦校区'" in got
    scripted.answer()
    got = run(one_turn("{confirmed: [龙子湖]}"), clients)
    assert got is not None and "got nothing confirmed" in got
    scripted.answer()
    assert run(one_turn("{confirmed: null}"), clients) is None


@pytest.mark.parametrize(
    ("number", "expect", "holds"),
    [
        ("138****8000", "true", True),
        ("138****8000", "false", False),
        ("13800138000", "false", True),
        ("13800138000", "true", False),
        ("+8613800138000", "false", True),
        (None, "true", False),
        (None, "false", False),
    ],
)
def test_masked_number(
    number: str | None,
    expect: str,
    holds: bool,
    scripted: ScriptedService,
    clients: dict[str, IntakeClient],
) -> None:
    scripted.answer(caller={"number": number, "position": None})
    text = (
        "id: t\ncaller: {number: '13800138000'}\nturns:\n"
        f"  - start: {{}}\n    expect: {{masked_number: {expect}}}\n"
    )
    assert (run(text, clients) is None) is holds


def test_http_status_defaults_and_explicit(
    scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    scripted.answer(200)
    got = run(one_turn("{}"), clients)
    assert got == "turn 0 (start): http_status: expected 201, got 200"
    scripted.raw(403, {"error": {"code": "forbidden", "message": "call_taker may not dispatch"}})
    assert run(one_turn("{http_status: 403}"), clients) is None
    scripted.raw(500, {"error": {"code": "internal_error", "message": "boom"}})
    got = run(one_turn("{http_status: 201}"), clients)
    assert got == "turn 0 (start): http_status: expected 201, got 500 (internal_error: boom)"


def test_record_keys_on_an_error_answer_fail(
    scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    scripted.raw(409, {"error": {"code": "state_conflict", "message": "closed"}})
    got = run(one_turn("{http_status: 409, status: closed}"), clients)
    assert got == "turn 0 (start): status: expected closed, got no record (HTTP 409)"


def test_later_turns_default_to_200_and_act_on_the_call(
    scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    scripted.answer(id="abc")
    scripted.answer(200, id="abc")
    scripted.answer(201, id="abc")
    text = "id: t\nturns:\n  - start: {}\n  - location: 龙子湖\n  - notes: 呼吸急促\n"
    assert run(text, clients) == "turn 2 (notes): http_status: expected 200, got 201"
    assert [r["path"] for r in scripted.requests] == [
        "/v1/calls",
        "/v1/calls/abc/location",
        "/v1/calls/abc/notes",
    ]
    assert json.loads(scripted.requests[1]["body"]) == {"text": "龙子湖"}


def test_same_record_as_turn(scripted: ScriptedService, clients: dict[str, IntakeClient]) -> None:
    text = (
        "id: t\nturns:\n  - start: {}\n    headers: {Idempotency-Key: k1}\n"
        "  - start: {}\n    headers: {Idempotency-Key: k1}\n    expect: {same_record_as_turn: 0}\n"
    )
    scripted.answer(id="one")
    scripted.answer(id="one")
    assert run(text, clients) is None
    assert scripted.requests[1]["headers"]["idempotency-key"] == "k1"
    scripted.answer(id="one")
    scripted.answer(id="two")
    got = run(text, clients)
    assert (
        got == "turn 1 (start): same_record_as_turn: expected the record of turn 0 (one), got two"
    )


def test_related_to_turn(scripted: ScriptedService, clients: dict[str, IntakeClient]) -> None:
    text = "id: t\nturns:\n  - start: {}\n  - start: {}\n    expect: {related_to_turn: 0}\n"
    scripted.answer(id="one")
    scripted.answer(id="two", related_calls=["one"])
    assert run(text, clients) is None
    scripted.answer(id="one")
    scripted.answer(id="two", related_calls=[])
    got = run(text, clients)
    assert got == (
        "turn 1 (start): related_to_turn: expected related_calls to include the record of "
        "turn 0 (one), got []"
    )


def test_a_later_start_moves_the_turns_to_its_call(
    scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    scripted.answer(id="one")
    scripted.answer(id="two")
    scripted.answer(200, id="two")
    run("id: t\nturns:\n  - start: {}\n  - start: {}\n  - location: 郑州\n", clients)
    assert scripted.requests[2]["path"] == "/v1/calls/two/location"


def test_expectations_are_checked_in_written_order(
    scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    scripted.answer()
    got = run(one_turn("{priority: critical, status: closed}"), clients)
    assert got is not None and got.startswith("turn 0 (start): priority:")
    scripted.answer()
    got = run(one_turn("{status: closed, priority: critical}"), clients)
    assert got is not None and got.startswith("turn 0 (start): status:")


def test_roles_pick_the_credential(
    scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    for _ in range(5):
        scripted.answer(200)
    scripted.answers[0] = (201, record_of())
    text = (
        "id: t\nturns:\n  - start: {}\n  - dispatch: {}\n  - transfer: {to_psap: kaifeng-120}\n"
        "  - escalate: {reason: 辱骂}\n  - notes: x\n    role: auditor\n"
    )
    assert run(text, clients) is None
    tokens = [r["headers"]["authorization"] for r in scripted.requests]
    assert tokens == [
        "Bearer token-call_taker",
        "Bearer token-dispatcher",
        "Bearer token-dispatcher",
        "Bearer token-supervisor",
        "Bearer token-auditor",
    ]


def test_headers_can_replace_the_credential(
    scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    scripted.raw(401, {"error": {"code": "not_authenticated", "message": "no credential"}})
    text = (
        "id: t\nturns:\n  - start: {}\n    headers: {Authorization: Bearer wrong}\n"
        "    expect: {http_status: 401}\n"
    )
    assert run(text, clients) is None
    assert scripted.requests[0]["headers"]["authorization"] == "Bearer wrong"


def test_scenario_psap_and_caller_fill_the_start_body(
    scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    scripted.answer()
    scripted.answer()
    text = (
        "id: t\npsap: zhengzhou-120\ncaller: {number: '13800138000', position: {lat: 34.8, "
        "lon: 113.8, radius_m: 500}}\nturns:\n"
        "  - start: {location_text: 郑州大学, received_at: 2026-11-22T08:00:00+08:00}\n"
        "  - start: {psap: kaifeng-120, caller_number: null}\n"
    )
    assert run(text, clients) is None
    first = json.loads(scripted.requests[0]["body"])
    assert first == {
        "location_text": "郑州大学",
        "received_at": "2026-11-22T08:00:00+08:00",
        "psap": "zhengzhou-120",
        "caller_number": "13800138000",
        "caller_position": {"lat": 34.8, "lon": 113.8, "radius_m": 500},
    }
    second = json.loads(scripted.requests[1]["body"])
    assert second["psap"] == "kaifeng-120" and second["caller_number"] is None


def test_a_body_that_is_not_an_object_is_sent_as_written(
    scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    scripted.raw(400, {"error": {"code": "invalid_body", "message": "not an object"}})
    text = "id: t\nturns:\n  - start: [河南大学]\n    expect: {http_status: 400}\n"
    assert run(text, clients) is None
    assert json.loads(scripted.requests[0]["body"]) == ["河南大学"]


def test_turns_after_a_failed_start_report_no_call(
    scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    scripted.raw(400, {"error": {"code": "invalid_body", "message": "not an object"}})
    text = "id: t\nturns:\n  - start: 1\n    expect: {http_status: 400}\n  - location: 郑州\n"
    got = run(text, clients)
    assert got == "turn 1 (location): no call to act on; no start returned a record"
