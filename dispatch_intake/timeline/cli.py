"""`dispatch-intake audit verify`: prove that no timeline event was edited, removed or reordered."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from dispatch_intake.db import create_store_engine, session_factories
from dispatch_intake.errors import SettingsError
from dispatch_intake.settings import load_settings
from dispatch_intake.timeline.service import count_calls, verify_store


def register(subparsers: Any) -> None:
    audit = subparsers.add_parser("audit", help="check the audit trail")
    actions = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    verify = actions.add_parser(
        "verify", help="recompute every call's hash chain and report any tampering"
    )
    verify.add_argument(
        "--database-url",
        help="the store to check (default: the service's settings, DISPATCH_INTAKE_DATABASE_URL)",
    )
    verify.set_defaults(func=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    """Exit 0 when every chain holds, 1 when any event was tampered with, 2 on bad settings."""
    try:
        url = args.database_url or load_settings().effective_database_url
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    engine = create_store_engine(url)
    try:
        reader, _ = session_factories(engine)
        with reader() as session:
            calls = count_calls(session)
            problems = list(verify_store(session))
    finally:
        engine.dispose()
    for problem in problems:
        where = f"event {problem.seq}" if problem.seq is not None else "chain"
        print(f"TAMPERED call {problem.call_id} {where}: {problem.message}")
    if problems:
        broken = len({p.call_id for p in problems})
        print(f"{broken} of {calls} call timelines fail verification")
        return 1
    print(f"{calls} call timelines verified, no event edited, removed or reordered")
    return 0
