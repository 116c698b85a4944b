"""Looking calls up: by time, status, centre, staff, escalation and (for some roles) number."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from .factories import CALLER_NUMBER, MASKED_NUMBER, act, auth, start_call


def ids(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [record["id"] for record in response.json()]


def test_search_by_centre_status_and_escalation(client: Any) -> None:
    zhengzhou = start_call(client)
    kaifeng = start_call(client, psap="kaifeng-120")
    act(client, kaifeng["id"], "escalate", {"reason": "来电人辱骂"}, "supervisor")
    assert ids(client.get("/v1/calls?psap=kaifeng-120", headers=auth())) == [kaifeng["id"]]
    assert ids(client.get("/v1/calls?escalated=true", headers=auth())) == [kaifeng["id"]]
    assert ids(client.get("/v1/calls?escalated=false", headers=auth())) == [zhengzhou["id"]]
    both = client.get("/v1/calls?psap=zhengzhou-120&status=closed", headers=auth())
    assert ids(both) == []


def test_search_by_time_window(client: Any) -> None:
    record = start_call(client)
    now = datetime.now(UTC)
    before = (now - timedelta(hours=1)).isoformat()
    after = (now + timedelta(hours=1)).isoformat()
    assert ids(client.get("/v1/calls", params={"since": before}, headers=auth())) == [record["id"]]
    assert ids(client.get("/v1/calls", params={"since": after}, headers=auth())) == []
    assert ids(client.get("/v1/calls", params={"until": before}, headers=auth())) == []
    response = client.get("/v1/calls?since=yesterday", headers=auth())
    assert response.status_code == 400
    assert "ISO 8601" in response.json()["error"]["message"]


def test_search_by_whoever_acted_on_the_call(client: Any) -> None:
    taken = start_call(client)
    start_call(client, role="supervisor")
    act(client, taken["id"], "dispatch", {}, "dispatcher")
    actor = client.get(f"/v1/calls/{taken['id']}", headers=auth()).json()["timeline"][-1]["actor"]
    assert actor.startswith("dispatcher#")
    assert ids(client.get("/v1/calls", params={"actor": actor}, headers=auth())) == [taken["id"]]
    by_role = client.get("/v1/calls", params={"actor": "dispatcher"}, headers=auth())
    assert ids(by_role) == [taken["id"]]
    assert ids(client.get("/v1/calls", params={"actor": "nobody%"}, headers=auth())) == []


def test_number_search_is_for_roles_that_see_numbers(client: Any) -> None:
    record = start_call(client)
    start_call(client, caller_number="13900000000")
    found = client.get("/v1/calls", params={"number": CALLER_NUMBER}, headers=auth("supervisor"))
    assert ids(found) == [record["id"]]
    assert found.json()[0]["caller"]["number"] == CALLER_NUMBER
    refused = client.get("/v1/calls", params={"number": CALLER_NUMBER}, headers=auth())
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "forbidden"
    assert "caller number" in refused.json()["error"]["message"]


def test_auditor_finds_calls_as_index_lines_without_what_was_said(client: Any) -> None:
    record = start_call(client)
    found = client.get("/v1/calls", params={"number": CALLER_NUMBER}, headers=auth("auditor"))
    assert ids(found) == [record["id"]]
    line = found.json()[0]
    assert line["status"] == "provisional" and line["psap"] == "zhengzhou-120"
    assert line["timeline_length"] == len(record["timeline"])
    assert "location" not in line and "complaint" not in line
    # The call-taker's queue still masks numbers.
    queue = client.get("/v1/calls", headers=auth()).json()
    assert queue[0]["caller"]["number"] == MASKED_NUMBER
