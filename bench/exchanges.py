"""Exchanges with PostgreSQL per call start: what each start costs in waits for the store.

    .venv/bin/python bench/exchanges.py                        # 400 starts, 16 at a time
    .venv/bin/python bench/exchanges.py --starts 50 --concurrency 1
    .venv/bin/python bench/exchanges.py --against main         # this tree beside main's

N starts of `bench/api.py`'s body go through the service's ASGI application in this process,
on a fresh schema of the PostgreSQL database at $DISPATCH_INTAKE_BENCH_POSTGRES_URL, reached
through a TCP relay on loopback that counts, on every connection of the service's pool, the
exchanges: each time the store starts answering after the service has sent something, the
service has waited for one round trip. (The store monitor's probes and the change listener
have connections of their own and are not counted.) Beside them, the statements the pool's
connections executed (SQLAlchemy's `before_cursor_execute`) and the commits, per start.

An exchange is what a writer pays per statement on a real network (a millisecond or more
between machines), and on any machine the wait for the interpreter's lock that a writer
thread meets on coming back from each one while the event loop works: fewer exchanges per
start, less time a start holds its connection and its batch.

With `--against REV` the same run is made on another revision (exported with `git archive`)
beside this tree, and both are printed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from api import BODY, POSTGRES_URL, TOKEN, _asgi_call  # noqa: E402


class CountingRelay:
    """Relays 127.0.0.1:`port` to `target` and counts each connection's exchanges, keyed by
    the client's port."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.exchanges: Counter[int] = Counter()
        self._sent: dict[int, bool] = {}
        self._lock = threading.Lock()
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port: int = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, address = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            for sock in (client, upstream):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            key = int(address[1])
            threading.Thread(target=self._pump, args=(client, upstream, key, True)).start()
            threading.Thread(target=self._pump, args=(upstream, client, key, False)).start()

    def _pump(self, source: socket.socket, sink: socket.socket, key: int, asks: bool) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if not data:
                break
            with self._lock:
                if asks:
                    self._sent[key] = True
                elif self._sent.get(key):
                    self._sent[key] = False
                    self.exchanges[key] += 1
            try:
                sink.sendall(data)
            except OSError:
                break
        for sock in (source, sink):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def close(self) -> None:
        self._listener.close()


def measure(starts: int, concurrency: int) -> dict[str, float]:
    """Exchanges, statements and commits per start on a fresh schema."""
    import psycopg
    from sqlalchemy import event, make_url

    from dispatch_intake.app import create_app
    from dispatch_intake.settings import load_settings

    url = make_url(POSTGRES_URL)
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    relay = CountingRelay((url.host or "127.0.0.1", url.port or 5432))
    schema = f"bench_x_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    relayed = url.set(host="127.0.0.1", port=relay.port).render_as_string(hide_password=False)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-exchanges-") as tmp:
            settings = load_settings(
                var_dir=Path(tmp) / "var",
                database_url=f"{relayed}?options=-csearch_path%3D{schema}",
                tokens=f"call_taker:{TOKEN}",
                allow_weak_tokens=True,
            )
            app = create_app(settings)
            pooled: set[int] = set()
            counts: Counter[str] = Counter()

            # Connections opened at start-up are in the pool already: known when checked out.
            @event.listens_for(app.state.engine, "checkout")
            def _pooled(dbapi_connection: Any, *_: Any) -> None:
                with socket.socket(fileno=os.dup(dbapi_connection.pgconn.socket)) as sock:
                    pooled.add(int(sock.getsockname()[1]))

            @event.listens_for(app.state.engine, "before_cursor_execute")
            def _statement(*_: Any) -> None:
                counts["statements"] += 1

            @event.listens_for(app.state.engine, "commit")
            def _commit(*_: Any) -> None:
                counts["commits"] += 1

            async def run() -> dict[str, float]:
                async with app.router.lifespan_context(app):
                    raw = json.dumps(BODY, ensure_ascii=False).encode()
                    headers = {"Authorization": f"Bearer {TOKEN}"}
                    for _ in range(4):  # the pool's first connections, the caches
                        await _asgi_call(app, raw, headers)
                    gate = asyncio.Semaphore(concurrency)
                    before = sum(relay.exchanges[port] for port in pooled)
                    counts.clear()

                    async def one() -> None:
                        async with gate:
                            status, body = await _asgi_call(app, raw, headers)
                        if status != 201:
                            raise SystemExit(f"a start answered {status}: {body[:300]!r}")

                    await asyncio.gather(*(one() for _ in range(starts)))
                    exchanged = sum(relay.exchanges[port] for port in pooled) - before
                    return {
                        "exchanges": exchanged / starts,
                        "statements": counts["statements"] / starts,
                        "commits": counts["commits"] / starts,
                    }

            return asyncio.run(run())
    finally:
        relay.close()
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--starts", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--against", metavar="REV", help="also measure this git revision")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.json:
        print(json.dumps(measure(args.starts, args.concurrency)))
        return 0
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--starts",
        str(args.starts),
        "--concurrency",
        str(args.concurrency),
        "--json",
    ]
    found: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-exchanges-rev-") as tmp:
        if args.against:
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", args.against], check=True, capture_output=True
            ).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            # Each side's own service code first on the path; this script's relay for both.
            other = {**os.environ, "PYTHONPATH": tmp}
            out = subprocess.run(command, cwd=tmp, env=other, check=True, capture_output=True)
            found[args.against] = json.loads(out.stdout.decode().strip().splitlines()[-1])
        out = subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
        found["this tree"] = json.loads(out.stdout.decode().strip().splitlines()[-1])
    print(
        f"\nPOST /v1/calls in process on PostgreSQL, {args.starts} starts, "
        f"{args.concurrency} at a time; per start:"
    )
    print(f"{'side':<14}{'exchanges':>11}{'statements':>12}{'commits':>9}")
    for side, figures in found.items():
        print(
            f"{side:<14}{figures['exchanges']:>11.2f}{figures['statements']:>12.2f}"
            f"{figures['commits']:>9.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
