"""kill -9 of the server under load: every call it answered 201 is in the store, once, and a
client retrying with its key after the restart gets one record per call, never two."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from ..conftest import CONFIG_DIR, TOKENS
from ..service.factories import auth, call_body
from .conftest import fault_settings, wait_until

SERVER = """
import sys, uvicorn
from dispatch_intake.app import create_app
from dispatch_intake.settings import load_settings
app = create_app(load_settings())
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_config=None, access_log=False)
"""
ANSWERED_BEFORE_KILL = 20
MOST_CALLS = 400


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.mark.long_run
def test_kill_9_under_load_loses_and_doubles_nothing(tmp_path: Path, gazetteer: Any) -> None:
    from fastapi.testclient import TestClient
    from sqlalchemy import func, select

    from dispatch_intake.app import create_app
    from dispatch_intake.audit.verify import verify_store
    from dispatch_intake.calls.models import CallRecord

    database_url = f"sqlite:///{tmp_path / 'intake.db'}"
    port = _free_port()
    env = {
        **os.environ,
        "DISPATCH_INTAKE_CONFIG_DIR": str(CONFIG_DIR),
        "DISPATCH_INTAKE_VAR_DIR": str(tmp_path / "var"),
        "DISPATCH_INTAKE_DATABASE_URL": database_url,
        "DISPATCH_INTAKE_TOKENS": ",".join(f"{r}:{t}" for r, t in TOKENS.items()),
        "DISPATCH_INTAKE_LOG_JSON": "true",
        "DISPATCH_INTAKE_ALLOW_WEAK_TOKENS": "true",
    }
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    answered: dict[str, str] = {}
    tried: list[str] = []
    stop = threading.Event()

    def load() -> None:
        with httpx.Client(base_url=base, timeout=10) as http:
            for n in range(MOST_CALLS):
                if stop.is_set():
                    return
                key = f"kill-{n}"
                tried.append(key)
                try:
                    answer = http.post(
                        "/v1/calls", json=call_body(), headers={**auth(), "Idempotency-Key": key}
                    )
                except httpx.HTTPError:
                    continue
                if answer.status_code == 201:
                    answered[key] = answer.json()["id"]

    try:
        wait_until(lambda: _answers(base), limit=120)
        clients = [threading.Thread(target=load) for _ in range(4)]
        for client in clients:
            client.start()
        wait_until(lambda: len(answered) >= ANSWERED_BEFORE_KILL, limit=60)
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=10)
        time.sleep(0.2)  # the load meets a dead port for a moment
        stop.set()
        for client in clients:
            client.join(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(timeout=10)

    app = create_app(fault_settings(tmp_path, database_url), gazetteer=gazetteer)
    with TestClient(app) as http:
        for call_id in answered.values():
            assert http.get(f"/v1/calls/{call_id}", headers=auth()).status_code == 200
        # The client retries what it never heard back about, with the same keys.
        for key in tried:
            retry = http.post(
                "/v1/calls", json=call_body(), headers={**auth(), "Idempotency-Key": key}
            )
            assert retry.status_code == 201
            if key in answered:
                assert retry.json()["id"] == answered[key]
        with app.state.read_session() as session:
            count = session.scalar(select(func.count()).select_from(CallRecord))
            assert count == len(set(tried))
            assert list(verify_store(session, app.state.audit_keys)) == []


def _answers(base: str) -> bool:
    try:
        return httpx.get(f"{base}/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False
