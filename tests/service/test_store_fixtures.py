"""The tests' own stores: each test starts at the newest schema with no calls and a ledger
identity of its own, without paying for a migration (tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from ..conftest import STORE, copy_of_template, settings_for
from .factories import start_call


def _identity_and_calls(url: str) -> tuple[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            identity = connection.execute(text("SELECT store_id FROM ledger_identity")).scalar_one()
            calls = connection.execute(text("SELECT count(*) FROM calls")).scalar_one()
    finally:
        engine.dispose()
    return str(identity), int(calls)


@pytest.mark.skipif(STORE != "postgresql", reason="the PostgreSQL template")
def test_the_postgresql_template_is_emptied_for_the_next_test_not_made_again(
    request: pytest.FixtureRequest, tmp_path: Path, gazetteer: Any
) -> None:
    from dispatch_intake.app import create_app

    template = request.getfixturevalue("postgres_template")
    first = template.url()
    app = create_app(settings_for(tmp_path / "a", first), gazetteer=gazetteer)
    with TestClient(app) as client:
        start_call(client)
    app.state.engine.dispose()
    used_identity, used_calls = _identity_and_calls(first)
    assert used_calls == 1

    second = template.url()
    assert second == first, "the template was made again instead of emptied"
    identity, calls = _identity_and_calls(second)
    assert calls == 0 and identity != used_identity


@pytest.mark.skipif(STORE != "sqlite", reason="the SQLite template")
def test_a_copy_of_the_sqlite_template_has_an_identity_of_its_own(
    sqlite_template: Path, tmp_path: Path
) -> None:
    copy_of_template(sqlite_template, tmp_path / "a.db")
    copy_of_template(sqlite_template, tmp_path / "b.db")
    first, calls = _identity_and_calls(f"sqlite:///{tmp_path / 'a.db'}")
    second, _ = _identity_and_calls(f"sqlite:///{tmp_path / 'b.db'}")
    assert calls == 0 and first != second
