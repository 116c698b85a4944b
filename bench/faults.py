"""Long fault runs: kill -9 cycles under load, and a store outage under load.

    .venv/bin/python bench/faults.py kill --store sqlite --cycles 50
    .venv/bin/python bench/faults.py kill --store postgresql --cycles 50
    .venv/bin/python bench/faults.py outage --store postgresql --seconds 30 --fault black_hole
    .venv/bin/python bench/faults.py outage --store sqlite --seconds 30

`kill`: a server (one uvicorn worker) takes call starts from 8 clients, each start with its
own Idempotency-Key, sent again with that key until it is answered 201; after a random 1–3 s
the server is killed with SIGKILL and started again on the same store. At the end every key
is retried once (as a client that never heard back would),
and the run prints the 201s answered, the records stored, lost (a 201's record missing) and
doubled (records beyond one per key).

`outage`: the server reaches PostgreSQL through a TCP proxy; under the same load the proxy
refuses or black-holes for the given time, then forwards again (on SQLite the database's
directory is moved away and back). /readyz is asked every 20 ms throughout, as a balancer
would. Printed: 201s answered during the outage (held locally), the slowest answer, the time
/readyz took to say 503 and then 200, its answer times under load before the fault (the
baseline) and during it, and, once the journal is empty, lost and doubled as above. The drain:
calls held in the outage, those replayed into the store (a held retry merged into the call
the store already had is not counted), the seconds from the store's return to an empty
journal, calls/s, and the starts the clients made meanwhile beside their rate before the
fault (the baseline).
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.faults.proxy import TcpProxy  # noqa: E402

# A strong token: the service refuses to start on a weak one.
TOKEN = secrets.token_urlsafe(32)
BODY = {"psap": "zhengzhou-120", "location_text": "河南大学", "complaint_text": "说不出话"}
POSTGRES_URL = os.environ.get(
    "DISPATCH_INTAKE_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
SERVER = """
import sys, uvicorn
from dispatch_intake.app import create_app
from dispatch_intake.settings import load_settings
app = create_app(load_settings())
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_config=None, access_log=False)
"""


def say(started: float, what: str) -> None:
    """Progress on stderr, so that a long run shows where it is."""
    print(f"  {time.monotonic() - started:7.1f} s  {what}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Load:
    """Clients starting calls, each with a fresh key, counting what they were told."""

    def __init__(self, base: str, clients: int = 8) -> None:
        self.base = base
        self.answered: dict[str, str] = {}
        self.held_keys: set[str] = set()
        self.held = 0
        self.tried: list[str] = []
        self.refused = 0
        self.slowest = 0.0
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._run) for _ in range(clients)]

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=30)

    def _run(self) -> None:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        key = self._new_key()
        with httpx.Client(base_url=self.base, timeout=15) as http:
            while not self._stop.is_set():
                started = time.perf_counter()
                try:
                    answer = http.post(
                        "/v1/calls", json=BODY, headers={**headers, "Idempotency-Key": key}
                    )
                except httpx.HTTPError:
                    # As a client that never heard back: the same call again, with its key.
                    time.sleep(0.05)
                    continue
                elapsed = time.perf_counter() - started
                with self._lock:
                    self.slowest = max(self.slowest, elapsed)
                    if answer.status_code != 201:
                        self.refused += 1
                        continue
                    self.answered[key] = answer.json()["id"]
                    if answer.headers.get("X-Held-Locally") == "true":
                        self.held += 1
                        self.held_keys.add(key)
                key = self._new_key()

    def _new_key(self) -> str:
        key = uuid.uuid4().hex
        with self._lock:
            self.tried.append(key)
        return key


class Server:
    def __init__(self, env: dict[str, str]) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self._env = env
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        # The server's own output goes to a file: a server that refuses to start says why.
        log = Path(self._env["DISPATCH_INTAKE_VAR_DIR"]).parent / "server.log"
        with log.open("ab") as output:
            self.process = subprocess.Popen(
                [sys.executable, "-c", SERVER, str(self.port)],
                env=self._env,
                cwd=ROOT,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                said = log.read_text(errors="replace").strip().splitlines()[-5:]
                raise SystemExit("the server stopped at start:\n" + "\n".join(said))
            try:
                if httpx.get(f"{self.base}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise SystemExit("the server did not start in 300 s")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


def environment(database_url: str, var_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DISPATCH_INTAKE_CONFIG_DIR": str(ROOT / "config"),
        "DISPATCH_INTAKE_VAR_DIR": str(var_dir),
        "DISPATCH_INTAKE_DATABASE_URL": database_url,
        "DISPATCH_INTAKE_TOKENS": f"call_taker:{TOKEN}",
    }


def fresh_store(store: str, workdir: Path) -> tuple[str, str | None]:
    if store == "sqlite":
        return f"sqlite:///{workdir / 'intake.db'}", None
    import psycopg
    from sqlalchemy import make_url

    schema = f"bench_faults_{uuid.uuid4().hex[:8]}"
    conninfo = make_url(POSTGRES_URL).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    return f"{POSTGRES_URL}?options=-csearch_path%3D{schema}", schema


def settle(base: str, load: Load) -> tuple[int, int, int]:
    """Retry every key once; (records, lost, doubled)."""
    headers = {"Authorization": f"Bearer {TOKEN}"}
    ids: set[str] = set()
    lost = 0
    with httpx.Client(base_url=base, timeout=30) as http:
        for key in load.tried:
            answer = http.post("/v1/calls", json=BODY, headers={**headers, "Idempotency-Key": key})
            record_id = answer.json()["id"]
            if key in load.answered and load.answered[key] != record_id:
                first = http.get(f"/v1/calls/{load.answered[key]}", headers=headers)
                # A 201's record that is gone is lost; one whose key now names another record
                # is doubled (counted below), not lost.
                lost += first.status_code == 404
                print(
                    f"  key {key[:8]}: answered {load.answered[key][:8]} "
                    f"({'held' if key in load.held_keys else 'stored'}), that record "
                    f"{first.status_code}; the retry named {record_id[:8]}"
                )
            ids.add(record_id)
        stored = http.get("/metrics").text
    records = int(
        sum(
            float(line.rsplit(" ", 1)[1])
            for line in stored.splitlines()
            if line.startswith("dispatch_intake_calls{")
        )
    )
    return records, lost, records - len(set(load.tried))


def keyless_records(url: str) -> int:
    """Records no idempotency key names: where a doubled call is to be looked for (a held copy
    kept without its key because the store already had the key for another record)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            count = connection.scalar(
                text(
                    "SELECT count(*) FROM calls WHERE id NOT IN "
                    "(SELECT call_id FROM idempotency_keys)"
                )
            )
    finally:
        engine.dispose()
    return int(count or 0)


