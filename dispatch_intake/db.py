"""The store: a SQLAlchemy 2 engine on SQLite (default) or PostgreSQL, migrated at start-up."""

from __future__ import annotations

import asyncio
import math
import os
import socket
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from dispatch_intake.pipelined import pipeline_statements

T = TypeVar("T")
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class Base(DeclarativeBase):
    """Declarative base of every table the service owns."""


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything the service stores is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def create_store_engine(
    url: str,
    *,
    timeout: float = 2.0,
    pooled: bool = True,
    deadline: ConnectionDeadline | None = None,
    probe: bool = False,
) -> Engine:
    """An engine whose commits are durable: on SQLite WAL with `synchronous=FULL`, so a 201
    means the record is on disk, and write transactions that take the lock up front.

    Every operation is bounded by `timeout` seconds: connecting, waiting for a pooled
    connection, each statement, and (on PostgreSQL) unacknowledged data on a black-holed
    network, so that a store that has gone away fails a request fast instead of hanging it.
    """
    # A burst of requests may wait for a pooled connection longer than for any one statement.
    pool: dict[str, Any] = {"pool_timeout": 2 * timeout + 1} if pooled else {"poolclass": NullPool}
    if probe:
        # The store probe's: one connection kept between probes, ten a second (opening one
        # each time cost more than the probe), and one more for each probe still waiting.
        pooled = False
        pool = {"poolclass": QueuePool, "pool_size": 1, "max_overflow": 16, "pool_timeout": 0.1}
    if url.startswith("sqlite"):
        database = url.split("///", 1)[-1]
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        if pooled:
            pool["pool_size"] = 20
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": timeout},
            hide_parameters=True,
            **pool,
        )
        _make_sqlite_durable(engine, busy_ms=int(timeout * 1000))
        _savepoints_as_text(engine)
        return engine
    if pooled:
        pool.update(pool_size=10, max_overflow=20)
    # hide_parameters: caller numbers must never reach a log line through an SQL error.
    engine = create_engine(
        url, connect_args=postgres_timeouts(url, timeout), hide_parameters=True, **pool
    )
    (deadline or ConnectionDeadline(None)).watch(engine, ping=pooled)
    if engine.dialect.driver == "psycopg":
        pipeline_statements(engine)
    return engine


class ConnectionDeadline:
    """Cuts the socket of any PostgreSQL connection whose statement has waited for the server
    longer than `limit` seconds.

    The server's statement timeout cannot end a wait for a server that never got the
    statement, and TCP timeouts do not fire while something on the path still acknowledges
    packets (a hung proxy or balancer): the client must end the wait itself. Only the wait for
    the server counts — from a statement's (or a commit's, or the checkout ping's) sending to
    its answer — never the time a connection is merely held: a replay copying a batch of
    held calls, or any writer busy in Python between statements on a loaded machine, holds its
    connection for seconds while the store answers every statement at once. A cut connection
    fails its statement with a disconnect error, and the pool forgets it. `sweep` is called by
    the store monitor several times a second; with `limit` None only the ping is added.
    """

    def __init__(self, limit: float | None) -> None:
        self.limit = limit
        self._since: dict[int, tuple[Any, float]] = {}
        self._lock = threading.Lock()

    def watch(self, engine: Engine, *, ping: bool) -> None:
        @event.listens_for(engine, "checkout")
        def _on_checkout(dbapi_connection: Any, record: Any, proxy: Any) -> None:
            if not ping:
                return
            # The pool's own pre-ping runs before this event, outside the deadline: this one
            # is inside it (a ping to a hung server is cut like any statement).
            self._waiting(dbapi_connection)
            try:
                cursor = dbapi_connection.cursor()
                cursor.execute("SELECT 1")
                cursor.close()
            except Exception as exc:
                raise DisconnectionError(f"the pooled connection is gone ({exc})") from exc
            finally:
                self._forget(dbapi_connection)

        @event.listens_for(engine, "before_cursor_execute")
        def _on_execute(conn: Any, cursor: Any, *_: Any) -> None:
            self._waiting(conn.connection.dbapi_connection)

        @event.listens_for(engine, "after_cursor_execute")
        def _on_executed(conn: Any, cursor: Any, *_: Any) -> None:
            self._forget(conn.connection.dbapi_connection)

        @event.listens_for(engine, "handle_error")
        def _on_error(context: Any) -> None:
            if context.connection is not None and not context.connection.invalidated:
                self._forget(context.connection.connection.dbapi_connection)

        # A commit's or a rollback's answer has no event of its own: its wait ends at the next
        # statement or when the connection goes back to the pool, whichever is first.
        @event.listens_for(engine, "commit")
        def _on_commit(conn: Any) -> None:
            self._waiting_on(conn)

        @event.listens_for(engine, "rollback")
        def _on_rollback(conn: Any) -> None:
            self._waiting_on(conn)

        # The pool's reset of a returned connection (a rollback every closing session sends)
        # waits on the server too; `checkin` comes after it.
        @event.listens_for(engine, "reset")
        def _on_reset(dbapi_connection: Any, record: Any, state: Any) -> None:
            self._waiting(dbapi_connection)

        @event.listens_for(engine, "checkin")
        def _on_checkin(dbapi_connection: Any, record: Any) -> None:
            self._forget(dbapi_connection)

        @event.listens_for(engine, "invalidate")
        def _on_invalidate(dbapi_connection: Any, record: Any, exception: Any) -> None:
            self._forget(dbapi_connection)

        @event.listens_for(engine, "close")
        def _on_close(dbapi_connection: Any, record: Any) -> None:
            self._forget(dbapi_connection)

    def _waiting_on(self, conn: Any) -> None:
        # An invalidated connection has no socket left to wait on (and asking for it would
        # reconnect).
        if not conn.invalidated:
            self._waiting(conn.connection.dbapi_connection)

    def _waiting(self, dbapi_connection: Any) -> None:
        if dbapi_connection is None:
            return
        with self._lock:
            self._since[id(dbapi_connection)] = (dbapi_connection, time.monotonic())

    def _forget(self, dbapi_connection: Any) -> None:
        if dbapi_connection is None:
            return
        with self._lock:
            self._since.pop(id(dbapi_connection), None)

    def sweep(self) -> int:
        """Cut every connection whose wait for the server is over its time; the number cut."""
        if self.limit is None:
            return 0
        now = time.monotonic()
        with self._lock:
            late = [c for c, since in self._since.values() if now - since > self.limit]
            for connection in late:
                self._since.pop(id(connection), None)
        for connection in late:
            _cut(connection)
        return len(late)


