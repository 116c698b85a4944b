"""A client's keyed retry of a held start, arriving while the replay takes that call to the
store, answers the call it was first answered with: it is neither held as a second call nor
given a new id."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

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
    # The retry arrives once the replay has copied the call to the store and before it forgets
    # it here: the retry must wait for the copy (it announces its wait), and then find the call
    # the store now holds — not hold a second one.
    waiting = threading.Event()

    class _AnnouncedWait(threading.Condition):
        def wait(self, timeout: float | None = None) -> bool:
            waiting.set()
            return super().wait(timeout)

    held._copied = _AnnouncedWait(held._lock)
    answers: list[Any] = []
    retry = threading.Thread(
        target=lambda: answers.append(
            client.post(
                "/v1/calls", json=call_body(), headers={**auth(), "Idempotency-Key": "retried"}
            )
        )
    )
    store_writer = held._store_writer

    @contextmanager
    def _retry_after_the_copy() -> Iterator[Any]:
        with store_writer() as store:
            yield store
        retry.start()
        assert waiting.wait(timeout=30), "the retry did not wait for the copy"

    held._store_writer = _retry_after_the_copy
    held.replay()
    retry.join(timeout=30)
    answer = answers[0]

    assert answer.status_code == 201, answer.text
    assert answer.json()["id"] == first
    assert held.pending == 0
    assert _stored_order(url) == [first]
    app.state.engine.dispose()
