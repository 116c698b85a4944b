"""Statements sent to PostgreSQL without waiting for their answers (psycopg's pipeline mode).

A start writes its call, its keys, its events and its notification, and reads none of them
back: each is sent at once and answered together with the next statement whose answer is
needed (a read, the release of the start's savepoint, the ledger's lock), so that a start in
a batch costs one exchange with the store instead of six. Only statements marked with
`ANSWER_LATER` are sent so; every other statement waits for its own answer and for those of
all sent before it, as it would without a pipeline. A fault of a statement sent earlier
therefore surfaces no later than the next statement its work waits for, raised there as
SQLAlchemy raises any fault of the store (an IntegrityError, a disconnect that invalidates
the connection), inside the same unit of work; and no connection goes back to the pool, nor
commits or rolls back, with a statement unanswered.

The dialect's hooks are replaced on the engine's own dialect object (as `db` does for
SQLite's savepoints): other engines keep SQLAlchemy's way.
"""

from __future__ import annotations

import contextlib
import weakref
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

# The execution option of a statement whose answer nothing waits for.
ANSWER_LATER = {"answer_later": True}
# The pipeline blocks open on driver connections, each until a statement needs its answer.
_open: weakref.WeakKeyDictionary[Any, contextlib.AbstractContextManager[Any]] = (
    weakref.WeakKeyDictionary()
)


def pipeline_statements(engine: Engine) -> None:
    """Send the statements marked `ANSWER_LATER` on `engine` (PostgreSQL through psycopg)
    without waiting for their answers."""
    from psycopg import Pipeline

    if not Pipeline.is_supported():  # a libpq before 14: every statement waits, as before
        return
    dialect = engine.dialect
    quote = dialect.identifier_preparer.quote

    def later(context: Any) -> bool:
        if context is None or not context.execution_options.get("answer_later"):
            return False
        # A statement that returns rows is read at once, whatever it is marked.
        compiled = context.compiled
        return compiled is None or not getattr(compiled, "effective_returning", None)

    # A statement's fault (or one of a statement sent before it, met while sending it) ends
    # the pipeline: the store has then seen the end of what was sent, and answers the next
    # statement (a rollback to the savepoint) as it would after a plain fault.
    def do_execute(cursor: Any, statement: str, parameters: Any, context: Any = None) -> None:
        driver = cursor.connection
        try:
            if later(context):
                _open_on(driver)
                cursor.execute(statement, parameters)
                return
            cursor.execute(statement, parameters)  # after the others, if a pipeline is open
            _answered(driver)
        except Exception:
            _answered(driver, faults_moot=True)
            raise

    def do_executemany(cursor: Any, statement: str, parameters: Any, context: Any = None) -> None:
        driver = cursor.connection
        try:
            sent_later = later(context)
            if sent_later:
                _open_on(driver)
            cursor.executemany(statement, parameters)
            if not sent_later:
                _answered(driver)
        except Exception:
            _answered(driver, faults_moot=True)
            raise

    def do_execute_no_params(cursor: Any, statement: str, context: Any = None) -> None:
        driver = cursor.connection
        try:
            if later(context):
                _open_on(driver)
                cursor.execute(statement)
                return
            # Without parameters the statement may be several in one message (the ledger's
            # lock and top), which only the simple protocol takes, and a pipeline does not
            # speak it.
            _answered(driver)
            cursor.execute(statement)
        except Exception:
            _answered(driver, faults_moot=True)
            raise

    # Given the pool's proxy of the driver's connection.
    def do_commit(dbapi_connection: Any) -> None:
        _answered(dbapi_connection.driver_connection)
        dbapi_connection.commit()

    def do_rollback(dbapi_connection: Any) -> None:
        # What is rolled back need not have been answered: a fault in it is moot.
        _answered(dbapi_connection.driver_connection, faults_moot=True)
        dbapi_connection.rollback()

    def savepoint(connection: Connection, name: str) -> None:
        connection.exec_driver_sql(f"SAVEPOINT {quote(name)}", execution_options=ANSWER_LATER)

    def release(connection: Connection, name: str) -> None:
        try:
            connection.exec_driver_sql(f"RELEASE SAVEPOINT {quote(name)}")
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise
            # A statement sent before the release, and answered with it, failed: the
            # savepoint's work is undone, as a statement failing on its own and the rollback
            # after it would have left it, so that the transaction goes on.
            with contextlib.suppress(DBAPIError):
                connection.exec_driver_sql(f"ROLLBACK TO SAVEPOINT {quote(name)}")
            raise

    def roll_back_to(connection: Connection, name: str) -> None:
        if not connection.invalidated:
            _answered(connection.connection.driver_connection, faults_moot=True)
        connection.exec_driver_sql(f"ROLLBACK TO SAVEPOINT {quote(name)}")

    dialect.do_execute = do_execute  # type: ignore[method-assign]
    dialect.do_executemany = do_executemany  # type: ignore[method-assign]
    dialect.do_execute_no_params = do_execute_no_params  # type: ignore[method-assign]
    dialect.do_commit = do_commit  # type: ignore[method-assign]
    dialect.do_rollback = do_rollback  # type: ignore[method-assign]
    # Sent as the statements they are: SQLAlchemy compiles each savepoint statement anew (each
    # has a name of its own, so none is cached).
    dialect.do_savepoint = savepoint  # type: ignore[method-assign]
    dialect.do_release_savepoint = release  # type: ignore[method-assign]
    dialect.do_rollback_to_savepoint = roll_back_to  # type: ignore[method-assign]


def _open_on(driver: Any) -> None:
    if driver not in _open:
        block = driver.pipeline()
        block.__enter__()
        _open[driver] = block


def _answered(driver: Any, *, faults_moot: bool = False) -> None:
    """Wait for the answers to every statement sent on `driver` and end its pipeline; the
    first fault among them is raised (unless `faults_moot`)."""
    block = _open.pop(driver, None)
    if block is None:
        return
    if not faults_moot:
        block.__exit__(None, None, None)
        return
    with contextlib.suppress(Exception):
        block.__exit__(None, None, None)
