"""On PostgreSQL a batch of starts sends the statements nothing reads back without waiting for
their answers: a fault among them still surfaces inside the unit that sent it, before its
savepoint is released, and leaves the rest of the batch and the pooled connection as a fault
of a statement answered at once would."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import Column, Engine, Integer, MetaData, Table, insert, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dispatch_intake.calls.models import IdempotencyKey
from dispatch_intake.db import GroupCommit, session_factories, utcnow, write_gate
from dispatch_intake.pipelined import ANSWER_LATER

from ..conftest import STORE
from .factories import auth, call_body, start_call
from .test_group_commit import run_queued

pytestmark = pytest.mark.skipif(STORE != "postgresql", reason="PostgreSQL's pipeline mode")


@dataclass(frozen=True)
class Store:
    """The service's engine and a table of the test's own in its schema."""

    engine: Engine
    table: str

    def stored(self) -> list[int]:
        with self.engine.connect() as connection:
            found = connection.execute(text(f"SELECT n FROM {self.table} ORDER BY n"))
            return [row[0] for row in found]

    def holds(self, n: int) -> None:
        with self.engine.begin() as connection:
            connection.execute(text(f"INSERT INTO {self.table} (n) VALUES (:n)"), {"n": n})

    def count_in(self, session: Session) -> int:
        return int(session.execute(text(f"SELECT count(*) FROM {self.table}")).scalar_one())

    def said(self, n: int, *, then: Callable[[Session], Any] | None = None) -> Any:
        """A unit that inserts `n` without waiting for the answer, then commits (or does
        `then`)."""
        statement = text(f"INSERT INTO {self.table} (n) VALUES (:n)").execution_options(
            **ANSWER_LATER
        )

        def work(session: Session) -> Any:
            session.connection().execute(statement, {"n": n})
            if then is not None:
                return then(session)
            session.commit()
            return n

        return work

    def group(self) -> GroupCommit:
        _, writer = session_factories(self.engine)
        return GroupCommit(writer, write_gate(self.engine))


@pytest.fixture
def store(app: Any) -> Store:
    engine: Engine = app.state.engine
    table = f"said_{uuid.uuid4().hex[:8]}"
    with engine.begin() as connection:
        connection.execute(text(f"CREATE TABLE {table} (n INTEGER PRIMARY KEY)"))
    return Store(engine, table)


def test_a_duplicate_sent_unanswered_fails_its_own_unit_at_its_commit(store: Store) -> None:
    store.holds(2)
    counted: list[int] = []

    def commit_or_count(session: Session) -> str:
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            # The transaction goes on: the unit reads what is written so far (the 2 held
            # before, the batch's 1; not its own 2).
            counted.append(store.count_in(session))
            return "kept"
        return "committed"

    outcomes = run_queued(
        store.group(), [store.said(1), store.said(2, then=commit_or_count), store.said(3)]
    )

    assert outcomes == [1, "kept", 3]
    assert counted == [2]
    assert store.stored() == [1, 2, 3]


def test_a_duplicate_not_handled_fails_only_its_unit(store: Store) -> None:
    store.holds(12)

    outcomes = run_queued(
        store.group(), [store.said(11), store.said(12), store.said(13), store.said(14)]
    )

    assert outcomes[0] == 11 and outcomes[2:] == [13, 14]
    assert isinstance(outcomes[1], IntegrityError)
    assert store.stored() == [11, 12, 13, 14]


def test_a_unit_that_fails_after_sending_leaves_nothing_unanswered(store: Store) -> None:
    def refuse(session: Session) -> None:
        raise ValueError("a fault of this unit's own work, after it sent its row")

    outcomes = run_queued(
        store.group(), [store.said(21), store.said(22, then=refuse), store.said(23)]
    )

    assert outcomes[0] == 21 and outcomes[2] == 23
    assert isinstance(outcomes[1], ValueError)
    assert store.stored() == [21, 23]
    # Every connection of the pool answers reads as usual: none went back mid-pipeline.
    held = [store.engine.connect() for _ in range(3)]
    try:
        assert [c.execute(text("SELECT 1")).scalar_one() for c in held] == [1, 1, 1]
    finally:
        for connection in held:
            connection.close()


def test_an_insert_asked_for_its_generated_key_is_read_at_once(store: Store) -> None:
    numbered = Table(
        f"{store.table}_numbered",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("n", Integer),
    )
    with store.engine.begin() as connection:
        numbered.create(connection)
        # Core asks back the key the store generated: the statement is answered at once,
        # however it is marked.
        made = connection.execute(insert(numbered).execution_options(**ANSWER_LATER), {"n": 1})
        assert made.inserted_primary_key == (1,)


def test_a_start_racing_another_instance_for_its_key_answers_the_winner(
    app: Any, client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key's row is written by another instance after this start looked for it: the
    start's own key, sent unanswered, fails at its savepoint's release, inside the start,
    which answers with the other instance's call."""
    from dispatch_intake.calls.writes import idempotent_record

    winner = str(start_call(client)["id"])
    looked: list[str] = []

    def looked_before_the_other_wrote(session: Session, intake: Any, digest: str) -> Any:
        if looked:
            return idempotent_record(session, intake, digest)
        looked.append(digest)
        with app.state.engine.begin() as other:
            other.execute(
                insert(IdempotencyKey),
                {"key_hash": digest, "call_id": winner, "created_at": utcnow()},
            )
        return None

    monkeypatch.setattr(
        "dispatch_intake.calls.start.idempotent_record", looked_before_the_other_wrote
    )
    response = client.post(
        "/v1/calls",
        json=call_body(),
        headers={**auth(), "Idempotency-Key": "retried-start"},
    )

    assert len(looked) == 1
    assert response.status_code == 201, response.text
    assert response.json()["id"] == winner
    assert response.headers.get("Idempotent-Replay") == "true"
