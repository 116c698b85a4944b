"""How every change of a call is written: the call's row locked, its state checked, the change
committed and announced in one transaction, and a follow-up done once per Idempotency-Key."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import bindparam, delete, insert, select
from sqlalchemy.orm import Session

from dispatch_intake.audit import rows
from dispatch_intake.audit.ledger import commit_with_leaves
from dispatch_intake.audit.models import CallKey
from dispatch_intake.auth.people import staff_names
from dispatch_intake.auth.service import Principal
from dispatch_intake.calls.inputs import Warnings
from dispatch_intake.calls.models import CallRecord, IdempotencyKey, note_new_call
from dispatch_intake.calls.records import actors_of, read_call, render_call
from dispatch_intake.components import Intake
from dispatch_intake.db import as_utc, utcnow, when_durable
from dispatch_intake.errors import NotFound, StateConflict
from dispatch_intake.shapes import Change
from dispatch_intake.shapes import Record as Record
from dispatch_intake.states import CallStatus
from dispatch_intake.timeline.models import AnyEvent
from dispatch_intake.timeline.service import (
    events_of,
    leaves_at_commit,
    session_keys,
    take_unwritten_events,
    write_events,
)

# A transferred call stays open: the receiving centre carries on with the same record.
OPEN_STATES = CallStatus.open()


def key_hash(key: str) -> str:
    """The stored form of an Idempotency-Key: the whole key hashed, however long."""
    return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()


def action_key_hash(key: str, *, call_id: str, action: str) -> str:
    """A follow-up's key is remembered per call and action: one key reused elsewhere acts."""
    return key_hash(f"{action}\n{call_id}\n{key}")


# Built once: every write runs these, and a statement built anew is analysed anew.
_KEY_OF = select(IdempotencyKey.call_id, IdempotencyKey.created_at).where(
    IdempotencyKey.key_hash == bindparam("digest")
)
_FORGET_KEY = delete(IdempotencyKey).where(IdempotencyKey.key_hash == bindparam("digest"))
_ADD_KEY = insert(IdempotencyKey)
_ADD_CALL = insert(CallRecord)
_ADD_CALL_KEY = insert(CallKey)


def idempotent_record(session: Session, intake: Intake, digest: str) -> str | None:
    """The record a fresh key points at; an expired key is forgotten so it can be reused."""
    session.flush()  # what this transaction wrote counts
    connection = session.connection()
    row = connection.execute(_KEY_OF, {"digest": digest}).first()
    if row is None:
        return None
    call_id, created_at = row
    ttl = timedelta(hours=intake.settings.idempotency_ttl_hours)
    if as_utc(created_at) + ttl < utcnow():
        connection.execute(_FORGET_KEY, {"digest": digest})
        return None
    return str(call_id)


def locked_call(session: Session, call_id: str) -> CallRecord:
    call = session.scalars(
        select(CallRecord).where(CallRecord.id == call_id).with_for_update()
    ).one_or_none()
    if call is None:
        raise NotFound(f"no call record with id {call_id!r}")
    return call


def require_state(call: CallRecord, allowed: tuple[str, ...], action: str) -> None:
    if call.status not in allowed:
        raise StateConflict(
            f"cannot {action}: the call is {call.status} (possible when {' or '.join(allowed)})"
        )


def keep_warnings(call: CallRecord, warnings: Warnings) -> None:
    """What the lenient reader set aside stays on the record for the call-taker to see."""
    if warnings:
        call.warnings = [*call.warnings, *warnings]


def commit_change(
    session: Session,
    intake: Intake,
    principal: Principal,
    call: CallRecord,
    change: str,
    events: Sequence[AnyEvent],
) -> Record:
    """The one way a start or a follow-up is written: the change announced to the consoles in
    the same transaction, delivered once it is committed, and the record as the principal may
    see it."""
    with leaves_at_commit(session) as leaves:
        # Announced before the flush, and the flush leaves the ledger to the commit: on
        # PostgreSQL the ledger's lock is held by every writer from its taking to its commit,
        # so nothing that could go before it waits inside it.
        with session.no_autoflush:
            intake.broker.announce(session, call.id, change)
        session.flush()
        commit_with_leaves(session, session_keys(session).chain_key, _taken(leaves))
    return _delivered(session, intake, principal, call, change, events)


def _taken(collected: list[dict[str, Any]]) -> list[dict[str, Any]]:
    taken = list(collected)
    collected.clear()
    return taken


def _delivered(
    session: Session,
    intake: Intake,
    principal: Principal,
    call: CallRecord,
    change: str,
    events: Sequence[AnyEvent],
    names: dict[str, str] | None = None,
) -> Record:
    change_of_call: Change = {"call_id": call.id, "change": change}
    # Consoles hear of a change only once it is durable (a shared commit comes later).
    when_durable(session, lambda: intake.broker.deliver(change_of_call))
    return render_call(call, events, principal, intake, names)


def commit_new_call(
    session: Session,
    intake: Intake,
    principal: Principal,
    call: CallRecord,
    *,
    key_hash: str | None,
) -> Record:
    """Write a new call, never added to the session, with one INSERT per table instead of
    the unit of work: the row sealed as the flush would seal it (`rows.new_call_rows`),
    its data key if anything was sealed with it, its idempotency key, its events and their
    ledger leaves, then commit and announce like any change."""
    events = take_unwritten_events(session)
    with session.no_autoflush:
        intake.broker.announce(session, call.id, "created")
    connection = session.connection()
    row, call_key = rows.new_call_rows(session, call, events)
    connection.execute(_ADD_CALL, row)
    if call_key is not None:
        connection.execute(_ADD_CALL_KEY, call_key)
    if key_hash is not None:
        connection.execute(
            _ADD_KEY, {"key_hash": key_hash, "call_id": call.id, "created_at": call.created_at}
        )
    leaves = write_events(connection, events)
    note_new_call(session, call)
    # The call is in no session, so the people who acted are named here, in its transaction.
    names = staff_names(session, actors_of(call, events))
    commit_with_leaves(session, session_keys(session).chain_key, leaves)
    return _delivered(session, intake, principal, call, "created", events, names)


def finish(
    session: Session, intake: Intake, principal: Principal, call: CallRecord, change: str
) -> Record:
    """Commit a follow-up. The timeline is read inside the writing transaction: no second
    transaction per request (the read's flush leaves the ledger to the commit)."""
    with leaves_at_commit(session):
        events = events_of(session, [call.id])[call.id]
        return commit_change(session, intake, principal, call, change, events)


def act_once(
    *,
    session: Session,
    intake: Intake,
    principal: Principal,
    call_id: str,
    action: str,
    key: str | None,
    act: Callable[[Session], Record],
) -> tuple[Record, bool]:
    """(record, acted): the follow-up `act`, unless this key already made it on this call; a
    retry then answers the record as it stands, without acting twice. The key is stored in
    the action's own transaction, after the call's row is locked (concurrent retries queue)."""
    if key is None:
        return act(session), True
    digest = action_key_hash(key, call_id=call_id, action=action)
    locked_call(session, call_id)
    if idempotent_record(session, intake, digest) is not None:
        record = read_call(session=session, intake=intake, principal=principal, call_id=call_id)
        session.rollback()
        return record, False
    session.add(IdempotencyKey(key_hash=digest, call_id=call_id, created_at=utcnow()))
    return act(session), True
