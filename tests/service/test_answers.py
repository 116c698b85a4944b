"""The case-entry script: the next question on every record, and what an answer changes."""

from __future__ import annotations

from typing import Any

from .factories import act, auth


def _start(client: Any, **body: Any) -> dict[str, Any]:
    response = client.post("/v1/calls", json={"psap": "zhengzhou-120", **body}, headers=auth())
    assert response.status_code == 201
    record: dict[str, Any] = response.json()
    return record


def test_questions_come_in_order_and_location_never_blocks(client: Any) -> None:
    record = _start(client)
    assert record["next_question"]["id"] == "location"
    call_id = record["id"]
    said = act(client, call_id, "location", {"text": "河南大学"}).json()
    # Something was said but nothing confirmed: the script moves on.
    assert said["next_question"]["id"] == "callback_number"
    asked = []
    for question, answer in [
        ("callback_number", "13800138000"),
        ("what_happened", "她说肚子疼"),
        ("age", "20岁"),
        ("awake", "清醒的"),
    ]:
        response = act(client, call_id, "answers", {"question": question, "answer": answer})
        assert response.status_code == 200
        asked.append(response.json()["next_question"]["id"])
    assert asked == ["what_happened", "age", "awake", "breathing"]
    last = act(client, call_id, "answers", {"question": "breathing", "answer": "有呼吸"}).json()
    # Everything else is answered: the location comes back until it is confirmed.
    assert last["next_question"]["id"] == "location"
    assert last["next_question"]["text"] == last["prompt"]["text"]
    confirmed = act(client, call_id, "confirm", {"option": "1"}).json()
    assert confirmed["next_question"] is None


def test_not_breathing_makes_the_call_critical_and_dispatch_now(client: Any) -> None:
    record = _start(client, location_text="河南大学龙子湖校区", complaint_text="肚子疼")
    assert record["priority"] == "urgent"
    assert record["recommended_action"]["kind"] != "dispatch_now"
    answered = act(
        client, record["id"], "answers", {"question": "breathing", "answer": "没有呼吸"}
    ).json()
    assert answered["priority"] == "critical"
    assert answered["recommended_action"]["kind"] == "dispatch_now"
    assert answered["answers"]["breathing"]["option"] == "not_breathing"
    events = [e for e in answered["timeline"] if e["type"] == "answer"]
    assert events[-1]["data"] == {
        "question": "breathing",
        "answer": "没有呼吸",
        "option": "not_breathing",
    }
    assert any(e["type"] == "priority_changed" for e in answered["timeline"])


def test_answer_describing_what_happened_feeds_the_priority(client: Any) -> None:
    record = _start(client, location_text="郑州大学")
    assert record["priority"] == "unknown"
    answered = act(
        client, record["id"], "answers", {"question": "what_happened", "answer": "突然胸痛"}
    ).json()
    assert answered["priority"] == "critical"
    assert answered["complaint"]["text"] == ["突然胸痛"]


def test_callback_number_is_kept_but_masked(client: Any) -> None:
    record = _start(client)
    answered = act(
        client, record["id"], "answers", {"question": "callback_number", "answer": "13800138000"}
    ).json()
    assert answered["caller"]["number"] == "138****8000"
    assert answered["answers"]["callback_number"]["text"] == "138****8000"
    full = client.get(f"/v1/calls/{record['id']}", headers=auth("supervisor")).json()
    assert full["caller"]["number"] == "13800138000"


def test_unknown_question_or_missing_answer_is_400(client: Any) -> None:
    record = _start(client)
    bad = act(client, record["id"], "answers", {"question": "shoe_size", "answer": "42"})
    assert bad.status_code == 400
    assert "breathing" in bad.json()["error"]["message"]
    assert act(client, record["id"], "answers", {"question": "age"}).status_code == 400
