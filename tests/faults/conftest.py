"""Fixtures of the fault tests: a PostgreSQL schema of their own (whatever store the rest of
the suite uses), reached directly or through a proxy the test can break."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url

from ..conftest import CONFIG_DIR, POSTGRES_URL, TOKENS, _postgres_conninfo
from .proxy import TcpProxy


@pytest.fixture
def pg_schema(postgres_schemas: list[str], session_tag: str) -> str:
    import psycopg

    schema = f"f_{session_tag}_{len(postgres_schemas)}"
    with psycopg.connect(_postgres_conninfo(), autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    postgres_schemas.append(schema)
    return schema


@pytest.fixture
def store_proxy() -> Iterator[TcpProxy]:
    url = make_url(POSTGRES_URL)
    proxy = TcpProxy((url.host or "127.0.0.1", url.port or 5432))
    yield proxy
    proxy.close()


def fault_settings(tmp_path: Path, database_url: str, **overrides: Any) -> Any:
    from dispatch_intake.settings import load_settings

    values: dict[str, Any] = {
        "config_dir": CONFIG_DIR,
        "var_dir": tmp_path / "var",
        "database_url": database_url,
        "tokens": ",".join(f"{role}:{token}" for role, token in TOKENS.items()),
        "default_psap": "zhengzhou-120",
        "store_timeout_seconds": 1.0,
        "allow_weak_tokens": True,
    }
    values.update(overrides)
    return load_settings(**values)


def wait_until(condition: Callable[[], bool], *, limit: float = 20.0) -> None:
    """Poll `condition` until it holds; a bound on a test, not a measurement."""
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still not so after {limit} s")
        time.sleep(0.05)
