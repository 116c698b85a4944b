"""Generated requests against the published /openapi.json, at volume: every answer must be one
the document describes (status, content type, schema), and none a server error.

    .venv/bin/python bench/schema.py                                # 10,000 cases, SQLite
    .venv/bin/python bench/schema.py --cases 2000 --store postgresql

The same operations, checks and known calls as tests/test_api_schema.py (tests/schema_support.py),
against the app in-process on a fresh store: SQLite in a temporary directory, or a fresh schema
in PostgreSQL at $DISPATCH_INTAKE_TEST_POSTGRES_URL (127.0.0.1:5432, database `test`), dropped
at the end. The budget is spread evenly: each operation gets what is left divided by the
operations left, so what an operation with few distinct inputs cannot use (GET /healthz has
none) goes to the rest. Cases take turns with the four roles' tokens and no token at all, so
both the answers and the refusals are checked. Derandomized: a run sends the same cases as the
last one, so a failure printed here (as a curl command with the answer) comes back on rerun.

Printed per operation: cases, answers by status, failures by check; then the totals and the
wall time. Exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import given
from schemathesis.core.failures import FailureGroup

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import POSTGRES_URL, TOKENS, _postgres_conninfo  # noqa: E402
from tests.schema_support import (  # noqa: E402
    CHECKS,
    OPERATIONS,
    ServiceUnderTest,
    aim_at_known_call,
    case_settings,
    open_service,
)

# No token last: a refusal the document must describe as well as any answer.
CALLERS: tuple[str | None, ...] = (*TOKENS, None)


@dataclass
class Tally:
    cases: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)
    reports: list[str] = field(default_factory=list)


@contextmanager
def fresh_store(store: str, tmp: Path) -> Iterator[str]:
    if store == "sqlite":
        yield f"sqlite:///{tmp / 'intake.db'}"
        return
    import psycopg

    schema = f"bench_schema_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_postgres_conninfo(), autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(_postgres_conninfo(), autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def run_operation(service: ServiceUnderTest, method: str, path: str, budget: int) -> Tally:
    tally = Tally()

    @given(case=service.schema[path][method].as_strategy())
    @case_settings(budget)
    def send(case: Any) -> None:
        aim_at_known_call(case, service.known_calls)
        caller = CALLERS[tally.cases % len(CALLERS)]
        headers = {"Authorization": f"Bearer {TOKENS[caller]}"} if caller else {}
        tally.cases += 1
        try:
            response = case.call(headers=headers)
        except Exception:
            # The in-process transport raises what the app did not handle: a server error.
            tally.failures["not_a_server_error"] += 1
            tally.reports.append(
                f"{case.as_curl_command(headers=headers)}\n{traceback.format_exc(limit=-3)}"
            )
            return
        tally.statuses[response.status_code] += 1
        try:
            case.validate_response(response, checks=CHECKS, headers=headers)
        except FailureGroup as group:
            # Checked one by one only when something failed, to count each check that did.
            for check in CHECKS:
                try:
                    case.validate_response(response, checks=[check], headers=headers)
                except FailureGroup:
                    tally.failures[check.__name__] += 1
            tally.reports.append(f"as {caller or 'no token'}: {group.message}")

    send()
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000, help="in total over all operations")
    parser.add_argument("--store", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()

    from gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    started = time.perf_counter()
    tallies: dict[str, Tally] = {}
    with tempfile.TemporaryDirectory() as tmp, fresh_store(args.store, Path(tmp)) as url:
        service = open_service(Path(tmp), url, gazetteer)
        try:
            for index, (method, path) in enumerate(OPERATIONS):
                left = args.cases - sum(tally.cases for tally in tallies.values())
                budget = max(1, left // (len(OPERATIONS) - index))
                tally = tallies[f"{method} {path}"] = run_operation(service, method, path, budget)
                statuses = " ".join(f"{code}×{n}" for code, n in sorted(tally.statuses.items()))
                failed = ", ".join(f"{name} {n}" for name, n in tally.failures.items()) or "none"
                print(
                    f"{method:6} {path:38} {tally.cases:5} cases  failures: {failed}  [{statuses}]",
                    flush=True,
                )
        finally:
            service.app.state.engine.dispose()
    wall = time.perf_counter() - started

    reports = [report for tally in tallies.values() for report in tally.reports]
    for report in reports:
        print(f"\n{report}")
    total: Counter[str] = sum((tally.failures for tally in tallies.values()), Counter())
    cases = sum(tally.cases for tally in tallies.values())
    refused = sum(
        n for tally in tallies.values() for code, n in tally.statuses.items() if code in (401, 403)
    )
    print(
        f"\n{args.store}: {cases} cases over {len(OPERATIONS)} operations ({refused} refused "
        f"401/403), {sum(total.values())} failing "
        f"({', '.join(f'{name} {n}' for name, n in total.items()) or 'none'}); "
        f"wall {wall:.1f} s ({wall / max(cases, 1) * 1000:.1f} ms a case)"
    )
    return 1 if reports else 0


if __name__ == "__main__":
    sys.exit(main())
