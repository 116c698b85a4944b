"""Health, readiness, metrics, the store's durability settings and the serve command."""

from __future__ import annotations

import argparse
import threading
import tomllib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from dispatch_intake.serve import announce, register
from dispatch_intake.settings import load_settings

from ..conftest import CONFIG_DIR, STORE
from .factories import act, start_call


def test_health_and_readiness(client: Any) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["store"] in ("sqlite", "postgresql")


def test_readiness_fails_when_the_store_is_gone(client: Any, app: Any) -> None:
    from sqlalchemy import create_engine

    from dispatch_intake.journal import StoreMonitor

    working = app.state.store_monitor
    dead = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    app.state.store_monitor = StoreMonitor(dead)
    try:
        assert app.state.store_monitor.check_once() is False
        response = client.get("/readyz")
    finally:
        app.state.store_monitor.stop()
        dead.dispose()
        app.state.store_monitor = working
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "store_unreachable"


def test_metrics(client: Any) -> None:
    record = start_call(client)
    act(client, record["id"], "confirm", {"option": "1"})
    start_call(client)
    body = client.get("/metrics").text
    assert (
        'dispatch_intake_requests_total{method="POST",route="/v1/calls",status="201"} 2.0' in body
    )
    assert 'route="/v1/calls/{call_id}/confirm"' in body
    assert 'dispatch_intake_calls{status="provisional"} 1.0' in body
    assert 'dispatch_intake_calls{status="location_confirmed"} 1.0' in body
    assert "dispatch_intake_time_to_confirmed_location_seconds_count 1.0" in body
    assert "dispatch_intake_request_seconds_bucket" in body


@pytest.mark.skipif(STORE != "sqlite", reason="SQLite durability pragmas")
def test_sqlite_store_is_durable(app: Any) -> None:
    with app.state.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


@pytest.mark.skipif(STORE != "sqlite", reason="SQLite's journal mode")
def test_a_new_sqlite_store_waits_for_a_writer_before_it_turns_to_wal(tmp_path: Path) -> None:
    """Instances or workers starting together on a new store file: one still writes in the old
    journal mode while another turns the file to WAL. SQLite answers that switch "locked" at
    once, whatever the busy timeout; the second must wait its turn, not fail to start."""
    import sqlite3

    from dispatch_intake.db import create_store_engine

    path = tmp_path / "intake.db"
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("CREATE TABLE earlier (x)")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO earlier VALUES (1)")
    engine = create_store_engine(f"sqlite:///{path}", timeout=10)
    done = threading.Timer(0.5, lambda: writer.execute("COMMIT"))
    done.start()
    try:
        with engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
            rows = connection.exec_driver_sql("SELECT count(*) FROM earlier").scalar()
    finally:
        done.join()
        writer.close()
        engine.dispose()
    assert (mode, rows) == ("wal", 1)


def test_first_start_issues_one_token_per_role(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], gazetteer: Any
) -> None:
    settings = load_settings(config_dir=CONFIG_DIR, var_dir=tmp_path, tokens="")
    announce(settings, "127.0.0.1", 8123)
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8123/console" in out
    issued = tomllib.loads((tmp_path / "tokens.toml").read_text())["tokens"]
    assert set(issued) == {"call_taker", "dispatcher", "supervisor", "auditor"}
    assert all(token in out for token in issued.values())
    assert (tmp_path / "tokens.toml").stat().st_mode & 0o077 == 0
    announce(settings, "127.0.0.1", 8123)  # a second start reuses them
    assert tomllib.loads((tmp_path / "tokens.toml").read_text())["tokens"] == issued

    from fastapi.testclient import TestClient

    from dispatch_intake.app import create_app

    with TestClient(create_app(settings, gazetteer=gazetteer)) as client:
        headers = {"Authorization": f"Bearer {issued['dispatcher']}"}
        assert client.get("/v1/calls", headers=headers).status_code == 200


def test_shutdown_stops_the_outline_loading_and_waits_for_it(
    app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A thread still reading outlines (shapely, numpy) when the interpreter finalises is ended
    inside them, and a short `dispatch-intake replay` aborted with a corrupted C heap (exit
    134) after its results were out: the service's shutdown lets the loading finish the
    centre it is reading, skips the others and waits for it."""
    from fastapi.testclient import TestClient

    from dispatch_intake.journal.probe import StoreMonitor
    from dispatch_intake.locations.service import JurisdictionAreas

    shutting_down = threading.Event()
    read_once_shutting_down: list[str] = []
    stop_monitor = StoreMonitor.stop
    read_outline = JurisdictionAreas._outline

    def stop(monitor: StoreMonitor) -> None:
        shutting_down.set()
        stop_monitor(monitor)

    def outline(areas: JurisdictionAreas, psap: Any) -> Any:
        # Each reading waits for the shutdown: the loading is under way when it comes.
        shutting_down.wait()
        read_once_shutting_down.append(psap.id)
        return read_outline(areas, psap)

    monkeypatch.setattr(StoreMonitor, "stop", stop)
    monkeypatch.setattr(JurisdictionAreas, "_outline", outline)
    with TestClient(app):
        (loading,) = [thread for thread in threading.enumerate() if thread.name == "outlines"]
    alive_after_shutdown = loading.is_alive()
    shutting_down.set()  # a shutdown that never stopped the monitor leaves none waiting
    loading.join()
    assert not alive_after_shutdown
    assert len(list(app.state.intake.psaps)) > 1
    assert len(read_once_shutting_down) == 1


def test_serve_is_a_command() -> None:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(["serve", "--host", "0.0.0.0", "--port", "9000"])
    assert (args.host, args.port) == ("0.0.0.0", 9000)


def test_log_lines_are_json_and_mask_numbers() -> None:
    import io
    import json
    import logging

    from dispatch_intake.observability.logging import JsonFormatter, MaskNumbersFilter

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(MaskNumbersFilter())
    logger = logging.getLogger("dispatch_intake.test_logging")
    logger.addHandler(handler)
    try:
        logger.warning("callback %s", "13800138000", extra={"route": "/v1/calls"})
    finally:
        logger.removeHandler(handler)
    line = json.loads(stream.getvalue())
    assert line["message"] == "callback 138****8000"
    assert line["route"] == "/v1/calls" and line["level"] == "warning"


def test_store_errors_never_show_parameters(app: Any) -> None:
    assert app.state.engine.hide_parameters


@pytest.mark.unmigrated_store
def test_instances_starting_together_migrate_once(settings: Any, gazetteer: Any) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from dispatch_intake.app import create_app

    with ThreadPoolExecutor(max_workers=4) as pool:
        apps = list(pool.map(lambda _: create_app(settings, gazetteer=gazetteer), range(4)))
    for app in apps:
        with app.state.engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        assert len(versions) == 1
        app.state.engine.dispose()


def test_a_store_that_cannot_be_migrated_says_so_not_unreachable(
    settings: Any, gazetteer: Any
) -> None:
    from dispatch_intake.app import create_app
    from dispatch_intake.errors import SettingsError

    first = create_app(settings, gazetteer=gazetteer)
    with first.state.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    first.state.engine.dispose()
    with pytest.raises(SettingsError, match="was reached but its schema") as raised:
        create_app(settings, gazetteer=gazetteer)
    assert "from_the_future" in str(raised.value)
