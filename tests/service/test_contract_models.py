"""Real answers of the service, checked against the contract's models."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from dispatch_intake.calls.contract import (
    CallIndexLine,
    CallRecord,
    ErrorAnswer,
    Me,
    Resolution,
    Timeline,
)

from .factories import act, auth, start_call

Records = TypeAdapter(list[CallRecord])
IndexLines = TypeAdapter(list[CallIndexLine])


def _record(answer: Any) -> CallRecord:
    assert answer.status_code in (200, 201), answer.text
    return CallRecord.model_validate(answer.json())


def test_every_record_answer_fits_the_model(client: Any) -> None:
    position = {"lat": 34.78, "lon": 113.8, "radius_m": 2000, "source": "cell"}
    first = start_call(client, caller_position=position, received_at="2026-11-22T08:00:00+08:00")
    call_id = first["id"]
    CallRecord.model_validate(first)
    _record(act(client, call_id, "location", {"text": "郑州"}))
    contradicted = _record(act(client, call_id, "location", {"text": "明伦校区"}))
    assert contradicted.location.contradictions
    _record(act(client, call_id, "answers", {"question": "breathing", "answer": "没有呼吸"}))
    confirmed = _record(act(client, call_id, "confirm", {"option": "1"}))
    assert confirmed.location.confirmed is not None
    _record(act(client, call_id, "escalate", {"reason": "家属情绪激动"}, role="supervisor"))
    _record(act(client, call_id, "notes", {"text": "在大礼堂门口"}))
    dispatched = _record(act(client, call_id, "dispatch", {}, role="dispatcher"))
    assert dispatched.status == "dispatched" and dispatched.dispatches
    closed = _record(act(client, call_id, "close", {"reason": "送医"}, role="dispatcher"))
    assert closed.status == "closed" and closed.next_question is None

    again = start_call(client, location_text="清明上河园", complaint_text=None)
    assert CallRecord.model_validate(again).related_calls == [call_id]
    moved = _record(act(client, again["id"], "transfer", {}, role="dispatcher"))
    assert moved.transfer is not None and moved.transfer.to_psap == "kaifeng-120"

    supervisor_view = _record(client.get(f"/v1/calls/{call_id}", headers=auth("supervisor")))
    assert supervisor_view.caller.number == "13800138000"
    queue = Records.validate_python(client.get("/v1/calls", headers=auth()).json())
    assert {record.id for record in queue} == {call_id, again["id"]}
    timeline = client.get(f"/v1/calls/{call_id}/timeline", headers=auth("auditor")).json()
    # The supervisor's whole reads above are themselves on the timeline (`full_read`).
    events = [e for e in Timeline.model_validate(timeline).timeline if e.type != "full_read"]
    assert len(events) == len(closed.timeline)


def test_the_auditors_index_lines_fit_their_model(client: Any) -> None:
    record = start_call(client)
    (line,) = IndexLines.validate_python(client.get("/v1/calls", headers=auth("auditor")).json())
    assert line.id == record["id"] and line.timeline_length == len(record["timeline"])
    # The document describes both answers, so a client generated from it accepts the auditor's.
    listing = client.get("/openapi.json").json()["paths"]["/v1/calls"]["get"]
    answer = listing["responses"]["200"]["content"]["application/json"]["schema"]
    assert {item["items"]["$ref"].rsplit("/", 1)[1] for item in answer["anyOf"]} == {
        "CallRecord",
        "CallIndexLine",
    }


def test_warnings_and_odd_starts_fit_the_model(client: Any) -> None:
    odd = {"psap": 7, "caller_position": {"lat": 999, "lon": "x"}, "extra": [1]}
    answer = client.post("/v1/calls", json=odd, headers=auth())
    record = _record(answer)
    assert {warning.field for warning in record.warnings} >= {"psap", "caller_position"}
    assert record.prompt.kind == "ask_location"


def test_other_answers_fit_their_models(client: Any) -> None:
    resolution = client.get("/v1/resolve", params={"q": "河南大学"}, headers=auth()).json()
    assert len(Resolution.model_validate(resolution).candidates) == 3
    assert Me.model_validate(client.get("/v1/me", headers=auth()).json()).role == "call_taker"
    errors = [
        client.post("/v1/calls", content=b"[1]", headers=auth()),
        client.get("/v1/calls"),
        client.post("/v1/calls", json={}, headers=auth("auditor")),
        client.get("/v1/calls/no-such-call", headers=auth()),
    ]
    assert [e.status_code for e in errors] == [400, 401, 403, 404]
    for error in errors:
        assert ErrorAnswer.model_validate(error.json()).error.message


def test_the_model_refuses_what_the_contract_does_not_allow(client: Any) -> None:
    record = start_call(client)
    with pytest.raises(ValidationError):
        CallRecord.model_validate({**record, "status": "lost"})
    with pytest.raises(ValidationError):
        CallRecord.model_validate({**record, "prompt": {"kind": "choose"}})
    assert CallRecord.model_validate({**record, "added_later": {"any": "shape"}})
