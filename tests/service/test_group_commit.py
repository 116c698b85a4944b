"""Starts that queue behind a commit share the next one: each answered only once its own row is
on disk, one unit's failure kept to itself, a store failure failing the whole batch."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from dispatch_intake.db import (
    GroupCommit,
    create_store_engine,
    session_factories,
    when_durable,
    write_gate,
)

from ..conftest import STORE
from .factories import call_body


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_store_engine(f"sqlite:///{tmp_path / 'group.db'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE said (n INTEGER PRIMARY KEY)"))
    yield engine
    engine.dispose()


def commits_of(engine: Engine) -> list[int]:
    """Counts the store transactions committed (one entry each)."""
    commits: list[int] = []
    event.listen(engine, "commit", lambda connection: commits.append(1))
    return commits


def stored(engine: Engine) -> list[int]:
    with engine.connect() as connection:
        return [row[0] for row in connection.execute(text("SELECT n FROM said ORDER BY n"))]


def insert(n: int, *, then: Callable[[Session], None] | None = None) -> Callable[[Session], int]:
    def work(session: Session) -> int:
        session.execute(text("INSERT INTO said (n) VALUES (:n)"), {"n": n})
        if then is not None:
            then(session)
        session.commit()
        return n

    return work


def run_queued(group: GroupCommit, works: list[Callable[[Session], Any]]) -> list[Any]:
    """Run the first work alone while the others queue behind it, as a burst of starts does
    behind a commit; their outcomes (a result or the exception)."""
    first_started = threading.Event()
    release = threading.Event()

    def first(session: Session) -> Any:
        first_started.set()
        release.wait(10)
        return works[0](session)

    async def burst() -> list[Any]:
        head = asyncio.ensure_future(group.run(first))
        while not first_started.is_set():
            await asyncio.sleep(0.005)
        rest = [asyncio.ensure_future(group.run(work)) for work in works[1:]]
        await asyncio.sleep(0.05)  # every later unit is queued before the first commits
        release.set()
        return list(await asyncio.gather(head, *rest, return_exceptions=True))

    return asyncio.run(burst())


def test_units_queued_behind_a_commit_share_the_next_one(engine: Engine) -> None:
    _, writer = session_factories(engine)
    group = GroupCommit(writer, write_gate(engine))
    commits = commits_of(engine)

    outcomes = run_queued(group, [insert(n) for n in range(1, 9)])

    assert outcomes == list(range(1, 9))
    assert stored(engine) == list(range(1, 9))
    assert len(commits) == 2  # the first alone, the seven queued behind it together


def test_a_failing_unit_leaves_the_others_in_its_batch(engine: Engine) -> None:
    _, writer = session_factories(engine)
    group = GroupCommit(writer, write_gate(engine))

    def refuse(session: Session) -> None:
        raise ValueError("a fault of this unit's own work")

    outcomes = run_queued(group, [insert(1), insert(2), insert(3, then=refuse), insert(4)])

    assert outcomes[:2] == [1, 2] and outcomes[3] == 4
    assert isinstance(outcomes[2], ValueError)
    assert stored(engine) == [1, 2, 4]


def test_a_store_failure_fails_every_unit_of_the_batch_and_keeps_none(engine: Engine) -> None:
    _, writer = session_factories(engine)
    group = GroupCommit(writer, write_gate(engine))

    def store_gone(session: Session) -> None:
        raise OperationalError("INSERT", {}, Exception("disk I/O error"))

    outcomes = run_queued(group, [insert(1), insert(2), insert(3, then=store_gone), insert(4)])

    assert outcomes[0] == 1  # committed alone before the others queued
    assert all(isinstance(o, OperationalError) for o in outcomes[1:])
    assert stored(engine) == [1]


def test_what_waits_for_durability_runs_after_the_shared_commit(engine: Engine) -> None:
    _, writer = session_factories(engine)
    group = GroupCommit(writer, write_gate(engine))
    seen: list[tuple[int, list[int]]] = []

    def announce(n: int) -> Callable[[Session], None]:
        return lambda session: when_durable(session, lambda: seen.append((n, stored(engine))))

    run_queued(group, [insert(n, then=announce(n)) for n in range(1, 5)])

    # Each announcement finds its own row (and its batch's) already readable by anyone.
    assert [n for n, _ in seen] == [1, 2, 3, 4]
    assert all(n in rows for n, rows in seen)
    assert seen[1][1] == [1, 2, 3, 4]


def test_outside_a_group_what_waits_for_durability_runs_at_once(engine: Engine) -> None:
    _, writer = session_factories(engine)
    ran: list[int] = []
    with writer() as session:
        when_durable(session, lambda: ran.append(1))
    assert ran == [1]


def test_with_several_writers_a_unit_need_not_wait_for_the_batch_before(engine: Engine) -> None:
    # Reading sessions: two SQLite writers would queue in the file's lock, as two PostgreSQL
    # batches do not.
    reader, _ = session_factories(engine)
    group = GroupCommit(reader, contextlib.nullcontext(), writers=2)
    first_in, second_ran = threading.Event(), threading.Event()

    def first(session: Session) -> int:
        first_in.set()
        # With one writer the second unit would wait for this batch, and this for it.
        assert second_ran.wait(10)
        return 1

    def second(session: Session) -> int:
        second_ran.set()
        return 2

    async def arrive_while_the_first_is_written() -> tuple[int, int]:
        head = asyncio.ensure_future(group.run(first))
        while not first_in.is_set():
            await asyncio.sleep(0.005)
        later = await group.run(second)
        return await head, later

    assert asyncio.run(arrive_while_the_first_is_written()) == (1, 2)


@pytest.mark.skipif(STORE != "postgresql", reason="concurrent batches: PostgreSQL")
def test_batches_with_the_same_keys_queued_in_opposite_orders_both_commit(app: Any) -> None:
    """Two batches written at once (two workers or instances) hold starts retried under the
    same two Idempotency-Keys, queued in opposite orders. Each batch has written its first
    start's key when it comes to its second: were the second the other batch's first key,
    each would wait for the other's transaction, and the store would end one of them as a
    deadlock's victim (a batch of starts taken for a store gone away). Every start is
    answered, one call per key."""
    from dispatch_intake.audit.ledger import enter_shared_leaves
    from dispatch_intake.calls import schemas, service
    from dispatch_intake.deps import CallLocks, Writer

    intake = app.state.intake
    principal = app.state.role_tokens.match("test-call-taker")
    prepared = service.prepare_call(
        intake=intake, request=schemas.read_call_start(call_body(), max_text_chars=500)
    )
    batches = {"one": ["key-a", "key-b"], "two": ["key-b", "key-a"]}
    backends: dict[str, int] = {}
    first_written = {batch: threading.Event() for batch in batches}
    ran = {batch: 0 for batch in batches}

    def blocked(batch: str) -> bool:
        """Whether the batch's transaction waits for a lock another transaction holds."""
        pid = backends.get(batch)
        if pid is None:
            return False
        with app.state.engine.connect() as connection:
            return bool(
                connection.execute(
                    text("SELECT count(*) FROM pg_locks WHERE pid = :pid AND NOT granted"),
                    {"pid": pid},
                ).scalar()
            )

    def after_the_other_wrote_its_first(batch: str) -> None:
        other = next(name for name in batches if name != batch)
        for _ in range(600):
            # The other batch has written its first key, or waits for one this one holds.
            if first_written[other].wait(0.05) or blocked(other):
                return
        raise AssertionError(f"batch {other} neither wrote its first start nor waited")

    def start(batch: str, key: str) -> Callable[[Session], Any]:
        def work(session: Session) -> Any:
            backends[batch] = int(
                session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
            )
            ran[batch] += 1
            record, _ = service.start_call(
                session=session,
                intake=intake,
                principal=principal,
                prepared=prepared,
                idempotency_key=key,
            )
            if ran[batch] == 1:
                first_written[batch].set()
                after_the_other_wrote_its_first(batch)
            return record["id"]

        return work

    def write(batch: str) -> list[Any]:
        group = GroupCommit(
            app.state.write_session,
            app.state.write_gate,
            before_commit=enter_shared_leaves,
            writers=1,
        )
        writer = Writer(
            app.state.write_gate, app.state.write_session, call_locks=CallLocks(), group=group
        )

        async def queued_together() -> list[Any]:
            outcomes: list[Any] = await asyncio.gather(
                *(
                    writer.run_or_hold(start(batch, key), key_hash=service.key_hash(key))
                    for key in batches[batch]
                ),
                return_exceptions=True,
            )
            return outcomes

        return asyncio.run(queued_together())

    with ThreadPoolExecutor(2) as pool:
        answered = dict(zip(batches, pool.map(write, batches), strict=True))

    failed = [o for outcomes in answered.values() for o in outcomes if isinstance(o, Exception)]
    assert not failed, failed
    ids = {
        batch: dict(zip(keys, (call_id for (call_id, _held) in answered[batch]), strict=True))
        for batch, keys in batches.items()
    }
    assert ids["one"] == ids["two"]
    assert len(set(ids["one"].values())) == 2
