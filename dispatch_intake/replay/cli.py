"""`dispatch-intake replay` and `dispatch-intake record`."""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import AbstractContextManager, ExitStack
from pathlib import Path
from typing import Any, TextIO

from dispatch_intake.errors import SettingsError
from dispatch_intake.replay.junit import write_junit
from dispatch_intake.replay.runner import ScenarioResult, run_files
from dispatch_intake.replay.scenario import find_scenario_files
from dispatch_intake.replay.service import (
    RoleClients,
    in_process_service,
    parse_role_tokens,
    remote_service,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

TOKEN_HELP = (
    "credentials for --url: role:token,role:token (as in DISPATCH_INTAKE_TOKENS), or one token "
    "used for every role (then masking is that role's); a role without a token borrows the "
    "most capable one given. "
    "Default: $DISPATCH_INTAKE_TOKENS"
)


def register(subparsers: Any) -> None:
    replay = subparsers.add_parser(
        "replay",
        help="run recorded calls (scenario files) and report PASS/FAIL per scenario",
        description=(
            "Run recorded scenarios (YAML, scenario format v1) turn by turn and check every "
            "expectation. In-process on a throw-away SQLite store unless --url is given. "
            "Prints `PASS id` or `FAIL id: turn N (verb): …` per scenario (turns count from "
            "0), then `N passed, N failed`; exits 1 when any failed, 2 on a usage error."
        ),
    )
    replay.add_argument("paths", nargs="+", metavar="PATH", help="scenario files or folders")
    replay.add_argument("--url", help="a running service, e.g. http://127.0.0.1:8000")
    replay.add_argument("--token", help=TOKEN_HELP)
    replay.add_argument(
        "--database-url", help="in-process only: use this store instead of a temporary SQLite"
    )
    replay.add_argument("--junit", type=Path, metavar="FILE", help="also write JUnit XML here")
    replay.set_defaults(func=run_replay)

    from dispatch_intake.replay.record import register_record

    register_record(subparsers)


def service_for(args: argparse.Namespace) -> AbstractContextManager[RoleClients]:
    """The in-process service, or the one at `--url` with the credentials given."""
    if args.url:
        raw = args.token or os.environ.get("DISPATCH_INTAKE_TOKENS", "")
        if not raw:
            raise ValueError("--url needs --token (or DISPATCH_INTAKE_TOKENS)")
        return remote_service(args.url, parse_role_tokens(raw))
    return in_process_service(getattr(args, "database_url", None))


def run_replay(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    files = find_scenario_files(args.paths)
    if not files:
        print(f"no scenario files (*.yaml) under {' '.join(args.paths)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        service = service_for(args)
    except ValueError as exc:
        print(f"dispatch-intake replay: {exc}", file=sys.stderr)
        return EXIT_USAGE
    results: list[ScenarioResult] = []
    with ExitStack() as stack:
        try:
            clients = stack.enter_context(service)
        except (SettingsError, OSError, ImportError) as exc:
            print(f"dispatch-intake replay: cannot start the service: {exc}", file=sys.stderr)
            return EXIT_USAGE
        for result in run_files(files, clients):
            results.append(result)
            print(result.line(), file=out, flush=True)
    passed = sum(1 for result in results if result.passed)
    print(f"{passed} passed, {len(results) - passed} failed", file=out, flush=True)
    if args.junit is not None:
        write_junit(args.junit, results)
    return EXIT_OK if passed == len(results) else EXIT_FAILED
