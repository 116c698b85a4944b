"""Follow-up actions on a record, and the states that forbid them."""

from __future__ import annotations

from typing import Any

from .factories import act, auth, start_call


def test_location_narrows_and_confirm_sets_the_place(client: Any) -> None:
    record = start_call(client)
    assert record["prompt"]["kind"] == "choose"
    narrowed = act(client, record["id"], "location", {"text": "龙子湖那边"})
    assert narrowed.status_code == 200
    body = narrowed.json()
    assert body["location"]["text"] == ["河南大学", "龙子湖那边"]
    assert "龙子湖" in body["location"]["candidates"][0]["full_name"]
    assert body["prompt"]["kind"] == "confirm"
    assert body["prompt"]["text"].startswith("您是在")
    confirmed = act(client, record["id"], "confirm", {"option": "1"}).json()
    assert confirmed["status"] == "location_confirmed"
    assert "龙子湖" in confirmed["location"]["confirmed"]["full_name"]
    types = [e["type"] for e in confirmed["timeline"]]
    assert "candidates_changed" in types
    assert types[-3:] == ["confirmed", "prompt_shown", "action_recommended"]
    # What is left to read is the read-back of the confirmed place, not the question.
    assert confirmed["prompt"]["kind"] == "confirm"
    assert confirmed["prompt"]["text"] == "我再确认一遍：您在河南大学郑州龙子湖校区，对吗？"
    assert [o["place_id"] for o in confirmed["prompt"]["options"]] == [
        confirmed["location"]["confirmed"]["place_id"]
    ]


def test_confirm_by_place_id(client: Any) -> None:
    record = start_call(client)
    place_id = record["location"]["candidates"][1]["place_id"]
    confirmed = act(client, record["id"], "confirm", {"place_id": place_id}).json()
    assert confirmed["location"]["confirmed"]["place_id"] == place_id


def test_confirm_of_an_option_not_offered_is_409(client: Any) -> None:
    record = start_call(client)
    assert act(client, record["id"], "confirm", {"option": "9"}).status_code == 409
    assert act(client, record["id"], "confirm", {"place_id": "no-such"}).status_code == 409
    assert act(client, record["id"], "confirm", {}).status_code == 400


def test_dispatch_recommends_the_nearest_station(client: Any) -> None:
    record = start_call(client)
    dispatched = act(client, record["id"], "dispatch", {}, "dispatcher").json()
    assert dispatched["status"] == "dispatched"
    entry = dispatched["dispatches"][0]
    assert entry["recommended_station"]["id"].startswith("zhengzhou-")
    assert entry["unit"] == entry["recommended_station"]["name"]
    named = act(client, record["id"], "dispatch", {"unit": "郑州120-7号车"}, "dispatcher").json()
    assert named["dispatches"][-1]["unit"] == "郑州120-7号车"


def test_warm_transfer_keeps_everything(client: Any) -> None:
    record = start_call(client, location_text="河南大学明伦校区", complaint_text="腿摔伤了")
    assert record["recommended_action"]["kind"] == "transfer"
    assert record["recommended_action"]["to_psap"] == "kaifeng-120"
    act(client, record["id"], "notes", {"text": "来电人在图书馆门口"})
    moved = act(
        client,
        record["id"],
        "transfer",
        {"to_psap": "kaifeng-120", "reason": "明伦校区在开封"},
        "dispatcher",
    ).json()
    assert moved["status"] == "transferred"
    assert moved["psap"] == "kaifeng-120"
    assert moved["original_psap"] == "zhengzhou-120"
    assert moved["notes"][0]["text"] == "来电人在图书馆门口"
    assert moved["location"]["text"] == ["河南大学明伦校区"]
    assert moved["location"]["candidates"][0]["in_jurisdiction"] is True
    assert moved["id"] == record["id"]


def test_transfer_needs_a_known_centre_other_than_its_own(client: Any) -> None:
    record = start_call(client)
    assert act(client, record["id"], "transfer", {"to_psap": "x"}, "dispatcher").status_code == 400
    same = act(client, record["id"], "transfer", {"to_psap": "zhengzhou-120"}, "dispatcher")
    assert same.status_code == 409


def test_closed_calls_refuse_changes_with_409(client: Any) -> None:
    closed = start_call(client)
    assert act(client, closed["id"], "close", {}, "dispatcher").json()["status"] == "closed"
    response = act(client, closed["id"], "confirm", {"option": "1"})
    assert response.status_code == 409
    assert "closed" in response.json()["error"]["message"]
    assert act(client, closed["id"], "location", {"text": "郑州"}).status_code == 409
    assert act(client, closed["id"], "dispatch", {}, "dispatcher").status_code == 409
    assert act(client, closed["id"], "close", {}, "dispatcher").status_code == 409
    assert (
        act(client, closed["id"], "answers", {"question": "age", "answer": "3"}).status_code == 409
    )
    assert act(client, closed["id"], "notes", {"text": "后补"}).status_code == 409
    assert act(client, closed["id"], "escalate", {}, "supervisor").status_code == 409
    after = client.get(f"/v1/calls/{closed['id']}", headers=auth()).json()
    assert after["notes"] == [] and after["timeline"][-1]["type"] != "note"


