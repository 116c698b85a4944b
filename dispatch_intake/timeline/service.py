"""Append-only, hash-chained call timelines, and their verification.

Each event's hash is sha256 over the previous event's hash (64 zeros for the first) followed
by the canonical JSON of the event's own fields, so editing, removing or reordering any event
breaks every later hash; the call row keeps the newest hash and the count, so removing the
last events is caught too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event as orm_events
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from dispatch_intake.calls.models import CallRecord
from dispatch_intake.timeline.models import TimelineEvent

GENESIS = "0" * 64
# Events appended in a session's transaction and not yet written (see `_write_pending`).
_PENDING = "timeline_pending"


def canonical_json(value: Any) -> str:
    """The one JSON spelling of a value that is hashed.

    >>> canonical_json({"b": 1, "a": "河"})
    '{"a":"河","b":1}'
    """
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(
    prev_hash: str, *, call_id: str, seq: int, at: str, type_: str, actor: str, data: str
) -> str:
    body = canonical_json(
        {"call_id": call_id, "seq": seq, "at": at, "type": type_, "actor": actor, "data": data}
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def append_event(
    session: Session, call: CallRecord, type_: str, actor: str, data: dict[str, Any]
) -> TimelineEvent:
    """Add one event to a call's chain; the caller's transaction holds the call's row.

    The event is written at the session's next flush, with the others of the transaction.
    """
    seq = call.timeline_length + 1
    at = now_iso()
    text = canonical_json(data)
    prev = call.timeline_head or GENESIS
    digest = event_hash(prev, call_id=call.id, seq=seq, at=at, type_=type_, actor=actor, data=text)
    event = TimelineEvent(
        call_id=call.id,
        seq=seq,
        at=at,
        type=type_,
        actor=actor,
        data=text,
        prev_hash=prev,
        hash=digest,
    )
    session.info.setdefault(_PENDING, []).append(event)
    call.timeline_length = seq
    call.timeline_head = digest
    return event


def unwritten_events(session: Session, call_id: str) -> list[TimelineEvent]:
    """Events of one call appended in this transaction and not yet flushed, oldest first."""
    return [e for e in session.info.get(_PENDING, ()) if e.call_id == call_id]


@orm_events.listens_for(Session, "after_flush")
def _write_pending(session: Session, flush_context: Any) -> None:
    # One multi-row INSERT instead of the unit of work's bookkeeping per event object; after
    # the flush, so that the call's row exists for the foreign key. Every append also changes
    # the call's row, so a session with pending events always has something to flush.
    pending: list[TimelineEvent] = session.info.pop(_PENDING, [])
    if pending:
        session.connection().execute(
            insert(TimelineEvent),
            [
                {
                    "call_id": e.call_id,
                    "seq": e.seq,
                    "at": e.at,
                    "type": e.type,
                    "actor": e.actor,
                    "data": e.data,
                    "prev_hash": e.prev_hash,
                    "hash": e.hash,
                }
                for e in pending
            ],
        )


@orm_events.listens_for(Session, "after_soft_rollback")
def _forget_pending(session: Session, previous_transaction: Any) -> None:
    session.info.pop(_PENDING, None)


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
    for event in rows:
        found[event.call_id].append(event)
    return found


def render_event(event: TimelineEvent) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "at": event.at,
        "type": event.type,
        "actor": event.actor,
        "data": json.loads(event.data),
        "hash": event.hash,
    }


@dataclass(frozen=True, slots=True)
class ChainProblem:
    call_id: str
    seq: int | None
    message: str


def verify_call(call: CallRecord, events: list[TimelineEvent]) -> list[ChainProblem]:
    """Every way the stored chain of one call differs from an untouched one."""
    problems: list[ChainProblem] = []
    prev = GENESIS
    for expected_seq, event in enumerate(sorted(events, key=lambda e: e.id), start=1):
        if event.seq != expected_seq:
            problems.append(
                ChainProblem(
                    call.id,
                    event.seq,
                    f"event stored as seq {event.seq} is "
                    f"number {expected_seq} in insertion order (removed or reordered)",
                )
            )
        if event.prev_hash != prev:
            problems.append(
                ChainProblem(call.id, event.seq, "does not follow the previous event's hash")
            )
        recomputed = event_hash(
            prev,
            call_id=event.call_id,
            seq=event.seq,
            at=event.at,
            type_=event.type,
            actor=event.actor,
            data=event.data,
        )
        if recomputed != event.hash:
            problems.append(ChainProblem(call.id, event.seq, "content differs from its hash"))
        prev = event.hash
    if len(events) != call.timeline_length:
        problems.append(
            ChainProblem(
                call.id, None, f"{call.timeline_length} events were written, {len(events)} remain"
            )
        )
    if events and prev != call.timeline_head:
        problems.append(ChainProblem(call.id, None, "the newest event is not the recorded head"))
    return problems


def verify_store(session: Session, batch: int = 500) -> Iterator[ChainProblem]:
    """Check every call's chain, a batch of calls at a time."""
    last_id = ""
    while True:
        calls = list(
            session.scalars(
                select(CallRecord)
                .where(CallRecord.id > last_id)
                .order_by(CallRecord.id)
                .limit(batch)
            )
        )
        if not calls:
            return
        chains = events_of(session, (c.id for c in calls))
        for call in calls:
            yield from verify_call(call, chains[call.id])
        last_id = calls[-1].id


def count_calls(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(CallRecord)) or 0)
