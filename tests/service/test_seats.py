"""One-seat centres (受理调度一体), escalation open to call-takers, and supervisor takeover."""

from __future__ import annotations

from typing import Any

from .factories import act, auth, start_call


def test_me_names_the_one_seat_centres(client: Any) -> None:
    me = client.get("/v1/me", headers=auth()).json()
    assert me["one_seat_psaps"] == ["zhengzhou-120", "kaifeng-120"]


def test_a_call_taker_at_a_one_seat_centre_dispatches_transfers_and_closes(client: Any) -> None:
    record = start_call(client)  # 郑州120
    dispatched = act(client, record["id"], "dispatch", {})
    assert dispatched.status_code == 200 and dispatched.json()["status"] == "dispatched"
    assert act(client, record["id"], "close", {"reason": "已送达"}).status_code == 200
    other = start_call(client, location_text="河南大学明伦校区")
    moved = act(client, other["id"], "transfer", {"to_psap": "kaifeng-120"})
    assert moved.status_code == 200 and moved.json()["psap"] == "kaifeng-120"


def test_the_check_follows_the_call_to_its_centre(client: Any) -> None:
    # Taken at 郑州 (one seat), handed to 洛阳 (split): there the dispatcher sends it.
    record = start_call(client, location_text="洛阳")
    moved = act(client, record["id"], "transfer", {"to_psap": "luoyang-120"})
    assert moved.status_code == 200
    assert act(client, record["id"], "dispatch", {}).status_code == 403
    assert act(client, record["id"], "dispatch", {}, "dispatcher").status_code == 200


def test_auditors_act_nowhere(client: Any) -> None:
    record = start_call(client)
    assert act(client, record["id"], "dispatch", {}, "auditor").status_code == 403


def test_a_takeover_keeps_the_call_going_and_escalated_calls_come_first(client: Any) -> None:
    escalated = start_call(client, complaint_text="来电人辱骂，不说地址")
    start_call(client, complaint_text="肚子疼")
    act(client, escalated["id"], "escalate", {"reason": "来电人辱骂"})
    queue = client.get("/v1/calls", headers=auth("supervisor")).json()
    assert queue[0]["id"] == escalated["id"]
    # Call-takers keep their queue newest first.
    assert client.get("/v1/calls", headers=auth()).json()[0]["id"] != escalated["id"]
    taken = act(client, escalated["id"], "takeover", {"reason": "我来接"}, "supervisor").json()
    assert taken["status"] == "provisional"
    assert taken["escalation"]["reason"] == "来电人辱骂"
    assert taken["escalation"]["taken_over_by"].startswith("supervisor#")
    event = taken["timeline"][-1]
    assert event["type"] == "taken_over" and event["data"] == {
        "escalated": True,
        "reason": "我来接",
    }
    # Taken over, it is no longer waiting for a supervisor.
    queue = client.get("/v1/calls", headers=auth("supervisor")).json()
    assert queue[0]["id"] != escalated["id"]
    closed = act(client, escalated["id"], "close", {}, "supervisor")
    assert closed.status_code == 200
    assert act(client, escalated["id"], "takeover", {}, "supervisor").status_code == 409


def test_an_escalated_call_comes_first_however_many_newer_calls_there_are(client: Any) -> None:
    escalated = start_call(client, complaint_text="来电人辱骂，不说地址")
    act(client, escalated["id"], "escalate", {"reason": "来电人辱骂"})
    newer = [start_call(client, complaint_text="肚子疼")["id"] for _ in range(3)]
    page = client.get("/v1/calls?limit=2", headers=auth("supervisor")).json()
    assert [r["id"] for r in page] == [escalated["id"], newer[-1]]
    # The search still holds: a status the escalated call does not have leaves it out.
    assert act(client, escalated["id"], "close", {}, "supervisor").status_code == 200
    page = client.get("/v1/calls?limit=2&status=provisional", headers=auth("supervisor")).json()
    assert [r["id"] for r in page] == newer[:0:-1]
