"""Draining the journal while the service goes on: a replay waiting on the store holds up no
new start, many held calls drain fully and in order while new starts keep coming, and no call
is listed twice on its way from the journal to the store."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from ..conftest import schema_url
from ..service.factories import auth, call_body
from .conftest import fault_settings, wait_until
from .proxy import TcpProxy


def _principal(app: Any) -> Any:
    from dispatch_intake.auth.service import bearer_token

    return app.state.role_tokens.match(bearer_token(auth()["Authorization"]))


def _hold_start(app: Any, key: str) -> str:
    """A start held in the journal, as the route holds one while the store is away."""
    from dispatch_intake.calls import schemas, service

    intake = app.state.intake
    request = schemas.read_call_start(call_body(), max_text_chars=500)
    prepared = service.prepare_call(intake=intake, request=request)
    call_id = service.new_call_id()
    app.state.held.hold(
        lambda session: service.start_call(
            session=session,
            intake=intake,
            principal=_principal(app),
            prepared=prepared,
            idempotency_key=key,
            call_id=call_id,
        )
    )
    return call_id


def _stored_order(url: str) -> list[str]:
    """Stored calls in the order the store's ledger took their first events."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT call_id FROM ledger_entries GROUP BY call_id ORDER BY min(idx)")
            )
            return [row[0] for row in rows]
    finally:
        engine.dispose()


def _verified(app: Any, url: str) -> bool:
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from dispatch_intake.audit.verify import verify_store

    engine = create_engine(url)
    try:
        with Session(engine) as session:
            return list(verify_store(session, app.state.audit_keys)) == []
    finally:
        engine.dispose()


def test_a_replay_waiting_on_the_store_holds_up_no_new_start(
    tmp_path: Path, pg_schema: str, gazetteer: Any
) -> None:
    import psycopg
    from fastapi.testclient import TestClient

    from dispatch_intake.app import create_app

    from ..conftest import _postgres_conninfo

    url = schema_url(pg_schema)
    # The store's own timeouts are out of the way: the replay waits as long as the lock does.
    app = create_app(fault_settings(tmp_path, url, store_timeout_seconds=60.0), gazetteer=gazetteer)
    # No lifespan: no probe starts a replay; the test starts the one it means.
    client = TestClient(app)
    held, first = app.state.held, _hold_start(app, "drain-0")
    held_ids = [first, *(_hold_start(app, f"drain-{n}") for n in range(1, 4))]

    with psycopg.connect(_postgres_conninfo()) as blocker:
        # The store is slow to take the replay: its transaction waits on this lock.
        blocker.execute(f'LOCK TABLE "{pg_schema}".calls IN EXCLUSIVE MODE')
        replay = threading.Thread(target=held.replay)
        replay.start()
        waiting = "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = %s::regclass"
        wait_until(
            lambda: bool(blocker.execute(waiting, (f'"{pg_schema}".calls',)).fetchone()[0])  # type: ignore[index]
        )
        # A new start is held meanwhile.
        started: list[str] = []
        starting = threading.Thread(target=lambda: started.append(_hold_start(app, "drain-4")))
        starting.start()
        wait_until(lambda: bool(started))
        # A follow-up on a call being copied waits for the copy, then lands on the stored call.
        noted: list[Any] = []
        noting = threading.Thread(
            target=lambda: noted.append(
                client.post(f"/v1/calls/{first}/notes", json={"text": "患者在三楼"}, headers=auth())
            )
        )
        noting.start()
        assert replay.is_alive() and not noted
        blocker.rollback()
    replay.join()
    noting.join()

    assert noted[0].status_code == 200, noted[0].text
    assert "X-Held-Locally" not in noted[0].headers
    assert [note["text"] for note in noted[0].json()["notes"]] == ["患者在三楼"]
    assert held.pending == 0
    assert _stored_order(url) == [*held_ids, *started]
    assert _verified(app, url)
    app.state.engine.dispose()


@pytest.mark.long_run
def test_many_held_calls_drain_in_order_while_new_starts_keep_coming(
    tmp_path: Path, pg_schema: str, store_proxy: TcpProxy, gazetteer: Any
) -> None:
    from fastapi.testclient import TestClient

    from dispatch_intake.app import create_app

    settings = fault_settings(tmp_path, schema_url(pg_schema, store_proxy.port))
    app = create_app(settings, gazetteer=gazetteer)
    with TestClient(app) as client:
        store_proxy.refuse()
        wait_until(lambda: client.get("/readyz").status_code == 503)
        answered: dict[str, str] = {}
        for n in range(120):
            key = f"held-{n}"
            answer = client.post(
                "/v1/calls", json=call_body(), headers={**auth(), "Idempotency-Key": key}
            )
            assert answer.status_code == 201 and answer.headers["X-Held-Locally"] == "true"
            answered[key] = answer.json()["id"]
        held_order = list(answered.values())
        noted = held_order[::20]
        for call_id in noted:
            note = client.post(
                f"/v1/calls/{call_id}/notes", json={"text": "患者在三楼"}, headers=auth()
            )
            assert note.status_code == 200 and note.headers["X-Held-Locally"] == "true"

        store_proxy.restore()
        # New starts, follow-ups on held calls and the queue, all while the journal drains.
        new_keys: list[str] = []
        queues: list[list[str]] = []
        n = 0
        while n < len(noted) or client.get("/readyz").json().get("held_locally", 1):
            key = f"new-{n}"
            answer = client.post(
                "/v1/calls", json=call_body(), headers={**auth(), "Idempotency-Key": key}
            )
            assert answer.status_code == 201, answer.text
            answered[key] = answer.json()["id"]
            new_keys.append(key)
            if n < len(noted):
                late = client.post(
                    f"/v1/calls/{noted[n]}/notes", json={"text": "呼吸困难"}, headers=auth()
                )
                assert late.status_code == 200, late.text
            queue = client.get("/v1/calls", params={"limit": 500}, headers=auth("dispatcher"))
            queues.append([line["id"] for line in queue.json()])
            n += 1
            assert n < 2000, "the journal never emptied"
        for call_id in noted:
            record = client.get(f"/v1/calls/{call_id}", headers=auth()).json()
            assert "held_locally" not in record
            assert [note["text"] for note in record["notes"]] == ["患者在三楼", "呼吸困难"]
        # Every key names the call it was answered with, once.
        for key, call_id in answered.items():
            again = client.post(
                "/v1/calls", json=call_body(), headers={**auth(), "Idempotency-Key": key}
            )
            assert again.json()["id"] == call_id, key
    url = schema_url(pg_schema)
    stored = _stored_order(url)
    assert len(stored) == len(set(answered.values())) == len(answered)
    assert [call_id for call_id in stored if call_id in set(held_order)] == held_order
    assert all(len(queue) == len(set(queue)) for queue in queues)
    assert _verified(app, url)
