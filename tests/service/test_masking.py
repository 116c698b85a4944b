"""One masking rule: a phone number, however it is spelled and wherever it is sent, is
masked in everything a call_taker or dispatcher can read, and whole for a supervisor."""

from __future__ import annotations

import json
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dispatch_intake.auth import masking
from dispatch_intake.auth.masking import (
    clip_text,
    mask_deep,
    mask_number,
    mask_numbers_in_text,
    number_spans,
)

from .factories import CALLER_NUMBER, MASKED_NUMBER, act, auth, call_body, start_call
from .numbers import digits_of, numbers_in_text, shows_number, strings_in

MASKED_ROLES = ("call_taker", "dispatcher")
SOURCE_CHARS = 32  # what a start keeps of `caller_position.source`
service_examples = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@given(numbers_in_text())
def test_every_spelling_is_masked(case: tuple[str, str]) -> None:
    number, text = case
    masked = mask_numbers_in_text(text)
    assert number not in digits_of(masked), (text, masked)
    assert "*" in masked


@given(numbers_in_text(), st.integers(1, 60))
def test_clipping_never_cuts_a_number_in_the_clear(case: tuple[str, str], limit: int) -> None:
    number, text = case
    clipped = clip_text(text, limit)
    assert len(clipped) <= limit
    assert number not in digits_of(mask_numbers_in_text(clipped))
    spans = list(number_spans(text))
    if any(a == 0 < limit < b for a, b in spans):
        # A number the clip would cut with nothing before it: kept as masked.
        assert clipped == mask_numbers_in_text(text)[:limit]
    else:
        # Cut before a number or after it, never through it.
        assert text.startswith(clipped)
        assert not any(a < len(clipped) < b for a, b in spans)


@pytest.mark.parametrize(
    "text",
    [
        "文化路80号",
        "2026-11-22 08:30:00",
        "2026.11.22",
        "2026/11/22",
        "2026年11月22日",
        "体温38.5 血压140/90 心率120",
        "3号楼2单元301室",
        "08:30 到 09:15",
        "一个人三十一岁",
    ],
)
def test_ordinary_numbers_are_left_alone(text: str) -> None:
    assert mask_numbers_in_text(text) == text


def test_structural_fields_are_not_masked() -> None:
    record = {"id": "a1234567890b", "hash": "1234567890", "note": "13800138000"}
    assert mask_deep(record) == {"id": "a1234567890b", "hash": "1234567890", "note": "138****8000"}


def test_ids_are_not_masked_whatever_their_key() -> None:
    contradiction = {
        "place_id": "edu-4141010475-minglun",
        "alternative_id": "edu-4141010475-longzihu",
        "question_id": "q-13800138000",
        "adcodes": ["410102", "4101020010001"],
        "message": "13800138000 说在开封",
    }
    shown = mask_deep({"contradictions": [contradiction]})["contradictions"][0]
    assert shown == {**contradiction, "message": "138****8000 说在开封"}


def test_a_contradictions_place_ids_reach_a_masked_reader_whole(client: Any) -> None:
    record = start_call(client, location_text="郑州")
    said = act(client, record["id"], "location", {"text": "明伦校区"}).json()
    contradiction = said["location"]["contradictions"][0]
    assert (contradiction["place_id"], contradiction["alternative_id"]) == (
        "edu-4141010475-minglun",
        "edu-4141010475-longzihu",
    )
    assert said["caller"]["number"] == "138****8000"


def _fields(text: str) -> dict[str, Any]:
    """A start body with the text in every field and as a field's name."""
    return call_body(
        psap=text,
        location_text=f"河南大学{text}",
        complaint_text=text,
        caller_number=text,
        caller_position={"lat": 34.79, "lon": 113.8, "source": text, text: 1},
        received_at=text,
        **{text: text},
    )


def _everything_read(client: Any, role: str, call_id: str) -> list[Any]:
    return [
        client.get(f"/v1/calls/{call_id}", headers=auth(role)).json(),
        client.get("/v1/calls", headers=auth(role)).json(),
        client.get(f"/v1/calls/{call_id}/timeline", headers=auth(role)).json(),
    ]


