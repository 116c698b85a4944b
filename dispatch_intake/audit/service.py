"""The audit trail at work: keys and a first checkpoint at start-up, checkpoints on a
schedule, verification and evidence bundles for one call."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from dispatch_intake.audit.bundle import make_bundle
from dispatch_intake.audit.chain import constant_time_equal, ledger_mac
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
from dispatch_intake.audit.models import CallKey, LedgerEntry
from dispatch_intake.audit.retention import (
    data_keys_for_reading,
    forget_data_keys,
    retention_cutoff,
)
from dispatch_intake.audit.rows import clear_row
from dispatch_intake.audit.sealing import unwrap
from dispatch_intake.audit.verify import Problem, verify_one
from dispatch_intake.calls.models import CallRecord
from dispatch_intake.db import utcnow
from dispatch_intake.errors import NotFound, SettingsError, StateConflict
from dispatch_intake.settings import Settings
from dispatch_intake.timeline.service import append_event, events_of, now_iso

log = logging.getLogger("dispatch_intake.audit")


def start_audit(
    settings: Settings, reader: sessionmaker[Session], writer: sessionmaker[Session]
) -> AuditKeys:
    """Load (or, on first start, create) the keys, hand them to every session, enter events
    from before the ledger existed, and sign the head as it stands."""
    keys = load_audit_keys(settings, create=True)
    attach_keys(keys, reader, writer)
    with reader() as session:
        check_keys_fit_store(session, keys)
    with writer() as session:
        entered = backfill_ledger(session, keys)
        session.commit()
    if entered:
        log.info("entered %d earlier timeline events in the ledger", entered)
    checkpoint_now(reader, keys)
    return keys


def check_keys_fit_store(session: Session, keys: AuditKeys) -> None:
    """Refuse (SettingsError) keys other than those the store was written under: an instance
    sharing a store but not its keys would seal calls the others cannot open, and extend
    chains no one can verify. The newest ledger entry's MAC and one wrapped data key tell."""
    newest = session.scalars(select(LedgerEntry).order_by(LedgerEntry.idx.desc()).limit(1)).first()
    fix = (
        "every instance of one store needs the same audit keys: point audit_key_file, "
        "audit_signing_key_file, audit_checkpoint_log and retention_master_key_file at the "
        "files the other instances use"
    )
    if newest is not None and not constant_time_equal(
        newest.mac,
        ledger_mac(keys.chain_key, newest.idx, newest.call_id, newest.seq, newest.leaf_hash),
    ):
        raise SettingsError(f"the store's ledger was written under another audit chain key; {fix}")
    if keys.master_key is None:
        return
    row = session.execute(
        select(CallKey.call_id, CallKey.wrapped_key)
        .where(CallKey.wrapped_key.is_not(None))
        .limit(1)
    ).first()
    if row is not None and row[1] is not None:
        try:
            unwrap(keys.master_key, row[0], row[1])
        except InvalidTag:
            raise SettingsError(
                f"the store's call data keys were wrapped under another master key; {fix}"
            ) from None


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
    reader: sessionmaker[Session],
    writer: sessionmaker[Session],
    gate: Any,
    keys: AuditKeys,
    settings: Settings,
) -> None:
    """Run for the life of the service (cancelled at shutdown): erase what the retention
    period says, then sign the ledger's head."""
    while True:
        await asyncio.sleep(settings.audit_checkpoint_interval_seconds)
        try:
            if settings.retention_days > 0:
                async with gate:
                    erased = await run_in_threadpool(
                        lambda: erase_expired(writer, keys, days=settings.retention_days)
                    )
                if erased:
                    log.info(
                        "erased %d calls under %s",
                        len(erased),
                        retention_rule(settings.retention_days),
                    )
            await run_in_threadpool(checkpoint_now, reader, keys)
        except Exception:  # the next round tries again; the service keeps answering calls
            log.exception("the scheduled checkpoint or erasure failed")


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
    checkpoint = latest_checkpoint(session, keys)
    if checkpoint is None or checkpoint.size <= max(positions.values()):
        try:
            checkpoint = write_checkpoint(session, keys) or latest_checkpoint(session, keys)
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
    data_key = data_keys_for_reading(session, [call_id]).get(call_id)
    return make_bundle(call_id, shown, checkpoint.signed_part(), keys.public_key, data_key)


# ---------------------------------------------------------------------------------------------
# Retention


RETENTION_ACTOR = "system:retention"


def retention_rule(days: float) -> str:
    return f"retention_days={days:g}: a closed call's caller number and free text are erased"


def erase_expired(
    writer: sessionmaker[Session],
    keys: AuditKeys,
    *,
    days: float,
    actor: str = RETENTION_ACTOR,
    now: datetime | None = None,
    limit: int = 500,
) -> list[str]:
    """Erase the calls closed more than `days` ago (at most `limit` per run); their ids.

    The call's data key is destroyed, so the sealed words of its timeline can never be opened
    again, while every MAC and ledger leaf still holds; the row's copies of those words are
    cleared; an `erased` event says by whom and under which rule."""
    if days <= 0:
        return []
    cutoff = retention_cutoff(now or utcnow(), days)
    with writer() as session:
        candidates = list(
            session.scalars(
                select(CallRecord.id)
                .outerjoin(CallKey, CallKey.call_id == CallRecord.id)
                .where(CallRecord.status == "closed", CallRecord.updated_at < cutoff)
                .where(or_(CallKey.call_id.is_(None), CallKey.wrapped_key.is_not(None)))
                .order_by(CallRecord.updated_at)
                .limit(limit)
            )
        )
    erased = []
    for call_id in candidates:
        with writer() as session:
            call = session.scalars(
                select(CallRecord).where(CallRecord.id == call_id).with_for_update()
            ).one_or_none()
            if call is None or call.status != "closed":
                continue
            key = session.get(CallKey, call_id)
            had_key = key is not None and key.wrapped_key is not None
            if key is None:
                key = CallKey(call_id=call_id)
                session.add(key)
            key.wrapped_key = None
            key.erased_at = now_iso()
            forget_data_keys(session)
            clear_row(call)
            append_event(
                session,
                call,
                "erased",
                actor,
                {
                    "rule": retention_rule(days),
                    "closed_before": cutoff.isoformat(timespec="seconds"),
                    # False for a call from before sealing: its older events keep their text.
                    "data_key_destroyed": had_key,
                },
            )
            session.commit()
            erased.append(call_id)
    return erased
