"""A start is written with one INSERT per table, not the unit of work: what it stores is what
the unit of work stores for the same call, audit verification holds on it, and on PostgreSQL
its ledger leaves are numbered after every writer it waited for (the lock is the store's own)."""

from __future__ import annotations

import copy
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Text, cast, event, func, select, text
from sqlalchemy.orm import Session

from dispatch_intake.audit.chain import CURRENT_VERSION, GENESIS
from dispatch_intake.audit.ledger import commit_with_leaves, read_ledger
from dispatch_intake.audit.models import CallKey, LedgerEntry
from dispatch_intake.audit.retention import data_keys_for_reading
from dispatch_intake.audit.rows import ROW_SEALED_NAME
from dispatch_intake.audit.sealing import SEALED, open_value
from dispatch_intake.audit.verify import verify_store
from dispatch_intake.calls.models import CallRecord
from dispatch_intake.calls.writes import locked_call
from dispatch_intake.timeline.service import append_event, leaves_at_commit, session_keys

from ..conftest import STORE, settings_for
from .factories import act, start_call

postgres_only = pytest.mark.skipif(STORE != "postgresql", reason="PostgreSQL's ledger lock")
COLUMNS = [column for column in CallRecord.__table__.columns]


def _stored(session: Session, call_id: str) -> dict[str, str | None]:
    """A call row's columns as the store spells them."""
    row = session.execute(
        select(*[cast(column, Text).label(column.key) for column in COLUMNS]).where(
            CallRecord.id == call_id
        )
    ).one()
    return dict(row._mapping)


def _written_by_the_unit_of_work(app: Any, call_id: str) -> str:
    """The same call (its words opened, as a loaded row holds them) added under a new id and
    written by the session's flush; the new id."""
    twin_id = uuid.uuid4().hex
    with app.state.write_session() as session:
        call = session.get(CallRecord, call_id)
        assert call is not None
        values = {column.key: copy.deepcopy(getattr(call, column.key)) for column in COLUMNS}
        values.update(id=twin_id, sealed_said=None, caller_number_digest=None)
        session.expunge(call)
        session.add(CallRecord(**values))
        session.commit()
    return twin_id


def _opened_said(app: Any, session: Session, call_id: str, sealed: str | None) -> Any:
    if sealed is None:
        return None
    keys = data_keys_for_reading(session, [call_id])
    return open_value(keys.get(call_id), call_id, ROW_SEALED_NAME, {SEALED: sealed})


def _has_data_key(session: Session, call_id: str) -> bool:
    return session.get(CallKey, call_id) is not None


@pytest.mark.parametrize(
    "body",
    [
        {
            "caller_number": "13800138000",
            "complaint_text": "我爸突然倒地，叫不醒",
            "caller_position": {"lat": 34.80, "lon": 113.70, "source": "基站定位"},
        },
        {"location_text": None, "complaint_text": None, "caller_number": None},
    ],
    ids=["words", "nothing-said"],
)
def test_a_start_stores_what_the_unit_of_work_stores(
    client: Any, app: Any, body: dict[str, Any]
) -> None:
    started = str(start_call(client, **body)["id"])
    twin = _written_by_the_unit_of_work(app, started)
    with app.state.read_session() as session:
        ours, theirs = _stored(session, started), _stored(session, twin)
        said = (
            _opened_said(app, session, started, ours.pop("sealed_said")),
            _opened_said(app, session, twin, theirs.pop("sealed_said")),
        )
        keys = (_has_data_key(session, started), _has_data_key(session, twin))
    assert ours.pop("id") == started and theirs.pop("id") == twin
    assert ours == theirs
    assert said[0] == said[1]
    if body.get("caller_number"):
        assert said[0]["caller_number"] == body["caller_number"]
        assert ours["caller_number"] is None and keys == (True, True)
    else:
        # Nothing to seal: neither writer keeps a data key or a sealed copy.
        assert said == (None, None) and keys == (False, False)


def test_starts_and_follow_ups_verify_and_an_edited_row_does_not(client: Any, app: Any) -> None:
    call_id = str(start_call(client)["id"])
    assert act(client, call_id, "notes", {"text": "门口有棵大槐树"}).status_code == 200
    start_call(client, location_text=None)
    keys = app.state.audit_keys
    with app.state.read_session() as session:
        assert list(verify_store(session, keys)) == []
        ledger = read_ledger(session)
        assert [row.idx for row in ledger] == list(range(len(ledger)))
    with app.state.engine.begin() as connection:
        connection.execute(
            text("UPDATE calls SET priority = 'low' WHERE id = :id"), {"id": call_id}
        )
    with app.state.read_session() as session:
        problems = list(verify_store(session, keys))
    assert [p.call_id for p in problems] == [call_id]


