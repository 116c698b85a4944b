"""API benchmark: `POST /v1/calls` against its ceiling, on SQLite and PostgreSQL, in one run.

    .venv/bin/python bench/api.py                       # 16 connections, 10 s per target
    .venv/bin/python bench/api.py --seconds 5 --stores sqlite
    .venv/bin/python bench/api.py --stores postgres --workers 1,2
    .venv/bin/python bench/api.py --in-process 480 --profile 25
    .venv/bin/python bench/api.py --in-process 400 --rounds 6 --against main
    .venv/bin/python bench/api.py --in-process 400 --rounds 6 --against main --varied

Each target is served by uvicorn on loopback in its own process:
  * echo     — a bare FastAPI endpoint that answers the same body with 201 (the ceiling), one
               worker;
  * sqlite   — the intake service on a fresh SQLite file (WAL, synchronous=FULL), one worker
               (the only count `serve` allows on SQLite);
  * postgres — the intake service on a fresh PostgreSQL schema, once per worker count in
               `--workers` (default 1,2; `postgres×2` is two workers, each on a listening socket
               of its own as `serve --workers` runs them), each in its own schema;
               the ratio of the most workers to one is printed below the table.
The load comes from `wrk` (`apt-get install -y wrk` on Debian/Ubuntu, `brew install wrk` on
macOS), which keeps 16 connections busy with {"psap": "zhengzhou-120", "location_text": "河南大学"}
for the given time from one thread, and reports throughput and p50/p90/p99 latency; a Lua script
sends the body and the credential and counts the answers by status. Without wrk the bench says
so and falls back to a Python (httpx) client, which caps the echo ceiling at a few hundred
requests a second, so ratios measured with it understate the service.

Durability: the store starts empty, so after the server has stopped it must hold at least one
record per 201 answered (warm-up included); fewer rows than 201s are counted as lost. A record
may exceed the count when wrk's clock stopped while its answer was on the way.
With `--in-process N` nothing is served: N starts go through the ASGI application in this
process (16 at a time, on SQLite), beside the echo application driven the same way, and the
CPU time of each is printed per request; HTTP parsing and sockets are left out, so what is
left is the service's own work. With `--profile K` the starts are also profiled (cProfile), and
the K costliest functions by cumulative time are printed with the profile's total; the
hand-overs to worker threads then run in place, so that one profile sees a whole start.
Every start says 河南大学 unless `--varied`, with which each says a different utterance of
`bench/data/utterances*.tsv` to the centre its line names: the service keeps the resolutions of
what was said lately, so the same words cost it far less the second time, and the two runs show
the repeated and the first-heard cost. CPU time is the measure to read on a shared machine; it
still swings by a tenth or more when the machine is busy, so compare figures of one run. With
`--against REV` the same measure is taken of another revision (exported with `git archive`) at
the same time, in a process beside this tree's, `--rounds` times each, and the ratio of this
tree's least and median rounds to the other's is printed: both sides meet the same load.

Below the table, where the CPU went: the server's, the PostgreSQL backends' that served it
(found by the application name its connections give) and the load generator's, per request and
as a share of the machine's cores over the run, which says whether the machine or the service
bounds a run; and for PostgreSQL how much of the run the ledger's lock (every writer of every
instance queues for it) was held, and how many transactions waited for it on average.

The client shares the machine's cores with the server, so figures are a floor. On a machine
busy with other work the rates swing from run to run; the server's CPU time per request (the
last column, Linux only, all workers counted) swings far less, and its ratio to the echo
server's is the steadier measure of what a start costs.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
BODY = {"psap": "zhengzhou-120", "location_text": "河南大学"}


def varied_bodies() -> list[bytes]:
    """One start body per distinct thing callers said in `bench/data/utterances*.tsv`, to the
    centre the line names: with `--varied` every start of a run says something no start
    before it said, so the service's memo of resolutions is never asked twice."""
    seen: set[tuple[str, str]] = set()
    bodies: list[bytes] = []
    for path in sorted((ROOT / "bench" / "data").glob("utterances*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            psap, text = line.split("\t")[1], line.split("\t")[3]
            if (psap, text) not in seen:
                seen.add((psap, text))
                body = {"psap": psap, "location_text": text}
                bodies.append(json.dumps(body, ensure_ascii=False).encode())
    return bodies


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
    # wrk reports percentiles itself and answers by status instead of ids.
    percentiles_ms: dict[float, float] | None = None
    created: int | None = None
    stored: int | None = None
    # The server's CPU time per request (Linux only), every worker counted.
    cpu_ms: float | None = None
    # The load generator's (wrk's) and the PostgreSQL backends' CPU time per request.
    client_cpu_ms: float | None = None
    store_cpu_ms: float | None = None
    # PostgreSQL: the share of the run the ledger's lock was held, and how many of the
    # server's transactions waited for it on average.
    lock_held: float | None = None
    lock_waiting: float | None = None
    # With several workers: each worker's share of the server's CPU over the run (how evenly
    # the connections were spread).
    worker_shares: list[float] | None = None

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds

    @property
    def answered_201(self) -> int:
        return self.created if self.created is not None else len(self.ids)

    @property
    def lost(self) -> int:
        if self.stored is not None:
            return max(0, self.answered_201 - self.stored)
        if self.durable is not None:
            return len(self.ids) - self.durable
        return 0

    def durability(self) -> str:
        if self.stored is not None:
            return f"{min(self.stored, self.answered_201)}/{self.answered_201}"
        if self.durable is not None:
            return f"{self.durable}/{len(self.ids)}"
        return "n/a"

    def percentile(self, fraction: float) -> float:
        if self.percentiles_ms is not None:
            return self.percentiles_ms.get(fraction, float("nan"))
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


SERVE_WORKERS = """
import sys
import uvicorn
from dispatch_intake.serve import serve_workers
serve_workers(uvicorn.Config(
    "dispatch_intake.app:create_app", factory=True, host="127.0.0.1", port=int(sys.argv[1]),
    workers=int(sys.argv[2]), log_level="warning", access_log=False,
))
"""


def start_server(
    target: str, port: int, env: dict[str, str], workdir: Path, workers: int = 1
) -> subprocess.Popen[bytes]:
    if target == "echo":
        (workdir / "echo_app.py").write_text(ECHO_APP, encoding="utf-8")
        command = [sys.executable, "-m", "uvicorn", "echo_app:app", "--app-dir", str(workdir)]
    else:
        # The app as `create_app` builds it (without `serve`'s logging of every request),
        # in each of the workers.
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            "dispatch_intake.app:create_app",
            "--factory",
        ]
    if target != "echo" and workers > 1:
        # Several workers as `serve --workers N` runs them: each on a socket of its own.
        command = [sys.executable, "-c", SERVE_WORKERS, str(port), str(workers)]
        process = subprocess.Popen(command, env=env, cwd=ROOT)
        return wait_until_answering(process, port, target)
    command += [
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    process = subprocess.Popen(command, env=env, cwd=ROOT)
    return wait_until_answering(process, port, target)


def wait_until_answering(
    process: subprocess.Popen[bytes], port: int, target: str
) -> subprocess.Popen[bytes]:
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


WRK_SCRIPT = """
wrk.method = "POST"
wrk.body = [==[{body}]==]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {token}"

local threads = {{}}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  created = 0
  other = 0
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local created_total, other_total = 0, 0
  for _, thread in ipairs(threads) do
    created_total = created_total + thread:get("created")
    other_total = other_total + thread:get("other")
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {{"requests": %d, "duration_us": %d, "created": %d, "other_status": %d, '
      .. '"socket_errors": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d}}\\n',
    summary.requests, summary.duration, created_total, other_total,
    e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99)))
end
"""


def worker_cpu_seconds(pid: int) -> dict[int, float]:
    """CPU time (user + system) so far of each worker a multi-worker server spawned (its
    children running the app; not the supervisor nor multiprocessing's resource tracker)."""
    ticks = os.sysconf("SC_CLK_TCK")
    found: dict[int, float] = {}
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except FileNotFoundError:
        return found
    for task in tasks:
        for child in (task / "children").read_text().split():
            proc = Path(f"/proc/{child}")
            try:
                if b"spawn_main" not in (proc / "cmdline").read_bytes():
                    continue
                fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            except (FileNotFoundError, ProcessLookupError):
                continue
            found[int(child)] = (int(fields[11]) + int(fields[12])) / ticks
    return found


def server_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a server process and every worker it started, so far.

    CPU per request is what the machine's other load disturbs least: a busy machine slows a
    server down, but does not make each request cost it more work.
    """
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pending = [pid]
    while pending:
        current = pending.pop()
        proc = Path(f"/proc/{current}")
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
            for task in (proc / "task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def settle(pid: int, *, limit: float = 60.0) -> None:
    """Wait until a server that answers has also finished starting: the service loads area
    outlines in the background after it answers (every worker its own), which would be
    counted against the first seconds of load."""
    if not Path(f"/proc/{pid}").is_dir():
        return
    deadline = time.monotonic() + limit
    before = server_cpu_seconds(pid)
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = server_cpu_seconds(pid)
        if now - before < 0.05:
            return
        before = now


def backend_cpu_seconds(conninfo: str, application_name: str) -> dict[int, float]:
    """CPU time so far of each PostgreSQL backend serving the server under test (found by the
    application name its connections give; the server shares the machine)."""
    import psycopg

    with psycopg.connect(conninfo, autocommit=True) as connection:
        pids = [
            int(pid)
            for (pid,) in connection.execute(
                "SELECT pid FROM pg_stat_activity WHERE application_name = %s",
                (application_name,),
            )
        ]
    return {pid: server_cpu_seconds(pid) for pid in pids}


class LockWatch:
    """Samples, every few milliseconds in a thread of its own, whether one of the server's
    backends holds an advisory lock (the ledger's, the one every writer queues for) and how
    many wait for one."""

    QUERY = (
        "SELECT count(*) FILTER (WHERE l.granted), count(*) FILTER (WHERE NOT l.granted) "
        "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND a.application_name = %s"
    )

    def __init__(self, conninfo: str, application_name: str) -> None:
        import threading

        self._conninfo = conninfo
        self._name = application_name
        self._stop = threading.Event()
        self._samples: list[tuple[int, int]] = []
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        import psycopg

        with psycopg.connect(self._conninfo, autocommit=True) as connection:
            while not self._stop.wait(0.01):
                row = connection.execute(self.QUERY, (self._name,)).fetchone()
                if row is not None:
                    self._samples.append((int(row[0]), int(row[1])))

    def __enter__(self) -> LockWatch:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    @property
    def held(self) -> float | None:
        if not self._samples:
            return None
        return sum(1 for held, _ in self._samples if held) / len(self._samples)

    @property
    def waiting(self) -> float | None:
        if not self._samples:
            return None
        return sum(waiting for _, waiting in self._samples) / len(self._samples)


def wrk_load(
    base: str,
    args: argparse.Namespace,
    target: str,
    workdir: Path,
    server: int,
    store_cpu: Callable[[], dict[int, float]] | None = None,
    locks: LockWatch | None = None,
) -> Result:
    """Drive one target with wrk; the Lua script counts 201s so durability can be checked."""
    script = workdir / "post_call.lua"
    body = json.dumps(BODY, ensure_ascii=False)
    script.write_text(WRK_SCRIPT.format(body=body, token=TOKEN), encoding="utf-8")

    def run(seconds: float) -> dict[str, int]:
        command = [
            "wrk",
            f"--threads={args.threads}",
            f"--connections={args.connections}",
            f"--duration={max(1, round(seconds))}s",
            "--timeout=30s",
            "--latency",
            f"--script={script}",
            f"{base}/v1/calls",
        ]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        line = next(x for x in out.splitlines() if x.startswith("WRK_RESULT "))
        parsed: dict[str, int] = json.loads(line.removeprefix("WRK_RESULT "))
        return parsed

    warm = run(1)  # warm the connections and the service's caches
    store_before = store_cpu() if store_cpu is not None else {}
    client_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_before = server_cpu_seconds(server)
    workers_before = worker_cpu_seconds(server)
    with locks or contextlib.nullcontext():
        main = run(args.seconds)
    cpu = server_cpu_seconds(server) - cpu_before
    worker_used = [
        t - workers_before.get(pid, 0.0) for pid, t in sorted(worker_cpu_seconds(server).items())
    ]
    shares = (
        [used / sum(worker_used) for used in worker_used]
        if len(worker_used) > 1 and sum(worker_used) > 0
        else None
    )
    client_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    client = (client_after.ru_utime - client_before.ru_utime) + (
        client_after.ru_stime - client_before.ru_stime
    )
    store = None
    if store_cpu is not None:
        # A backend the pool opened during the run counts from zero.
        store = sum(t - store_before.get(pid, 0.0) for pid, t in store_cpu().items())
    errors = main["other_status"] + main["socket_errors"]
    return Result(
        target,
        requests=main["requests"],
        errors=errors,
        seconds=main["duration_us"] / 1e6,
        latencies_ms=[],
        ids=[],
        percentiles_ms={
            0.5: main["p50_us"] / 1000,
            0.9: main["p90_us"] / 1000,
            0.99: main["p99_us"] / 1000,
        },
        created=None if target == "echo" else warm["created"] + main["created"],
        cpu_ms=1000 * cpu / main["requests"] if main["requests"] else None,
        client_cpu_ms=1000 * client / main["requests"] if main["requests"] else None,
        store_cpu_ms=1000 * store / main["requests"] if main["requests"] and store else None,
        lock_held=locks.held if locks is not None else None,
        lock_waiting=locks.waiting if locks is not None else None,
        worker_shares=shares,
    )


def count_stored(database_url: str) -> int:
    """How many records a fresh connection finds in the (initially empty) store."""
    from sqlalchemy import func, select

    from dispatch_intake.calls.models import CallRecord
    from dispatch_intake.db import create_store_engine

    engine = create_store_engine(database_url)
    try:
        with engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(CallRecord)) or 0)
    finally:
        engine.dispose()


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


def run_target(target: str, args: argparse.Namespace, workdir: Path, workers: int = 1) -> Result:
    name = target if workers == 1 else f"{target}×{workers}"
    env = {
        **os.environ,
        "DISPATCH_INTAKE_TOKENS": f"call_taker:{TOKEN}",
        "DISPATCH_INTAKE_ALLOW_WEAK_TOKENS": "true",
        "DISPATCH_INTAKE_VAR_DIR": str(workdir / name),
        "DISPATCH_INTAKE_LOG_JSON": "true",
    }
    database_url = ""
    schema = None
    application_name = None
    if target == "sqlite":
        database_url = f"sqlite:///{workdir / target / 'intake.db'}"
    elif target == "postgres":
        import psycopg
        from sqlalchemy import make_url

        schema = f"bench_{uuid.uuid4().hex[:8]}"
        conninfo = make_url(POSTGRES_URL).set(drivername="postgresql").render_as_string(False)
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f'CREATE SCHEMA "{schema}"')
        application_name = schema
        database_url = (
            f"{POSTGRES_URL}?options=-csearch_path%3D{schema}&application_name={application_name}"
        )
    if database_url:
        env["DISPATCH_INTAKE_DATABASE_URL"] = database_url
    port = free_port()
    process = start_server(target, port, env, workdir, workers)
    settle(process.pid)
    base = f"http://127.0.0.1:{port}"
    try:
        if args.client == "wrk":
            store_cpu = None
            locks = None
            if application_name is not None:
                backends = application_name
                store_cpu = lambda: backend_cpu_seconds(conninfo, backends)  # noqa: E731
                locks = LockWatch(conninfo, backends)
            result = wrk_load(base, args, target, workdir, process.pid, store_cpu, locks)
        else:
            result = asyncio.run(load(base, args.connections, args.seconds, target))
        result.target = name
    finally:
        process.terminate()
        process.wait(timeout=30)
    try:
        if database_url and args.client == "wrk":
            result.stored = count_stored(database_url)
        elif database_url:
            result.durable = count_durable(database_url, result.ids)
    finally:
        if schema is not None:
            import psycopg

            with psycopg.connect(conninfo, autocommit=True) as connection:
                connection.execute(f'DROP SCHEMA "{schema}" CASCADE')
    return result


def _asgi_call(app: Any, raw: bytes, headers: dict[str, str]) -> Any:
    """One `POST /v1/calls` through an ASGI application; the coroutine answers (status, body)."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v1/calls",
        "raw_path": b"/v1/calls",
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"host", b"bench"),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(raw)).encode()),
            *((name.lower().encode(), value.encode()) for name, value in headers.items()),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 80),
        "state": {},
    }

    async def run() -> tuple[int, bytes]:
        sent = False
        messages: list[Any] = []

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": raw, "more_body": False}
            await asyncio.Event().wait()  # the client never goes away
            return {"type": "http.disconnect"}

        async def send(message: Any) -> None:
            messages.append(message)

        await app(scope, receive, send)
        body = b"".join(m.get("body", b"") for m in messages[1:])
        return int(messages[0]["status"]), body

    return run()


