"""A client's keyed retry of a held start, arriving while the replay takes that call to the
store, answers the call it was first answered with: it is neither held as a second call nor
given a new id."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from sqlalchemy import event

from ..conftest import schema_url
from ..service.factories import auth, call_body
from .conftest import fault_settings
from .test_journal_drain import _hold_start, _stored_order


def test_a_retry_while_its_call_is_forgotten_by_the_journal_names_the_stored_call(
    tmp_path: Path, pg_schema: str, gazetteer: Any
) -> None:
    from fastapi.testclient import TestClient

    from dispatch_intake.app import create_app

    url = schema_url(pg_schema)
    app = create_app(fault_settings(tmp_path, url), gazetteer=gazetteer)
    # No lifespan: no probe starts a replay; the test starts the one it means.
    client = TestClient(app)
    held = app.state.held
    first = _hold_start(app, "retried")
    retrying = threading.Event()

    @event.listens_for(held._engine, "checkin")
    def _replay_after_the_look_up(dbapi_connection: Any, record: Any) -> None:
        # The retry has just looked its key up in the journal, outside the journal's lock: the
        # replay takes the call to the store and forgets it here, before the retry goes on.
        if retrying.is_set() and not held._lock._is_owned():
            retrying.clear()
            replaying = threading.Thread(target=held.replay)
            replaying.start()
            replaying.join()

    retrying.set()
    answer = client.post(
        "/v1/calls", json=call_body(), headers={**auth(), "Idempotency-Key": "retried"}
    )
    held.replay()

    assert answer.status_code == 201, answer.text
    assert answer.json()["id"] == first
    assert held.pending == 0
    assert _stored_order(url) == [first]
    app.state.engine.dispose()