def _append_note(session: Session, call_id: str, actor: str) -> None:
    call = locked_call(session, call_id)
    append_event(session, call, "note", actor, {"text": "患者在三楼"})
    call.notes = [*call.notes, {"text": "患者在三楼", "by": actor, "at": "2026-01-01T00:00:00"}]


def test_leaves_left_to_the_commit_are_entered_by_any_commit(client: Any, app: Any) -> None:
    call_id = str(start_call(client)["id"])
    with app.state.write_session() as session, leaves_at_commit(session) as leaves:
        _append_note(session, call_id, "call_taker#test")
        session.flush()
        assert len(leaves) == 1  # written without its leaf so far
        session.commit()  # not `commit_with_leaves`: the leaf goes in all the same
    with app.state.read_session() as session:
        assert list(verify_store(session, app.state.audit_keys)) == []


def _leaf_fields(call_id: str, seq: int) -> dict[str, Any]:
    return {
        "v": CURRENT_VERSION,
        "call_id": call_id,
        "seq": seq,
        "at": "2026-01-01T00:00:00.000+00:00",
        "type": "note",
        "actor": "test",
        "data": "{}",
        "prev_hash": GENESIS,
        "hash": "ab" * 32,
    }


def test_ledger_rows_keep_any_call_id_as_given(app: Any) -> None:
    odd = "o'brien\\x; DROP TABLE calls; --"
    with app.state.write_session() as session:
        key = session_keys(session).chain_key
        commit_with_leaves(session, key, [_leaf_fields(odd, 1), _leaf_fields(odd, 2)])
    with app.state.read_session() as session:
        rows = read_ledger(session)
        assert session.scalar(select(func.count()).select_from(CallRecord)) == 0
    assert [(r.idx, r.call_id, r.seq) for r in rows] == [(0, odd, 1), (1, odd, 2)]


def _waiting_for_a_lock(app: Any) -> bool:
    with app.state.engine.connect() as connection:
        waiting = connection.scalar(
            text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
        )
    return bool(waiting)


@postgres_only
def test_a_start_waiting_for_the_ledger_is_numbered_after_the_writer_it_waited_for(
    client: Any, app: Any
) -> None:
    from dispatch_intake.calls import schemas, service

    first = str(start_call(client)["id"])
    intake = app.state.intake
    principal = app.state.role_tokens.match("test-call-taker")
    prepared = service.prepare_call(
        intake=intake,
        request=schemas.read_call_start({"location_text": "河南大学"}, max_text_chars=500),
    )
    outcome: list[Any] = []

    def start_behind() -> None:
        try:
            with app.state.write_session() as session:
                outcome.append(
                    service.start_call(
                        session=session,
                        intake=intake,
                        principal=principal,
                        prepared=prepared,
                        idempotency_key=None,
                    )
                )
        except Exception as exc:  # the assertion below names it
            outcome.append(exc)

    with app.state.write_session() as holder:
        _append_note(holder, first, "call_taker#test")
        holder.flush()  # the note's leaf entered: the ledger's lock is held until commit
        behind = threading.Thread(target=start_behind)
        behind.start()
        while behind.is_alive() and not _waiting_for_a_lock(app):
            behind.join(0.01)
        holder.commit()
    behind.join()
    assert len(outcome) == 1 and not isinstance(outcome[0], Exception), outcome
    (record, created) = outcome[0]
    with app.state.read_session() as session:
        ledger = read_ledger(session)
        assert list(verify_store(session, app.state.audit_keys)) == []
    assert created and [row.idx for row in ledger] == list(range(len(ledger)))
    note = next(i for i, row in enumerate(ledger) if row.call_id == first and row.seq > 1)
    assert all(i > note for i, row in enumerate(ledger) if row.call_id == record["id"])


@postgres_only
def test_under_the_ledger_lock_a_start_sends_two_messages(client: Any, app: Any) -> None:
    sent: list[tuple[int, str]] = []

    def note(connection: Any, cursor: Any, statement: str, *args: Any) -> None:
        sent.append((id(connection.connection.dbapi_connection), statement))

    event.listen(app.state.engine, "before_cursor_execute", note)
    try:
        start_call(client)
    finally:
        event.remove(app.state.engine, "before_cursor_execute", note)
    locked = next(i for i, (_, statement) in enumerate(sent) if "advisory_xact_lock" in statement)
    holder = sent[locked][0]
    after = [statement for connection, statement in sent[locked:] if connection == holder]
    # The lock with the ledger's top, then the leaves with the COMMIT: nothing else waits
    # inside the lock.
    assert len(after) == 2
    assert after[0].rstrip().endswith("FROM ledger_entries")
    assert after[1].startswith("INSERT INTO ledger_entries") and after[1].endswith("; COMMIT")


