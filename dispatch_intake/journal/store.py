"""The local journal: calls the store could not take in time, kept on this machine's disk
until the store answers again.

The journal is a SQLite file (`<var_dir>/held.db`, WAL with `synchronous=FULL`, so every held
call is fsynced before it is answered) with the store's own schema, and its sessions carry the
store's audit keys. A held call is made by the same code as a stored one, so its record, its
MAC-chained timeline and its sealed words are exactly what the store would have held;
follow-ups on it are applied there too. When the store answers, held calls are copied into it
oldest first, each in one transaction with its events (MACs, versions and all), its data key
(`call_keys`) and idempotency keys, its events entered in the store's ledger in order, and only
then removed from the journal: a replay interrupted at any point is repeated without doubling
(a call already in the store is not copied again).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from dispatch_intake.audit.chain import CURRENT_VERSION
from dispatch_intake.audit.keys import AuditKeys, attach_keys
from dispatch_intake.audit.ledger import append_leaves
from dispatch_intake.audit.models import CallKey, LedgerEntry
from dispatch_intake.audit.retention import open_data, seal_data, unwrap
from dispatch_intake.audit.rows import row_as_stored
from dispatch_intake.calls.models import CallRecord, IdempotencyKey
from dispatch_intake.db import as_utc, create_store_engine, migrate, session_factories
from dispatch_intake.events.service import ChangeBroker
from dispatch_intake.observability.metrics import IntakeMetrics
from dispatch_intake.timeline.models import TimelineEvent
from dispatch_intake.timeline.service import canonical_json, event_hash, session_keys

T = TypeVar("T")
log = logging.getLogger("dispatch_intake.journal")
# The journal is local disk: it waits longer for its own lock than the store is given.
JOURNAL_TIMEOUT = 10.0
# After a replay fails, the next waits this long (the probe would otherwise retry 5 times a
# second).
RETRY_PAUSE = 1.0


class HeldCalls:
    """The journal of held calls, and their replay into the store."""

    def __init__(
        self,
        path: Path,
        *,
        store_writer: sessionmaker[Session],
        broker: ChangeBroker,
        metrics: IntakeMetrics,
        audit_keys: AuditKeys,
    ) -> None:
        self.path = path
        self._audit_keys = audit_keys
        self._engine: Engine | None = None
        self._sessions: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None
        self._store_writer = store_writer
        self._broker = broker
        self._metrics = metrics
        # Held for every journal write and each call's replay: a follow-up never lands on a
        # call halfway through being copied.
        self._lock = threading.RLock()
        self._replaying: threading.Thread | None = None
        self._closed = False
        self._next_attempt = 0.0
        self._store_answers: Callable[[], bool] = lambda: True
        self._pending = 0
        # Set when other processes (workers of one `serve`) hold calls in the same file: this
        # process's count then says nothing of theirs.
        self.shared = False
        # A journal left by an earlier run is opened at once (its calls are replayed); a new
        # one is made only when a first call has to be held.
        if path.is_file():
            with self._read() as session:
                self._pending = self._count(session)
        self._metrics.held_pending.set(self._pending)

    def _open(self) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
        with self._lock:
            if self._sessions is None:
                self._engine = create_store_engine(
                    f"sqlite:///{self.path}", timeout=JOURNAL_TIMEOUT
                )
                migrate(self._engine)
                self._sessions = session_factories(self._engine)
                # The store's keys: held events carry the MACs and sealed words the store's
                # would, so they are copied as they are.
                attach_keys(self._audit_keys, *self._sessions)
            return self._sessions

    def _read(self) -> Session:
        return self._open()[0]()

    def _write(self) -> Session:
        return self._open()[1]()

    def follow(self, answers: Callable[[], bool]) -> None:
        """Take the store's state from the probe (`StoreMonitor.available`)."""
        self._store_answers = answers

    @property
    def store_answers(self) -> bool:
        """Whether the store answered its last probe: readers need not wait on it if not."""
        return self._store_answers()

    @property
    def pending(self) -> int:
        """Calls in the journal not yet in the store (none means none in any worker's
        sharing it)."""
        self._any_held()
        return self._pending

    def close(self) -> None:
        # Not under the lock: a replay holds it while it waits on the store, which may be gone.
        self._closed = True
        if self._replaying is not None:
            self._replaying.join(timeout=5)
        if self._engine is not None:
            self._engine.dispose()

    # -----------------------------------------------------------------------------------------
    # Holding

    def hold(self, work: Callable[[Session], T]) -> T:
        """Run one unit of work against the journal instead of the store."""
        with self._lock, self._write() as session:
            before = self._pending
            result = work(session)
            self._pending = self._count(session)
            if self._pending > before:
                self._metrics.calls_held.inc(self._pending - before)
            self._metrics.held_pending.set(self._pending)
            return result

    def _any_held(self) -> bool:
        """Whether any call is held, by this process or (when shared) another."""
        if self._pending or not self.shared:
            return bool(self._pending)
        if not self.path.is_file():
            return False
        with self._read() as session:
            self._pending = self._count(session)
        return bool(self._pending)

    def run_if_held(self, call_id: str, work: Callable[[Session], T]) -> tuple[bool, T | None]:
        """(True, result) when the call is in the journal and the work ran there."""
        if not self._any_held():
            return False, None
        with self._lock:
            with self._read() as session:
                if session.get(CallRecord, call_id) is None:
                    return False, None
            with self._write() as session:
                result = work(session)
            self._metrics.actions_held.inc()
            return True, result

    def holds_key(self, key_hash: str) -> bool:
        """Whether a held call was made with this idempotency key (its retry must find it)."""
        if not self._any_held():
            return False
        with self._read() as session:
            return session.get(IdempotencyKey, key_hash) is not None

    def read(self, work: Callable[[Session], T]) -> T:
        with self._read() as session:
            return work(session)

    def _count(self, session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(CallRecord)) or 0)

    # -----------------------------------------------------------------------------------------
    # Replay

    def replay_soon(self) -> None:
        """Start replaying in the background, unless nothing is held or a replay runs."""
        if not self._pending or time.monotonic() < self._next_attempt:
            return
        with self._lock:
            if self._replaying is not None and self._replaying.is_alive():
                return
            if self._closed:
                return
            # Published only once started: `close` (on another thread than the monitor's hook
            # that calls this) joins whatever it finds here without taking the lock.
            replaying = threading.Thread(
                target=self._replay_logged, name="journal-replay", daemon=True
            )
            replaying.start()
            self._replaying = replaying

    def _replay_logged(self) -> None:
        try:
            self.replay()
        except Exception:
            self._next_attempt = time.monotonic() + RETRY_PAUSE
            log.warning(
                "replaying held calls stopped; %d remain, retried when the store answers",
                self._pending,
                exc_info=True,
            )

    def replay(self) -> int:
        """Copy every held call into the store, oldest first; the number copied."""
        copied = 0
        while True:
            with self._read() as session:
                call_id = session.scalar(
                    select(CallRecord.id).order_by(CallRecord.created_at, CallRecord.id).limit(1)
                )
            if call_id is None:
                return copied
            if self._replay_one(call_id):
                copied += 1

    def _replay_one(self, call_id: str) -> bool:
        with self._lock:
            with self._read() as local:
                call = local.get(CallRecord, call_id)
                if call is None:
                    return False
                row = {column.key: getattr(call, column.key) for column in CallRecord.__table__.c}
                for moment in ("created_at", "updated_at", "confirmed_at"):
                    if row[moment] is not None:
                        row[moment] = as_utc(row[moment])
                events = [
                    {
                        "call_id": e.call_id,
                        "seq": e.seq,
                        "at": e.at,
                        "type": e.type,
                        "actor": e.actor,
                        "data": e.data,
                        "prev_hash": e.prev_hash,
                        "hash": e.hash,
                        "version": e.version,
                    }
                    for e in local.scalars(
                        select(TimelineEvent)
                        .where(TimelineEvent.call_id == call_id)
                        .order_by(TimelineEvent.seq)
                    )
                ]
                keys = [
                    (k.key_hash, as_utc(k.created_at))
                    for k in local.scalars(
                        select(IdempotencyKey).where(IdempotencyKey.call_id == call_id)
                    )
                ]
                data_key = local.get(CallKey, call_id)
                wrapped = None if data_key is None else data_key.wrapped_key
            copied = self._copy_into_store(call_id, row, events, keys, wrapped)
            with self._write() as local:
                local.execute(delete(IdempotencyKey).where(IdempotencyKey.call_id == call_id))
                local.execute(delete(CallKey).where(CallKey.call_id == call_id))
                local.execute(delete(LedgerEntry).where(LedgerEntry.call_id == call_id))
                local.execute(delete(TimelineEvent).where(TimelineEvent.call_id == call_id))
                local.execute(delete(CallRecord).where(CallRecord.id == call_id))
                local.commit()
                self._pending = self._count(local)
            self._metrics.held_pending.set(self._pending)
        if copied:
            self._metrics.calls_replayed.inc()
            self._broker.deliver({"call_id": call_id, "change": "replayed"})
        return copied

    def _copy_into_store(
        self,
        call_id: str,
        row: dict[str, Any],
        events: list[dict[str, Any]],
        keys: list[tuple[str, Any]],
        wrapped_key: str | None,
    ) -> bool:
        with self._store_writer() as store:
            stored = store.scalars(
                select(CallRecord).where(CallRecord.id == call_id).with_for_update()
            ).one_or_none()
            if stored is not None:
                # Copied before the journal could forget it, or a start whose commit reached
                # the store though its answer was lost: what was done on the held copy since
                # goes onto the stored chain.
                if _carry_on(store, stored, row, events, self._held_data_key(call_id, wrapped_key)):
                    self._broker.announce(store, call_id, "replayed")
                    store.commit()
                return False
            store.execute(insert(CallRecord), [row_as_stored(row)])
            if wrapped_key is not None:
                store.execute(insert(CallKey), [{"call_id": call_id, "wrapped_key": wrapped_key}])
            if events:
                # Oldest first: the store's insertion order is the chain's order, and the
                # ledger's (entered as at a flush: numbered after every earlier entry).
                store.execute(insert(TimelineEvent), events)
                append_leaves(
                    store.connection(),
                    self._audit_keys.chain_key,
                    [_leaf_fields(e) for e in events],
                )
            for key_hash, created_at in keys:
                # A key the store already knows belongs to a call made before the outage;
                # the held call is kept all the same (it was answered), without the key.
                if store.get(IdempotencyKey, key_hash) is None:
                    store.add(
                        IdempotencyKey(key_hash=key_hash, call_id=call_id, created_at=created_at)
                    )
            self._broker.announce(store, call_id, "replayed")
            store.commit()
        return True

    def _held_data_key(self, call_id: str, wrapped_key: str | None) -> bytes | None:
        """The held copy's data key (it opens the words sealed in the journal)."""
        master = self._audit_keys.master_key
        if wrapped_key is None or master is None:
            return None
        return unwrap(master, call_id, wrapped_key)