def _cut(dbapi_connection: Any) -> None:
    try:
        fd = dbapi_connection.pgconn.socket
        with socket.socket(fileno=os.dup(fd)) as sock:
            sock.shutdown(socket.SHUT_RDWR)
    except Exception:  # already closed: nothing to cut
        return


def postgres_timeouts(url: str, timeout: float) -> dict[str, Any]:
    """libpq parameters that bound every wait on the server (the URL's own `options` kept).

    >>> postgres_timeouts("postgresql+psycopg://h/db", 2.0)["tcp_user_timeout"]
    2000
    """
    millis = max(int(timeout * 1000), 200)
    options = make_url(url).query.get("options") or ""
    if isinstance(options, tuple):
        options = " ".join(options)
    return {
        "connect_timeout": max(1, math.ceil(timeout)),
        "keepalives": 1,
        "keepalives_idle": 1,
        "keepalives_interval": 1,
        "keepalives_count": 2,
        "tcp_user_timeout": millis,
        "options": f"{options} -c statement_timeout={millis}".strip(),
    }


def _to_wal(cursor: Any, *, busy_ms: int) -> None:
    """Put the database file in WAL mode (it stays so), waiting up to `busy_ms` for the lock.

    Written by hand because SQLite's busy handler does not cover it: a connection that must
    raise its lock to change the journal mode while another holds one is answered "database
    is locked" at once (waiting could deadlock the two), so instances or workers opening a new
    store file together would fail to start on whichever lost the race."""
    deadline = time.monotonic() + busy_ms / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL").fetchall()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(0.01)


