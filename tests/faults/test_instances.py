"""Two service instances on one PostgreSQL: started at once (migrations run once), a change
made on one is streamed by the other, and an Idempotency-Key holds across them."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from ..conftest import schema_url
from ..service.factories import auth, call_body
from ..service.test_events import _next_event, serving
from .conftest import fault_settings


def test_two_instances_share_one_store(tmp_path: Path, pg_schema: str, gazetteer: Any) -> None:
    from fastapi.testclient import TestClient

    from dispatch_intake.app import create_app
    from dispatch_intake.audit.keys import key_settings, load_audit_keys
    from dispatch_intake.errors import SettingsError

    url = schema_url(pg_schema)
    # Instances of one store share its audit keys (each its own var_dir otherwise): a data
    # key wrapped by one must open on the other, and both extend one MAC chain and ledger.
    first_settings = fault_settings(tmp_path / "a", url)
    load_audit_keys(first_settings, create=True)
    shared = key_settings(first_settings)
    settings = [first_settings, fault_settings(tmp_path / "b", url, **shared)]
    barrier = threading.Barrier(2)

    def start(own: Any) -> Any:
        barrier.wait()
        return create_app(own, gazetteer=gazetteer)

    # Both migrate a fresh schema at the same moment: one does, the other finds it done.
    with ThreadPoolExecutor(2) as pool:
        first, second = pool.map(start, settings)

    with serving(second) as base, httpx.Client(base_url=base, timeout=10) as http:
        with http.stream("GET", "/v1/events", headers=auth("dispatcher")) as stream:
            lines = stream.iter_lines()
            assert next(lines) == ": connected"
            time.sleep(0.5)  # the second instance's listener has joined the channel
            with TestClient(first) as on_first:
                headers = {**auth(), "Idempotency-Key": "across-instances"}
                made = on_first.post("/v1/calls", json=call_body(), headers=headers).json()
            assert _next_event(lines)["record"]["id"] == made["id"]
        retried = http.post("/v1/calls", json=call_body(), headers=headers)
        assert retried.json()["id"] == made["id"]
        assert retried.headers["Idempotent-Replay"] == "true"
        # A follow-up key holds across them too.
        dispatch = {**auth("dispatcher"), "Idempotency-Key": "dispatch-across"}
        with TestClient(first) as on_first:
            once = on_first.post(f"/v1/calls/{made['id']}/dispatch", json={}, headers=dispatch)
        twice = http.post(f"/v1/calls/{made['id']}/dispatch", json={}, headers=dispatch)
        assert once.status_code == twice.status_code == 200
        assert len(twice.json()["dispatches"]) == 1
    first.state.engine.dispose()
    second.state.engine.dispose()

    # An instance with keys of its own is refused, naming the settings to share.
    with pytest.raises(SettingsError, match="retention_master_key_file"):
        create_app(fault_settings(tmp_path / "c", url), gazetteer=gazetteer)