def _leaf_fields(event: dict[str, Any]) -> dict[str, Any]:
    """An event row under the names the ledger's leaf reads (`event_fields`'s)."""
    fields = {k: v for k, v in event.items() if k != "version"}
    fields["v"] = event["version"]
    return fields


def _carry_on(
    store: Session,
    stored: CallRecord,
    row: dict[str, Any],
    events: list[dict[str, Any]],
    held_data_key: bytes | None,
) -> bool:
    """Append the held copy's events beyond the stored chain's length to that chain (chained
    anew from its head under the store's keys, their words sealed anew under the stored
    call's data key, entered in the store's ledger), and take the held copy's state; False
    if there were none."""
    extra = events[stored.timeline_length :]
    if not extra:
        return False
    chain_key = session_keys(store).chain_key
    head, seq = stored.timeline_head, stored.timeline_length
    rechained = []
    for event in extra:
        seq += 1
        # The held copy made its own data key; the stored call keeps the one it has.
        said = open_data(held_data_key, stored.id, json.loads(event["data"]))
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
                "seq": seq,
                "data": data,
                "prev_hash": head,
                "hash": digest,
                "version": CURRENT_VERSION,
            }
        )
        head = digest
    for key, value in row.items():
        if key not in ("id", "timeline_length", "timeline_head", "created_at"):
            setattr(stored, key, value)
    stored.timeline_length, stored.timeline_head = seq, head
    store.flush()
    store.execute(insert(TimelineEvent), rechained)
    append_leaves(store.connection(), chain_key, [_leaf_fields(e) for e in rechained])
    return True
