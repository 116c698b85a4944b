"""The connection deadline cuts a wait for the server, never a connection merely held: a replay
copying a batch of held calls, or a writer busy between statements on a loaded machine, keeps
its connection for seconds while the store answers at once."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dispatch_intake.db import ConnectionDeadline, create_store_engine

from ..conftest import schema_url
from .conftest import wait_until
from .proxy import TcpProxy

LIMIT = 0.3


def _engine(  # type: ignore[no-untyped-def]
    schema: str, deadline: ConnectionDeadline, port: int | None = None
):
    # The server's own statement timeout well past the limit: only the deadline can end a wait.
    return create_store_engine(schema_url(schema, port), timeout=10.0, deadline=deadline)


def test_a_connection_held_between_statements_is_not_cut(pg_schema: str) -> None:
    deadline = ConnectionDeadline(LIMIT)
    engine = _engine(pg_schema, deadline)
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT 1"))
            held_from = time.monotonic()
            # Work of the service's own between two statements, longer than the limit.
            wait_until(lambda: time.monotonic() - held_from > 3 * LIMIT)
            assert deadline.sweep() == 0
            assert connection.execute(text("SELECT 2")).scalar_one() == 2
            wait_until(lambda: time.monotonic() - held_from > 6 * LIMIT)
            assert deadline.sweep() == 0
    finally:
        engine.dispose()


def test_a_statement_waiting_past_the_limit_is_cut(pg_schema: str) -> None:
    deadline = ConnectionDeadline(LIMIT)
    engine = _engine(pg_schema, deadline)
    failed: list[BaseException] = []

    def wait_on_the_server() -> None:
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT pg_sleep(30)"))
        except BaseException as exc:  # noqa: BLE001 - the cut is what is looked for
            failed.append(exc)

    waiter = threading.Thread(target=wait_on_the_server, daemon=True)
    started = time.monotonic()
    waiter.start()
    try:
        cut = [0]

        def swept() -> bool:
            cut[0] += deadline.sweep()
            return cut[0] > 0

        wait_until(swept, limit=10)
        waiter.join(timeout=10)
        assert not waiter.is_alive()
        assert time.monotonic() - started < 10
        assert failed and isinstance(failed[0], DBAPIError)
        # The pool forgot the cut connection: the next statement is answered.
        with engine.connect() as connection:
            assert connection.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        engine.dispose()


@pytest.mark.parametrize("statements", [1, 3])
def test_waits_that_were_answered_leave_nothing_to_cut(pg_schema: str, statements: int) -> None:
    deadline = ConnectionDeadline(LIMIT)
    engine = _engine(pg_schema, deadline)
    try:
        with engine.begin() as connection:
            for n in range(statements):
                connection.execute(text("SELECT :n"), {"n": n})
        done = time.monotonic()
        wait_until(lambda: time.monotonic() - done > 2 * LIMIT)
        assert deadline.sweep() == 0
    finally:
        engine.dispose()


def _cut_behind_a_hung_store(
    pg_schema: str, store_proxy: TcpProxy, *, transaction: bool, end: Callable[[Any], None]
) -> None:
    """A statement answered, then the store hung: `end` (given the connection, or its
    transaction) waits on it, and the sweep cuts it loose."""
    deadline = ConnectionDeadline(LIMIT)
    engine = _engine(pg_schema, deadline, store_proxy.port)
    try:
        connection = engine.connect()
        begun = connection.begin() if transaction else None
        connection.execute(text("SELECT 1"))
        store_proxy.black_hole()

        def ending() -> None:
            try:
                end(begun if transaction else connection)
            except DBAPIError:
                pass  # cut: what is looked for

        waiting = threading.Thread(target=ending, daemon=True)
        waiting.start()
        cut = [0]

        def swept() -> bool:
            cut[0] += deadline.sweep()
            return cut[0] > 0 and not waiting.is_alive()

        wait_until(swept, limit=10)
    finally:
        store_proxy.restore()
        engine.dispose()


def test_a_rollback_to_a_hung_store_is_cut(pg_schema: str, store_proxy: TcpProxy) -> None:
    """Every closing session sends a rollback (the pool's reset): behind a hung proxy it waits
    like any statement, and is cut like one."""
    _cut_behind_a_hung_store(
        pg_schema, store_proxy, transaction=False, end=lambda connection: connection.close()
    )


def test_a_rolled_back_transaction_to_a_hung_store_is_cut(
    pg_schema: str, store_proxy: TcpProxy
) -> None:
    _cut_behind_a_hung_store(
        pg_schema, store_proxy, transaction=True, end=lambda begun: begun.rollback()
    )
