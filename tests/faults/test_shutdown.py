"""A server asked to stop while its store is black-holed stops: work stuck on the store is cut
loose by its deadline, even after the service has begun shutting down."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from ..conftest import CONFIG_DIR, TOKENS
from ..service.factories import auth, call_body
from .conftest import schema_url, wait_until
from .proxy import TcpProxy

# Long enough that a write stuck on the store outlasts uvicorn's graceful shutdown (5 s): its
# connection is cut 2 × 5 + 1 s after it was taken, while the service is already stopping.
STORE_TIMEOUT = 5
# A bound on the test (the stuck write's deadline, and time for a busy machine), not a figure.
EXIT_LIMIT = 40


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _answers(base: str) -> bool:
    try:
        return httpx.get(f"{base}/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def test_a_server_stops_while_its_store_is_black_holed(
    tmp_path: Path, pg_schema: str, store_proxy: TcpProxy
) -> None:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DISPATCH_INTAKE_CONFIG_DIR": str(CONFIG_DIR),
        "DISPATCH_INTAKE_VAR_DIR": str(tmp_path / "var"),
        "DISPATCH_INTAKE_DATABASE_URL": schema_url(pg_schema, store_proxy.port),
        "DISPATCH_INTAKE_TOKENS": ",".join(f"{r}:{t}" for r, t in TOKENS.items()),
        "DISPATCH_INTAKE_ALLOW_WEAK_TOKENS": "true",
        "DISPATCH_INTAKE_STORE_TIMEOUT_SECONDS": str(STORE_TIMEOUT),
    }
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "dispatch_intake.cli", "serve", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until(lambda: _answers(base) or server.poll() is not None, limit=180)
        assert server.poll() is None, (tmp_path / "server.log").read_text()
        with httpx.Client(base_url=base, timeout=60) as http:
            stored = http.post("/v1/calls", json=call_body(), headers=auth()).json()
            wait_until(
                lambda: (
                    "held_locally"
                    not in http.get(f"/v1/calls/{stored['id']}", headers=auth()).json()
                )
            )
            store_proxy.black_hole()

            # A note on a stored call has nowhere to go but the store: it waits there.
            def add_note() -> None:
                with httpx.Client(base_url=base, timeout=60) as own:
                    try:
                        own.post(
                            f"/v1/calls/{stored['id']}/notes", json={"text": "x"}, headers=auth()
                        )
                    except httpx.HTTPError:
                        pass  # the server went away under it, as it should

            noting = threading.Thread(target=add_note)
            noting.start()
            wait_until(lambda: http.get("/readyz").status_code == 503)
            time.sleep(1)
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=EXIT_LIMIT)
            except subprocess.TimeoutExpired:
                raise AssertionError(
                    f"the server had not stopped {EXIT_LIMIT} s after SIGTERM"
                ) from None
            noting.join(timeout=60)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(timeout=10)
        log.close()
