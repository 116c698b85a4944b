"""API benchmark: `POST /v1/calls` against its ceiling, on SQLite and PostgreSQL, in one run.

    .venv/bin/python bench/api.py                       # 16 connections, 10 s per target
    .venv/bin/python bench/api.py --seconds 5 --stores sqlite

Each target is served by one uvicorn worker on loopback in its own process:
  * echo     — a bare FastAPI endpoint that answers the same body with 201 (the ceiling);
  * sqlite   — the intake service on a fresh SQLite file (WAL, synchronous=FULL);
  * postgres — the intake service on a fresh PostgreSQL schema.
The client keeps 16 connections busy with {"psap": "zhengzhou-120", "location_text": "河南大学"}
for the given time and reports throughput and p50/p99 latency. Afterwards every record id
answered with 201 is read back from the store: a 201 that is not on disk is counted as lost.
The client shares the machine's cores with the server, so figures are a floor.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
BODY = {"psap": "zhengzhou-120", "location_text": "河南大学"}
TOKEN = "bench-call-taker"
POSTGRES_URL = os.environ.get(
    "DISPATCH_INTAKE_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)

ECHO_APP = """
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.post("/v1/calls")
async def echo(request: Request) -> JSONResponse:
    return JSONResponse(await request.json(), status_code=201)


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
"""


@dataclass
class Result:
    target: str
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]
    ids: list[str]
    durable: int | None = None

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(
    target: str, port: int, env: dict[str, str], workdir: Path
) -> subprocess.Popen[bytes]:
    if target == "echo":
        (workdir / "echo_app.py").write_text(ECHO_APP, encoding="utf-8")
        command = [sys.executable, "-m", "uvicorn", "echo_app:app", "--app-dir", str(workdir)]
    else:
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            "dispatch_intake.app:create_app",
            "--factory",
        ]
    command += [
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        "1",
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    process = subprocess.Popen(command, env=env, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"the {target} server did not start")


async def load(base: str, connections: int, seconds: float, target: str) -> Result:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    latencies: list[float] = []
    ids: list[str] = []
    errors = 0
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        for _ in range(connections):  # warm the connections and the service's caches
            await client.post("/v1/calls", json=BODY, headers=headers)
        stop_at = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < stop_at:
                started = time.perf_counter()
                try:
                    response = await client.post("/v1/calls", json=BODY, headers=headers)
                except httpx.HTTPError:
                    errors += 1
                    continue
                latencies.append((time.perf_counter() - started) * 1000)
                if response.status_code != 201:
                    errors += 1
                elif target != "echo":
                    ids.append(response.json()["id"])

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(connections)))
        elapsed = time.perf_counter() - began
    return Result(target, len(latencies), errors, elapsed, latencies, ids)


def count_durable(database_url: str, ids: list[str]) -> int:
    """How many of the answered ids a fresh connection finds in the store."""
    from sqlalchemy import select

    from dispatch_intake.calls.models import CallRecord
    from dispatch_intake.db import create_store_engine

    engine = create_store_engine(database_url)
    found = 0
    try:
        with engine.connect() as connection:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                rows = connection.execute(select(CallRecord.id).where(CallRecord.id.in_(chunk)))
                found += len(rows.fetchall())
    finally:
        engine.dispose()
    return found


def run_target(target: str, args: argparse.Namespace, workdir: Path) -> Result:
    env = {
        **os.environ,
        "DISPATCH_INTAKE_TOKENS": f"call_taker:{TOKEN}",
        "DISPATCH_INTAKE_VAR_DIR": str(workdir / target),
        "DISPATCH_INTAKE_LOG_JSON": "true",
    }
    database_url = ""
    schema = None
    if target == "sqlite":
        database_url = f"sqlite:///{workdir / target / 'intake.db'}"
    elif target == "postgres":
        import psycopg
        from sqlalchemy import make_url

        schema = f"bench_{uuid.uuid4().hex[:8]}"
        conninfo = make_url(POSTGRES_URL).set(drivername="postgresql").render_as_string(False)
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f'CREATE SCHEMA "{schema}"')
        database_url = f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    if database_url:
        env["DISPATCH_INTAKE_DATABASE_URL"] = database_url
    port = free_port()
    process = start_server(target, port, env, workdir)
    try:
        result = asyncio.run(
            load(f"http://127.0.0.1:{port}", args.connections, args.seconds, target)
        )
    finally:
        process.terminate()
        process.wait(timeout=30)
    try:
        if database_url:
            result.durable = count_durable(database_url, result.ids)
    finally:
        if schema is not None:
            import psycopg

            with psycopg.connect(conninfo, autocommit=True) as connection:
                connection.execute(f'DROP SCHEMA "{schema}" CASCADE')
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--stores", default="sqlite,postgres", help="comma separated")
    args = parser.parse_args()
    targets = ["echo", *[s.strip() for s in args.stores.split(",") if s.strip()]]
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-api-") as tmp:
        for target in targets:
            print(f"running {target} for {args.seconds:.0f} s …", file=sys.stderr, flush=True)
            results.append(run_target(target, args, Path(tmp)))
    print(
        f"\nPOST /v1/calls, {args.connections} connections, {args.seconds:.0f} s, "
        f"one uvicorn worker, {os.cpu_count()} cores shared with the client"
    )
    header = (
        f"{'target':<10}{'requests':>10}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}"
        f"{'errors':>8}{'durable':>14}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        durable = "n/a" if r.durable is None else f"{r.durable}/{len(r.ids)}"
        print(
            f"{r.target:<10}{r.requests:>10}{r.throughput:>10.1f}{r.percentile(0.5):>10.1f}"
            f"{r.percentile(0.99):>10.1f}{r.errors:>8}{durable:>14}"
        )
    lost = sum(len(r.ids) - r.durable for r in results if r.durable is not None)
    errors = sum(r.errors for r in results)
    return 1 if lost or errors else 0


if __name__ == "__main__":
    sys.exit(main())
