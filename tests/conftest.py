"""Shared fixtures: a store per test (SQLite file, or a fresh PostgreSQL schema when
DISPATCH_INTAKE_TEST_STORE=postgresql), the shipped gazetteer loaded once, and clients."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

STORE = os.environ.get("DISPATCH_INTAKE_TEST_STORE", "sqlite")
POSTGRES_URL = os.environ.get(
    "DISPATCH_INTAKE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
TOKENS = {
    "call_taker": "test-call-taker",
    "dispatcher": "test-dispatcher",
    "supervisor": "test-supervisor",
    "auditor": "test-auditor",
}
CONFIG_DIR = Path(__file__).resolve().parents[1] / "config"


def _postgres_conninfo() -> str:
    from sqlalchemy import make_url

    return make_url(POSTGRES_URL).set(drivername="postgresql").render_as_string(False)


# What a test must ask for, or read, to touch a store; see pytest_collection_modifyitems.
STORE_FIXTURES = frozenset({"database_url", "postgres_template", "postgres_schemas", "pg_url"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the PostgreSQL pass, run only the tests a store can change: those that ask for a
    store (directly or through `settings`, `app`, `client` …) or read which store is under
    test. The rest — triage readings, shapes, parsers — never meet a store and have already
    run in the SQLite pass; running them again costs minutes and checks nothing new."""
    if STORE != "postgresql":
        return
    kept: list[pytest.Item] = []
    deselected: list[pytest.Item] = []
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        module = getattr(item, "module", None)
        reads_store = module is not None and getattr(module, "STORE", None) is not None
        (kept if fixtures & STORE_FIXTURES or reads_store else deselected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


@pytest.fixture(scope="session")
def postgres_schemas() -> Iterator[list[str]]:
    """Schemas made for this session's tests; whatever a test leaves is dropped at the end."""
    import psycopg

    try:
        psycopg.connect(_postgres_conninfo(), connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required under CI and unreachable: {exc}")
        pytest.skip(f"PostgreSQL unreachable at {POSTGRES_URL}: {exc}")
    made: list[str] = []
    yield made
    with psycopg.connect(_postgres_conninfo(), autocommit=True) as connection:
        for schema in made:
            connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(scope="session")
def session_tag() -> str:
    return uuid.uuid4().hex[:8]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store at the newest schema, made once per test process. Bringing a new store's
    schema up costs each test more than most tests' own work (several commits, each an fsync):
    a test's store starts as a copy of this one instead."""
    from dispatch_intake.db import create_store_engine, migrate

    path = tmp_path_factory.mktemp("template") / "intake.db"
    engine = create_store_engine(f"sqlite:///{path}")
    migrate(engine)
    engine.dispose()
    # The last connection's close folds the write-ahead log into the file: the file is whole.
    assert not path.with_name("intake.db-wal").exists(), "the template's log was not folded in"
    return path


def copy_of_template(template: Path, target: Path) -> None:
    """A store of its own: the template's file, with a ledger identity of its own, as the
    migration that made the ledger gives every new store (stores may share a checkpoint log,
    which tells them apart by it)."""
    import shutil
    import sqlite3
    from contextlib import closing

    shutil.copyfile(template, target)
    with closing(sqlite3.connect(target)) as connection, connection:
        connection.execute("UPDATE ledger_identity SET store_id = ?", (uuid.uuid4().hex,))


class PostgresTemplate:
    """One schema at the newest revision per test process, emptied for each test that uses it
    — on PostgreSQL, creating and migrating a schema per test cost more than the tests.

    Emptying is checked, not assumed: when the schema is no longer the one migrated (a test
    changed it) or a lock on it is still held, the test gets a schema of its own and the
    template is made again for the next one."""

    def __init__(self, schemas: list[str], tag: str) -> None:
        self.schemas = schemas
        self.tag = tag
        self.schema: str | None = None
        self.tables: tuple[str, ...] = ()
        self.head = ""

    def new_schema(self) -> str:
        import psycopg

        schema = f"t_{self.tag}_{len(self.schemas)}"
        with psycopg.connect(_postgres_conninfo(), autocommit=True) as connection:
            connection.execute(f'CREATE SCHEMA "{schema}"')
        self.schemas.append(schema)
        return schema

    def url(self) -> str:
        """A migrated schema with no rows but a ledger identity of its own."""
        if self.schema is None or not self._emptied(self.schema):
            self.schema = self._made()
        return schema_url(self.schema)

    def _made(self) -> str:
        from sqlalchemy import text

        from dispatch_intake.db import create_store_engine, migrate

        schema = self.new_schema()
        engine = create_store_engine(schema_url(schema))
        try:
            migrate(engine)
            with engine.connect() as connection:
                self.head = connection.execute(
                    text("SELECT version_num FROM alembic_version")
                ).scalar_one()
                names = connection.execute(
                    text(
                        "SELECT tablename FROM pg_tables WHERE schemaname = :schema "
                        "AND tablename <> 'alembic_version'"
                    ),
                    {"schema": schema},
                ).scalars()
                refers = connection.execute(
                    text(
                        "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text "
                        "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
                        "WHERE c.contype = 'f' AND n.nspname = :schema"
                    ),
                    {"schema": schema},
                ).all()
                self.tables = referring_first(list(names), [(a, b) for a, b in refers])
        finally:
            engine.dispose()
        return schema

    def _emptied(self, schema: str) -> bool:
        import psycopg

        try:
            with psycopg.connect(_postgres_conninfo()) as connection:
                connection.execute("SET LOCAL lock_timeout = '5s'")
                connection.execute(f'SET LOCAL search_path = "{schema}"')
                tables = tuple(
                    row[0]
                    for row in connection.execute(
                        "SELECT tablename FROM pg_tables WHERE schemaname = %s "
                        "AND tablename <> 'alembic_version' ORDER BY tablename",
                        (schema,),
                    )
                )
                heads = [
                    row[0] for row in connection.execute("SELECT version_num FROM alembic_version")
                ]
                if sorted(tables) != sorted(self.tables) or heads != [self.head]:
                    connection.rollback()
                    return False
                # DELETE, not TRUNCATE: a test leaves a few rows, and TRUNCATE makes every
                # table's files anew (slower than the migration it replaces). Rows that others
                # refer to go last.
                for table in self.tables:
                    connection.execute(f'DELETE FROM "{table}"')
                for (sequence,) in connection.execute(
                    "SELECT sequencename FROM pg_sequences WHERE schemaname = %s", (schema,)
                ).fetchall():
                    connection.execute(f'ALTER SEQUENCE "{sequence}" RESTART')
                # As the migration that made the ledger gives every new store its identity.
                connection.execute(
                    "INSERT INTO ledger_identity (id, store_id) VALUES (1, %s)",
                    (uuid.uuid4().hex,),
                )
        except (psycopg.errors.LockNotAvailable, psycopg.errors.UndefinedTable):
            return False  # still in use, or changed by the test before: made again
        return True


def referring_first(tables: list[str], refers: list[tuple[str, str]]) -> tuple[str, ...]:
    """The tables in an order that deletes every row before the rows it refers to (given
    `events` referring to `calls`: events, then calls)."""
    import graphlib

    # Regclass names may come quoted; the order is by plain name.
    plain = [(a.strip('"'), b.strip('"')) for a, b in refers]
    graph: dict[str, set[str]] = {table: set() for table in sorted(tables)}
    for referring, referred in plain:
        if referring != referred and referred in graph and referring in graph:
            graph[referred].add(referring)  # the referred table waits for its referrers
    return tuple(graphlib.TopologicalSorter(graph).static_order())


def schema_url(schema: str, port: int | None = None) -> str:
    """The store's URL on one schema; with `port`, reached through a proxy on this machine."""
    from sqlalchemy import make_url

    url = make_url(POSTGRES_URL)
    if port is not None:
        url = url.set(host="127.0.0.1", port=port)
    # Commits need not wait for PostgreSQL's disk here (no test crashes the database server):
    # about 3 ms a commit on this kind of machine, 0.5 ms without the wait.
    options = f"-csearch_path%3D{schema}%20-csynchronous_commit%3Doff"
    return f"{url.render_as_string(False)}?options={options}"


@pytest.fixture(scope="session")
def postgres_template(postgres_schemas: list[str], session_tag: str) -> PostgresTemplate:
    return PostgresTemplate(postgres_schemas, session_tag)


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store no other test sees, at the newest schema, with no calls. A test marked
    `unmigrated_store` gets an empty store: its subject is the migration itself."""
    unmigrated = request.node.get_closest_marker("unmigrated_store") is not None
    if STORE == "sqlite":
        path = tmp_path / "intake.db"
        if not unmigrated:
            copy_of_template(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    if STORE != "postgresql":
        raise pytest.UsageError("DISPATCH_INTAKE_TEST_STORE must be sqlite or postgresql")
    template: PostgresTemplate = request.getfixturevalue("postgres_template")
    return schema_url(template.new_schema()) if unmigrated else template.url()


@pytest.fixture(scope="session")
def gazetteer() -> Any:
    from gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Any:
    return settings_for(tmp_path / "var", database_url)


def settings_for(var_dir: Path, database_url: str) -> Any:
    """The tests' settings on the given store (also tests/schema_support.py, for bench/)."""
    from dispatch_intake.settings import load_settings

    return load_settings(
        config_dir=CONFIG_DIR,
        var_dir=var_dir,
        database_url=database_url,
        tokens=",".join(f"{role}:{token}" for role, token in TOKENS.items()),
        default_psap="zhengzhou-120",
        # The tests' role tokens are short names, fine off the network.
        allow_weak_tokens=True,
        # Only tests/faults measures how fast an outage is noticed; elsewhere a machine busy
        # with other tests must not make a slow answer look like the store going away.
        store_timeout_seconds=20,
        store_probe_seconds=20,
    )


@pytest.fixture
def app(settings: Any, gazetteer: Any) -> Iterator[Any]:
    from dispatch_intake.app import create_app

    application = create_app(settings, gazetteer=gazetteer)
    yield application
    # Tests that never run the app's lifespan still leave no open connections behind.
    application.state.engine.dispose()


@pytest.fixture
def client(app: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(app) as test_client:
        yield test_client
