"""A client's keyed retry of a start the store took (its answer lost), held because the store
seemed away: at replay it becomes no second call. Its follow-ups land on the stored call, and
the id the client was told still finds a record."""

from __future__ import annotations

import json
from typing import Any

from ..service.factories import auth, call_body
from .held_retries import Calls


def _notes(record: dict[str, Any]) -> list[str]:
    return [note["text"] for note in record["notes"]]


def test_a_held_retry_with_nothing_done_on_it_names_the_stored_call(client: Any, app: Any) -> None:
    calls = Calls(app)
    stored_id, held_id = calls.stored_then_held("retried-start")

    assert calls.held.replay() == 0  # no new call
    assert calls.held.pending == 0 and calls.count() == 1
    record = client.get(f"/v1/calls/{held_id}", headers=auth())
    assert record.status_code == 200 and record.json()["id"] == stored_id
    timeline = client.get(f"/v1/calls/{held_id}/timeline", headers=auth("auditor"))
    assert timeline.status_code == 200 and timeline.json()["id"] == stored_id
    # Another retry of the start, now the store answers, names the same call.
    again = client.post(
        "/v1/calls", json=call_body(), headers={**auth(), "Idempotency-Key": "retried-start"}
    )
    assert again.json()["id"] == stored_id
    assert calls.count() == 1 and calls.verified()


def test_follow_ups_on_a_held_retry_land_on_the_stored_call(client: Any, app: Any) -> None:
    calls = Calls(app)
    stored_id, held_id = calls.stored_then_held("retried-start")
    found, _ = calls.held.run_if_held(
        held_id,
        lambda session: calls.note(session, call_id=held_id, text="患者在三楼", key="note-1"),
    )
    assert found

    calls.held.replay()
    assert calls.held.pending == 0 and calls.count() == 1
    record = client.get(f"/v1/calls/{stored_id}", headers=auth()).json()
    assert _notes(record) == ["患者在三楼"]
    assert [e["type"] for e in record["timeline"][-2:]] == ["note", "held_call_merged"]
    # The note's retry under the held id is answered, not made twice; a new one lands.
    retried = client.post(
        f"/v1/calls/{held_id}/notes",
        json={"text": "患者在三楼"},
        headers={**auth(), "Idempotency-Key": "note-1"},
    )
    assert retried.status_code == 200, retried.text
    assert retried.headers["Idempotent-Replay"] == "true"
    assert retried.json()["id"] == stored_id and _notes(retried.json()) == ["患者在三楼"]
    added = client.post(f"/v1/calls/{held_id}/notes", json={"text": "呼吸困难"}, headers=auth())
    assert added.status_code == 200, added.text
    assert added.json()["id"] == stored_id
    assert _notes(added.json()) == ["患者在三楼", "呼吸困难"]
    assert calls.count() == 1 and calls.verified()


def test_a_held_retry_changed_beside_a_changed_stored_call_is_kept_whole(
    client: Any, app: Any
) -> None:
    calls = Calls(app)
    stored_id, held_id = calls.stored_then_held("retried-start")
    with app.state.write_session() as session:
        calls.note(session, call_id=stored_id, text="来电者是邻居")
    calls.held.run_if_held(held_id, lambda s: calls.note(s, call_id=held_id, text="患者在三楼"))

    calls.held.replay()
    # Two histories cannot be told apart safely: both kept, nothing lost.
    assert calls.held.pending == 0 and calls.count() == 2
    stored = client.get(f"/v1/calls/{stored_id}", headers=auth()).json()
    held = client.get(f"/v1/calls/{held_id}", headers=auth()).json()
    assert _notes(stored) == ["来电者是邻居"] and _notes(held) == ["患者在三楼"]
    assert calls.verified()


def _copy_without_forgetting(app: Any, calls: Calls, held_id: str) -> None:
    """The store takes the held call, then the journal fails to forget it."""
    from dispatch_intake.journal.copy import BatchCopy
    from dispatch_intake.journal.store import _read_held

    with calls.held._read() as local:
        copies = _read_held(local, [held_id])
    with app.state.write_session() as store:
        BatchCopy(
            store,
            audit_keys=app.state.audit_keys,
            broker=calls.intake.broker,
            key_ttl=calls.held._key_ttl,
        ).run(copies)
    assert calls.held.pending == 1


