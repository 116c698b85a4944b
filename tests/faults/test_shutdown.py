"""A server asked to stop while its store is black-holed stops: work stuck on the store (a
replay of held calls, requests queued behind it, a note only the store can take) is cut loose
by its deadline, even once the service has begun shutting down."""

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

from ..conftest import CONFIG_DIR, TOKENS, schema_url
from ..service.factories import auth, call_body
from .conftest import wait_until
from .proxy import TcpProxy

HELD = 60
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


def _start_calls(base: str, client: int) -> None:
    with httpx.Client(base_url=base, timeout=60) as http:
        for n in range(20):
            headers = {**auth(), "Idempotency-Key": f"load-{client}-{n}"}
            try:
                http.post("/v1/calls", json=call_body(), headers=headers)
            except httpx.HTTPError:
                return  # the server went away under it, as it should


def _add_note(base: str, call_id: str) -> None:
    with httpx.Client(base_url=base, timeout=60) as http:
        try:
            http.post(f"/v1/calls/{call_id}/notes", json={"text": "x"}, headers=auth())
        except httpx.HTTPError:
            pass


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
            # Calls held through a first outage are being replayed when the store hangs.
            store_proxy.refuse()
            wait_until(lambda: http.get("/readyz").status_code == 503)
            for n in range(HELD):
                headers = {**auth(), "Idempotency-Key": f"held-{n}"}
                assert http.post("/v1/calls", json=call_body(), headers=headers).is_success
            store_proxy.restore()
            wait_until(lambda: http.get("/readyz").json().get("held_locally", HELD) < HELD)
            store_proxy.black_hole()
            # The replay waits on the store holding the journal's lock; the store's absence
            # is seen all the same.
            wait_until(lambda: http.get("/readyz").status_code == 503)
            clients = [threading.Thread(target=_start_calls, args=(base, n)) for n in range(4)]
            # A note on a stored call has nowhere to go but the store: it waits there.
            clients.append(threading.Thread(target=_add_note, args=(base, stored["id"])))
            for client in clients:
                client.start()
            time.sleep(2)
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=EXIT_LIMIT)
            except subprocess.TimeoutExpired:
                raise AssertionError(
                    f"the server had not stopped {EXIT_LIMIT} s after SIGTERM"
                ) from None
            for client in clients:
                client.join(timeout=60)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(timeout=10)
        log.close()