async def _drive(
    app: Any, starts: int, profiler: Any = None, bodies: list[bytes] | None = None
) -> float:
    """CPU seconds per request for `starts` requests, 16 at a time, after a warm-up; each
    request takes the next of `bodies` (the warm-up the first 32), or `BODY` when none."""
    same = json.dumps(BODY, ensure_ascii=False).encode()
    headers = {"Authorization": f"Bearer {TOKEN}"}
    gate = asyncio.Semaphore(16)

    async def one(raw: bytes) -> None:
        async with gate:
            status, body = await _asgi_call(app, raw, headers)
        if status != 201:
            raise SystemExit(f"a start answered {status}: {body[:300]!r}")

    sent = iter(bodies) if bodies is not None else None

    def next_body() -> bytes:
        return next(sent) if sent is not None else same

    await asyncio.gather(*(one(next_body()) for _ in range(32)))
    measured = [next_body() for _ in range(starts)]
    began = time.process_time()
    if profiler is not None:
        profiler.enable()
    await asyncio.gather(*(one(raw) for raw in measured))
    if profiler is not None:
        profiler.disable()
    return (time.process_time() - began) / starts


def in_process(
    starts: int, top: int, rounds: int = 1, as_json: bool = False, varied: bool = False
) -> int:
    """The service's CPU per start through its ASGI application, beside the bare endpoint's;
    with several rounds, the least and the median of them (the least is what a busy machine
    disturbed least)."""
    import cProfile
    import pstats
    import statistics

    from fastapi import FastAPI

    from dispatch_intake.app import create_app
    from dispatch_intake.settings import load_settings

    namespace: dict[str, Any] = {}
    exec(ECHO_APP, namespace)
    echo: FastAPI = namespace["app"]
    if top:
        import anyio.to_thread

        async def in_place(func: Any, *args: Any, **_: Any) -> Any:
            return func(*args)

        anyio.to_thread.run_sync = in_place  # type: ignore[assignment]
    with tempfile.TemporaryDirectory(prefix="bench-api-") as tmp:
        settings = load_settings(
            var_dir=Path(tmp) / "var",
            database_url=f"sqlite:///{Path(tmp) / 'intake.db'}",
            tokens=f"call_taker:{TOKEN}",
            allow_weak_tokens=True,
        )
        app = create_app(settings)

        async def measure() -> tuple[list[float], list[float], Any]:
            async with app.router.lifespan_context(app):
                # Outlines load in the background at start-up: wait for them, as `settle` does.
                intake = app.state.intake
                intake.areas.warm(list(intake.psaps))
                echo_cpu: list[float] = []
                start_cpu: list[float] = []
                profiler = cProfile.Profile() if top else None
                said = varied_bodies() if varied else None
                if said is not None and len(said) < rounds * (starts + 32):
                    raise SystemExit(
                        f"--varied: {len(said)} distinct utterances, fewer than "
                        f"{rounds} rounds of {starts} starts and a warm-up need"
                    )
                for round_ in range(rounds):
                    echo_cpu.append(await _drive(echo, starts))
                    share = said[round_ * (starts + 32) :] if said is not None else None
                    start_cpu.append(await _drive(app, starts, profiler, share))
                return echo_cpu, start_cpu, profiler

        echo_cpu, start_cpu, profiler = asyncio.run(measure())
    if as_json:
        print(json.dumps({"echo": echo_cpu, "sqlite": start_cpu}))
        return 0
    print(f"\nPOST /v1/calls in process (ASGI, no HTTP), {starts} requests, 16 at a time")
    if rounds == 1:
        print(f"{'target':<12}{'CPU ms/req':>12}{'× echo':>9}")
        print(f"{'echo':<12}{1000 * echo_cpu[0]:>12.3f}{1:>9.1f}")
        print(f"{'sqlite':<12}{1000 * start_cpu[0]:>12.3f}{start_cpu[0] / echo_cpu[0]:>9.1f}")
    else:
        print(f"{rounds} rounds; CPU ms per request, the least and the median of the rounds")
        print(f"{'target':<12}{'least':>10}{'median':>10}")
        for name, times in (("echo", echo_cpu), ("sqlite", start_cpu)):
            least, middle = 1000 * min(times), 1000 * statistics.median(times)
            print(f"{name:<12}{least:>10.3f}{middle:>10.3f}")
    if profiler is not None:
        stats = pstats.Stats(profiler)
        total = stats.total_tt  # type: ignore[attr-defined]
        print(
            f"\ncProfile (worker threads run in place): "
            f"{1000 * total / (starts * rounds):.3f} ms per start "
            f"profiled, the {top} costliest functions by cumulative time:"
        )
        stats.sort_stats("cumulative").print_stats(top)
    return 0