@pytest.fixture
def other_store(
    tmp_path: Path, gazetteer: Any, postgres_schemas: list[str], session_tag: str
) -> Iterator[Any]:
    """A second store in its own schema of the same database."""
    import psycopg

    from dispatch_intake.app import create_app

    from ..conftest import POSTGRES_URL, _postgres_conninfo

    schema = f"t_{session_tag}_{len(postgres_schemas)}_other"
    with psycopg.connect(_postgres_conninfo(), autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    postgres_schemas.append(schema)
    url = f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    application = create_app(settings_for(tmp_path / "other", url), gazetteer=gazetteer)
    yield application
    application.state.engine.dispose()


@postgres_only
def test_stores_sharing_a_database_do_not_wait_for_each_others_ledger(
    client: Any, app: Any, other_store: Any
) -> None:
    from fastapi.testclient import TestClient

    first = str(start_call(client)["id"])
    with app.state.write_session() as holder:
        _append_note(holder, first, "call_taker#test")
        holder.flush()  # this store's ledger lock is held until the commit below
        with TestClient(other_store) as other:
            # Would wait out the statement timeout and fail if the lock were the database's.
            start_call(other)
        holder.commit()
    with other_store.state.read_session() as session:
        assert session.scalar(select(func.count()).select_from(LedgerEntry)) > 0


def _queued_starts(app: Any, bodies: list[dict[str, Any]], refuse: set[int]) -> list[Any]:
    """Starts through the service's group commit, the first alone and the rest queued behind
    it (as a burst of starts is behind a commit); those in `refuse` fail in their own work,
    an odd one before it writes anything, an even one once its call is written. Their
    outcomes (a record or the exception)."""
    from dispatch_intake.auth.service import Principal
    from dispatch_intake.calls import service
    from dispatch_intake.calls.schemas import read_call_start

    from .test_group_commit import run_queued

    intake = app.state.intake
    principal = Principal(role="call_taker", actor="call_taker#queued")
    limit = intake.settings.max_text_chars

    def work(n: int, body: dict[str, Any]) -> Any:
        prepared = service.prepare_call(
            intake=intake, request=read_call_start(body, max_text_chars=limit)
        )

        def start(session: Session) -> Any:
            if n in refuse and n % 2:
                raise ValueError("a fault of this unit's own work, before it wrote")
            record, _ = service.start_call(
                session=session,
                intake=intake,
                principal=principal,
                prepared=prepared,
                idempotency_key=None,
            )
            if n in refuse:
                raise ValueError(f"a fault of this unit's own work, after {record['id']}")
            return record

        return start

    group = app.state.group_commit
    return run_queued(group, [work(n, body) for n, body in enumerate(bodies)])


def _ledger_holds(app: Any) -> set[str]:
    """Audit verification holds, the ledger is numbered without a gap; its calls."""
    with app.state.read_session() as session:
        assert list(verify_store(session, app.state.audit_keys)) == []
        ledger = read_ledger(session)
        assert [row.idx for row in ledger] == list(range(len(ledger)))
        stored = set(session.scalars(select(CallRecord.id)))
        assert {row.call_id for row in ledger} == stored
        return stored


def test_starts_sharing_a_commit_take_the_ledger_once_and_verify(app: Any) -> None:
    bodies = [
        {"psap": "zhengzhou-120", "location_text": "河南大学", "caller_number": "13800138000"},
        {"psap": "zhengzhou-120", "complaint_text": "胸口疼"},
        {"psap": "kaifeng-120", "location_text": "明伦校区"},
        {"psap": "zhengzhou-120", "location_text": "二七塔", "complaint_text": "摔倒了"},
        {"psap": "zhengzhou-120"},
    ]
    tops: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if "max(idx)" in statement or "max(ledger_entries.idx)" in statement:
            tops.append(statement)

    event.listen(app.state.engine, "before_cursor_execute", note)
    try:
        outcomes = _queued_starts(app, bodies, refuse=set())
    finally:
        event.remove(app.state.engine, "before_cursor_execute", note)

    assert all(isinstance(o, dict) for o in outcomes)
    # The first start alone, the four queued behind it in one batch: the ledger's top (and on
    # PostgreSQL its lock) taken twice, not once per start.
    assert len(tops) == 2
    assert _ledger_holds(app) == {o["id"] for o in outcomes}


def test_units_that_fail_in_a_batch_leave_a_ledger_that_verifies(app: Any) -> None:
    bodies = [{"psap": "zhengzhou-120", "location_text": t} for t in ["河南大学", "二七塔"]]
    bodies += [{"psap": "zhengzhou-120", "complaint_text": "胸口疼"}] * 4

    outcomes = _queued_starts(app, bodies, refuse={2, 3})

    assert [isinstance(o, ValueError) for o in outcomes] == [False] * 2 + [True] * 2 + [False] * 2
    stored = _ledger_holds(app)
    # Written before it failed, the call of unit 2 stays with its leaves; unit 3 wrote none.
    assert len(stored) == 5
    assert {o["id"] for o in outcomes if isinstance(o, dict)} < stored
