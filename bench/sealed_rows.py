"""Sealed call rows: what opening each row's words costs a supervisor's list, in one run.

    .venv/bin/python bench/sealed_rows.py                 # SQLite, 200 calls, 15 reads

Two stores filled alike through the API, events sealed in both: one written and read as
before rows were sealed (the row listeners of dispatch_intake.audit.rows switched off while it
is used: rows in the clear, the baseline), one with every row sealed. Each read is
`list_calls` as a supervisor over all the calls (the search view's query, every row opened);
reads alternate between the stores so both see the same load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from dispatch_intake.audit import rows  # noqa: E402
from dispatch_intake.auth.service import Principal  # noqa: E402
from dispatch_intake.calls.models import CallRecord  # noqa: E402
from dispatch_intake.calls.records import list_calls  # noqa: E402

POSTGRES_URL = os.environ.get(
    "DISPATCH_INTAKE_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
TOKEN = "call_taker:bench-sealed-rows-call-taker"
SUPERVISOR = Principal(role="supervisor", actor="bench")


@contextmanager
def _rows_in_the_clear() -> Iterator[None]:
    """The service as it was before rows were sealed: events sealed, rows not."""
    hooks: list[tuple[Any, str, Callable[..., Any]]] = [
        (Session, "before_flush", rows._seal_before_flush),
        (Session, "after_flush_postexec", rows._reopen_after_flush),
        (Session, "do_orm_execute", rows._open_in_batches),
        (CallRecord, "load", rows._open_loaded),
        (CallRecord, "refresh", rows._open_loaded),
    ]
    for target, name, hook in hooks:
        event.remove(target, name, hook)
    sealed_rows = rows.new_call_rows

    def rows_in_the_clear(session: Session, call: CallRecord, events: Any) -> Any:
        # A start's row as written before: its data key still goes in if its events used it.
        row, data_key = sealed_rows(session, call, events)
        state = call.__dict__
        plain = {name: state[name] for name in row if name in state}
        return {**plain, "sealed_said": None, "caller_number_digest": None}, data_key

    rows.new_call_rows = rows_in_the_clear
    try:
        yield
    finally:
        rows.new_call_rows = sealed_rows
        rows.install_row_sealing()


def _app(var: Path, store: str, gazetteer: Any) -> Any:
    from dispatch_intake.app import create_app
    from dispatch_intake.settings import load_settings

    url = f"sqlite:///{var / 'intake.db'}" if store == "sqlite" else _fresh_schema(var.name)
    settings = load_settings(
        var_dir=var,
        database_url=url,
        tokens=TOKEN,
        allow_weak_tokens=True,
        audit_checkpoint_interval_seconds=0,
        # Nothing held in the local journal: its replay runs later, past the baseline's
        # window.
        store_timeout_seconds=60,
    )
    return create_app(settings, gazetteer=gazetteer)


def _fresh_schema(name: str) -> str:
    import psycopg

    schema = "bench_" + "".join(ch for ch in name if ch.isalnum())[-20:]
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as db:
        db.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        db.execute(f"CREATE SCHEMA {schema}")
    return f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"


def _fill(app: Any, calls: int) -> None:
    from fastapi.testclient import TestClient

    headers = {"Authorization": "Bearer bench-sealed-rows-call-taker"}
    with TestClient(app) as client:
        for n in range(calls):
            started = client.post(
                "/v1/calls",
                json={
                    "psap": "zhengzhou-120",
                    "location_text": "河南大学",
                    "complaint_text": "我爸突然倒地，叫不醒",
                    "caller_number": f"1380013{n:04d}",
                },
                headers=headers,
            )
            assert started.status_code == 201, started.text
            call_id = started.json()["id"]
            client.post(
                f"/v1/calls/{call_id}/notes", json={"text": "门口有棵大槐树"}, headers=headers
            )
        # Calls held while the store seemed away (a busy machine) are copied in now, under
        # the same variant as the rest.
        app.state.held.replay()


def _read(app: Any, calls: int) -> float:
    began = time.perf_counter()
    with app.state.read_session() as session:
        shown = list_calls(
            session=session,
            intake=app.state.intake,
            principal=SUPERVISOR,
            status=None,
            limit=calls,
        )
    elapsed = time.perf_counter() - began
    number = shown[0]["caller"]["number"] if shown else None
    assert len(shown) == calls and number and number.startswith("1380013"), (
        app.state.settings.var_dir,
        shown[0]["caller"],
    )
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--reads", type=int, default=15)
    # SQLite only: on PostgreSQL this machine's probe found the store slow, calls were held,
    # and the journal, opened on first use, installs the row listeners again (attach_keys):
    # the baseline's rows came out sealed.
    parser.add_argument("--store", choices=("sqlite",), default="sqlite")
    args = parser.parse_args()
    from gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    with tempfile.TemporaryDirectory() as tmp:
        plain = _app(Path(tmp) / "plain", args.store, gazetteer)
        sealed = _app(Path(tmp) / "sealed", args.store, gazetteer)
        try:
            with _rows_in_the_clear():
                _fill(plain, args.calls)
            _fill(sealed, args.calls)
            times: dict[str, list[float]] = {"plain": [], "sealed": []}
            for n in range(args.reads + 1):  # the first round warms both
                with _rows_in_the_clear():
                    took = _read(plain, args.calls)
                if n:
                    times["plain"].append(took)
                took = _read(sealed, args.calls)
                if n:
                    times["sealed"].append(took)
        finally:
            plain.state.engine.dispose()
            sealed.state.engine.dispose()
    base = statistics.median(times["plain"]) * 1000
    ours = statistics.median(times["sealed"]) * 1000
    print(f"{args.store}: supervisor list of {args.calls} calls, median of {args.reads} reads")
    print(f"  rows in the clear (baseline): {base:8.1f} ms")
    print(f"  rows sealed:                  {ours:8.1f} ms  ({ours / base:.2f}x)")


if __name__ == "__main__":
    main()