def in_process_against(revision: str, starts: int, rounds: int, varied: bool = False) -> int:
    """This tree's CPU per start beside another revision's, measured at the same time: both
    run side by side in their own processes, so both meet the same load on the machine."""
    import statistics

    with tempfile.TemporaryDirectory(prefix="bench-api-rev-") as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", revision], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--in-process",
            str(starts),
            "--rounds",
            str(rounds),
            "--json",
            *(["--varied"] if varied else []),
        ]
        sides = {
            revision: subprocess.Popen(
                command,
                cwd=tmp,
                env={**os.environ, "PYTHONPATH": tmp},
                stdout=subprocess.PIPE,
                text=True,
            ),
            "this tree": subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True),
        }
        found: dict[str, dict[str, list[float]]] = {}
        for side, process in sides.items():
            out, _ = process.communicate()
            if process.returncode:
                raise SystemExit(f"the run of {side} failed")
            found[side] = json.loads(out.strip().splitlines()[-1])
    print(
        f"\nPOST /v1/calls in process (ASGI, no HTTP), {starts} requests × {rounds} rounds, "
        f"16 at a time; {revision} and this tree side by side"
    )
    print(f"{'side':<14}{'target':<9}{'least ms':>10}{'median ms':>11}{'× echo':>8}")
    for side, times in found.items():
        echo_least = min(times["echo"])
        for target in ("echo", "sqlite"):
            least = min(times[target])
            print(
                f"{side:<14}{target:<9}{1000 * least:>10.3f}"
                f"{1000 * statistics.median(times[target]):>11.3f}{least / echo_least:>8.1f}"
            )
    base, here = found[revision]["sqlite"], found["this tree"]["sqlite"]
    print(
        f"\nthis tree / {revision}: {min(here) / min(base):.3f} by the least round, "
        f"{statistics.median(here) / statistics.median(base):.3f} by the median"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--stores", default="sqlite,postgres", help="comma separated")
    parser.add_argument("--threads", type=int, default=1, help="wrk threads")
    parser.add_argument(
        "--workers",
        default="1,2",
        help="comma separated uvicorn worker counts to serve PostgreSQL with (default 1,2)",
    )
    parser.add_argument(
        "--client", choices=("wrk", "httpx"), default="wrk", help="load generator (default wrk)"
    )
    parser.add_argument(
        "--in-process",
        type=int,
        default=0,
        metavar="N",
        help="N starts through the ASGI application in this process instead of served",
    )
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="K",
        help="with --in-process: profile the starts, print the K costliest functions",
    )
    parser.add_argument(
        "--rounds", type=int, default=1, help="with --in-process: measure this many times"
    )
    parser.add_argument(
        "--against",
        metavar="REV",
        help="with --in-process: measure this git revision side by side with this tree",
    )
    parser.add_argument(
        "--varied",
        action="store_true",
        help="with --in-process: every start says a different utterance from bench/data "
        "(the cost of what the service has not heard before), not the same campus each time",
    )
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.in_process and args.against:
        return in_process_against(args.against, args.in_process, args.rounds, args.varied)
    if args.in_process:
        return in_process(args.in_process, args.profile, args.rounds, args.json, args.varied)
    if args.client == "wrk" and shutil.which("wrk") is None:
        print(
            "note: wrk is not installed (Debian/Ubuntu: `apt-get install -y wrk`; macOS: "
            "`brew install wrk`); falling back to the Python httpx client, which caps the echo "
            "ceiling at a few hundred requests a second",
            file=sys.stderr,
        )
        args.client = "httpx"
    stores = [s.strip() for s in args.stores.split(",") if s.strip()]
    counts = sorted({int(n) for n in args.workers.split(",") if n.strip()})
    targets = [("echo", 1)] + [
        (store, n) for store in stores for n in (counts if store == "postgres" else [1])
    ]
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-api-") as tmp:
        for target, workers in targets:
            print(
                f"running {target} ({workers} worker(s)) for {args.seconds:.0f} s …",
                file=sys.stderr,
                flush=True,
            )
            results.append(run_target(target, args, Path(tmp), workers))
    client = f"wrk, {args.threads} thread(s)" if args.client == "wrk" else "httpx"
    print(
        f"\nPOST /v1/calls, {args.connections} connections, {args.seconds:.0f} s, "
        f"one uvicorn worker unless marked ×N, client {client}, "
        f"{os.cpu_count()} cores shared with the client"
    )
    header = (
        f"{'target':<12}{'requests':>10}{'req/s':>10}{'of echo':>9}{'p50 ms':>9}{'p90 ms':>9}"
        f"{'p99 ms':>9}{'errors':>8}{'durable':>14}{'CPU ms/req':>12}"
    )
    print(header)
    print("-" * len(header))
    ceiling = results[0].throughput if results and results[0].target == "echo" else None
    for r in results:
        ratio = f"{100 * r.throughput / ceiling:.0f} %" if ceiling else "n/a"
        print(
            f"{r.target:<12}{r.requests:>10}{r.throughput:>10.1f}{ratio:>9}"
            f"{r.percentile(0.5):>9.1f}{r.percentile(0.9):>9.1f}{r.percentile(0.99):>9.1f}"
            f"{r.errors:>8}{r.durability():>14}"
            + (f"{r.cpu_ms:>12.2f}" if r.cpu_ms is not None else f"{'n/a':>12}")
        )
    split = [r for r in results if r.cpu_ms is not None and r.client_cpu_ms is not None]
    if split:
        cores = os.cpu_count() or 1
        print(
            f"\nWhere the CPU went, ms per request and as a share of the {cores} cores over the "
            "run (the rest went to other work on the machine, or idle):"
        )
        print(f"{'target':<12}{'server':>16}{'postgres':>16}{'client (wrk)':>16}")
        for r in split:
            capacity_ms = 1000 * cores * r.seconds / r.requests
            cells = [r.cpu_ms, r.store_cpu_ms, r.client_cpu_ms]
            print(
                f"{r.target:<12}"
                + "".join(
                    f"{f'{c:.2f} ({100 * c / capacity_ms:.0f} %)':>16}"
                    if c is not None
                    else f"{'-':>16}"
                    for c in cells
                )
            )
    for r in results:
        if r.lock_held is not None and r.lock_waiting is not None:
            print(
                f"{r.target}: the ledger's lock held {100 * r.lock_held:.0f} % of the run, "
                f"{r.lock_waiting:.1f} of the server's transactions waiting for it on average"
            )
    for r in results:
        if r.worker_shares is not None:
            print(
                f"{r.target}: each worker's share of the server's CPU over the run: "
                + " / ".join(f"{100 * share:.0f} %" for share in r.worker_shares)
            )
    postgres = [r for r in results if r.target.startswith("postgres")]
    if len(postgres) > 1:
        print(
            f"\n{postgres[-1].target} / {postgres[0].target}: "
            f"{postgres[-1].throughput / postgres[0].throughput:.2f}× the throughput"
        )
    lost = sum(r.lost for r in results)
    errors = sum(r.errors for r in results)
    return 1 if lost or errors else 0


if __name__ == "__main__":
    sys.exit(main())