@service_examples
@given(numbers_in_text())
def test_a_number_in_every_field_of_every_request_is_masked(
    client: Any, case: tuple[str, str]
) -> None:
    number, text = case
    answers: list[tuple[str, Any]] = []

    def send(role: str, path: str, body: dict[str, Any]) -> Any:
        response = client.post(path, json=body, headers=auth(role))
        answers.append((role, response))
        return response

    started = send("call_taker", "/v1/calls", _fields(text))
    assert started.status_code == 201, started.text
    call_id = started.json()["id"]
    path = f"/v1/calls/{call_id}"
    send(
        "call_taker",
        f"{path}/location",
        {"text": text, "caller_position": {"lat": 34.8, "lon": 113.7, "source": text}, text: text},
    )
    send("call_taker", f"{path}/confirm", {"option": text})
    send("call_taker", f"{path}/confirm", {"place_id": text})
    send("call_taker", f"{path}/notes", {"text": text})
    send("call_taker", f"{path}/answers", {"question": text, "answer": text})
    send("call_taker", f"{path}/answers", {"question": "callback_number", "answer": text})
    send("call_taker", f"{path}/answers", {"question": "breathing", "answer": text})
    send("supervisor", f"{path}/escalate", {"reason": text, text: 1})
    send("dispatcher", f"{path}/dispatch", {"unit": text, text: 1})
    send("dispatcher", f"{path}/transfer", {"to_psap": text, "reason": text})
    send("dispatcher", f"{path}/close", {"reason": text, text: 1})
    for query_path, params in (
        ("/v1/resolve", {"q": text, "psap": text, "lat": text}),
        ("/v1/calls", {"status": text}),
    ):
        answers.append(("call_taker", client.get(query_path, params=params, headers=auth())))

    for role, response in answers:
        if role in MASKED_ROLES:
            assert not shows_number(response.text, number), (role, response.request.url)
    for role in MASKED_ROLES:
        for shown in _everything_read(client, role, call_id):
            assert not shows_number(shown, number), role
    whole = client.get(path, headers=auth("supervisor")).json()
    said = {
        "complaint": whole["complaint"]["text"][0],
        "note": whole["notes"][0]["text"],
        "source": whole["caller"]["position"]["source"],
        "unit": whole["dispatches"][0]["unit"],
        "escalation": whole["escalation"]["reason"],
        "breathing": whole["answers"]["breathing"]["text"],
    }
    for field, value in said.items():
        assert value == text[: len(value)], field
        if field == "source" and len(text) > SOURCE_CHARS:
            # A position's source is a short label, clipped before a number and never through
            # it: the number may be left out of what is kept.
            continue
        assert number in digits_of(value), field
    assert any(text in s for s in strings_in(whole["warnings"]))
    assert number in digits_of(json.dumps(whole["timeline"], ensure_ascii=False))


def test_supervisors_full_reads_are_on_the_timeline_once_per_request(client: Any) -> None:
    started = client.post("/v1/calls", json=call_body(), headers=auth()).json()
    path = f"/v1/calls/{started['id']}"
    client.get(path, headers=auth("supervisor"))
    client.get("/v1/calls", headers=auth("supervisor"))
    client.get(f"{path}/timeline", headers=auth("auditor"))
    client.get(path, headers=auth("call_taker"))
    timeline = client.get(path, headers=auth("supervisor")).json()["timeline"]
    reads = [
        (e["actor"].split("#")[0], e["data"]["via"]) for e in timeline if e["type"] == "full_read"
    ]
    assert reads == [("supervisor", "record"), ("supervisor", "list"), ("auditor", "timeline")]


def test_a_call_without_numbers_leaves_no_full_read(client: Any) -> None:
    started = client.post(
        "/v1/calls", json=call_body(caller_number=None, complaint_text="胸痛"), headers=auth()
    ).json()
    path = f"/v1/calls/{started['id']}"
    client.get(path, headers=auth("supervisor"))
    timeline = client.get(path, headers=auth("supervisor")).json()["timeline"]
    assert "full_read" not in [e["type"] for e in timeline]