def _make_sqlite_durable(engine: Engine, *, busy_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        # The driver's own transaction handling would BEGIN lazily (DEFERRED); a deferred
        # reader that later writes can fail with SQLITE_BUSY, so `_on_begin` takes over.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
        _to_wal(cursor, busy_ms=busy_ms)
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        writes = connection.get_execution_options().get("writes", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _savepoints_as_text(engine: Engine) -> None:
    """Savepoints sent as the plain statements they are. SQLAlchemy compiles each SAVEPOINT
    statement anew (each has a name of its own, so none is cached), which cost a group
    commit, one savepoint per start, three times what sending the statement does."""
    dialect = engine.dialect
    quote = dialect.identifier_preparer.quote

    def savepoint(connection: Connection, name: str) -> None:
        connection.exec_driver_sql(f"SAVEPOINT {quote(name)}")

    def release(connection: Connection, name: str) -> None:
        connection.exec_driver_sql(f"RELEASE SAVEPOINT {quote(name)}")

    def roll_back_to(connection: Connection, name: str) -> None:
        connection.exec_driver_sql(f"ROLLBACK TO SAVEPOINT {quote(name)}")

    # The engine's own dialect object: other engines keep SQLAlchemy's way.
    dialect.do_savepoint = savepoint  # type: ignore[method-assign]
    dialect.do_release_savepoint = release  # type: ignore[method-assign]
    dialect.do_rollback_to_savepoint = roll_back_to  # type: ignore[method-assign]


class SingleWriter:
    """One writer at a time, queued on the event loop (one lock per loop: test clients each
    run their own)."""

    def __init__(self) -> None:
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def _lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._locks.get(loop)
        if lock is None:
            lock = self._locks[loop] = asyncio.Lock()
        return lock

    async def __aenter__(self) -> None:
        await self._lock().acquire()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._lock().release()


def write_gate(engine: Engine) -> AbstractAsyncContextManager[Any]:
    """What a writer holds for its whole transaction: on SQLite one in-process lock, so that
    writers queue at once instead of sleeping in SQLite's busy handler (and instead of a
    worker thread each contending for the interpreter); on PostgreSQL nothing, row locks do
    the work."""
    return SingleWriter() if is_sqlite(engine) else nullcontext()


# Where a session in a shared commit keeps what must wait for that commit (see `when_durable`).
_AFTER_COMMIT = "after_group_commit"
# Where a session in a shared commit finds what the units of its batch keep together.
_SHARED = "group_commit_shared"
# A batch is bounded so that the last start in it is not kept waiting for many others' work.
GROUP_COMMIT_MAX = 32
# Batches written at once on PostgreSQL: a batch's exchanges with the server come one after
# another on its connection, and a few batches side by side keep the server and the process
# busy while each waits; each still takes the ledger's lock once.
POSTGRES_BATCH_WRITERS = 4


def when_durable(session: Session, action: Callable[[], None]) -> None:
    """Run `action` once the session's committed work is on disk: at once after an ordinary
    commit, after the shared commit when the session is part of a group (`GroupCommit`)."""
    waiting: list[Callable[[], None]] | None = session.info.get(_AFTER_COMMIT)
    if waiting is None:
        action()
    else:
        waiting.append(action)


def shared_commit(session: Session) -> dict[str, Any] | None:
    """What the units of one shared commit keep together, for the group's `before_commit` to
    write once for all of them; None for a session that commits on its own."""
    shared: dict[str, Any] | None = session.info.get(_SHARED)
    return shared


class GroupCommit:
    """Units of work that queue behind a commit share the next one (SQLite's fsync is the
    costliest step of a write, and only one writer holds the file at a time).

    Each unit runs in its own session joined to one store transaction through a SAVEPOINT: its
    `commit()` releases the savepoint and its `rollback()` returns to it, so one unit's failure
    leaves the others in the batch untouched. Every caller is answered only after the shared
    commit has returned, so a result always means a durable row. If the store cannot take the
    batch (the commit fails, or a unit finds the store unavailable), every unit in it fails
    with that error and nothing of the batch is kept: the caller may hold it elsewhere.

    `writers` batches are written at once (one on SQLite, whose single writer takes one at a
    time; on PostgreSQL several, so that one batch's exchanges with the server do not keep the
    next waiting). `before_commit` is given the batch's connection and what its units kept together
    (`shared_commit`), once every unit has run, to write it in the shared transaction just
    before the commit: the ledger's leaves are entered there once per batch, so that on
    PostgreSQL the ledger's lock is taken once per batch, not once per start.
    """

    def __init__(
        self,
        factory: sessionmaker[Session],
        gate: AbstractAsyncContextManager[Any],
        *,
        max_batch: int = GROUP_COMMIT_MAX,
        before_commit: Callable[[Connection, dict[str, Any]], None] | None = None,
        writers: int = 1,
    ) -> None:
        bind = factory.kw.get("bind")
        if not isinstance(bind, Engine):
            raise TypeError("a group commit needs a session factory bound to an engine")
        self._engine = bind
        self._factory = factory
        self._gate = gate
        self._max_batch = max_batch
        self._before_commit = before_commit
        self._writers = writers
        # Per event loop, like the write gate: test clients each run their own.
        self._queues: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop,
            list[tuple[Callable[[Session], Any], asyncio.Future[Any], str | None]],
        ] = weakref.WeakKeyDictionary()
        self._draining: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, set[asyncio.Task[None]]
        ] = weakref.WeakKeyDictionary()

    async def run(self, work: Callable[[Session], T], *, order: str | None = None) -> T:
        """The work's result once its batch is committed. `order` is the unique key the work
        writes, if any (a start's Idempotency-Key): a batch writes its units in that order, so
        that two batches written at once (two workers, two instances) that hold the same keys
        take them in one order, and one waits for the other instead of both waiting for each
        other until the store ends one as a deadlock's victim."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queues.setdefault(loop, []).append((work, future, order))
        drainers = self._draining.setdefault(loop, set())
        # A unit that arrives while every writer is busy waits for the next free one; one that
        # arrives while fewer are busy starts a batch of its own at once.
        if len(drainers) < self._writers:
            drainer = loop.create_task(self._drain(loop))
            drainers.add(drainer)
            drainer.add_done_callback(drainers.discard)
        return await future

    async def _drain(self, loop: asyncio.AbstractEventLoop) -> None:
        from starlette.concurrency import run_in_threadpool

        queue = self._queues[loop]
        while queue:
            async with self._gate:
                # Whatever arrived while the previous batch was being written goes together.
                batch = queue[: self._max_batch]
                del queue[: len(batch)]
                # Units without a key first: they take nothing another batch may hold.
                batch.sort(key=lambda unit: (unit[2] is not None, unit[2] or ""))
                try:
                    outcomes = await run_in_threadpool(self._write, [w for w, _, _ in batch])
                except BaseException as exc:  # cancelled at shutdown: nobody is left waiting
                    for _, future, _ in [*batch, *queue]:
                        if not future.done():
                            future.set_exception(exc)
                    queue.clear()
                    raise
            for (_, future, _), (ok, value) in zip(batch, outcomes, strict=True):
                if future.done():  # its caller went away
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)

    def _write(self, works: list[Callable[[Session], Any]]) -> list[tuple[bool, Any]]:
        outcomes: list[tuple[bool, Any]] = []
        after: list[Callable[[], None]] = []
        shared: dict[str, Any] = {}
        try:
            with self._engine.connect() as connection, connection.begin():
                for work in works:
                    waiting: list[Callable[[], None]] = []
                    session = self._factory(
                        bind=connection, join_transaction_mode="create_savepoint"
                    )
                    session.info[_AFTER_COMMIT] = waiting
                    session.info[_SHARED] = shared
                    try:
                        with session:
                            result = work(session)
                    except Exception as exc:
                        if store_unavailable(exc):
                            raise
                        outcomes.append((False, exc))
                        _forget_failed_savepoint(connection)
                        continue
                    outcomes.append((True, result))
                    after.extend(waiting)
                if self._before_commit is not None and shared:
                    self._before_commit(connection, shared)
        except Exception as exc:
            return [(False, exc)] * len(works)
        for action in after:
            action()
        return outcomes


def _forget_failed_savepoint(connection: Connection) -> None:
    """A unit's savepoint whose release failed (on PostgreSQL a fault of a statement sent
    without waiting is answered with the release) is rolled back in the store already, and
    SQLAlchemy keeps it as the connection's inactive savepoint: forgotten, so that the next
    unit's own can begin."""
    nested = connection.get_nested_transaction()
    if nested is not None and not nested.is_active:
        nested.rollback()