def test_a_dispatched_call_is_not_transferred(client: Any) -> None:
    record = start_call(client)
    act(client, record["id"], "dispatch", {}, "dispatcher")
    moved = act(client, record["id"], "transfer", {"to_psap": "kaifeng-120"}, "dispatcher")
    assert moved.status_code == 409


def test_the_receiving_centre_carries_on_with_the_same_record(client: Any) -> None:
    record = start_call(client, location_text="河南大学明伦校区")
    moved = act(client, record["id"], "transfer", {"to_psap": "kaifeng-120"}, "dispatcher").json()
    assert moved["recommended_action"]["kind"] == "dispatch_now"
    assert moved["next_question"] is not None
    confirmed = act(client, record["id"], "confirm", {"option": "1"}).json()
    assert confirmed["status"] == "location_confirmed"
    assert confirmed["psap"] == "kaifeng-120"
    assert confirmed["transfer"]["from_psap"] == "zhengzhou-120"
    dispatched = act(client, record["id"], "dispatch", {}, "dispatcher").json()
    assert dispatched["dispatches"][0]["recommended_station"]["id"].startswith("kaifeng-")


def test_escalation_and_notes_are_recorded(client: Any) -> None:
    record = start_call(client)
    escalated = act(client, record["id"], "escalate", {"reason": "地址不清"}, "supervisor").json()
    assert escalated["escalation"]["reason"] == "地址不清"
    noted = act(client, record["id"], "notes", {"text": "说话很弱"}).json()
    assert noted["notes"][-1]["text"] == "说话很弱"
    assert noted["timeline"][-1]["type"] == "note"
    assert act(client, record["id"], "notes", {"text": 5}).status_code == 400


def test_queue_filters_by_status(client: Any) -> None:
    first = start_call(client)
    second = start_call(client)
    act(client, second["id"], "confirm", {"option": "1"})
    provisional = client.get("/v1/calls?status=provisional", headers=auth()).json()
    assert [r["id"] for r in provisional] == [first["id"]]
    confirmed = client.get("/v1/calls?status=location_confirmed", headers=auth()).json()
    assert [r["id"] for r in confirmed] == [second["id"]]
    both = client.get("/v1/calls?status=provisional,location_confirmed", headers=auth()).json()
    assert {r["id"] for r in both} == {first["id"], second["id"]}
    assert client.get("/v1/calls?status=lost", headers=auth()).status_code == 400


def test_unknown_record_is_404(client: Any) -> None:
    assert client.get("/v1/calls/nope", headers=auth()).status_code == 404
    response = act(client, "nope", "location", {"text": "郑州"})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_resolve_stores_nothing(client: Any) -> None:
    response = client.get(
        "/v1/resolve", params={"q": "河南大学", "psap": "zhengzhou-120"}, headers=auth()
    )
    assert response.status_code == 200
    body = response.json()
    assert len(body["candidates"]) >= 3 and body["prompt"]["kind"] == "choose"
    assert client.get("/v1/calls", headers=auth()).json() == []


def test_position_update_without_text(client: Any) -> None:
    record = start_call(client)
    moved = act(client, record["id"], "location", {"caller_position": {"lat": 34.8, "lon": 114.3}})
    assert moved.status_code == 200
    assert moved.json()["caller"]["position"]["lat"] == 34.8
    assert act(client, record["id"], "location", {}).status_code == 400


def test_a_critical_caller_known_only_by_position(client: Any) -> None:
    def start(lat: float, lon: float) -> dict[str, Any]:
        body = {
            "psap": "zhengzhou-120",
            "complaint_text": "胸痛",
            "caller_position": {"lat": lat, "lon": lon, "radius_m": 500, "source": "gnss"},
        }
        response = client.post("/v1/calls", json=body, headers=auth())
        record: dict[str, Any] = response.json()
        return record

    inside = start(34.75, 113.65)["recommended_action"]
    assert inside["kind"] == "dispatch_now"
    assert inside["place_id"] is None and inside["station"]["id"].startswith("zhengzhou-")
    outside = start(34.80, 114.35)["recommended_action"]  # 开封
    assert outside["kind"] == "ask_more"


def test_a_long_call_still_reads_the_first_and_the_latest_turns(client: Any) -> None:
    # 龙子湖校区 alone is a campus of several universities; 河南大学, said forty turns
    # earlier, settles which. Either turn forgotten, the caller would be asked again.
    record = start_call(client, location_text="河南大学")
    for n in range(40):
        act(client, record["id"], "location", {"text": f"喂喂 {n}"})
    last = act(client, record["id"], "location", {"text": "龙子湖校区"}).json()
    assert len(last["location"]["text"]) == 42
    assert last["prompt"]["kind"] == "confirm"
    assert last["location"]["candidates"][0]["full_name"] == "河南大学郑州龙子湖校区"