def test_reads_asked_masked_show_no_number_and_leave_no_full_read(client: Any) -> None:
    """A console keeping its queue current (`numbers=masked`) is nobody's look at a number;
    the supervisor's deliberate read of the record is still on the timeline."""
    body = call_body(complaint_text="回拨 13800138000")
    started = client.post("/v1/calls", json=body, headers=auth()).json()
    path = f"/v1/calls/{started['id']}"
    for _ in range(3):
        listed = client.get("/v1/calls?numbers=masked", headers=auth("supervisor")).json()
        (shown,) = [record for record in listed if record["id"] == started["id"]]
        assert shown["caller"]["number"] == MASKED_NUMBER
        assert not shows_number(shown, CALLER_NUMBER)
        record = client.get(f"{path}?numbers=masked", headers=auth("supervisor")).json()
        assert record["caller"]["number"] == MASKED_NUMBER
        assert not shows_number(record, CALLER_NUMBER)
    looked = client.get(path, headers=auth("supervisor")).json()
    assert looked["caller"]["number"] == CALLER_NUMBER
    timeline = client.get(f"{path}?numbers=masked", headers=auth("supervisor")).json()["timeline"]
    reads = [
        (e["actor"].split("#")[0], e["data"]["via"]) for e in timeline if e["type"] == "full_read"
    ]
    assert reads == [("supervisor", "record")]


def test_a_masked_search_by_number_still_finds_the_call(client: Any) -> None:
    started = client.post("/v1/calls", json=call_body(), headers=auth()).json()
    found = client.get(
        f"/v1/calls?number={CALLER_NUMBER}&numbers=masked", headers=auth("supervisor")
    )
    assert found.status_code == 200, found.text
    assert [record["id"] for record in found.json()] == [started["id"]]
    assert found.json()[0]["caller"]["number"] == MASKED_NUMBER
    refused = client.get(f"/v1/calls?number={CALLER_NUMBER}&numbers=masked", headers=auth())
    assert refused.status_code == 403


def test_error_messages_mask_what_the_client_sent(client: Any) -> None:
    started = client.post("/v1/calls", json=call_body(), headers=auth()).json()
    path = f"/v1/calls/{started['id']}/answers"
    body = {"question": "回拨13800138000", "answer": "x"}
    masked = client.post(path, json=body, headers=auth()).json()["error"]["message"]
    assert "13800138000" not in masked and "138****8000" in masked
    whole = client.post(path, json=body, headers=auth("supervisor")).json()["error"]["message"]
    assert "13800138000" in whole


def test_event_streams_mask_per_role_and_audit_one_full_read_per_call(app: Any) -> None:
    import httpx

    from .test_events import _next_event, serving

    spelled = "回拨 +86 138-0013-8000。"
    with serving(app) as base, httpx.Client(base_url=base, timeout=10) as http:
        with (
            http.stream("GET", "/v1/events", headers=auth("supervisor")) as full_stream,
            http.stream("GET", "/v1/events", headers=auth("dispatcher")) as masked_stream,
        ):
            full, masked = full_stream.iter_lines(), masked_stream.iter_lines()
            assert next(full) == next(masked) == ": connected"
            body = call_body(complaint_text=spelled)
            call_id = http.post("/v1/calls", json=body, headers=auth()).json()["id"]
            assert _next_event(full)["record"]["complaint"]["text"] == [spelled]
            assert not shows_number(_next_event(masked), "13800138000")
            http.post(f"/v1/calls/{call_id}/notes", json={"text": spelled}, headers=auth())
            assert _next_event(full)["record"]["notes"][0]["text"] == spelled
            assert not shows_number(_next_event(masked), "13800138000")
        timeline = http.get(f"/v1/calls/{call_id}/timeline", headers=auth()).json()["timeline"]
    reads = [e["data"]["via"] for e in timeline if e["type"] == "full_read"]
    assert reads == ["events"]


