"""The audit trail at work: keys and a first checkpoint at start-up, checkpoints on a
schedule, verification and evidence bundles for one call."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from dispatch_intake.audit.bundle import make_bundle
from dispatch_intake.audit.checkpoints import Checkpoint
from dispatch_intake.audit.keys import AuditKeys, attach_keys, load_audit_keys
from dispatch_intake.audit.ledger import (
    LedgerError,
    backfill_ledger,
    event_fields,
    latest_checkpoint,
    ledger_of_call,
    read_ledger,
    tree_of,
    write_checkpoint,
)
from dispatch_intake.audit.verify import Problem, verify_one
from dispatch_intake.errors import NotFound, StateConflict
from dispatch_intake.settings import Settings
from dispatch_intake.timeline.service import events_of

log = logging.getLogger("dispatch_intake.audit")


def start_audit(
    settings: Settings, reader: sessionmaker[Session], writer: sessionmaker[Session]
) -> AuditKeys:
    """Load (or, on first start, create) the keys, hand them to every session, enter events
    from before the ledger existed, and sign the head as it stands."""
    keys = load_audit_keys(settings, create=True)
    attach_keys(keys, reader, writer)
    with writer() as session:
        entered = backfill_ledger(session, keys)
        session.commit()
    if entered:
        log.info("entered %d earlier timeline events in the ledger", entered)
    checkpoint_now(reader, keys)
    return keys


def checkpoint_now(reader: sessionmaker[Session], keys: AuditKeys) -> Checkpoint | None:
    """Sign the ledger's head if it grew; a ledger that no longer extends the last checkpoint
    is logged, never signed."""
    with reader() as session:
        try:
            return write_checkpoint(session, keys)
        except LedgerError as exc:
            log.error("no checkpoint signed: %s", exc)
            return None


async def checkpoint_periodically(
    reader: sessionmaker[Session], keys: AuditKeys, interval_seconds: float
) -> None:
    """Run for the life of the service (cancelled at shutdown)."""
    while True:
        await asyncio.sleep(interval_seconds)
        try:
            await run_in_threadpool(checkpoint_now, reader, keys)
        except Exception:  # the next round tries again; the service keeps answering calls
            log.exception("the scheduled checkpoint failed")


def verify_call(*, session: Session, keys: AuditKeys, call_id: str) -> dict[str, Any]:
    problems = verify_one(session, keys, call_id)
    if problems is None:
        raise NotFound(f"no call record with id {call_id!r}")
    return {"ok": not problems, "problems": [_shown(p) for p in problems]}


def _shown(problem: Problem) -> dict[str, Any]:
    return {"seq": problem.seq, "message": problem.message}


def evidence_bundle(*, session: Session, keys: AuditKeys, call_id: str) -> bytes:
    """The call's evidence bundle, against a checkpoint that covers all of its events (signed
    now when the latest one does not)."""
    events = events_of(session, [call_id])[call_id]
    if not events:
        raise NotFound(f"no call record with id {call_id!r}")
    positions = {row.seq: row.idx for row in ledger_of_call(session, call_id)}
    missing = [e.seq for e in events if e.seq not in positions]
    if missing:
        raise StateConflict(
            f"events {missing[:5]} of call {call_id} are not in the ledger; "
            "run `dispatch-intake audit verify`"
        )
    checkpoint = latest_checkpoint(keys)
    if checkpoint is None or checkpoint.size <= max(positions.values()):
        try:
            checkpoint = write_checkpoint(session, keys) or latest_checkpoint(keys)
        except LedgerError as exc:
            raise StateConflict(str(exc)) from None
    assert checkpoint is not None
    tree = tree_of(read_ledger(session), checkpoint.size)
    if tree.size != checkpoint.size or tree.root.hex() != checkpoint.root:
        raise StateConflict(
            "the ledger no longer matches its latest signed checkpoint; "
            "run `dispatch-intake audit verify`"
        )
    shown = []
    for event in sorted(events, key=lambda e: e.seq):
        index = positions[event.seq]
        shown.append(
            {
                **event_fields(event),
                "ledger_index": index,
                "proof": [p.hex() for p in tree.inclusion_proof(index)],
            }
        )
    return make_bundle(call_id, shown, checkpoint.signed_part(), keys.public_key)
