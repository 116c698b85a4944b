"""Starting a call: never refused, bad fields become warnings, only the contract's errors."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .factories import CALLER_NUMBER, auth, call_body, start_call

# Any code point, lone surrogates included: JSON can carry them as \ud800 escapes.
any_text = st.text(st.characters(exclude_categories=()), max_size=40)
any_key = st.text(st.characters(exclude_categories=()), max_size=10)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | any_text,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(any_key, children, max_size=4)
    ),
    max_leaves=12,
)
contract_keys = st.sampled_from(
    ["psap", "location_text", "complaint_text", "caller_number", "caller_position", "received_at"]
)
json_objects = st.dictionaries(contract_keys | any_key, json_values, max_size=8)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=json_objects)
def test_any_json_object_gets_a_stored_record(client: Any, body: dict[str, Any]) -> None:
    response = client.post("/v1/calls", content=json.dumps(body), headers=auth())
    assert response.status_code == 201, response.text
    record = response.json()
    again = client.get(f"/v1/calls/{record['id']}", headers=auth())
    assert again.status_code == 200
    assert again.json()["status"] == "provisional"
    assert again.json()["timeline"][0]["type"] == "created"


def _warned(record: dict[str, Any], field: str) -> bool:
    return any(w["field"] == field for w in record["warnings"])


def test_impossible_position_is_dropped_with_a_warning(client: Any) -> None:
    record = start_call(client, caller_position={"lat": 999, "lon": 113.6, "radius_m": 50})
    assert record["caller"]["position"] is None
    assert _warned(record, "caller_position")
    assert record["location"]["candidates"]


def test_unknown_psap_falls_back_to_the_default(client: Any) -> None:
    record = start_call(client, psap="atlantis-120")
    assert record["psap"] == "zhengzhou-120"
    assert _warned(record, "psap")


def test_missing_psap_falls_back_with_a_warning(client: Any) -> None:
    body = call_body()
    del body["psap"]
    record = client.post("/v1/calls", json=body, headers=auth()).json()
    assert record["psap"] == "zhengzhou-120"
    assert _warned(record, "psap")


def test_oversized_text_is_clipped(client: Any) -> None:
    record = start_call(client, location_text="河南大学" + "啊" * 50_000)
    assert len(record["location"]["text"][0]) <= 500
    assert _warned(record, "location_text")


def test_wrong_types_and_unknown_keys_become_warnings(client: Any) -> None:
    body = {
        "psap": 120,
        "location_text": ["河南大学"],
        "complaint_text": {"text": "胸痛"},
        "caller_number": True,
        "caller_position": "34.7,113.6",
        "received_at": 5,
        "favourite_colour": "blue",
    }
    response = client.post("/v1/calls", json=body, headers=auth())
    assert response.status_code == 201
    fields = {w["field"] for w in response.json()["warnings"]}
    assert fields >= {
        "psap",
        "location_text",
        "complaint_text",
        "caller_number",
        "caller_position",
        "received_at",
        "favourite_colour",
    }


def test_control_characters_and_lone_surrogates_are_stored_cleanly(client: Any) -> None:
    content = b'{"location_text": "\\u6cb3\\u5357\\u5927\\u5b66\\u0000\\ud800"}'
    response = client.post("/v1/calls", content=content, headers=auth())
    assert response.status_code == 201
    assert response.json()["location"]["text"][0].startswith("河南大学")
    assert "\x00" not in response.json()["location"]["text"][0]


def test_a_number_given_as_a_json_number_is_kept(client: Any) -> None:
    record = start_call(client, role="supervisor", caller_number=int(CALLER_NUMBER))
    assert record["caller"]["number"] == CALLER_NUMBER


def test_received_at_is_kept(client: Any) -> None:
    record = start_call(client, received_at="2026-11-22T08:00:00+08:00")
    assert record["received_at"] == "2026-11-22T08:00:00+08:00"


def test_a_time_with_an_offset_in_seconds_is_kept_in_utc(client: Any) -> None:
    record = start_call(client, received_at="2026-11-22T08:00:00.123456+08:00:30.654321")
    assert record["received_at"] == "2026-11-21T23:59:29.469135+00:00"
    assert _warned(record, "received_at")
    stored = client.get(f"/v1/calls/{record['id']}", headers=auth()).json()
    assert stored["received_at"] == record["received_at"]


def test_a_number_too_long_to_read_is_a_warning_not_a_refusal(client: Any) -> None:
    digits = "9" * 5000
    content = f'{{"caller_number": {digits}, "caller_position": {{"lat": -{digits}, "lon": 1}},'
    content += f' "location_text": "河南大学", "x": {digits}}}'
    response = client.post("/v1/calls", content=content.encode(), headers=auth())
    assert response.status_code == 201, response.text
    record = response.json()
    assert record["caller"]["number"] is None
    assert _warned(record, "caller_number") and _warned(record, "caller_position")


def test_a_long_field_name_is_masked_before_it_is_clipped(client: Any) -> None:
    key = "回拨" * 26 + CALLER_NUMBER  # the number straddles the 60-character limit
    record = client.post("/v1/calls", json={key: 1}, headers=auth()).json()
    shown = record["warnings"][0]["field"]
    assert len(shown) <= 60 and CALLER_NUMBER[3:7] not in shown and "0013" not in shown


def test_odd_keys_inside_a_position_are_warned_about_storably(client: Any) -> None:
    content = b'{"caller_position": {"lat": 34.8, "lon": 113.8, "\\ud800\\u0000k": 1}}'
    response = client.post("/v1/calls", content=content, headers=auth())
    assert response.status_code == 201, response.text
    assert _warned(response.json(), "caller_position")


def test_not_json_is_400(client: Any) -> None:
    response = client.post("/v1/calls", content=b"{not json", headers=auth())
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_body"


def test_json_that_is_not_an_object_is_400(client: Any) -> None:
    for content in (b"[]", b'"text"', b"42", b"null", b"NaN", b"[" * 100_000):
        response = client.post("/v1/calls", content=content, headers=auth())
        assert response.status_code == 400, content[:10]
        assert set(response.json()["error"]) == {"code", "message"}


def test_body_over_the_limit_is_413_by_header(client: Any) -> None:
    body = json.dumps({"location_text": "河" * 100_000})
    response = client.post("/v1/calls", content=body.encode(), headers=auth())
    assert response.status_code == 413


def test_body_over_the_limit_is_413_by_bytes_without_a_length(client: Any) -> None:
    def chunks() -> Any:
        yield b'{"location_text": "'
        for _ in range(300):
            yield b"x" * 1024
        yield b'"}'

    response = client.post("/v1/calls", content=chunks(), headers=auth())
    assert response.status_code == 413


def test_a_lying_content_length_is_still_checked(client: Any) -> None:
    def chunks() -> Any:
        yield b'{"location_text": "' + b"x" * 300_000 + b'"}'

    headers = {**auth(), "Content-Length": "20"}
    response = client.post("/v1/calls", content=chunks(), headers=headers)
    assert response.status_code in (400, 413)


def test_no_422_anywhere(client: Any) -> None:
    assert client.get("/v1/calls?limit=abc", headers=auth()).status_code == 400
    assert client.get("/v1/calls?limit=0", headers=auth()).status_code == 400
    response = client.get("/v1/resolve?q=河南大学&lat=abc&lon=1", headers=auth())
    assert response.status_code == 200
    assert response.json()["warnings"]


def test_empty_object_asks_where_the_caller_is(client: Any) -> None:
    response = client.post("/v1/calls", json={}, headers=auth())
    record = response.json()
    assert response.status_code == 201
    assert record["prompt"]["kind"] == "ask_location"
    assert record["priority"] == "unknown"
    assert record["recommended_action"]["kind"] == "ask_more"
    assert record["next_question"]["id"] == "location"


follow_up_keys = st.sampled_from(
    [
        "text",
        "caller_position",
        "option",
        "place_id",
        "unit",
        "to_psap",
        "reason",
        "question",
        "answer",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    verb=st.sampled_from(
        ["location", "confirm", "dispatch", "transfer", "escalate", "notes", "answers", "close"]
    ),
    body=st.dictionaries(follow_up_keys | st.text(max_size=8), json_values, max_size=5),
)
def test_follow_ups_answer_any_object_without_a_server_error(
    client: Any, verb: str, body: dict[str, Any]
) -> None:
    record = start_call(client)
    response = client.post(
        f"/v1/calls/{record['id']}/{verb}", content=json.dumps(body), headers=auth("supervisor")
    )
    assert response.status_code in (200, 400, 409), response.text
    assert client.get(f"/v1/calls/{record['id']}", headers=auth()).status_code == 200