def test_an_event_stream_asked_masked_shows_no_number_and_leaves_no_full_read(app: Any) -> None:
    import httpx

    from .test_events import _next_event, serving

    with serving(app) as base, httpx.Client(base_url=base, timeout=10) as http:
        with http.stream("GET", "/v1/events?numbers=masked", headers=auth("supervisor")) as stream:
            lines = stream.iter_lines()
            assert next(lines) == ": connected"
            call_id = http.post("/v1/calls", json=call_body(), headers=auth()).json()["id"]
            event = _next_event(lines)
            assert event["record"]["caller"]["number"] == MASKED_NUMBER
            assert not shows_number(event, CALLER_NUMBER)
        timeline = http.get(f"/v1/calls/{call_id}/timeline", headers=auth()).json()["timeline"]
    assert "full_read" not in [e["type"] for e in timeline]


# The masking walk skips texts that cannot hold a number and copies only what changes; these
# hold it to the rule in its plainest form: every text searched, every container rebuilt.
texts_with_digits = st.text(
    st.sampled_from(
        list("0123456789０１２３４５６７８９〇零一二三四五六七八九幺两")
        + list(" -.:：/()（）+＋·\u3000_")
        + list("河南大学路号楼电话回拨abcX")
    ),
    max_size=30,
)
masking_keys = st.sampled_from(["id", "hash", "at", "by", "text", "note", "data", "label"])
masked_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | texts_with_digits
    | numbers_in_text().map(lambda case: case[1]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(masking_keys, children, max_size=5)
    ),
    max_leaves=20,
)


def _every_text_searched() -> Any:
    return patch.object(masking, "_may_hold_number", lambda text: True)


def _plain_mask_deep(value: Any) -> Any:
    if isinstance(value, str):
        return mask_numbers_in_text(value)
    if isinstance(value, list):
        return [_plain_mask_deep(item) for item in value]
    if isinstance(value, dict):
        return {
            key: item if key in masking.STRUCTURAL_KEYS else _plain_mask_deep(item)
            for key, item in value.items()
        }
    return value


@settings(max_examples=300, deadline=None)
@given(texts_with_digits | numbers_in_text().map(lambda case: case[1]))
@example("回拨1234567")
@example("电话 123-4567，")
@example("幺二三四五六七")
@example("１２３ ４５６７")
def test_a_text_passed_over_unsearched_holds_no_number(text: str) -> None:
    found = list(number_spans(text)), mask_numbers_in_text(text)
    with _every_text_searched():
        assert found == (list(number_spans(text)), mask_numbers_in_text(text))


@settings(max_examples=300, deadline=None)
@given(masked_values)
def test_the_masking_walk_masks_as_a_plain_walk_does(value: Any) -> None:
    shown = mask_deep(value)
    with _every_text_searched():
        plain = _plain_mask_deep(value)
    assert json.dumps(shown, ensure_ascii=False) == json.dumps(plain, ensure_ascii=False)
    # What needs no change is answered as it is.
    assert (shown is value) == (plain == value)


@service_examples
@given(numbers_in_text(), st.sampled_from(["location_text", "complaint_text", "psap"]))
def test_a_masked_answer_is_the_whole_record_masked_by_the_plain_walk(
    app: Any, client: Any, case: tuple[str, str], field: str
) -> None:
    from dispatch_intake.calls.models import CallRecord
    from dispatch_intake.calls.records import render_call
    from dispatch_intake.timeline.service import events_of

    _, text = case
    answer = client.post("/v1/calls", json=call_body(**{field: text}), headers=auth())
    assert answer.status_code == 201, answer.text
    record = answer.json()
    tokens = app.state.role_tokens
    with app.state.read_session() as session:
        call = session.get(CallRecord, record["id"])
        events = events_of(session, [call.id])[call.id]
        whole = render_call(call, events, tokens.match("test-supervisor"), app.state.intake)
        masked = render_call(call, events, tokens.match("test-call-taker"), app.state.intake)
    with _every_text_searched():
        expected = _plain_mask_deep(whole)
    expected["caller"] = {**expected["caller"], "number": mask_number(whole["caller"]["number"])}
    assert masked == expected
    # The answer is rendered in the writing transaction, from the values as written (a store
    # may give back JSON objects with their keys in another order): the same values, sent as
    # compact UTF-8 JSON.
    assert record == expected
    assert answer.content == json.dumps(
        record, ensure_ascii=False, allow_nan=False, separators=(",", ":")
    ).encode("utf-8")
