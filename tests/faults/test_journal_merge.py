"""A client's keyed retry of a start the store took (its answer lost), held because the store
seemed away: at replay it becomes no second call. Its follow-ups land on the stored call, and
the id the client was told still finds a record."""

from __future__ import annotations

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
    assert record["timeline"][-1]["type"] == "note"
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


def test_a_merge_repeated_after_an_interruption_carries_nothing_twice(
    client: Any, app: Any
) -> None:
    from dispatch_intake.journal.copy import BatchCopy
    from dispatch_intake.journal.store import _read_held

    calls = Calls(app)
    stored_id, held_id = calls.stored_then_held("retried-start")
    calls.held.run_if_held(held_id, lambda s: calls.note(s, call_id=held_id, text="患者在三楼"))
    # The store takes the merge, then the journal fails to forget the held copy.
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

    calls.held.replay()
    assert calls.held.pending == 0 and calls.count() == 1
    record = client.get(f"/v1/calls/{held_id}", headers=auth()).json()
    assert record["id"] == stored_id and _notes(record) == ["患者在三楼"]
    assert calls.verified()
