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


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path, session_tag: str) -> str:
    """A store no other test sees."""
    if STORE == "sqlite":
        return f"sqlite:///{tmp_path / 'intake.db'}"
    if STORE != "postgresql":
        raise pytest.UsageError("DISPATCH_INTAKE_TEST_STORE must be sqlite or postgresql")
    import psycopg

    schemas: list[str] = request.getfixturevalue("postgres_schemas")
    schema = f"t_{session_tag}_{len(schemas)}"
    with psycopg.connect(_postgres_conninfo(), autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    schemas.append(schema)
    return f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"


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
