"""Held calls written into the store: many in one transaction, each as it was held, onto the
stored call when the store has it already, or merged into the call its start's key names.

A held call whose id the store has (a start whose commit reached the store though its answer
was lost) gives the stored call what was done on the held copy since.

A held call whose start key the store has for another call is a client's retry of a start
that the store took, made while the store seemed away: the same call, under a second id. It
is merged into the stored call (the client's first attempt), never copied as a second call:

- the held start's events are dropped (the stored call has its own start);
- the held copy's follow-ups are carried onto the stored call, rechained and sealed under its
  keys, and its state taken, provided the stored call has had no follow-up of its own
  (reads of it aside; otherwise two histories would have to be interleaved: the held copy
  is then kept as a call of its own, without the key, and the fact logged, so that nothing
  is lost);
- the held id is written down as one more name of the stored call, in `idempotency_keys`
  under `merged_id_digest(held_id)`: the table that maps a start's key to its call maps the
  id the client was told to the call it names. `stored_call_id` reads it, so a later read
  or follow-up on the held id finds the stored call;
- the stored call's timeline says so: a `held_call_merged` event (actor `system:journal`)
  naming the held id, when its start was held, and the seqs of the follow-ups carried,
  chained and entered in the ledger like any event, so that whoever replays the call sees
  why a second id names it.

A merge repeated after an interruption (the store committed, the journal had not forgotten
the held copy yet) carries only the follow-ups the stored call does not have yet, found by
moment, type and actor, and writes the name once (and its event, with another only for
follow-ups carried then).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from dispatch_intake.audit.chain import CURRENT_VERSION
from dispatch_intake.audit.keys import AuditKeys
from dispatch_intake.audit.ledger import append_leaves
from dispatch_intake.audit.models import CallKey
from dispatch_intake.audit.retention import open_data, seal_data, unwrap
from dispatch_intake.audit.rows import row_as_stored
from dispatch_intake.calls.models import CallRecord, IdempotencyKey
from dispatch_intake.db import as_utc, utcnow
from dispatch_intake.events.service import ChangeBroker
from dispatch_intake.states import EventType
from dispatch_intake.timeline.models import TimelineEvent
from dispatch_intake.timeline.service import (
    append_event,
    canonical_json,
    event_hash,
    session_keys,
)

log = logging.getLogger("dispatch_intake.journal")
# Fields of the held copy a merge does not take: the stored call keeps its own identity,
# chain and earlier calls (found in the whole store, not in the journal alone).
KEPT_BY_THE_STORED_CALL = ("id", "timeline_length", "timeline_head", "created_at", "related_calls")
# Written at a start only when the journal or the store already knew the number: two starts of
# one call may differ there and nowhere else.
UNEVEN_START_EVENTS = frozenset({"repeat_caller"})
# Events that are no history of the stored call's own, to be interleaved with the held
# copy's: an earlier merge of this held call, and reads (a supervisor's queue leaves a
# `full_read` on every call whose number it shows whole).
NOT_ITS_OWN = frozenset({EventType.HELD_CALL_MERGED, EventType.FULL_READ})
# Who merges a held call into a stored one (the actor of `held_call_merged`).
JOURNAL_ACTOR = "system:journal"


@dataclass(slots=True)
class HeldCall:
    """One held call as read from the journal."""

    id: str
    row: dict[str, Any]
    events: list[dict[str, Any]]
    keys: list[tuple[str, datetime]]
    wrapped_key: str | None
    # The length of its timeline when its start was committed (None: held before this was
    # recorded); the events after it are follow-ups.
    start_length: int | None


@dataclass(slots=True)
class Copied:
    """What one batch did in the store."""

    # Held ids now new calls in the store.
    copied: list[str] = field(default_factory=list)
    # Stored calls that changed (announced as replayed).
    changed: list[str] = field(default_factory=list)
    # Held id → the stored call it was merged into.
    merged: dict[str, str] = field(default_factory=dict)


def merged_id_digest(held_id: str) -> str:
    """Where the stored call a held call was merged into is found: a row of
    `idempotency_keys` no key of a client's can name (a start's key is hashed alone and holds
    no line break; a follow-up's is hashed after two lines of its own)."""
    return hashlib.sha256(f"merged held call\n{held_id}".encode()).hexdigest()


# The header on every answer given for a merged held call under the id its client was told:
# the id the call is known by now.
MERGED_INTO = "X-Merged-Into"


def stored_call_id(session: Session, call_id: str) -> str:
    """The id under which the store keeps `call_id`: itself, or the stored call a held call
    of that id was merged into. No query beyond the call's own when the store has it (the
    later `get` of the same call is answered from the session)."""
    if session.get(CallRecord, call_id) is not None:
        return call_id
    merged = session.get(IdempotencyKey, merged_id_digest(call_id))
    return call_id if merged is None else merged.call_id


