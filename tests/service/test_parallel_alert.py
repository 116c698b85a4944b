"""The parallel alert as something done, and the hand-over after a crew was sent first: the
2022 call (郑州 → 明伦校区 at 郑州 120; the crew goes to 龙子湖; the caller confirms 明伦)."""

from __future__ import annotations

from typing import Any

from .factories import act, auth, start_call

LONGZIHU = "edu-4141010475-longzihu"
MINGLUN = "edu-4141010475-minglun"


def _sent_first(client: Any) -> dict[str, Any]:
    record = start_call(client, location_text="郑州", complaint_text="说不出话了")
    said: dict[str, Any] = act(client, record["id"], "location", {"text": "明伦校区"}).json()
    alert = said["recommended_action"]["parallel_alert"]
    assert alert["to_psap"] == "kaifeng-120" and alert["place_id"] == MINGLUN
    return said


def _alert(client: Any, call_id: str, body: dict[str, Any], key: str) -> Any:
    headers = {**auth("call_taker"), "Idempotency-Key": key}
    return client.post(f"/v1/calls/{call_id}/alert", json=body, headers=headers)


def test_the_alert_done_is_on_the_timeline_and_no_longer_asked_for(client: Any) -> None:
    record = _sent_first(client)
    response = _alert(client, record["id"], {}, "alert-1")
    assert response.status_code == 200, response.text
    after = response.json()
    alerted = [e for e in after["timeline"] if e["type"] == "parallel_alerted"]
    assert len(alerted) == 1
    assert alerted[0]["actor"].startswith("call_taker")
    assert alerted[0]["data"]["to_psap"] == "kaifeng-120"
    assert alerted[0]["data"]["place_id"] == MINGLUN
    assert "明伦" in alerted[0]["data"]["label"]
    action = after["recommended_action"]
    # Send first stays; the alert is no longer asked for, and the reason says it was done.
    assert action["kind"] == "dispatch_now" and action["place_id"] == LONGZIHU
    assert action.get("parallel_alert") is None
    assert "已通知开封" in action["reason"]
    # The same key answers the same record; nothing is alerted twice.
    again = _alert(client, record["id"], {}, "alert-1")
    assert again.status_code == 200 and again.headers.get("Idempotent-Replay") == "true"
    timeline = client.get(f"/v1/calls/{record['id']}", headers=auth("call_taker")).json()
    assert len([e for e in timeline["timeline"] if e["type"] == "parallel_alerted"]) == 1
    # Saying more keeps the alert done.
    more = act(client, record["id"], "location", {"text": "郑州的河南大学"}).json()
    assert more["recommended_action"].get("parallel_alert") is None


def test_an_alert_needs_a_centre_other_than_the_calls(client: Any) -> None:
    record = start_call(client, location_text="龙子湖", complaint_text="腿疼")
    # Nothing recommended, nothing named: 400; the call's own centre: 409.
    assert _alert(client, record["id"], {}, "a").status_code == 400
    own = _alert(client, record["id"], {"to_psap": "zhengzhou-120"}, "b")
    assert own.status_code == 409
    named = _alert(client, record["id"], {"to_psap": "kaifeng-120", "reason": "电话告知"}, "c")
    assert named.status_code == 200
    event = [e for e in named.json()["timeline"] if e["type"] == "parallel_alerted"][-1]
    assert event["data"]["to_psap"] == "kaifeng-120" and event["data"]["reason"] == "电话告知"


def test_a_place_confirmed_elsewhere_after_sending_first_is_handed_over(client: Any) -> None:
    record = _sent_first(client)
    call_id = record["id"]
    dispatched = act(client, call_id, "dispatch", {}).json()
    assert dispatched["status"] == "dispatched"
    assert dispatched["dispatches"][0]["place_id"] == LONGZIHU
    confirmed = act(client, call_id, "confirm", {"place_id": MINGLUN})
    assert confirmed.status_code == 200, confirmed.text
    action = confirmed.json()["recommended_action"]
    assert action["kind"] == "transfer" and action["to_psap"] == "kaifeng-120"
    assert action["place_id"] == MINGLUN
    crew = dispatched["dispatches"][0]["unit"]
    assert "开封" in action["reason"] and crew in action["reason"]
    # The hand-over of the dispatched call is allowed, to the centre that covers the place.
    moved = act(client, call_id, "transfer", {}, role="call_taker")
    assert moved.status_code == 200, moved.text
    handed = moved.json()
    assert handed["psap"] == "kaifeng-120" and handed["status"] == "transferred"
    # 开封 sends its own crew to 明伦 at once.
    after = handed["recommended_action"]
    assert after["kind"] == "dispatch_now" and after["place_id"] == MINGLUN
    assert after["station"]["id"].startswith("kaifeng-")


def test_a_dispatched_call_goes_nowhere_but_to_the_confirmed_places_centre(client: Any) -> None:
    record = _sent_first(client)
    call_id = record["id"]
    act(client, call_id, "dispatch", {})
    # Nothing confirmed elsewhere: a dispatched call stays.
    assert act(client, call_id, "transfer", {"to_psap": "kaifeng-120"}).status_code == 409
    act(client, call_id, "confirm", {"place_id": MINGLUN})
    assert act(client, call_id, "transfer", {"to_psap": "luoyang-120"}).status_code == 409
    assert act(client, call_id, "transfer", {"to_psap": "kaifeng-120"}).status_code == 200


def test_the_alert_already_done_is_said_in_the_hand_over(client: Any) -> None:
    record = _sent_first(client)
    call_id = record["id"]
    sent = act(client, call_id, "dispatch", {}).json()["recommended_action"]
    # Sent first, the other centre is still to be told.
    assert sent["kind"] == "none" and sent["parallel_alert"]["to_psap"] == "kaifeng-120"
    assert _alert(client, call_id, {}, "k").status_code == 200
    action = act(client, call_id, "confirm", {"place_id": MINGLUN}).json()["recommended_action"]
    assert action["kind"] == "transfer" and "已通知开封" in action["reason"]