def run_kill(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        url, _ = fresh_store(args.store, workdir)
        server = Server(environment(url, workdir / "var"))
        server.start()
        load = Load(server.base)
        load.start()
        started = time.monotonic()
        for cycle in range(args.cycles):
            time.sleep(random.uniform(1.0, 3.0))
            server.kill()
            server.start()
            say(started, f"cycle {cycle + 1}: {len(load.answered)} 201s so far")
        load.stop()
        say(started, f"retrying {len(set(load.tried))} keys")
        records, lost, doubled = settle(server.base, load)
        server.stop()
        keyless = keyless_records(url)
    print(
        f"kill -9 {args.store}: {args.cycles} cycles, {len(load.answered)} 201s, "
        f"{len(set(load.tried))} keys, {records} records, lost {lost}, doubled {doubled} "
        f"({keyless} records no key names), {load.refused} answers other than 201"
    )


class StoreFault:
    """Takes the store away and gives it back. PostgreSQL is reached through a TCP proxy that
    refuses or black-holes; SQLite's directory is moved away, as an unmounted volume would
    be: new connections fail (the probe's, and any the pool opens), while connections opened
    before keep their files."""

    def __init__(self, store: str, fault: str, workdir: Path) -> None:
        self._fault = fault
        self._proxy: TcpProxy | None = None
        if store == "sqlite":
            self._directory = workdir / "store"
            self._directory.mkdir()
            self.url, _ = fresh_store("sqlite", self._directory)
            return
        from sqlalchemy import make_url

        target = make_url(POSTGRES_URL)
        self._proxy = TcpProxy((target.host or "127.0.0.1", target.port or 5432))
        url, _ = fresh_store("postgresql", workdir)
        address = f"{target.host}:{target.port or 5432}"
        self.url = url.replace(address, f"127.0.0.1:{self._proxy.port}", 1)

    def take_away(self) -> None:
        if self._proxy is not None:
            getattr(self._proxy, self._fault)()
        else:
            self._directory.rename(self._directory.with_name("store-away"))

    def give_back(self) -> None:
        if self._proxy is not None:
            self._proxy.restore()
        else:
            self._directory.with_name("store-away").rename(self._directory)

    def close(self) -> None:
        if self._proxy is not None:
            self._proxy.close()


class ReadyWatch:
    """Asks /readyz every 20 ms, as a balancer would, noting when each answer came and how
    long it took."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.answers: list[tuple[float, int, float, int]] = []  # (at, status, seconds, held)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    @property
    def held(self) -> int:
        return self.answers[-1][3] if self.answers else 0

    def _run(self) -> None:
        with httpx.Client(base_url=self.base, timeout=10) as http:
            while not self._stop.wait(0.02):
                sent = time.monotonic()
                try:
                    answer = http.get("/readyz")
                except httpx.HTTPError:
                    continue
                now = time.monotonic()
                body = answer.json()
                held = body.get("held_locally", 1) if answer.status_code == 200 else 1
                self.answers.append((now, answer.status_code, now - sent, held))

    def first(self, status: int, after: float) -> float:
        """Seconds from `after` until /readyz first said `status`."""
        for at, said, _, _ in self.answers:
            if at >= after and said == status:
                return at - after
        return float("nan")

    def between(self, start: float, end: float) -> list[tuple[float, int, float, int]]:
        return [answer for answer in self.answers if start <= answer[0] < end]


def counter(base: str, name: str) -> float:
    """One counter of the server's /metrics (0 before it first counts)."""
    for line in httpx.get(f"{base}/metrics", timeout=30).text.splitlines():
        if line.startswith(f"{name} "):
            return float(line.split()[1])
    return 0.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def run_outage(args: argparse.Namespace) -> None:
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        fault = StoreFault(args.store, args.fault, workdir)
        server = Server(environment(fault.url, workdir / "var"))
        server.start()
        load = Load(server.base)
        load.start()
        watch = ReadyWatch(server.base)
        watch.start()
        say(started, f"server up; {args.baseline:.0f} s under load before the fault")
        time.sleep(args.baseline)
        before = len(load.answered)
        held_before = counter(server.base, "dispatch_intake_calls_held_total")
        replayed_before = counter(server.base, "dispatch_intake_calls_replayed_total")
        broke = time.monotonic()
        fault.take_away()
        say(started, "store taken away")
        time.sleep(args.seconds)
        during = len(load.answered) - before
        back = time.monotonic()
        fault.give_back()
        answered_at_return = len(load.answered)
        say(started, "store given back; waiting for the journal to empty")
        while time.monotonic() - back < 1 or watch.held:
            time.sleep(0.2)
        emptied = time.monotonic()
        # Starts the clients went on making while the journal drained, beside the replay.
        answered_while_draining = len(load.answered) - answered_at_return
        held = counter(server.base, "dispatch_intake_calls_held_total") - held_before
        replayed = counter(server.base, "dispatch_intake_calls_replayed_total") - replayed_before
        watch.stop()
        load.stop()
        say(started, f"journal empty after {emptied - back:.1f} s; retrying every key")
        records, lost, doubled = settle(server.base, load)
        server.stop()
        fault.close()
    what = args.fault if args.store == "postgresql" else "directory moved away"
    to_503, to_200 = watch.first(503, broke), watch.first(200, back)
    calm = watch.between(started, broke)
    outage = watch.between(broke + to_503, back)
    print(
        f"outage {args.store} ({what}, {args.seconds:.0f} s, 8 clients): {during} 201s "
        f"during it ({load.held} held locally in all), slowest answer {load.slowest:.2f} s, "
        f"{load.refused} answers other than 201; {len(load.answered)} 201s, {records} records, "
        f"lost {lost}, doubled {doubled}"
    )
    print(
        f"  /readyz 503 {to_503:.2f} s after the store went, 200 {to_200:.2f} s after it came "
        f"back; journal empty {emptied - back:.1f} s after"
    )
    drain = emptied - back
    print(
        f"  drain: {held:.0f} held in the outage, {replayed:.0f} replayed in "
        f"{drain:.1f} s ({replayed / drain:.1f} calls/s), while {answered_while_draining} new "
        f"starts were answered ({answered_while_draining / drain:.1f}/s); starts before the "
        f"fault (baseline): {before / args.baseline:.1f}/s"
    )
    for name, answers in (("before (baseline)", calm), ("during the outage", outage)):
        seconds = [answer[2] for answer in answers]
        wrong = sum(answer[1] != (200 if answers is calm else 503) for answer in answers)
        print(
            f"  /readyz {name}: {len(answers)} answers, p50 {percentile(seconds, 0.5) * 1000:.0f}"
            f" ms, p99 {percentile(seconds, 0.99) * 1000:.0f} ms, max "
            f"{max(seconds, default=float('nan')) * 1000:.0f} ms, {wrong} the other way"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    kill = commands.add_parser("kill")
    kill.add_argument("--store", choices=("sqlite", "postgresql"), default="sqlite")
    kill.add_argument("--cycles", type=int, default=50)
    kill.set_defaults(func=run_kill)
    outage = commands.add_parser("outage")
    outage.add_argument("--store", choices=("sqlite", "postgresql"), default="postgresql")
    outage.add_argument("--seconds", type=float, default=30.0)
    outage.add_argument("--baseline", type=float, default=10.0, help="seconds before the fault")
    outage.add_argument(
        "--fault",
        choices=("refuse", "black_hole"),
        default="black_hole",
        help="on PostgreSQL (SQLite's directory is moved away)",
    )
    outage.set_defaults(func=run_outage)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
