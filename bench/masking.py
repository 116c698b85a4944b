"""Masking benchmark: rendering a record for a role that sees numbers whole (the baseline,
no masking) and for one that does not (every text checked and masked), in one run.

    .venv/bin/python bench/masking.py [--repeat 300]

One call with numbers in its complaint, location turns, notes and answers, on a temporary
SQLite store; each render reads nothing from the store (the events are read once).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from dispatch_intake.app import create_app
from dispatch_intake.auth.masking import mask_numbers_in_text
from dispatch_intake.auth.service import Principal
from dispatch_intake.calls.models import CallRecord
from dispatch_intake.calls.records import render_call
from dispatch_intake.settings import load_settings
from dispatch_intake.timeline.service import events_of

TOKEN = "bench-masking-token"


def _render_times(app: object, call_id: str, principal: Principal, repeat: int) -> list[float]:
    state = app.state  # type: ignore[attr-defined]
    with state.read_session() as session:
        call = session.get(CallRecord, call_id)
        events = events_of(session, [call_id])[call_id]
        names: dict[str, str] = {}
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            render_call(call, events, principal, state.intake, names)
            times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(
            var_dir=Path(tmp),
            database_url=f"sqlite:///{Path(tmp) / 'intake.db'}",
            tokens=f"call_taker:{TOKEN}",
            allow_weak_tokens=True,
            log_json=False,
        )
        app = create_app(settings)
        headers = {"Authorization": f"Bearer {TOKEN}"}
        with TestClient(app) as client:
            body = {
                "psap": "zhengzhou-120",
                "location_text": "河南大学",
                "complaint_text": "胸痛，回拨 138-0013-8000",
                "caller_number": "13800138000",
            }
            call_id = client.post("/v1/calls", json=body, headers=headers).json()["id"]
            for turn in ("龙子湖那边，电话0371-12345678", "文化路80号 2026-11-22 08:30"):
                client.post(f"/v1/calls/{call_id}/location", json={"text": turn}, headers=headers)
            for i in range(5):
                note = {"text": f"第{i}次回拨 +86 139 0013 900{i}"}
                client.post(f"/v1/calls/{call_id}/notes", json=note, headers=headers)
            rows = []
            for role in ("supervisor", "call_taker"):
                principal = Principal(role=role, actor=f"{role}#bench")
                times = _render_times(app, call_id, principal, args.repeat)
                rows.append((role, statistics.median(times), max(times)))
        app.state.engine.dispose()
    sample = "胸痛，回拨 138-0013-8000，我在文化路80号"
    start = time.perf_counter()
    for _ in range(10_000):
        mask_numbers_in_text(sample)
    per_text = (time.perf_counter() - start) / 10_000
    print(f"record render, {args.repeat} times (median / max, µs):")
    for role, median, worst in rows:
        label = "whole (baseline)" if role == "supervisor" else "masked"
        print(f"  {role:<11} {label:<17} {median * 1e6:9.1f} {worst * 1e6:9.1f}")
    print(f"mask_numbers_in_text on one {len(sample)}-character text: {per_text * 1e6:.1f} µs")


if __name__ == "__main__":
    main()
