"""Verification of the whole audit trail, or of one call.

Three layers, each catching what the one before cannot:
  * each call's chain: every event's MAC under the chain key (kept outside the store), so an
    edited, forged or re-sealed event fails;
  * the ledger: every event is a leaf at a fixed position (the position itself under MAC),
    and the first `size` leaves must hash to the root of the latest signed checkpoint (kept
    outside the store), so deleting events, whole calls or a tail of the ledger fails;
  * the call row: its status, priority, confirmed place, dispatches and transfer must be what
    its timeline says.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dispatch_intake.audit.chain import (
    GENESIS,
    KEYED,
    UNKEYED,
    chain_value,
    constant_time_equal,
    event_body,
    event_leaf_hash,
    ledger_mac,
)
from dispatch_intake.audit.checkpoints import CheckpointLog, read_log
from dispatch_intake.audit.keys import AuditKeys
from dispatch_intake.audit.ledger import (
    LedgerError,
    LedgerRow,
    event_fields,
    ledger_of_call,
    read_ledger,
    store_id,
    tree_of,
)
from dispatch_intake.calls.models import CallRecord
from dispatch_intake.timeline.models import TimelineEvent
from dispatch_intake.timeline.service import events_of


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding: the call and the event (seq) it concerns, where they are known."""

    call_id: str | None
    seq: int | None
    message: str


# ---------------------------------------------------------------------------------------------
# One call's chain and ledger entries


def _check_chain(
    call_id: str,
    events: Sequence[TimelineEvent],
    ledger: Sequence[LedgerRow],
    keys: AuditKeys,
    covered: int,
) -> list[Problem]:
    problems: list[Problem] = []
    by_seq = {row.seq: row for row in ledger}
    prev = GENESIS
    keyed_seen = False
    for expected_seq, event in enumerate(sorted(events, key=lambda e: e.id), start=1):
        seq = event.seq
        if seq != expected_seq:
            problems.append(
                Problem(
                    call_id,
                    seq,
                    f"event stored as seq {seq} is number {expected_seq} in insertion order "
                    "(removed or reordered)",
                )
            )
        if event.prev_hash != prev:
            problems.append(Problem(call_id, seq, "does not follow the previous event's MAC"))
        body = event_body(
            call_id=event.call_id,
            seq=seq,
            at=event.at,
            type_=event.type,
            actor=event.actor,
            data=event.data,
        )
        if event.version not in (UNKEYED, KEYED):
            problems.append(Problem(call_id, seq, f"unknown seal version {event.version}"))
        else:
            if event.version == UNKEYED and keyed_seen:
                problems.append(
                    Problem(call_id, seq, "an unkeyed event after keyed ones (a forged downgrade)")
                )
            keyed_seen = keyed_seen or event.version == KEYED
            expected = chain_value(event.version, keys.chain_key, prev, body)
            if not constant_time_equal(expected, event.hash):
                problems.append(
                    Problem(
                        call_id,
                        seq,
                        "content differs from its MAC (edited, or sealed without the chain key)"
                        if event.version == KEYED
                        else "content differs from its hash",
                    )
                )
        row = by_seq.pop(seq, None)
        if row is None:
            problems.append(Problem(call_id, seq, "is not in the ledger (added behind its back)"))
        else:
            if not constant_time_equal(row.leaf_hash, event_leaf_hash(event_fields(event))):
                problems.append(
                    Problem(call_id, seq, f"differs from what ledger entry {row.idx} recorded")
                )
            if event.version == UNKEYED and row.idx >= covered:
                problems.append(
                    Problem(
                        call_id,
                        seq,
                        f"an unkeyed event at ledger entry {row.idx}, which no signed checkpoint "
                        "covers (forged with the public algorithm)",
                    )
                )
        prev = event.hash
    for row in by_seq.values():
        problems.append(
            Problem(
                call_id,
                row.seq,
                f"was removed: ledger entry {row.idx} recorded it",
            )
        )
    for row in ledger:
        if not constant_time_equal(
            row.mac, ledger_mac(keys.chain_key, row.idx, row.call_id, row.seq, row.leaf_hash)
        ):
            problems.append(
                Problem(call_id, row.seq, f"ledger entry {row.idx} was rewritten or renumbered")
            )
    return problems


