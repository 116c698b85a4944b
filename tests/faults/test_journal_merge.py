"""A client's keyed retry of a start the store took (its answer lost), held because the store
seemed away: at replay it becomes no second call. Its follow-ups land on the stored call, and
the id the client was told still finds a record."""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy import func, select

from ..service.factories import auth, call_body


def _principal(app: Any) -> Any:
    from dispatch_intake.auth.service import bearer_token

    return app.state.role_tokens.match(bearer_token(auth()["Authorization"]))


class Calls:
    """Starts and notes made in-process, on the store or in the journal, as the routes would."""

    def __init__(self, app: Any) -> None:
        from dispatch_intake.calls import schemas, service

        # The test replays when it means to: no probe starts a replay behind its back.
        app.state.store_monitor.stop()
        self.app, self.held = app, app.state.held
        self.intake, self.principal = app.state.intake, _principal(app)
        request = schemas.read_call_start(call_body(), max_text_chars=500)
        self.prepared = service.prepare_call(intake=self.intake, request=request)

    def start(self, session: Any, *, key: str, call_id: str) -> Any:
        from dispatch_intake.calls import service

        return service.start_call(
            session=session,
            intake=self.intake,
            principal=self.principal,
            prepared=self.prepared,
            idempotency_key=key,
            call_id=call_id,
        )

    def note(self, session: Any, *, call_id: str, text: str, key: str | None = None) -> Any:
        from dispatch_intake.calls import contract, service

        add = partial(
            service.add_note,
            intake=self.intake,
            principal=self.principal,
            call_id=call_id,
            given=contract.NoteBody(text=text),
        )
        return service.act_once(
            session=session,
            intake=self.intake,
            principal=self.principal,
            call_id=call_id,
            action="add_note",
            key=key,
            act=lambda own: add(session=own),
        )

    def stored_then_held(self, key: str) -> tuple[str, str]:
        """(stored id, held id): the store took the start, its answer was lost, and the
        client's retry with the same key went to the journal."""
        from dispatch_intake.calls import service

        stored_id, held_id = service.new_call_id(), service.new_call_id()
        with self.app.state.write_session() as session:
            self.start(session, key=key, call_id=stored_id)
        self.held.hold(lambda session: self.start(session, key=key, call_id=held_id))
        assert self.held.pending == 1
        return stored_id, held_id

    def count(self) -> int:
        from dispatch_intake.calls.models import CallRecord

        with self.app.state.read_session() as session:
            return int(session.scalar(select(func.count()).select_from(CallRecord)) or 0)

    def verified(self) -> bool:
        from dispatch_intake.audit.verify import verify_store

        with self.app.state.read_session() as session:
            return list(verify_store(session, self.app.state.audit_keys)) == []


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
