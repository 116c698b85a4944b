"""Audit trail benchmark: the keyed MAC and the ledger against the unkeyed chain, in one run.

    .venv/bin/python bench/audit.py                     # SQLite, 300 call starts per variant
    .venv/bin/python bench/audit.py --calls 500 --stores sqlite,postgresql

Three measures, each printed beside its baseline:
  * per event, in memory: sealing an event with sha256 (the unkeyed chain, baseline) against
    HMAC-SHA256 plus its ledger leaf and the leaf's position MAC;
  * per call start, in the store: `start_call` (the write transaction of POST /v1/calls,
    location already resolved) with the unkeyed chain and no ledger (baseline) against the
    keyed chain with the ledger; the variants alternate in blocks on one fresh store each, so
    both see the same machine load;
  * signing a checkpoint and verifying the store, at the ledger size the run reached.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dispatch_intake.audit import chain  # noqa: E402
from dispatch_intake.audit.ledger import write_checkpoint  # noqa: E402
from dispatch_intake.audit.verify import verify_store  # noqa: E402
from dispatch_intake.calls import writes  # noqa: E402
from dispatch_intake.timeline import service as timeline  # noqa: E402

POSTGRES_URL = os.environ.get(
    "DISPATCH_INTAKE_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
BODY = {
    "psap": "zhengzhou-120",
    "location_text": "河南大学",
    "complaint_text": "我好难受，说不出话了",
    "caller_number": "13800138000",
}


def per_event_micros(rounds: int) -> tuple[float, float]:
    """(unkeyed, keyed + ledger) µs to seal one event."""
    key = os.urandom(32)
    data = chain.canonical_json({"text": "河南大学龙子湖校区", "warnings": []})

    def unkeyed(n: int) -> None:
        prev = chain.GENESIS
        for seq in range(n):
            body = chain.event_body(
                call_id="c" * 32, seq=seq, at="2026-12-04T00:00:00.000+00:00",
                type_="location_said", actor="call_taker#0000", data=data,
            )  # fmt: skip
            prev = chain.unkeyed_hash(prev, body)

    def keyed(n: int) -> None:
        prev = chain.GENESIS
        for seq in range(n):
            fields: dict[str, Any] = {
                "call_id": "c" * 32, "seq": seq, "at": "2026-12-04T00:00:00.000+00:00",
                "type": "location_said", "actor": "call_taker#0000", "data": data,
            }  # fmt: skip
            body = chain.event_body(
                call_id=fields["call_id"], seq=seq, at=fields["at"], type_=fields["type"],
                actor=fields["actor"], data=data,
            )  # fmt: skip
            value = chain.keyed_mac(key, prev, body)
            leaf = chain.event_leaf_hash({**fields, "v": 1, "prev_hash": prev, "hash": value})
            chain.ledger_mac(key, seq, fields["call_id"], seq, leaf)
            prev = value

    results: dict[str, list[float]] = {"unkeyed": [], "keyed": []}
    for _ in range(5):
        for name, work in (("unkeyed", unkeyed), ("keyed", keyed)):
            started = time.perf_counter()
            work(rounds)
            results[name].append((time.perf_counter() - started) / rounds * 1e6)
    return statistics.median(results["unkeyed"]), statistics.median(results["keyed"])


@contextmanager
def unkeyed_without_ledger() -> Iterator[None]:
    """The service as it was before the key: sha256 seals, no ledger entries."""
    replaced: list[tuple[Any, str, Any]] = [
        (timeline, "CURRENT_VERSION", chain.UNKEYED),
        (timeline, "append_leaves", lambda *args, **kwargs: None),
        # A start enters its leaves as it commits: the baseline only commits.
        (writes, "commit_with_leaves", lambda session, *args: session.commit()),
    ]
    saved = [(module, name, getattr(module, name)) for module, name, _ in replaced]
    for module, name, value in replaced:
        setattr(module, name, value)
    try:
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)


def _store_url(store: str, workdir: Path) -> tuple[str, Callable[[], None]]:
    if store == "sqlite":
        return f"sqlite:///{workdir / f'{uuid.uuid4().hex}.db'}", lambda: None
    import psycopg
    from sqlalchemy import make_url

    schema = f"bench_audit_{uuid.uuid4().hex[:8]}"
    conninfo = make_url(POSTGRES_URL).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')

    def drop() -> None:
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')

    return f"{POSTGRES_URL}?options=-csearch_path%3D{schema}", drop


def per_call_start(store: str, calls: int, workdir: Path, gazetteer: Any) -> dict[str, Any]:
    from dispatch_intake.app import create_app
    from dispatch_intake.auth.service import Principal
    from dispatch_intake.calls import service
    from dispatch_intake.calls.schemas import read_call_start
    from dispatch_intake.settings import load_settings

    url, drop = _store_url(store, workdir)
    settings = load_settings(
        config_dir=ROOT / "config",
        var_dir=workdir / f"var-{store}",
        database_url=url,
        tokens="call_taker:bench-call-taker-token",
        default_psap="zhengzhou-120",
    )
    app = create_app(settings, gazetteer=gazetteer)
    try:
        intake = app.state.intake
        principal = Principal(role="call_taker", actor="call_taker#bench")
        request = read_call_start(dict(BODY), max_text_chars=settings.max_text_chars)
        prepared = service.prepare_call(intake=intake, request=request)
        write_session = app.state.write_session

        def start_block(n: int) -> list[float]:
            taken = []
            for _ in range(n):
                started = time.perf_counter()
                with write_session() as session:
                    service.start_call(
                        session=session,
                        intake=intake,
                        principal=principal,
                        prepared=prepared,
                        idempotency_key=None,
                    )
                taken.append((time.perf_counter() - started) * 1e3)
            return taken

        start_block(20)  # warm-up, both paths share it
        timings: dict[str, list[float]] = {"unkeyed": [], "keyed": []}
        block = 25
        for _ in range(max(1, calls // block)):
            with unkeyed_without_ledger():
                timings["unkeyed"] += start_block(block)
            timings["keyed"] += start_block(block)
        with app.state.read_session() as session:
            events = int(session.scalar(_count_events()) or 0)
            started_calls = 20 + len(timings["unkeyed"]) + len(timings["keyed"])
            started = time.perf_counter()
            write_checkpoint(session, app.state.audit_keys, force=True)
            checkpoint_ms = (time.perf_counter() - started) * 1e3
            started = time.perf_counter()
            # The baseline's unkeyed events sit outside the ledger and are reported: only the
            # time of a whole pass is of interest here.
            sum(1 for _ in verify_store(session, app.state.audit_keys))
            verify_s = time.perf_counter() - started
        return {
            "store": store,
            "unkeyed_ms": statistics.median(timings["unkeyed"]),
            "keyed_ms": statistics.median(timings["keyed"]),
            "unkeyed_p90": _p90(timings["unkeyed"]),
            "keyed_p90": _p90(timings["keyed"]),
            "events": events,
            "events_per_start": events / started_calls,
            "checkpoint_ms": checkpoint_ms,
            "verify_s": verify_s,
        }
    finally:
        app.state.engine.dispose()
        drop()


def _count_events() -> Any:
    from sqlalchemy import func, select

    from dispatch_intake.timeline.models import TimelineEvent

    return select(func.count()).select_from(TimelineEvent)


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300, help="call starts per variant")
    parser.add_argument("--events", type=int, default=20000, help="events sealed in memory")
    parser.add_argument("--stores", default="sqlite", help="sqlite and/or postgresql")
    args = parser.parse_args()

    unkeyed, keyed = per_event_micros(args.events)
    print("per event, in memory (median of 5 rounds)")
    print(f"  unkeyed sha256 chain (baseline)        {unkeyed:7.2f} µs")
    print(f"  HMAC-SHA256 + ledger leaf + leaf MAC   {keyed:7.2f} µs  (+{keyed - unkeyed:.2f} µs)")

    from gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    with tempfile.TemporaryDirectory() as directory:
        for store in (s.strip() for s in args.stores.split(",") if s.strip()):
            result = per_call_start(store, args.calls, Path(directory), gazetteer)
            extra = result["keyed_ms"] - result["unkeyed_ms"]
            print(f"per call start on {store} (start_call's write transaction, median / p90)")
            print(
                f"  unkeyed chain, no ledger (baseline)    {result['unkeyed_ms']:7.3f} ms"
                f" / {result['unkeyed_p90']:.3f} ms"
            )
            print(
                f"  keyed chain + ledger                   {result['keyed_ms']:7.3f} ms"
                f" / {result['keyed_p90']:.3f} ms  ({extra:+.3f} ms, "
                f"{extra * 1e3 / result['events_per_start']:+.0f} µs per event, spread over "
                f"{result['events_per_start']:.1f} events per start)"
            )
            print(
                f"  sign a checkpoint over {result['events']} events  "
                f"{result['checkpoint_ms']:7.1f} ms; audit verify {result['verify_s']:.2f} s"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
