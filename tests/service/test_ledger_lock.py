"""A rolling upgrade from a version that locked the ledger by one key for the whole database:
with `ledger_lock_database_wide`, a writer of this version waits for an older writer holding
that key and numbers its leaves after the older writer's, on both paths that enter leaves."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import insert, select, text

from dispatch_intake.audit.ledger import LEDGER_LOCK
from dispatch_intake.audit.models import LedgerEntry

from ..conftest import STORE
from .factories import call_body, start_call

pytestmark = pytest.mark.skipif(STORE != "postgresql", reason="PostgreSQL's ledger lock")


@pytest.fixture
def wide_app(settings: Any, gazetteer: Any) -> Iterator[Any]:
    from dispatch_intake.app import create_app

    application = create_app(
        settings.model_copy(update={"ledger_lock_database_wide": True}), gazetteer=gazetteer
    )
    yield application
    application.state.engine.dispose()


def _start(app: Any) -> None:
    """A start: the lock, the ledger's top and the leaves in the start's own two messages."""
    from dispatch_intake.calls import schemas, service

    with app.state.write_session() as session:
        service.start_call(
            session=session,
            intake=app.state.intake,
            principal=app.state.role_tokens.match("test-call-taker"),
            prepared=service.prepare_call(
                intake=app.state.intake,
                request=schemas.read_call_start(call_body(), max_text_chars=500),
            ),
            idempotency_key=None,
        )


def _note(app: Any, call_id: str) -> Callable[[], None]:
    """A follow-up: its leaves entered at the flush."""
    from dispatch_intake.calls import contract, service

    def note() -> None:
        with app.state.write_session() as session:
            service.add_note(
                session=session,
                intake=app.state.intake,
                principal=app.state.role_tokens.match("test-call-taker"),
                call_id=call_id,
                given=contract.NoteBody(text="患者在三楼"),
            )
            session.commit()

    return note


def _waiting_for_the_old_key(app: Any) -> bool:
    with app.state.engine.connect() as connection:
        waiting = connection.scalar(
            text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                "AND objsubid = 1 AND objid = :key"
            ),
            {"key": LEDGER_LOCK},
        )
    return bool(waiting)


@pytest.mark.parametrize("writes", ["start", "note"])
def test_a_writer_waits_for_an_older_versions_writer_on_the_same_store(
    wide_app: Any, writes: str
) -> None:
    from fastapi.testclient import TestClient

    with TestClient(wide_app) as client:
        call_id = str(start_call(client)["id"])
    write: Callable[[], None] = (
        (lambda: _start(wide_app)) if writes == "start" else _note(wide_app, call_id)
    )
    outcome: list[Any] = []

    def behind() -> None:
        try:
            write()
            outcome.append("done")
        except Exception as exc:  # the assertion below names it
            outcome.append(exc)

    # An older version's writer: its one key for the database, then its leaf after the top.
    with wide_app.state.engine.connect() as older:
        older.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LEDGER_LOCK})
        top = older.scalar(select(LedgerEntry.idx).order_by(LedgerEntry.idx.desc()).limit(1))
        writer = threading.Thread(target=behind)
        writer.start()
        while writer.is_alive() and not _waiting_for_the_old_key(wide_app):
            writer.join(0.01)
        assert writer.is_alive(), f"the writer did not wait for the older one: {outcome}"
        older.execute(
            insert(LedgerEntry).values(
                idx=top + 1, call_id="older-version", seq=1, leaf_hash="0" * 64, mac="0" * 64
            )
        )
        older.commit()
    writer.join()
    assert outcome == ["done"]
    with wide_app.state.read_session() as session:
        ledger = list(
            session.execute(select(LedgerEntry.idx, LedgerEntry.call_id).order_by(LedgerEntry.idx))
        )
    # One numbering: the older writer's leaf where it took it, this one's after it.
    assert [idx for idx, _ in ledger] == list(range(len(ledger)))
    assert ledger[top + 1].call_id == "older-version" and len(ledger) > top + 2


def test_without_the_setting_the_older_key_is_not_taken(app: Any) -> None:
    from fastapi.testclient import TestClient

    with TestClient(app) as client, app.state.engine.connect() as older:
        older.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LEDGER_LOCK})
        # Would wait out the statement timeout and fail if this store took the database's key.
        start_call(client)
        older.rollback()
    with app.state.read_session() as session:
        assert session.scalar(select(LedgerEntry.idx).limit(1)) is not None
