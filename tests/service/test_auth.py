"""Credentials, what each role may do, and the caller number kept out of sight."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from .factories import CALLER_NUMBER, MASKED_NUMBER, act, auth, start_call


def test_no_credential_is_401(client: Any) -> None:
    response = client.post("/v1/calls", json={})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_unknown_token_is_401(client: Any) -> None:
    response = client.post("/v1/calls", json={}, headers={"Authorization": "Bearer nope"})
    assert response.status_code == 401


def test_wrong_scheme_is_401(client: Any) -> None:
    response = client.get("/v1/calls", headers={"Authorization": "Basic dGVzdA=="})
    assert response.status_code == 401


def test_call_taker_may_not_dispatch_or_transfer_where_seats_are_split(client: Any) -> None:
    # 洛阳 is not a one-seat centre (config/psaps.toml); 郑州 and 开封 are: see test_seats.
    record = start_call(client, psap="luoyang-120")
    refused = act(client, record["id"], "dispatch", {})
    assert refused.status_code == 403
    assert "调度员" in refused.json()["error"]["message"]
    assert act(client, record["id"], "transfer", {"to_psap": "kaifeng-120"}).status_code == 403
    assert act(client, record["id"], "close", {}).status_code == 403


def test_every_role_that_takes_calls_escalates_and_only_a_supervisor_takes_over(
    client: Any,
) -> None:
    record = start_call(client)
    for role in ("call_taker", "dispatcher", "supervisor"):
        assert act(client, record["id"], "escalate", {"reason": "x"}, role).status_code == 200
    assert act(client, record["id"], "takeover", {}, "dispatcher").status_code == 403
    assert act(client, record["id"], "takeover", {}, "supervisor").status_code == 200


def test_auditor_reads_timelines_and_nothing_else(client: Any) -> None:
    record = start_call(client)
    assert client.post("/v1/calls", json={}, headers=auth("auditor")).status_code == 403
    assert client.get(f"/v1/calls/{record['id']}", headers=auth("auditor")).status_code == 403
    # The auditor finds calls to audit by their index lines, never the records themselves.
    (line,) = client.get("/v1/calls", headers=auth("auditor")).json()
    assert line["id"] == record["id"] and "location" not in line
    timeline = client.get(f"/v1/calls/{record['id']}/timeline", headers=auth("auditor"))
    assert timeline.status_code == 200
    events = timeline.json()["timeline"]
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    # What came after the call's own events is the audit of the auditor's whole reads.
    assert [e["hash"] for e in events[: len(record["timeline"])]] == [
        e["hash"] for e in record["timeline"]
    ]
    assert {e["type"] for e in events[len(record["timeline"]) :]} <= {"full_read"}


@pytest.mark.parametrize(
    ("path", "role"),
    [
        ("", "auditor"),
        ("/location", "auditor"),
        ("/notes", "auditor"),
        ("/close", "auditor"),
        ("/takeover", "auditor"),
        ("/takeover", "call_taker"),
    ],
)
def test_a_role_that_may_not_act_is_refused_before_its_body_is_read(
    client: Any, path: str, role: str
) -> None:
    record = start_call(client)
    url = "/v1/calls" + (f"/{record['id']}{path}" if path else "")
    headers = {**auth(role), "Content-Type": "application/json"}
    # Neither a body that is no JSON nor one over the size limit is read: the answer is 403.
    bad = client.post(url, content=b"{not json", headers=headers)
    assert bad.status_code == 403, bad.text
    assert bad.json()["error"]["code"] == "forbidden"
    huge = client.post(url, content=b"x" * 300_000, headers=headers)
    assert huge.status_code == 403, huge.text


@pytest.mark.parametrize(
    ("role", "expected"),
    [("call_taker", MASKED_NUMBER), ("dispatcher", MASKED_NUMBER), ("supervisor", CALLER_NUMBER)],
)
def test_caller_number_is_masked_per_role(client: Any, role: str, expected: str) -> None:
    record = start_call(client)
    read = client.get(f"/v1/calls/{record['id']}", headers=auth(role)).json()
    assert read["caller"]["number"] == expected
    listed = client.get("/v1/calls", headers=auth(role)).json()
    assert listed[0]["caller"]["number"] == expected


def test_what_callers_say_is_kept_whole_and_masked_when_shown(client: Any) -> None:
    record = start_call(client, complaint_text=f"回拨{CALLER_NUMBER}，胸痛")
    call_id = record["id"]
    note = f"家属电话 {CALLER_NUMBER}"
    act(client, call_id, "notes", {"text": note})
    act(client, call_id, "answers", {"question": "callback_number", "answer": CALLER_NUMBER})
    full = client.get(f"/v1/calls/{call_id}", headers=auth("supervisor")).json()
    assert full["notes"][0]["text"] == note
    assert any(e["data"].get("text") == note for e in full["timeline"])
    assert CALLER_NUMBER in full["complaint"]["text"][0]
    for role in ("call_taker", "dispatcher"):
        masked = client.get(f"/v1/calls/{call_id}", headers=auth(role)).text
        assert CALLER_NUMBER not in masked
        assert MASKED_NUMBER in masked
        timeline = client.get(f"/v1/calls/{call_id}/timeline", headers=auth(role)).text
        assert CALLER_NUMBER not in timeline
    audited = client.get(f"/v1/calls/{call_id}/timeline", headers=auth("auditor")).json()
    assert CALLER_NUMBER in str(audited["timeline"])


def test_reasons_and_warnings_hide_numbers_from_roles_that_may_not_see_them(client: Any) -> None:
    odd_field: dict[str, Any] = {f"回拨{CALLER_NUMBER}": 1}
    record = start_call(client, location_text="河南大学开封明伦校区", **odd_field)
    call_id = record["id"]
    reason = f"家属说回拨 {CALLER_NUMBER}"
    assert act(client, call_id, "escalate", {"reason": reason}, "supervisor").status_code == 200
    assert (
        act(
            client, call_id, "transfer", {"to_psap": "kaifeng-120", "reason": reason}, "dispatcher"
        ).status_code
        == 200
    )
    for role in ("call_taker", "dispatcher"):
        shown = client.get(f"/v1/calls/{call_id}", headers=auth(role)).json()
        assert CALLER_NUMBER not in str(shown), role
        assert MASKED_NUMBER in shown["transfer"]["reason"]
        assert MASKED_NUMBER in shown["escalation"]["reason"]
        assert any(MASKED_NUMBER in w["field"] for w in shown["warnings"])
    timeline = client.get(f"/v1/calls/{call_id}/timeline", headers=auth("call_taker")).text
    assert CALLER_NUMBER not in timeline
    full = client.get(f"/v1/calls/{call_id}", headers=auth("supervisor")).json()
    assert full["transfer"]["reason"] == reason
    assert full["escalation"]["reason"] == reason


def test_a_full_call_logs_no_caller_number(
    client: Any, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    record = start_call(client, caller_position={"lat": 34.79, "lon": 113.8, "radius_m": 3000})
    call_id = record["id"]
    act(client, call_id, "location", {"text": "龙子湖那边"})
    act(client, call_id, "confirm", {"option": "1"})
    act(client, call_id, "answers", {"question": "breathing", "answer": "喘不上气"})
    act(client, call_id, "notes", {"text": "caller weak"})
    act(client, call_id, "dispatch", {}, "dispatcher")
    act(client, call_id, "confirm", {"option": "99"})  # an error path
    client.get(f"/v1/calls/{call_id}", headers=auth("supervisor"))
    client.get("/v1/calls", headers=auth())
    client.get("/metrics")
    logged = caplog.text + "".join(str(r.__dict__) for r in caplog.records)
    out, err = capfd.readouterr()
    assert caplog.records, "the service logs its requests"
    for text in (logged, out, err):
        assert CALLER_NUMBER not in text
        assert CALLER_NUMBER[3:] not in text


@pytest.mark.parametrize("role", ["call_taker", "dispatcher", "supervisor", "auditor"])
def test_me_names_the_role_behind_the_credential(client: Any, role: str) -> None:
    me = client.get("/v1/me", headers=auth(role))
    assert me.status_code == 200
    assert me.json()["role"] == role
    assert client.get("/v1/me").status_code == 401