def _check_head(call: CallRecord, events: Sequence[TimelineEvent]) -> list[Problem]:
    problems: list[Problem] = []
    last = max((e.seq for e in events), default=None)
    if len(events) != call.timeline_length:
        problems.append(
            Problem(
                call.id,
                last,
                f"{call.timeline_length} events were written, {len(events)} remain",
            )
        )
    ordered = sorted(events, key=lambda e: e.id)
    head = ordered[-1].hash if ordered else GENESIS
    if head != call.timeline_head:
        problems.append(Problem(call.id, last, "the newest event is not the recorded head"))
    return problems


# ---------------------------------------------------------------------------------------------
# The call row against its timeline


@dataclass(slots=True)
class _Said:
    """A value as the timeline has it, and the event that last set it."""

    value: Any
    seq: int | None


def timeline_state(events: Sequence[TimelineEvent]) -> dict[str, _Said]:
    """Status, priority, confirmed place, dispatches, transfer and centre per the timeline."""
    state = {
        "status": _Said(None, None),
        "priority": _Said("unknown", None),
        "confirmed": _Said(None, None),
        "dispatches": _Said([], None),
        "transfer": _Said(None, None),
        "psap": _Said(None, None),
    }
    for event in sorted(events, key=lambda e: e.seq):
        try:
            data = json.loads(event.data)
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        kind, seq = event.type, event.seq
        if kind == "created":
            state["status"] = _Said("provisional", seq)
            state["priority"] = _Said("unknown", seq)
            state["psap"] = _Said(data.get("psap"), seq)
        elif kind == "confirmed":
            state["confirmed"] = _Said(data.get("place_id"), seq)
            if state["status"].value in ("provisional", "transferred"):
                state["status"] = _Said("location_confirmed", seq)
        elif kind == "dispatched":
            state["dispatches"] = _Said([*state["dispatches"].value, data], seq)
            state["status"] = _Said("dispatched", seq)
        elif kind == "transferred":
            transfer = (data.get("from_psap"), data.get("to_psap"))
            state["transfer"] = _Said(transfer, seq)
            state["psap"] = _Said(data.get("to_psap"), seq)
            state["status"] = _Said("transferred", seq)
        elif kind == "closed":
            state["status"] = _Said("closed", seq)
        elif kind == "priority_changed":
            state["priority"] = _Said(data.get("to"), seq)
        elif kind == "priority_set":
            state["priority"] = _Said(data.get("priority", data.get("to")), seq)
    return state


def _check_row(call: CallRecord, events: Sequence[TimelineEvent]) -> list[Problem]:
    if not events:
        return []
    said = timeline_state(events)
    last = max(e.seq for e in events)
    transfer = call.transfer or None
    row = {
        "status": call.status,
        "priority": call.priority,
        "confirmed": call.confirmed["place_id"] if call.confirmed else None,
        "dispatches": list(call.dispatches or []),
        "transfer": (transfer.get("from_psap"), transfer.get("to_psap")) if transfer else None,
        "psap": call.psap,
    }
    problems = []
    for field, value in row.items():
        expected = said[field]
        if field == "psap" and expected.value is None:
            continue
        if value != expected.value:
            where = expected.seq if expected.seq is not None else last
            problems.append(
                Problem(
                    call.id,
                    where,
                    f"the call row's {field} is {_short(value)} but its timeline says "
                    f"{_short(expected.value)}"
                    + (f" (event {expected.seq})" if expected.seq is not None else ""),
                )
            )
    return problems


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 120 else text[:117] + "…"


# ---------------------------------------------------------------------------------------------
# The ledger against the latest signed checkpoint