def merged_into(asked: str, answered: str) -> dict[str, str]:
    """The headers of an answer asked for under `asked` and given for the call `answered`:
    `X-Merged-Into` when they differ (a held call merged into a stored one), else none."""
    return {MERGED_INTO: answered} if answered != asked else {}


class BatchCopy:
    """Copies held calls into the store in one transaction, oldest first."""

    def __init__(
        self,
        store: Session,
        *,
        audit_keys: AuditKeys,
        broker: ChangeBroker,
        key_ttl: timedelta,
    ) -> None:
        self._store = store
        self._audit_keys = audit_keys
        self._broker = broker
        self._key_ttl = key_ttl
        self.done = Copied()
        # Plain copies waiting to be written together (before any other change, so that the
        # ledger takes every call's events in the order the calls were held).
        self._rows: list[dict[str, Any]] = []
        self._events: list[dict[str, Any]] = []
        self._data_keys: list[dict[str, Any]] = []
        self._keys: list[dict[str, Any]] = []

    def run(self, calls: list[HeldCall]) -> Copied:
        store = self._store
        ids = [call.id for call in calls]
        present = {
            call.id: call
            for call in store.scalars(
                select(CallRecord).where(CallRecord.id.in_(ids)).with_for_update()
            )
        }
        held_keys = [key for call in calls for key, _ in call.keys]
        known: dict[str, tuple[str, datetime]] = {}
        if held_keys:
            found = store.execute(
                select(
                    IdempotencyKey.key_hash, IdempotencyKey.call_id, IdempotencyKey.created_at
                ).where(IdempotencyKey.key_hash.in_(held_keys))
            )
            known = {key: (call_id, as_utc(at)) for key, call_id, at in found}
        # Every stored call a held one may merge into is locked now, before the first ledger
        # entry: a follow-up locks its call and then the ledger, so taking a call after the
        # ledger here would deadlock with it.
        targets = sorted({call_id for call_id, _ in known.values()} - set(ids))
        if targets:
            store.execute(
                select(CallRecord.id).where(CallRecord.id.in_(targets)).with_for_update()
            ).all()
        for call in calls:
            stored = present.get(call.id)
            if stored is not None:
                self._write_plain()
                if self._carry_on(stored, call, call.events[stored.timeline_length :]):
                    self.done.changed.append(call.id)
                continue
            target, keys = self._sort_keys(call, known)
            if target is None or not self._merge(call, target, keys):
                self._add_plain(call, keys)
        self._write_plain()
        for call_id in self.done.changed:
            self._broker.announce(store, call_id, "replayed")
        store.commit()
        return self.done

    def _sort_keys(
        self, call: HeldCall, known: dict[str, tuple[str, datetime]]
    ) -> tuple[str | None, list[tuple[str, datetime]]]:
        """(the stored call this one's key names, or None; the keys the copy may take)."""
        target, free = None, []
        for key, created_at in call.keys:
            if key not in known:
                free.append((key, created_at))
                continue
            other, stored_at = known[key]
            if other == call.id:
                continue
            if stored_at + self._key_ttl < created_at:
                # The store's use of the key had expired when the call was held: a new call
                # (as the store itself would have made), which takes the key over.
                self._store.execute(delete(IdempotencyKey).where(IdempotencyKey.key_hash == key))
                free.append((key, created_at))
                continue
            target = other
        return target, free

    # -----------------------------------------------------------------------------------------
    # Plain copies

    def _add_plain(self, call: HeldCall, keys: list[tuple[str, datetime]]) -> None:
        self._rows.append(row_as_stored(call.row))
        if call.wrapped_key is not None:
            self._data_keys.append({"call_id": call.id, "wrapped_key": call.wrapped_key})
        self._events.extend(call.events)
        self._keys.extend(
            {"key_hash": key, "call_id": call.id, "created_at": created_at}
            for key, created_at in keys
        )
        self.done.copied.append(call.id)
        self.done.changed.append(call.id)

    def _write_plain(self) -> None:
        store = self._store
        if not self._rows:
            return
        store.execute(insert(CallRecord), self._rows)
        if self._data_keys:
            store.execute(insert(CallKey), self._data_keys)
        if self._events:
            # Oldest first: the store's insertion order is each chain's order, and the
            # ledger's (entered as at a flush: numbered after every earlier entry).
            store.execute(insert(TimelineEvent), self._events)
            append_leaves(
                store.connection(),
                self._audit_keys.chain_key,
                [_leaf_fields(e) for e in self._events],
            )
        if self._keys:
            store.execute(insert(IdempotencyKey), self._keys)
        self._rows, self._events, self._data_keys, self._keys = [], [], [], []

    # -----------------------------------------------------------------------------------------
    # Onto a stored call

    def _merge(self, call: HeldCall, target: str, keys: list[tuple[str, datetime]]) -> bool:
        """Merge the held call into the stored call `target` (with the keys of the follow-ups
        done on the held copy); False if it must be kept as a call of its own."""
        store = self._store
        self._write_plain()
        stored = store.scalars(
            select(CallRecord).where(CallRecord.id == target).with_for_update()
        ).one_or_none()
        if stored is None or call.start_length is None:
            log.warning(
                "held call %s was started with the key of stored call %s, but %s; it is kept "
                "as a call of its own",
                call.id,
                target,
                "that call is gone" if stored is None else "its start cannot be told apart",
            )
            return False
        follow_ups = call.events[call.start_length :]
        theirs = list(
            store.execute(
                select(TimelineEvent.type, TimelineEvent.at, TimelineEvent.actor)
                .where(TimelineEvent.call_id == target)
                .order_by(TimelineEvent.seq)
            )
        )
        carried = {(at, type_, actor) for type_, at, actor in theirs}
        to_carry = [e for e in follow_ups if (e["at"], e["type"], e["actor"]) not in carried]
        held_moments = {(e["at"], e["type"], e["actor"]) for e in follow_ups}
        own = [type_ for type_, at, actor in theirs if (at, type_, actor) not in held_moments]
        held_start = [e["type"] for e in call.events[: call.start_length]]
        if to_carry and _even(own) != _even(held_start):
            log.warning(
                "held call %s was started with the key of stored call %s, and both were "
                "changed since; it is kept as a call of its own",
                call.id,
                target,
            )
            return False
        first_merge = store.get(IdempotencyKey, merged_id_digest(call.id)) is None
        before = stored.timeline_length
        carried_now = bool(to_carry) and self._carry_on(stored, call, to_carry)
        if first_merge or carried_now:
            append_event(
                store,
                stored,
                EventType.HELD_CALL_MERGED,
                JOURNAL_ACTOR,
                {
                    "held_id": call.id,
                    "held_at": call.events[0]["at"] if call.events else None,
                    "carried": list(range(before + 1, stored.timeline_length + 1)),
                },
            )
            # Written now, so that the ledger takes it before the batch's next call.
            store.flush()
            if target not in self.done.changed:
                self.done.changed.append(target)
        names = [(merged_id_digest(call.id), utcnow()), *keys]
        new = [(key, at) for key, at in names if store.get(IdempotencyKey, key) is None]
        if new:
            store.execute(
                insert(IdempotencyKey),
                [{"key_hash": key, "call_id": target, "created_at": at} for key, at in new],
            )
        self.done.merged[call.id] = target
        log.info("held call %s was a retry of stored call %s: merged into it", call.id, target)
        return True

    def _carry_on(self, stored: CallRecord, call: HeldCall, extra: list[dict[str, Any]]) -> bool:
        """Append held events to the stored call's chain (chained anew from its head under the
        store's keys, their words sealed anew under the stored call's data key, entered in the
        store's ledger), and take the held copy's state; False if there were none."""
        if not extra:
            return False
        store = self._store
        held_data_key = self._held_data_key(call)
        chain_key = session_keys(store).chain_key
        head, seq = stored.timeline_head, stored.timeline_length
        rechained = []
        for event in extra:
            seq += 1
            # The held copy made its own data key; the stored call keeps the one it has.
            said = open_data(held_data_key, call.id, json.loads(event["data"]))
            sealed, _ = seal_data(store, stored.id, event["type"], said, new_call=False)
            data = canonical_json(sealed)
            digest = event_hash(
                head,
                call_id=stored.id,
                seq=seq,
                at=event["at"],
                type_=event["type"],
                actor=event["actor"],
                data=data,
                version=CURRENT_VERSION,
                key=chain_key,
            )
            rechained.append(
                {
                    **event,
                    "call_id": stored.id,
                    "seq": seq,
                    "data": data,
                    "prev_hash": head,
                    "hash": digest,
                    "version": CURRENT_VERSION,
                }
            )
            head = digest
        for key, value in call.row.items():
            if key not in KEPT_BY_THE_STORED_CALL:
                setattr(stored, key, value)
        stored.timeline_length, stored.timeline_head = seq, head
        store.flush()
        store.execute(insert(TimelineEvent), rechained)
        append_leaves(store.connection(), chain_key, [_leaf_fields(e) for e in rechained])
        return True

    def _held_data_key(self, call: HeldCall) -> bytes | None:
        """The held copy's data key (it opens the words sealed in the journal)."""
        master = self._audit_keys.master_key
        if call.wrapped_key is None or master is None:
            return None
        return unwrap(master, call.id, call.wrapped_key)


def _even(types: Iterable[str]) -> list[str]:
    return [type_ for type_ in types if type_ not in UNEVEN_START_EVENTS | NOT_ITS_OWN]


def _leaf_fields(event: dict[str, Any]) -> dict[str, Any]:
    """An event row under the names the ledger's leaf reads (`event_fields`'s)."""
    fields = {k: v for k, v in event.items() if k != "version"}
    fields["v"] = event["version"]
    return fields
