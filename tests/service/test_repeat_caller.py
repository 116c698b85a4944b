"""A caller who rings again is linked to their earlier calls, on the record and the timeline."""

from __future__ import annotations

from typing import Any

from .factories import CALLER_NUMBER, auth, start_call


def test_a_second_call_from_the_same_number_links_to_the_first(client: Any) -> None:
    first = start_call(client)
    second = start_call(client, location_text="龙子湖那边")
    assert first["related_calls"] == []
    assert second["related_calls"] == [first["id"]]
    repeat = [e for e in second["timeline"] if e["type"] == "repeat_caller"]
    assert repeat and repeat[0]["data"]["earlier_calls"] == [first["id"]]
    assert CALLER_NUMBER not in str(repeat[0]["data"])


def test_calls_from_other_numbers_or_without_one_are_not_linked(client: Any) -> None:
    start_call(client)
    other = start_call(client, caller_number="13900139000")
    silent = client.post("/v1/calls", json={}, headers=auth()).json()
    assert other["related_calls"] == []
    assert silent["related_calls"] == []


def test_links_are_newest_first(client: Any) -> None:
    ids = [start_call(client)["id"] for _ in range(3)]
    latest = start_call(client)
    assert latest["related_calls"] == list(reversed(ids))
