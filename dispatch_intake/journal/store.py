"""The local journal: calls the store could not take in time, kept on this machine's disk
until the store answers again.

The journal is a SQLite file (`<var_dir>/held.db`, WAL with `synchronous=FULL`, so every held
call is fsynced before it is answered) with the store's own schema, and its sessions carry the
store's audit keys. A held call is made by the same code as a stored one, so its record, its
MAC-chained timeline and its sealed words are exactly what the store would have held;
follow-ups on it are applied there too. Beside the store's tables the journal keeps one of its
own, `held_starts`: each held call's timeline length when its start was committed (what
comes after is follow-ups).

When the store answers, held calls are copied into it oldest first, a batch at a time
(`journal/copy.py`): the batch's calls in one store transaction with their events (MACs,
versions and all), data keys (`call_keys`) and idempotency keys, the events entered in the
store's ledger in order, and only then removed from the journal, in one journal transaction.
A replay interrupted at any point is repeated without doubling (a call already in the store is
not copied again; what was done on the held copy since goes onto the stored chain). A held
start whose key the store has for another call is merged into that call (see `copy.py`).

The journal's lock is held only while a batch is chosen and while it is removed, never while
the store is written: new starts are held, and follow-ups on other held calls applied, while a
batch is copied. A follow-up on a call of the batch waits until the batch is in the store and
out of the journal, then goes to the store (or to the journal, if the copy failed): none lands
on a call halfway through being copied. A keyed retry of a held start is looked up and held
under the lock, after any copy of its call: if the journal has let the call go, the retry is
answered by the store, with the id its start was. Between the store's commit and the
journal's, readers of the journal pass over the batch, so no call is shown twice.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    delete,
    event,
    func,
    insert,
    select,
)
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria

from dispatch_intake.audit.keys import AuditKeys, attach_keys
from dispatch_intake.audit.models import CallKey, LedgerEntry
from dispatch_intake.calls.models import NEW_CALLS, CallRecord, IdempotencyKey
from dispatch_intake.db import as_utc, create_store_engine, migrate, session_factories
from dispatch_intake.events.service import ChangeBroker
from dispatch_intake.journal.copy import BatchCopy, HeldCall
from dispatch_intake.observability.metrics import IntakeMetrics
from dispatch_intake.timeline.models import TimelineEvent

T = TypeVar("T")
log = logging.getLogger("dispatch_intake.journal")
# The journal is local disk: it waits longer for its own lock than the store is given.
JOURNAL_TIMEOUT = 10.0
# After a replay fails, the next waits this long (the probe would otherwise retry 5 times a
# second).
RETRY_PAUSE = 1.0
# Held calls copied in one store transaction: enough that the round trips of one transaction
# (and its turn at the store's ledger lock) are shared by many calls, few enough that the
# store's writers do not wait long behind it.
REPLAY_BATCH = 50
# The service's default (`idempotency_ttl_hours`).
KEY_TTL = timedelta(hours=24)
HELD_STARTS = Table(
    "held_starts",
    MetaData(),
    Column("call_id", String(40), primary_key=True),
    Column("start_length", Integer, nullable=False),
)


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
        key_ttl: timedelta = KEY_TTL,
        batch_size: int = REPLAY_BATCH,
    ) -> None:
        self.path = path
        self._key_ttl = key_ttl
        self._batch_size = batch_size
        self._audit_keys = audit_keys
        self._engine: Engine | None = None
        self._sessions: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None
        self._store_writer = store_writer
        self._broker = broker
        self._metrics = metrics
        # Held for every journal write, and while the replay chooses a batch and forgets it.
        self._lock = threading.RLock()
        # Calls being copied (follow-ups on them wait for `_copied`), and those of them the
        # store has already (readers of the journal pass over them).
        self._copied = threading.Condition(self._lock)
        self._copying: frozenset[str] = frozenset()
        self._in_store: frozenset[str] = frozenset()
        self._replaying: threading.Thread | None = None
        # One replay at a time in this process: the monitor's in the background and one asked
        # for directly would otherwise take the same batch and copy it twice.
        self._one_replay = threading.Lock()
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
                HELD_STARTS.create(self._engine, checkfirst=True)
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
        # Not under the lock: closing waits on no journal write. A replay stops after its batch
        # (its wait on a store that may be gone is cut by the store's deadline).
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
            event.listen(session, "before_commit", _record_starts)
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
            while call_id in self._copying:
                self._copied.wait()
            with self._read() as session:
                if session.get(CallRecord, call_id) is None:
                    return False, None
            with self._write() as session:
                result = work(session)
            self._metrics.actions_held.inc()
            return True, result

    def hold_if_key_held(
        self, key_hash: str, work: Callable[[Session], T]
    ) -> tuple[bool, T | None]:
        """(True, result) when a held call was started with this idempotency key and its retry
        (`work`) ran in the journal. Looked up and run under the journal's lock, after any copy
        of that call: a replay that took the call to the store between the look-up and the
        work would leave the retry to be held as a second call, under a new id."""
        if not self._any_held():
            return False, None
        with self._lock:
            while True:
                with self._read() as session:
                    row = session.get(IdempotencyKey, key_hash)
                    owner = None if row is None else row.call_id
                if owner is None:
                    return False, None
                if owner not in self._copying:
                    return True, self.hold(work)
                self._copied.wait()

    def read(self, work: Callable[[Session], T]) -> T:
        """Run a read against the journal (without the calls the store has taken already)."""
        with self._read() as session:
            hidden = self._in_store
            if hidden:
                event.listen(session, "do_orm_execute", lambda state: _hide(hidden, state))
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
        """Copy every held call into the store, oldest first, a batch at a time; the number
        copied as new calls."""
        copied = 0
        with self._one_replay:
            while not self._closed:
                batch = self._take_batch()
                if not batch:
                    break
                try:
                    copied += self._replay_batch(batch)
                finally:
                    with self._lock:
                        self._copying = self._in_store = frozenset()
                        self._copied.notify_all()
        return copied

    def _take_batch(self) -> list[str]:
        """The oldest held calls, marked as being copied: follow-ups on them wait."""
        with self._lock, self._read() as session:
            batch = list(
                session.scalars(
                    select(CallRecord.id)
                    .order_by(CallRecord.created_at, CallRecord.id)
                    .limit(self._batch_size)
                )
            )
            self._copying = frozenset(batch)
            return batch

    def _replay_batch(self, batch: list[str]) -> int:
        with self._read() as local:
            calls = _read_held(local, batch)
        with self._store_writer() as store:
            done = BatchCopy(
                store, audit_keys=self._audit_keys, broker=self._broker, key_ttl=self._key_ttl
            ).run(calls)
        # In the store now: readers of the journal pass over them until they are forgotten.
        self._in_store = frozenset(batch)
        copied = {call.id: len(call.events) for call in calls}
        with self._lock, self._write() as local:
            # A worker sharing the journal may have changed a held copy since it was read (this
            # process's follow-ups waited): such a copy stays, and the next round carries on
            # from where the store's copy ends.
            lengths = local.execute(
                select(CallRecord.id, CallRecord.timeline_length).where(CallRecord.id.in_(batch))
            )
            done_with = [call_id for call_id, length in lengths if copied.get(call_id) == length]
            for table, column in _HELD_ROWS:
                local.execute(delete(table).where(column.in_(done_with)))
            local.commit()
            self._pending = self._count(local)
        self._metrics.held_pending.set(self._pending)
        self._metrics.calls_replayed.inc(len(done.copied))
        for call_id in done.changed:
            self._broker.deliver({"call_id": call_id, "change": "replayed"})
        return len(done.copied)


# Every row of a held call in the journal, its call's row last.
_HELD_ROWS: tuple[tuple[Any, Any], ...] = (
    (IdempotencyKey, IdempotencyKey.call_id),
    (CallKey, CallKey.call_id),
    (LedgerEntry, LedgerEntry.call_id),
    (TimelineEvent, TimelineEvent.call_id),
    (HELD_STARTS, HELD_STARTS.c.call_id),
    (CallRecord, CallRecord.id),
)


def _read_held(local: Session, batch: list[str]) -> list[HeldCall]:
    """The held calls of `batch` as they are in the journal, oldest first."""
    events: dict[str, list[dict[str, Any]]] = {call_id: [] for call_id in batch}
    for held_event in local.execute(
        select(TimelineEvent.__table__)
        .where(TimelineEvent.call_id.in_(batch))
        .order_by(TimelineEvent.call_id, TimelineEvent.seq)
    ).mappings():
        # Without the journal's own row number: the store numbers its rows.
        events[held_event["call_id"]].append({k: v for k, v in held_event.items() if k != "id"})
    keys: dict[str, list[tuple[str, Any]]] = {call_id: [] for call_id in batch}
    for key_hash, call_id, created_at in local.execute(
        select(IdempotencyKey.key_hash, IdempotencyKey.call_id, IdempotencyKey.created_at).where(
            IdempotencyKey.call_id.in_(batch)
        )
    ):
        keys[call_id].append((key_hash, as_utc(created_at)))
    wrapped: dict[str, str | None] = {
        call_id: key
        for call_id, key in local.execute(
            select(CallKey.call_id, CallKey.wrapped_key).where(CallKey.call_id.in_(batch))
        )
    }
    starts: dict[str, int] = {
        call_id: length
        for call_id, length in local.execute(
            select(HELD_STARTS.c.call_id, HELD_STARTS.c.start_length).where(
                HELD_STARTS.c.call_id.in_(batch)
            )
        )
    }
    rows = {
        call.id: call for call in local.scalars(select(CallRecord).where(CallRecord.id.in_(batch)))
    }
    held = []
    for call_id in batch:
        call = rows.get(call_id)
        if call is None:
            continue
        row = {column.key: getattr(call, column.key) for column in CallRecord.__table__.c}
        for moment in ("created_at", "updated_at", "confirmed_at"):
            if row[moment] is not None:
                row[moment] = as_utc(row[moment])
        held.append(
            HeldCall(
                id=call_id,
                row=row,
                events=events[call_id],
                keys=keys[call_id],
                wrapped_key=wrapped.get(call_id),
                start_length=starts.get(call_id),
            )
        )
    return held


def _hide(hidden: frozenset[str], state: ORMExecuteState) -> None:
    """Calls the store has now are not read from the journal as well (a queue would show
    them twice)."""
    if state.is_select and not state.is_column_load and not state.is_relationship_load:
        state.statement = state.statement.options(
            with_loader_criteria(CallRecord, CallRecord.id.not_in(hidden), include_aliases=True)
        )


def _record_starts(session: Session) -> None:
    """Each call started in this transaction, with the length of its timeline at its start:
    what comes after is follow-ups (a merge at replay carries those alone)."""
    # Calls are started with Core inserts, never through the unit of work (`note_new_call`).
    calls = dict(session.info.pop(NEW_CALLS, {}))
    if calls:
        session.connection().execute(
            insert(HELD_STARTS),
            [{"call_id": c.id, "start_length": c.timeline_length} for c in calls.values()],
        )
