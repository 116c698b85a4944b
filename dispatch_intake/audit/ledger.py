"""The global append-only ledger across all calls, and signed checkpoints of its head.

Every timeline event becomes one leaf, numbered in the order transactions commit: on
PostgreSQL a transaction-scoped advisory lock, taken once everything else of the transaction
is written and held to its commit, makes numbering and commit order one; on SQLite the single
writer does. The lock is the store's own (keyed by its schema): stores that share a database
do not queue behind each other. Writers on an engine marked by `lock_database_wide` also take
the one key versions before it took for every store of the database (a rolling upgrade).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, text
from sqlalchemy.orm import Session

from dispatch_intake.audit.chain import event_leaf_hash, ledger_mac
from dispatch_intake.audit.checkpoints import (
    Checkpoint,
    append_checkpoint,
    read_log,
    sign_checkpoint,
    signature_holds,
)
from dispatch_intake.audit.keys import AuditKeys
from dispatch_intake.audit.merkle import MerkleTree, verify_consistency
from dispatch_intake.audit.models import LedgerEntry, LedgerIdentity
from dispatch_intake.db import shared_commit
from dispatch_intake.timeline.models import AnyEvent, TimelineEvent

# Any fixed number, distinct from the migration lock; the second half of the key is the
# schema's, so each store in a shared database numbers its own ledger.
LEDGER_LOCK = 0x1ED6_E500
_LOCK_KEY = f"{LEDGER_LOCK}, hashtext(current_schema())"
# The execution option, set on an engine by `lock_database_wide`, under which its writers
# take the database-wide key too.
DATABASE_WIDE = "ledger_lock_database_wide"
# By the database-wide key as well: first the one-key form of the same number, which versions
# before per-schema keys took alone (PostgreSQL keeps one-key and two-key locks apart, so
# neither form excludes the other), then the schema's. The subquery (`OFFSET 0` keeps it one)
# is scanned before the outer list is worked out: every writer takes the two in one order.
_LOCKS = {
    False: f"SELECT pg_advisory_xact_lock({_LOCK_KEY})",
    True: f"SELECT pg_advisory_xact_lock({_LOCK_KEY}) "
    f"FROM (SELECT pg_advisory_xact_lock({LEDGER_LOCK}) OFFSET 0) AS database_wide",
}
# Built once: every write runs these, and a statement built anew is analysed anew.
_TAKE_LEDGER_LOCK = {wide: text(sql) for wide, sql in _LOCKS.items()}
_LEDGER_TOP = select(func.max(LedgerEntry.idx))
_ADD_LEAVES = insert(LedgerEntry)
# The lock and the ledger's top in one message: READ COMMITTED reads each statement of it
# with a fresh snapshot, so the second sees every transaction that held the lock before.
_LOCK_AND_TOP = {
    wide: f"{sql}; SELECT max(idx) FROM ledger_entries" for wide, sql in _LOCKS.items()
}
_SIMPLE_QUERY = {"no_parameters": True}
# What the units of a shared commit leave for it in `db.shared_commit`: the chain key, and
# the fields of every event they wrote, in the order they committed.
_SHARED_KEY = "ledger_key"
_SHARED_LEAVES = "ledger_leaves"


def lock_database_wide(engine: Engine) -> None:
    """Writers on `engine` also take the ledger key of versions before per-schema keys, one
    for every store of the database: instances of such a version on the same store are then
    excluded (a rolling upgrade), at the price of waiting for other stores of the database."""
    engine.update_execution_options(**{DATABASE_WIDE: True})


def _database_wide(connection: Connection) -> bool:
    return bool(connection.get_execution_options().get(DATABASE_WIDE, False))


class LedgerError(Exception):
    """The ledger in the store no longer extends the last signed checkpoint."""


def store_id(session: Session) -> str:
    """The name checkpoints of this store's ledger are signed under."""
    found = session.scalar(select(LedgerIdentity.store_id).where(LedgerIdentity.id == 1))
    if found is None:
        raise LedgerError(
            "the store's ledger identity (table ledger_identity) is missing; its checkpoints "
            "cannot be found"
        )
    return str(found)


def append_leaves(connection: Connection, key: bytes, events: Sequence[dict[str, Any]]) -> None:
    """Number and write the leaves of events being written in this transaction."""
    if not events:
        return
    leaves = [event_leaf_hash(event) for event in events]
    if connection.dialect.name == "postgresql":
        connection.execute(_TAKE_LEDGER_LOCK[_database_wide(connection)])
    top = connection.execute(_LEDGER_TOP).scalar()
    connection.execute(_ADD_LEAVES, leaf_rows(key, top, events, leaves))