def _merges(timeline: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [event for event in timeline if event["type"] == "held_call_merged"]


def test_a_merge_repeated_after_an_interruption_carries_nothing_twice(
    client: Any, app: Any
) -> None:
    calls = Calls(app)
    stored_id, held_id = calls.stored_then_held("retried-start")
    calls.held.run_if_held(held_id, lambda s: calls.note(s, call_id=held_id, text="患者在三楼"))
    _copy_without_forgetting(app, calls, held_id)

    calls.held.replay()
    assert calls.held.pending == 0 and calls.count() == 1
    record = client.get(f"/v1/calls/{held_id}", headers=auth()).json()
    assert record["id"] == stored_id and _notes(record) == ["患者在三楼"]
    assert len(_merges(record["timeline"])) == 1
    assert calls.verified()


def test_a_follow_up_held_after_an_interrupted_merge_is_carried_by_the_next(
    client: Any, app: Any
) -> None:
    calls = Calls(app)
    stored_id, held_id = calls.stored_then_held("retried-start")
    _copy_without_forgetting(app, calls, held_id)
    # Another worker sharing the journal changes the held copy before it is forgotten.
    calls.held.run_if_held(held_id, lambda s: calls.note(s, call_id=held_id, text="患者在三楼"))

    calls.held.replay()
    assert calls.held.pending == 0 and calls.count() == 1, "the merge's own event was a change"
    record = client.get(f"/v1/calls/{stored_id}", headers=auth()).json()
    assert _notes(record) == ["患者在三楼"]
    merges = _merges(record["timeline"])
    note = next(e["seq"] for e in record["timeline"] if e["type"] == "note")
    assert [m["data"]["carried"] for m in merges] == [[], [note]]
    assert calls.verified()


def test_the_stored_call_says_which_held_call_was_merged_into_it(client: Any, app: Any) -> None:
    from dispatch_intake.audit.bundle import check_bundle

    calls = Calls(app)
    stored_id, held_id = calls.stored_then_held("retried-start")
    held_at = client.get(f"/v1/calls/{held_id}", headers=auth()).json()["timeline"][0]["at"]
    calls.held.run_if_held(held_id, lambda s: calls.note(s, call_id=held_id, text="患者在三楼"))
    before = client.get(f"/v1/calls/{stored_id}/timeline", headers=auth()).json()

    calls.held.replay()
    timeline = client.get(f"/v1/calls/{stored_id}/timeline", headers=auth()).json()
    added = timeline["timeline"][len(before["timeline"]) :]
    # The held copy's note, carried, then what the merge did.
    assert [event["type"] for event in added] == ["note", "held_call_merged"]
    merged = added[-1]
    assert merged["actor"] == "system:journal"
    assert merged["data"] == {"held_id": held_id, "held_at": held_at, "carried": [added[0]["seq"]]}
    # In the chain and the ledger like any event.
    verified = client.get(f"/v1/calls/{stored_id}/verify", headers=auth("auditor"))
    assert verified.json() == {"ok": True, "problems": []}
    bundle = client.get(f"/v1/calls/{stored_id}/evidence", headers=auth("auditor"))
    assert check_bundle(bundle.content, app.state.audit_keys.public_key) == []
    assert json.loads(bundle.content)["events"][-1]["hash"] == merged["hash"]
    assert calls.verified()


def test_a_merge_with_nothing_carried_is_still_on_the_timeline(client: Any, app: Any) -> None:
    calls = Calls(app)
    stored_id, held_id = calls.stored_then_held("retried-start")
    calls.held.replay()
    timeline = client.get(f"/v1/calls/{stored_id}/timeline", headers=auth("auditor")).json()
    [merged] = _merges(timeline["timeline"])
    assert merged["data"]["held_id"] == held_id and merged["data"]["carried"] == []
    assert merged == timeline["timeline"][-1]
    assert calls.verified()


def test_a_supervisor_reading_the_stored_call_does_not_split_the_merge(
    client: Any, app: Any
) -> None:
    calls = Calls(app)
    stored_id, held_id = calls.stored_then_held("retried-start")
    calls.held.run_if_held(held_id, lambda s: calls.note(s, call_id=held_id, text="患者在三楼"))
    # A supervisor's queue shows the stored call's number whole: a `full_read` on it.
    read = client.get(f"/v1/calls/{stored_id}", headers=auth("supervisor")).json()
    assert read["timeline"][-1]["type"] != "full_read"  # written after the answer
    timeline = client.get(f"/v1/calls/{stored_id}/timeline", headers=auth()).json()["timeline"]
    assert timeline[-1]["type"] == "full_read"

    calls.held.replay()
    assert calls.held.pending == 0 and calls.count() == 1, "a read made the call two"
    record = client.get(f"/v1/calls/{held_id}", headers=auth()).json()
    assert record["id"] == stored_id and _notes(record) == ["患者在三楼"]
    assert calls.verified()
