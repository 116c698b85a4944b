"""`dispatch-intake audit …`: verify the trail, sign a checkpoint, export and check evidence."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from dispatch_intake.audit.bundle import check_bundle
from dispatch_intake.audit.keys import (
    AuditKeys,
    attach_keys,
    load_audit_keys,
    load_public_key,
    public_key_pem,
)
from dispatch_intake.audit.ledger import LedgerError, lock_database_wide, write_checkpoint
from dispatch_intake.audit.rows import seal_existing
from dispatch_intake.audit.service import erase_expired, evidence_bundle, retention_rule
from dispatch_intake.audit.verify import verify_store
from dispatch_intake.db import create_store_engine, migrate, session_factories
from dispatch_intake.errors import IntakeError, SettingsError
from dispatch_intake.journal import stored_call_id
from dispatch_intake.settings import Settings, load_settings
from dispatch_intake.timeline.service import count_calls

STORE_HELP = "the store (default: the service's settings, DISPATCH_INTAKE_DATABASE_URL)"


def register(subparsers: Any) -> None:
    audit = subparsers.add_parser("audit", help="check the audit trail")
    actions = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")

    verify = actions.add_parser(
        "verify",
        help="check every call's MAC chain, the ledger against the latest signed checkpoint, "
        "and each call row against its timeline",
    )
    verify.add_argument("--database-url", help=STORE_HELP)
    verify.add_argument(
        "--public-key",
        type=Path,
        help="the checkpoint public key (default: beside the signing key)",
    )
    verify.set_defaults(func=run_verify)

    checkpoint = actions.add_parser("checkpoint", help="sign the ledger's head now")
    checkpoint.add_argument("--database-url", help=STORE_HELP)
    checkpoint.set_defaults(func=run_checkpoint)

    export = actions.add_parser("export", help="write a call's evidence bundle")
    export.add_argument("call_id")
    export.add_argument("-o", "--output", type=Path, help="the file (default: standard output)")
    export.add_argument("--database-url", help=STORE_HELP)
    export.set_defaults(func=run_export)

    check = actions.add_parser(
        "check-bundle", help="verify an evidence bundle offline, with the public key alone"
    )
    check.add_argument("bundle", type=Path)
    check.add_argument("--public-key", type=Path, required=True)
    check.set_defaults(func=run_check_bundle)

    erase = actions.add_parser(
        "erase",
        help="erase closed calls older than the retention period (destroys their data keys)",
    )
    erase.add_argument("--database-url", help=STORE_HELP)
    erase.add_argument(
        "--days", type=float, help="the retention period (default: retention_days setting)"
    )
    erase.add_argument(
        "--by",
        default=None,
        help="who erases, as the timeline shows it (default: cli:<login name>)",
    )
    erase.set_defaults(func=run_erase)

    seal = actions.add_parser(
        "seal-existing",
        help="seal the caller's words on call rows written before rows were sealed "
        "(events written before sealing are counted, not rewritten: their MACs cover them)",
    )
    seal.add_argument("--database-url", help=STORE_HELP)
    seal.set_defaults(func=run_seal_existing)

    public = actions.add_parser("public-key", help="print the checkpoint public key (PEM)")
    public.set_defaults(func=run_public_key)


@contextmanager
def _store(settings: Settings, url: str | None, keys: AuditKeys) -> Iterator[Callable[[], Session]]:
    engine = create_store_engine(url or settings.effective_database_url)
    try:
        reader, _ = session_factories(engine)
        attach_keys(keys, reader)
        yield reader
    finally:
        engine.dispose()


def _fail(message: object) -> int:
    print(message, file=sys.stderr)
    return 2


def run_verify(args: argparse.Namespace) -> int:
    """Exit 0 when the whole trail holds, 1 when anything was tampered with, 2 on bad settings."""
    try:
        settings = load_settings()
        keys = load_audit_keys(
            settings, create=False, public_key_file=getattr(args, "public_key", None)
        )
    except SettingsError as exc:
        return _fail(exc)
    with _store(settings, args.database_url, keys) as reader, reader() as session:
        calls = count_calls(session)
        problems = list(verify_store(session, keys))
    for problem in problems:
        call = f"call {problem.call_id}" if problem.call_id else "ledger"
        where = f"event {problem.seq}" if problem.seq is not None else "-"
        print(f"TAMPERED {call} {where}: {problem.message}")
    if problems:
        broken = len({p.call_id for p in problems if p.call_id})
        print(f"{broken} of {calls} call timelines fail verification ({len(problems)} problems)")
        return 1
    print(
        f"{calls} call timelines verified: every MAC holds, the ledger extends its latest "
        "signed checkpoint, every call row matches its timeline"
    )
    return 0


def run_checkpoint(args: argparse.Namespace) -> int:
    try:
        settings = load_settings()
        keys = load_audit_keys(settings, create=False)
    except SettingsError as exc:
        return _fail(exc)
    with _store(settings, args.database_url, keys) as reader, reader() as session:
        try:
            made = write_checkpoint(session, keys)
        except LedgerError as exc:
            return _fail(f"no checkpoint signed: {exc}")
    if made is None:
        print(f"the ledger has not grown since the latest checkpoint ({keys.checkpoint_log})")
    else:
        print(f"signed ledger size {made.size} root {made.root} into {keys.checkpoint_log}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    try:
        settings = load_settings()
        keys = load_audit_keys(settings, create=False)
    except SettingsError as exc:
        return _fail(exc)
    with _store(settings, args.database_url, keys) as reader, reader() as session:
        # A held call merged into a stored one at replay: the bundle is the stored call's.
        call_id = stored_call_id(session, args.call_id)
        try:
            content = evidence_bundle(session=session, keys=keys, call_id=call_id)
        except IntakeError as exc:
            return _fail(exc.message)
    if call_id != args.call_id:
        print(f"call {args.call_id} was merged into call {call_id}", file=sys.stderr)
    if args.output is None:
        sys.stdout.buffer.write(content)
    else:
        args.output.write_bytes(content)
        print(f"wrote the evidence bundle of call {call_id} to {args.output}")
    return 0


def run_check_bundle(args: argparse.Namespace) -> int:
    """Exit 0 when the bundle holds, 1 when it does not, 2 when a file cannot be read."""
    try:
        key = load_public_key(args.public_key.read_bytes())
        content = args.bundle.read_bytes()
    except (OSError, SettingsError) as exc:
        return _fail(exc)
    problems = check_bundle(content, key)
    for problem in problems:
        print(f"FAILED {problem}")
    if problems:
        return 1
    print(f"{args.bundle}: every event is in the signed ledger; the bundle is intact")
    return 0


def run_erase(args: argparse.Namespace) -> int:
    try:
        settings = load_settings()
        keys = load_audit_keys(settings, create=False)
    except SettingsError as exc:
        return _fail(exc)
    days = settings.retention_days if args.days is None else args.days
    by = args.by or _login_name()
    if days <= 0:
        return _fail("no retention period: set retention_days or pass --days")
    engine = create_store_engine(args.database_url or settings.effective_database_url)
    if settings.ledger_lock_database_wide:
        lock_database_wide(engine)
    try:
        _, writer = session_factories(engine)
        attach_keys(keys, writer)
        erased = erase_expired(writer, keys, days=days, actor=by)
    finally:
        engine.dispose()
    for call_id in erased:
        print(f"erased call {call_id}")
    print(f"{len(erased)} calls erased under {retention_rule(days)}")
    return 0


def _login_name() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (OSError, KeyError):
        return "cli:unknown"


def run_public_key(args: argparse.Namespace) -> int:
    try:
        keys = load_audit_keys(load_settings(), create=False)
    except SettingsError as exc:
        return _fail(exc)
    print(public_key_pem(keys.public_key), end="")
    return 0


def run_seal_existing(args: argparse.Namespace) -> int:
    """Exit 0 once every row is sealed; events from before sealing are named, not changed."""
    try:
        settings = load_settings()
        keys = load_audit_keys(settings, create=False)
    except SettingsError as exc:
        return _fail(exc)
    if keys.master_key is None:
        return _fail(
            "no master key: set retention_master_key_file to the file the service uses "
            "(rows are sealed under each call's data key, which the master key wraps)"
        )
    engine = create_store_engine(args.database_url or settings.effective_database_url)
    try:
        # Run after an upgrade, possibly before the service has started on the new version.
        migrate(engine)
        _, writer = session_factories(engine)
        attach_keys(keys, writer)
        done = seal_existing(writer)
    finally:
        engine.dispose()
    print(f"sealed the caller's words on {done.rows_sealed} call rows")
    left = done.events_in_clear
    for call_id, seqs in sorted(left.items()):
        shown = ", ".join(str(seq) for seq in seqs[:20]) + (" …" if len(seqs) > 20 else "")
        print(f"LEFT IN CLEAR call {call_id} events {shown}")
    if left:
        print(
            f"{sum(map(len, left.values()))} events of {len(left)} calls were written before "
            "sealing and keep the caller's words unsealed: their MACs, ledger leaves and the "
            "signed checkpoints cover those bytes, so rewriting them would break `audit verify`; "
            "erasing such a call clears its row but cannot erase these events' words"
        )
    return 0