def leaf_rows(
    key: bytes, top: int | None, events: Sequence[dict[str, Any]], leaves: Sequence[str]
) -> list[dict[str, Any]]:
    """The ledger rows of `events` (with their leaf hashes) entered after entry `top`."""
    start = -1 if top is None else int(top)
    rows = []
    for offset, (event, leaf) in enumerate(zip(events, leaves, strict=True), start=1):
        index = start + offset
        call_id, seq = event["call_id"], event["seq"]
        rows.append(
            {
                "idx": index,
                "call_id": call_id,
                "seq": seq,
                "leaf_hash": leaf,
                "mac": ledger_mac(key, index, call_id, seq, leaf),
            }
        )
    return rows


def commit_with_leaves(session: Session, key: bytes, events: Sequence[dict[str, Any]]) -> None:
    """Enter the leaves of the events this transaction wrote, as its last statement, and
    commit.

    On PostgreSQL the ledger's lock is held from its taking to the commit, and every writer
    queues for it: everything else of the transaction is written before, the leaf hashes are
    worked out before, and under the lock there are two exchanges with the server, one for
    the lock with the ledger's top, one for the leaves with the COMMIT.

    A unit of a shared commit (`db.GroupCommit`) commits its own part now and leaves its
    leaves to the batch, which enters all of them once, just before the shared commit
    (`enter_shared_leaves`): the ledger's lock and top are then taken once per batch."""
    session.flush()
    shared = shared_commit(session)
    if shared is not None:
        session.commit()
        if events:
            shared[_SHARED_KEY] = key
            shared.setdefault(_SHARED_LEAVES, []).extend(events)
        return
    connection = session.connection()
    if (
        not events
        or not _commits_in_one_message(connection)
        # The COMMIT is only this session's to send when the transaction is its own.
        or not isinstance(session.get_bind(), Engine)
        or connection.in_nested_transaction()
    ):
        append_leaves(connection, key, events)
        session.commit()
        return
    _enter_and_commit(connection, key, events)
    # The server has committed: the driver sees no transaction left and sends nothing more.
    session.commit()


def enter_shared_leaves(connection: Connection, shared: dict[str, Any]) -> None:
    """Enter the leaves the units of a shared commit left, as `commit_with_leaves` enters one
    transaction's: on PostgreSQL with the COMMIT itself (the group's own commit then finds
    nothing left to do)."""
    events: list[dict[str, Any]] = shared.get(_SHARED_LEAVES, [])
    if not events:
        return
    key: bytes = shared[_SHARED_KEY]
    if _commits_in_one_message(connection) and not connection.in_nested_transaction():
        _enter_and_commit(connection, key, events)
    else:
        append_leaves(connection, key, events)


