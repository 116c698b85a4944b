"""`dispatch-intake serve --workers N`: worker processes on PostgreSQL, refused on SQLite."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ..conftest import POSTGRES_URL, STORE
from .factories import auth, call_body

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TOKENS = "call_taker:test-call-taker,dispatcher:test-dispatcher"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _workers_of(parent: int) -> list[int]:
    """The worker processes a uvicorn parent spawned (not its resource tracker)."""
    workers = []
    for task in Path(f"/proc/{parent}/task").iterdir():
        for child in (task / "children").read_text().split():
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
            if b"spawn_main" in cmdline:
                workers.append(int(child))
    return workers


@pytest.fixture
def pg_url(request: pytest.FixtureRequest, session_tag: str) -> str:
    """A schema of its own. Only on the PostgreSQL pass: the SQLite pass would start the same
    two workers on the same PostgreSQL again, and check nothing new."""
    if STORE != "postgresql":
        pytest.skip("workers run on PostgreSQL: checked on the PostgreSQL pass")
    postgres_schemas: list[str] = request.getfixturevalue("postgres_schemas")
    import psycopg
    from sqlalchemy import make_url

    schema = f"w_{session_tag}_{len(postgres_schemas)}"
    conninfo = make_url(POSTGRES_URL).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    postgres_schemas.append(schema)
    return f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"


def _env(tmp_path: Path, pg_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DISPATCH_INTAKE_DATABASE_URL": pg_url,
        "DISPATCH_INTAKE_VAR_DIR": str(tmp_path / "var"),
        "DISPATCH_INTAKE_TOKENS": TOKENS,
        "DISPATCH_INTAKE_ALLOW_WEAK_TOKENS": "true",
    }


def _serve_two(port: int) -> list[str]:
    return [str(BIN / "dispatch-intake"), "serve", "--port", str(port), "--workers", "2"]


@pytest.fixture
def two_workers(tmp_path: Path, pg_url: str) -> Iterator[tuple[str, int]]:
    port = _free_port()
    said = tmp_path / "serve.log"
    with said.open("wb") as log:
        server = subprocess.Popen(
            _serve_two(port), env=_env(tmp_path, pg_url), cwd=ROOT, stdout=log, stderr=log
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if server.poll() is not None:
                pytest.fail(f"serve --workers 2 stopped at start: {said.read_text()}")
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "serve --workers 2 did not answer in 120 s"
            time.sleep(0.3)
        yield base, server.pid
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def test_two_workers_start_and_answer(two_workers: tuple[str, int]) -> None:
    base, parent = two_workers
    deadline = time.monotonic() + 60
    while len(_workers_of(parent)) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(_workers_of(parent)) == 2

    with httpx.Client(base_url=base, timeout=30) as http:
        made = [http.post("/v1/calls", json=call_body(), headers=auth()) for _ in range(6)]
        assert [r.status_code for r in made] == [201] * 6
        # Whichever worker answers, it reads what the other wrote.
        for record in (r.json() for r in made):
            again = http.get(f"/v1/calls/{record['id']}", headers=auth())
            assert again.status_code == 200
            assert again.json()["timeline"] == record["timeline"]


ESTABLISHED, LISTEN = "01", "0A"  # TCP states as /proc/net/tcp writes them


def _sockets_held_by(pid: int, port: int, state: str) -> int:
    """How many TCP sockets on local `port` in `state` the process holds open."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:  # closed since the listing
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    held = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local_port = int(fields[1].rsplit(":", 1)[1], 16)
            if local_port == port and fields[3] == state and fields[9] in inodes:
                held += 1
    return held


def test_connections_that_arrive_together_are_spread_over_the_workers(
    two_workers: tuple[str, int],
) -> None:
    """Keep-alive connections opened at once (a balancer's, a room of consoles) do not all land
    on the worker that happened to wake first."""
    base, parent = two_workers
    port = int(base.rsplit(":", 1)[1])
    # Each worker listens once it has loaded the service; one that answered /healthz may
    # be alone so far (on a busy machine the other can take many seconds more).
    deadline = time.monotonic() + 120
    while True:
        workers = _workers_of(parent)
        if len(workers) == 2 and all(_sockets_held_by(w, port, LISTEN) == 1 for w in workers):
            break
        assert time.monotonic() < deadline, "the two workers were not both listening in 120 s"
        time.sleep(0.2)

    # Opened before any is used, as a load balancer's pool is. The kernel hashes each new
    # connection to one of the workers' sockets, so 32 on one worker alone would happen by
    # chance once in 2**31 runs.
    opened = [socket.create_connection(("127.0.0.1", port)) for _ in range(32)]
    try:
        for sock in opened:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        for sock in opened:
            assert sock.recv(64).startswith(b"HTTP/1.1 200")
        held = [_sockets_held_by(worker, port, ESTABLISHED) for worker in workers]
    finally:
        for sock in opened:
            sock.close()
    assert sum(held) == 32
    assert min(held) > 0, held


def test_workers_are_not_started_on_a_port_another_program_listens_on(
    tmp_path: Path, pg_url: str
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            _serve_two(port), env=_env(tmp_path, pg_url), cwd=ROOT, capture_output=True, timeout=120
        )
    assert done.returncode == 2
    said = done.stderr.decode()
    assert f"dispatch-intake cannot start: 127.0.0.1:{port}" in said
    assert "Address already in use" in said


def test_several_workers_on_sqlite_are_refused_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from dispatch_intake.cli import main

    monkeypatch.setenv("DISPATCH_INTAKE_DATABASE_URL", f"sqlite:///{tmp_path / 'intake.db'}")
    monkeypatch.setenv("DISPATCH_INTAKE_VAR_DIR", str(tmp_path / "var"))

    assert main(["serve", "--workers", "2"]) == 2
    said = capsys.readouterr().err
    assert "--workers 2 needs the store on PostgreSQL" in said
    assert not (tmp_path / "intake.db").exists()  # refused before the store was touched
