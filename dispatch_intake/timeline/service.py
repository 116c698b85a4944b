"""Append-only, hash-chained call timelines, and their verification.

Each event's `hash` is a MAC (HMAC-SHA256 under a key kept outside the store) over the
previous event's `hash` (64 zeros for the first) followed by the canonical JSON of the
event's own fields, so editing, removing or reordering any event breaks every later value,
and nobody without the key can write a chain that verifies. Every event also becomes a leaf
of the global ledger (dispatch_intake.audit.ledger) in the same transaction. The call row
keeps the newest value and the count.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select
from sqlalchemy import event as orm_events
from sqlalchemy.orm import Session

from dispatch_intake.audit.chain import (
    CURRENT_VERSION,
    GENESIS,
    canonical_json,
    chain_value,
    event_body,
)
from dispatch_intake.audit.keys import SESSION_KEYS, AuditKeys
from dispatch_intake.audit.ledger import append_leaves, event_fields
from dispatch_intake.audit.retention import data_keys_for_reading, forget_data_keys, seal_data
from dispatch_intake.audit.sealing import SEALED, open_data
from dispatch_intake.calls.models import CallRecord
from dispatch_intake.pipelined import ANSWER_LATER
from dispatch_intake.shapes import Event
from dispatch_intake.timeline.models import AnyEvent, NewEvent, TimelineEvent

__all__ = [
    "GENESIS",
    "append_event",
    "canonical_json",
    "count_calls",
    "event_hash",
    "events_of",
    "now_iso",
    "render_event",
    "session_keys",
    "take_unwritten_events",
    "unwritten_events",
    "write_events",
]
# Built once: every write runs it, and a statement built anew is analysed anew. Nothing reads
# its answer, not even the new rows' ids (`inline`): on PostgreSQL it comes with the next
# statement that waits for one.
_ADD_EVENTS = insert(TimelineEvent).inline().execution_options(**ANSWER_LATER)
# Events appended in a session's transaction and not yet written (see `_write_pending`).
_PENDING = "timeline_pending"
# Set (to a list) by a writer that enters the transaction's ledger leaves itself, just before
# its commit (`leaves_at_commit`): the flush then leaves them to it.
_LEAVES_AT_COMMIT = "ledger_leaves_at_commit"
# How a sealed field begins in the stored JSON: events without it need no opening.
SEALED_MARK = f'{{"{SEALED}":'


def event_hash(
    prev_hash: str,
    *,
    call_id: str,
    seq: int,
    at: str,
    type_: str,
    actor: str,
    data: str,
    version: int = 0,
    key: bytes | None = None,
) -> str:
    """The `hash` an event of this `version` carries (version 1 needs the chain key)."""
    body = event_body(call_id=call_id, seq=seq, at=at, type_=type_, actor=actor, data=data)
    return chain_value(version, key, prev_hash, body)


def session_keys(session: Session) -> AuditKeys:
    keys = session.info.get(SESSION_KEYS)
    if keys is None:
        raise RuntimeError(
            "this session carries no audit keys; build it with dispatch_intake.audit.attach_keys"
        )
    assert isinstance(keys, AuditKeys)
    return keys


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def append_event(
    session: Session, call: CallRecord, type_: str, actor: str, data: Mapping[str, Any]
) -> NewEvent:
    """Add one event to a call's chain; the caller's transaction holds the call's row.

    The event is written at the session's next flush, with the others of the transaction.
    """
    seq = call.timeline_length + 1
    at = now_iso()
    stored, shown = seal_data(session, call.id, type_, dict(data), new_call=seq == 1)
    text = canonical_json(stored)
    prev = call.timeline_head or GENESIS
    digest = event_hash(
        prev,
        call_id=call.id,
        seq=seq,
        at=at,
        type_=type_,
        actor=actor,
        data=text,
        version=CURRENT_VERSION,
        key=session_keys(session).chain_key,
    )
    event = NewEvent(
        call_id=call.id,
        seq=seq,
        at=at,
        type=type_,
        actor=actor,
        data=text,
        prev_hash=prev,
        hash=digest,
        version=CURRENT_VERSION,
        shown=shown,
    )
    session.info.setdefault(_PENDING, []).append(event)
    call.timeline_length = seq
    call.timeline_head = digest
    return event


def unwritten_events(session: Session, call_id: str) -> list[NewEvent]:
    """Events of one call appended in this transaction and not yet flushed, oldest first."""
    return [e for e in session.info.get(_PENDING, ()) if e.call_id == call_id]


def take_unwritten_events(session: Session) -> list[NewEvent]:
    """The events appended in this transaction, for a writer that inserts them itself
    (`write_events`) instead of leaving them to the flush."""
    taken: list[NewEvent] = session.info.pop(_PENDING, [])
    return taken


def write_events(connection: Connection, events: list[NewEvent]) -> list[dict[str, Any]]:
    """Insert events in one statement; their stored fields, as their ledger leaves take them."""
    rows = [event_fields(e) for e in events]
    if rows:
        connection.execute(
            _ADD_EVENTS,
            [{("version" if k == "v" else k): v for k, v in row.items()} for row in rows],
        )
    return rows


@contextmanager
def leaves_at_commit(session: Session) -> Iterator[list[dict[str, Any]]]:
    """Within this block a flush writes events without their ledger leaves and collects
    their fields in the list given, for `ledger.commit_with_leaves` to enter just before the
    commit (on PostgreSQL the ledger's lock is then held only from there to the commit)."""
    collected: list[dict[str, Any]] | None = session.info.get(_LEAVES_AT_COMMIT)
    if collected is not None:  # an enclosing block collects already
        yield collected
        return
    collected = session.info[_LEAVES_AT_COMMIT] = []
    try:
        yield collected
    finally:
        session.info.pop(_LEAVES_AT_COMMIT, None)


@orm_events.listens_for(Session, "before_commit")
def _enter_collected_leaves(session: Session) -> None:
    # A commit other than `commit_with_leaves` inside the block: the leaves are entered still.
    collected: list[dict[str, Any]] | None = session.info.get(_LEAVES_AT_COMMIT)
    if collected:
        rows = list(collected)
        collected.clear()
        append_leaves(session.connection(), session_keys(session).chain_key, rows)


@orm_events.listens_for(Session, "after_flush")
def _write_pending(session: Session, flush_context: Any) -> None:
    # One multi-row INSERT instead of the unit of work's bookkeeping per event object; after
    # the flush, so that the call's row exists for the foreign key. Every append also changes
    # the call's row, so a session with pending events always has something to flush.
    pending: list[NewEvent] = session.info.pop(_PENDING, [])
    if pending:
        connection = session.connection()
        rows = write_events(connection, pending)
        collected: list[dict[str, Any]] | None = session.info.get(_LEAVES_AT_COMMIT)
        if collected is not None:
            collected.extend(rows)
        else:
            append_leaves(connection, session_keys(session).chain_key, rows)


@orm_events.listens_for(Session, "after_soft_rollback")
def _forget_pending(session: Session, previous_transaction: Any) -> None:
    session.info.pop(_PENDING, None)
    collected: list[dict[str, Any]] | None = session.info.get(_LEAVES_AT_COMMIT)
    if collected is not None:
        collected.clear()  # what the flush wrote was rolled back with it
    forget_data_keys(session)


def events_of(session: Session, call_ids: Iterable[str]) -> dict[str, list[TimelineEvent]]:
    ids = list(call_ids)
    found: dict[str, list[TimelineEvent]] = {call_id: [] for call_id in ids}
    if not ids:
        return found
    rows = session.scalars(
        select(TimelineEvent)
        .where(TimelineEvent.call_id.in_(ids))
        .order_by(TimelineEvent.call_id, TimelineEvent.seq)
    )
    events = list(rows)
    sealed = [e for e in events if SEALED_MARK in e.data]
    data_keys = data_keys_for_reading(session, {e.call_id for e in sealed})
    for event in sealed:
        event.shown = open_data(data_keys.get(event.call_id), event.call_id, json.loads(event.data))
    for event in events:
        found[event.call_id].append(event)
    return found


def render_event(event: AnyEvent) -> Event:
    return {
        "seq": event.seq,
        "at": event.at,
        "type": event.type,
        "actor": event.actor,
        "data": event.shown if event.shown is not None else json.loads(event.data),
        "hash": event.hash,
    }


def count_calls(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(CallRecord)) or 0)