def _commits_in_one_message(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql" and connection.dialect.driver == "psycopg"


def _enter_and_commit(connection: Connection, key: bytes, events: Sequence[dict[str, Any]]) -> None:
    """The ledger's lock with its top in one exchange, the leaves with the COMMIT in another."""
    leaves = [event_leaf_hash(event) for event in events]
    found = connection.exec_driver_sql(
        _LOCK_AND_TOP[_database_wide(connection)], execution_options=_SIMPLE_QUERY
    )
    try:
        cursor = found.cursor
        cursor.nextset()
        (top,) = cursor.fetchone() or (None,)
    finally:
        found.close()
    rows = leaf_rows(key, top, events, leaves)
    connection.exec_driver_sql(
        _leaves_then_commit(connection, rows), execution_options=_SIMPLE_QUERY
    )


def _leaves_then_commit(connection: Connection, rows: list[dict[str, Any]]) -> str:
    """One message that enters the rows and commits. The values are spelled as literals (a
    message of several statements takes no parameters): numbers and hex digests as they are,
    call ids quoted by the driver."""
    from psycopg.sql import Literal

    driver = connection.connection.driver_connection
    quoted: dict[str, str] = {}
    values = []
    for row in rows:
        call_id = row["call_id"]
        if call_id not in quoted:
            quoted[call_id] = Literal(call_id).as_string(driver)
        leaf, mac = row["leaf_hash"], row["mac"]
        if not (_is_hex(leaf) and _is_hex(mac)):
            raise ValueError("a ledger digest is not hex")
        values.append(
            f"({int(row['idx'])}, {quoted[call_id]}, {int(row['seq'])}, '{leaf}', '{mac}')"
        )
    return (
        "INSERT INTO ledger_entries (idx, call_id, seq, leaf_hash, mac) VALUES "
        + ", ".join(values)
        + "; COMMIT"
    )


_HEX = frozenset("0123456789abcdef")


def _is_hex(value: str) -> bool:
    return bool(value) and set(value) <= _HEX


@dataclass(frozen=True, slots=True)
class LedgerRow:
    idx: int
    call_id: str
    seq: int
    leaf_hash: str
    mac: str


def read_ledger(session: Session) -> list[LedgerRow]:
    rows = session.execute(
        select(
            LedgerEntry.idx,
            LedgerEntry.call_id,
            LedgerEntry.seq,
            LedgerEntry.leaf_hash,
            LedgerEntry.mac,
        ).order_by(LedgerEntry.idx)
    )
    return [LedgerRow(int(r[0]), r[1], int(r[2]), r[3], r[4]) for r in rows]


def ledger_of_call(session: Session, call_id: str) -> list[LedgerRow]:
    rows = session.execute(
        select(
            LedgerEntry.idx,
            LedgerEntry.call_id,
            LedgerEntry.seq,
            LedgerEntry.leaf_hash,
            LedgerEntry.mac,
        )
        .where(LedgerEntry.call_id == call_id)
        .order_by(LedgerEntry.idx)
    )
    return [LedgerRow(int(r[0]), r[1], int(r[2]), r[3], r[4]) for r in rows]


def tree_of(rows: Sequence[LedgerRow], size: int | None = None) -> MerkleTree:
    """The tree over the first `size` rows (all by default), taken as stored."""
    chosen = rows if size is None else rows[:size]
    return MerkleTree([bytes.fromhex(r.leaf_hash) for r in chosen])


def _now() -> str:
    from dispatch_intake.timeline.service import now_iso

    return now_iso()


def write_checkpoint(
    session: Session, keys: AuditKeys, *, force: bool = False
) -> Checkpoint | None:
    """Sign the ledger's current head into the checkpoint log, if it grew (or `force`).

    Refuses (LedgerError) when the ledger no longer extends the last signed checkpoint: a
    signature must never bless a rewritten history.
    """
    store = store_id(session)
    rows = read_ledger(session)
    tree = tree_of(rows)

    def make(previous: Checkpoint | None) -> Checkpoint | None:
        if previous is not None and not signature_holds(previous, keys.public_key):
            previous = None
        if previous is not None:
            if previous.size > tree.size:
                raise LedgerError(
                    f"the ledger holds {tree.size} entries but the checkpoint of {previous.at} "
                    f"signed {previous.size}; run `dispatch-intake audit verify`"
                )
            if previous.size == tree.size and not force and previous.root == tree.root.hex():
                return None
            proof = tree.consistency_proof(previous.size) if previous.size else []
            if not verify_consistency(
                previous.size, tree.size, bytes.fromhex(previous.root), tree.root, proof
            ):
                raise LedgerError(
                    f"the ledger does not extend the checkpoint of {previous.at} "
                    f"(size {previous.size}); run `dispatch-intake audit verify`"
                )
        start = previous.size if previous is not None else 0
        return sign_checkpoint(
            keys,
            store=store,
            size=tree.size,
            root=tree.root.hex(),
            at=_now(),
            start=start,
            entries=[f"{r.call_id}:{r.seq}" for r in rows[start:]],
        )

    made: Checkpoint | None = append_checkpoint(keys.checkpoint_log, store, make)
    return made


def latest_checkpoint(session: Session, keys: AuditKeys) -> Checkpoint | None:
    return read_log(keys.checkpoint_log, keys.public_key, store_id(session)).latest


def backfill_ledger(session: Session, keys: AuditKeys) -> int:
    """Enter the events written before the ledger existed, once, in the order they were
    written; never again once a checkpoint has been signed (an unkeyed event added later
    would otherwise be blessed). Returns the number of events entered."""
    if session.scalar(select(func.count()).select_from(LedgerEntry)):
        return 0
    signed = read_log(keys.checkpoint_log, keys.public_key, store_id(session)).checkpoints
    if any(c.size for c in signed):
        return 0
    events = session.scalars(select(TimelineEvent).order_by(TimelineEvent.id))
    pending = [event_fields(e) for e in events]
    append_leaves(session.connection(), keys.chain_key, pending)
    return len(pending)


def event_fields(event: AnyEvent) -> dict[str, Any]:
    return {
        "v": event.version,
        "call_id": event.call_id,
        "seq": event.seq,
        "at": event.at,
        "type": event.type,
        "actor": event.actor,
        "data": event.data,
        "prev_hash": event.prev_hash,
        "hash": event.hash,
    }