def session_factories(engine: Engine) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    """(reader, writer): writers lock the SQLite database at BEGIN; on PostgreSQL they are alike."""
    reader = sessionmaker(engine, expire_on_commit=False)
    writer = sessionmaker(engine.execution_options(writes=True), expire_on_commit=False)
    return reader, writer


# Any fixed number: the PostgreSQL advisory lock that instances starting together take, so
# that one migrates and the others find the schema done.
MIGRATION_LOCK = 0x0D15_7A7C
# Alembic keeps its running migration in module globals: one migration per process at a time.
_migrating = threading.Lock()


def migrate(engine: Engine) -> None:
    """Bring the store's schema to the newest Alembic revision (one instance at a time)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with _migrating, engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Waiting for another instance's migration is not a stuck statement.
            connection.execute(text("SET LOCAL statement_timeout = 0"))
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        # "heads": revisions added side by side on different branches all apply.
        command.upgrade(config, "heads")


def store_reachable(engine: Engine) -> bool:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception:
        return False
    return True


def store_unavailable(exc: BaseException) -> bool:
    """Whether an error means the store could not take the work in time (down, unreachable,
    timed out, locked), as opposed to a fault of the work itself."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    if isinstance(exc, OperationalError | InterfaceError | PoolTimeout):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)