def _check_ledger(
    rows: Sequence[LedgerRow], log: CheckpointLog, existing_calls: set[str] | None
) -> list[Problem]:
    problems = [Problem(None, None, message) for message in log.bad_lines]
    latest = log.latest
    if latest is None:
        problems.append(
            Problem(
                None,
                None,
                "no signed checkpoint of the ledger was found: removal of whole calls or of "
                "the newest events cannot be ruled out (run `dispatch-intake audit checkpoint`)",
            )
        )
        return problems
    named = log.entries_before(latest.size)
    present = {row.idx for row in rows}
    top = rows[-1].idx + 1 if rows else 0
    missing = [index for index in range(max(top, latest.size)) if index not in present]
    problems.extend(_missing_entries(missing, named))
    if top < latest.size:
        problems.append(
            Problem(
                None,
                None,
                f"the ledger ends at {top} entries; the checkpoint of {latest.at} signed "
                f"{latest.size} (the newest were removed)",
            )
        )
    # With entries missing the root cannot match; the missing ones are named above.
    if not missing and tree_of(rows, latest.size).root.hex() != latest.root:
        problems.append(
            Problem(
                None,
                None,
                f"the ledger's first {latest.size} entries do not hash to the root signed at "
                f"{latest.at}",
            )
        )
        for row in rows[: latest.size]:
            recorded = named.get(row.idx)
            if recorded is not None and recorded != f"{row.call_id}:{row.seq}":
                call_id, _, seq = recorded.rpartition(":")
                problems.append(Problem(call_id, int(seq), f"ledger entry {row.idx} was replaced"))
    if existing_calls is not None:
        gone: dict[str, list[LedgerRow]] = defaultdict(list)
        for row in rows:
            if row.call_id not in existing_calls:
                gone[row.call_id].append(row)
        for call_id, lost in gone.items():
            problems.append(
                Problem(
                    call_id,
                    lost[0].seq,
                    f"the call was deleted: ledger entries {lost[0].idx}… record its "
                    f"{len(lost)} events",
                )
            )
    return problems


def _missing_entries(indices: Sequence[int], named: dict[int, str]) -> list[Problem]:
    problems = []
    for index in indices:
        recorded = named.get(index)
        if recorded is None:
            problems.append(Problem(None, None, f"ledger entry {index} was removed"))
            continue
        call_id, _, seq = recorded.rpartition(":")
        problems.append(Problem(call_id, int(seq), f"was removed with its ledger entry {index}"))
    return problems


# ---------------------------------------------------------------------------------------------
# Entry points


def _log_of(session: Session, keys: AuditKeys) -> tuple[CheckpointLog, list[Problem]]:
    try:
        store = store_id(session)
    except LedgerError as exc:
        return CheckpointLog([], []), [Problem(None, None, str(exc))]
    return read_log(keys.checkpoint_log, keys.public_key, store), []


def verify_store(session: Session, keys: AuditKeys, batch: int = 500) -> Iterator[Problem]:
    """Every problem in the store: the ledger first, then each call a batch at a time."""
    log, identity = _log_of(session, keys)
    yield from identity
    rows = read_ledger(session)
    covered = log.latest.size if log.latest else 0
    by_call: dict[str, list[LedgerRow]] = defaultdict(list)
    for row in rows:
        by_call[row.call_id].append(row)
    existing = set(session.scalars(select(CallRecord.id)))
    yield from _check_ledger(rows, log, existing)
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
            events = chains[call.id]
            yield from _check_chain(call.id, events, by_call.get(call.id, []), keys, covered)
            yield from _check_head(call, events)
            yield from _check_row(call, events)
        last_id = calls[-1].id


def verify_one(session: Session, keys: AuditKeys, call_id: str) -> list[Problem] | None:
    """Problems of one call (and of the ledger, which vouches for it); None when neither the
    call nor any ledger entry of it exists."""
    call = session.get(CallRecord, call_id)
    ledger = ledger_of_call(session, call_id)
    if call is None and not ledger:
        return None
    log, problems = _log_of(session, keys)
    covered = log.latest.size if log.latest else 0
    problems += [
        p for p in _check_ledger(read_ledger(session), log, None) if p.call_id in (None, call_id)
    ]
    if call is None:
        problems.append(
            Problem(
                call_id,
                ledger[0].seq,
                f"the call was deleted: ledger entries {ledger[0].idx}… record its "
                f"{len(ledger)} events",
            )
        )
        return problems
    events = events_of(session, [call_id])[call_id]
    problems.extend(_check_chain(call_id, events, ledger, keys, covered))
    problems.extend(_check_head(call, events))
    problems.extend(_check_row(call, events))
    return problems
