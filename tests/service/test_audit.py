"""The six forgeries of someone with full write access to the store, each made after the
ledger's head was signed, and each rejected by `dispatch-intake audit verify` naming the
call and the event; the same checks for one call over HTTP."""

from __future__ import annotations

import argparse
import hashlib
import json
from typing import Any

import pytest
from sqlalchemy import text

from dispatch_intake.audit.chain import canonical_json, event_body, event_leaf_hash, unkeyed_hash
from dispatch_intake.audit.cli import run_checkpoint, run_verify
from dispatch_intake.audit.ledger import write_checkpoint

from ..conftest import CONFIG_DIR
from .factories import act, auth, start_call


@pytest.fixture(autouse=True)
def _service_settings(settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPATCH_INTAKE_CONFIG_DIR", str(CONFIG_DIR))
    monkeypatch.setenv("DISPATCH_INTAKE_VAR_DIR", str(settings.var_dir))


def _full_call(client: Any) -> str:
    record = start_call(client)
    call_id = str(record["id"])
    act(client, call_id, "location", {"text": "龙子湖那边"})
    act(client, call_id, "confirm", {"option": "1"})
    act(client, call_id, "notes", {"text": "已到门口"})
    act(client, call_id, "dispatch", {"unit": "急救1车"}, role="dispatcher")
    return call_id


def _verify(database_url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = run_verify(argparse.Namespace(database_url=database_url, public_key=None))
    return status, capsys.readouterr().out


def _checkpoint(app: Any) -> None:
    with app.state.read_session() as session:
        assert write_checkpoint(session, app.state.audit_keys) is not None


def _events(connection: Any, call_id: str) -> list[dict[str, Any]]:
    rows = connection.execute(
        text(
            "SELECT version AS v, call_id, seq, at, type, actor, data, prev_hash, hash "
            "FROM timeline_events WHERE call_id = :call ORDER BY seq"
        ),
        {"call": call_id},
    )
    return [dict(row._mapping) for row in rows]


def _reset_head(connection: Any, call_id: str) -> None:
    """What a forger does after removing events: make the call row agree with what is left."""
    events = _events(connection, call_id)
    connection.execute(
        text("UPDATE calls SET timeline_length = :n, timeline_head = :head WHERE id = :call"),
        {"n": len(events), "head": events[-1]["hash"] if events else "0" * 64, "call": call_id},
    )


def delete_tail(connection: Any, call_id: str, ledger_too: bool) -> int:
    last = len(_events(connection, call_id))
    connection.execute(
        text("DELETE FROM timeline_events WHERE call_id = :call AND seq >= :seq"),
        {"call": call_id, "seq": last - 1},
    )
    if ledger_too:
        connection.execute(
            text("DELETE FROM ledger_entries WHERE call_id = :call AND seq >= :seq"),
            {"call": call_id, "seq": last - 1},
        )
    _reset_head(connection, call_id)
    return last - 1


def delete_all_events(connection: Any, call_id: str, ledger_too: bool) -> int:
    connection.execute(text("DELETE FROM timeline_events WHERE call_id = :call"), {"call": call_id})
    if ledger_too:
        connection.execute(
            text("DELETE FROM ledger_entries WHERE call_id = :call"), {"call": call_id}
        )
    _reset_head(connection, call_id)
    return 1


def _forge_event(
    connection: Any, call_id: str, seq: int, prev: str, version: int, data: str
) -> dict[str, Any]:
    event: dict[str, Any] = {
        "v": version,
        "call_id": call_id,
        "seq": seq,
        "at": "2026-12-04T00:00:00.000+00:00",
        "type": "note",
        "actor": "supervisor#00000000",
        "data": data,
        "prev_hash": prev,
    }
    body = event_body(
        call_id=call_id, seq=seq, at=event["at"], type_="note", actor=event["actor"], data=data
    )
    # A forger has the public algorithm, not the chain key: a guessed key is as good as any.
    event["hash"] = (
        unkeyed_hash(prev, body)
        if version == 0
        else hashlib.sha256(b"guessed key" + (prev + body).encode()).hexdigest()
    )
    return event


def _insert_event(connection: Any, event: dict[str, Any], ledger_too: bool) -> None:
    connection.execute(
        text(
            "INSERT INTO timeline_events (call_id, seq, at, type, actor, data, prev_hash, hash, "
            "version) VALUES (:call_id, :seq, :at, :type, :actor, :data, :prev_hash, :hash, :v)"
        ),
        event,
    )
    if ledger_too:
        top = connection.execute(text("SELECT max(idx) FROM ledger_entries")).scalar()
        connection.execute(
            text(
                "INSERT INTO ledger_entries (idx, call_id, seq, leaf_hash, mac) "
                "VALUES (:idx, :call, :seq, :leaf, :mac)"
            ),
            {
                "idx": int(top) + 1,
                "call": event["call_id"],
                "seq": event["seq"],
                "leaf": event_leaf_hash(event),
                "mac": "0" * 64,
            },
        )


def append_forged(connection: Any, call_id: str, ledger_too: bool) -> int:
    events = _events(connection, call_id)
    seq = len(events) + 1
    note = canonical_json({"text": "家属拒绝送医"})
    _insert_event(
        connection, _forge_event(connection, call_id, seq, events[-1]["hash"], 0, note), ledger_too
    )
    _reset_head(connection, call_id)
    return seq


def rewrite_chain(connection: Any, call_id: str, ledger_too: bool) -> int:
    """Every event re-sealed with the public algorithm after one was edited."""
    events = _events(connection, call_id)
    connection.execute(text("DELETE FROM timeline_events WHERE call_id = :call"), {"call": call_id})
    if ledger_too:
        connection.execute(
            text("DELETE FROM ledger_entries WHERE call_id = :call"), {"call": call_id}
        )
    prev = "0" * 64
    edited = next(e["seq"] for e in events if e["type"] == "note")
    for event in events:
        data = (
            event["data"].replace("已到门口", "未到") if event["seq"] == edited else event["data"]
        )
        forged = _forge_event(connection, call_id, event["seq"], prev, 0, data)
        forged.update(type=event["type"], actor=event["actor"], at=event["at"])
        body = event_body(
            call_id=call_id,
            seq=event["seq"],
            at=event["at"],
            type_=event["type"],
            actor=event["actor"],
            data=data,
        )
        forged["hash"] = unkeyed_hash(prev, body)
        _insert_event(connection, forged, ledger_too)
        prev = forged["hash"]
    _reset_head(connection, call_id)
    return 1


def delete_call(connection: Any, call_id: str, ledger_too: bool) -> int:
    for table, column in (
        ("timeline_events", "call_id"),
        ("idempotency_keys", "call_id"),
        ("calls", "id"),
    ):
        connection.execute(text(f"DELETE FROM {table} WHERE {column} = :call"), {"call": call_id})
    if ledger_too:
        connection.execute(
            text("DELETE FROM ledger_entries WHERE call_id = :call"), {"call": call_id}
        )
    return 1


FORGERIES = {
    "delete-tail-reset-head": delete_tail,
    "delete-all-events": delete_all_events,
    "append-forged-event": append_forged,
    "rewrite-chain-public-algorithm": rewrite_chain,
    "delete-whole-call": delete_call,
}


@pytest.mark.parametrize("ledger_too", [False, True], ids=["store-rows", "ledger-too"])
@pytest.mark.parametrize("forgery", list(FORGERIES), ids=list(FORGERIES))
def test_forgeries_are_rejected_naming_call_and_event(
    client: Any,
    app: Any,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    forgery: str,
    ledger_too: bool,
) -> None:
    untouched = _full_call(client)
    call_id = _full_call(client)
    # The forged call is the ledger's newest; another call follows it so that its tail is not
    # the ledger's tail (a tail newer than the latest checkpoint is what checkpoints bound).
    later = _full_call(client)
    _checkpoint(app)
    status, out = _verify(database_url, capsys)
    assert status == 0, out
    with app.state.engine.begin() as connection:
        seq = FORGERIES[forgery](connection, call_id, ledger_too)
    status, out = _verify(database_url, capsys)
    assert status == 1, out
    assert f"TAMPERED call {call_id} event {seq}:" in out
    assert untouched not in out
    assert later not in out


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("status", "'closed'"),
        ("priority", "'routine'"),
        ("confirmed", "NULL"),
        ("dispatches", "'[]'"),
        ("transfer", """'{"from_psap": "zhengzhou-120", "to_psap": "kaifeng-120"}'"""),
        ("psap", "'kaifeng-120'"),
    ],
)
def test_an_edited_call_row_is_rejected(
    client: Any,
    app: Any,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    column: str,
    value: str,
) -> None:
    call_id = _full_call(client)
    with app.state.engine.begin() as connection:
        connection.execute(
            text(f"UPDATE calls SET {column} = {value} WHERE id = :call"), {"call": call_id}
        )
    status, out = _verify(database_url, capsys)
    assert status == 1, out
    line = next(line for line in out.splitlines() if line.startswith(f"TAMPERED call {call_id}"))
    assert f"the call row's {column} is" in line
    assert " event " in line


def test_a_truncated_ledger_tail_is_caught_by_the_checkpoint(
    client: Any, app: Any, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _full_call(client)
    newest = _full_call(client)
    _checkpoint(app)
    with app.state.engine.begin() as connection:
        delete_call(connection, newest, ledger_too=True)
    status, out = _verify(database_url, capsys)
    assert status == 1
    # The rows are gone from the store; the checkpoint log still names them.
    assert f"TAMPERED call {newest} event 1: was removed with its ledger entry" in out
    assert first not in out


def test_a_rewritten_ledger_is_never_signed(
    client: Any, app: Any, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    call_id = _full_call(client)
    _full_call(client)
    _checkpoint(app)
    with app.state.engine.begin() as connection:
        delete_call(connection, call_id, ledger_too=True)
    status = run_checkpoint(argparse.Namespace(database_url=database_url))
    assert status == 2
    assert "no checkpoint signed" in capsys.readouterr().err


def test_verify_one_call_over_http(client: Any, app: Any) -> None:
    call_id = _full_call(client)
    for role in ("supervisor", "auditor"):
        answer = client.get(f"/v1/calls/{call_id}/verify", headers=auth(role))
        assert answer.status_code == 200
        assert answer.json() == {"ok": True, "problems": []}
    assert client.get(f"/v1/calls/{call_id}/verify", headers=auth("call_taker")).status_code == 403
    assert client.get("/v1/calls/nope/verify", headers=auth("auditor")).status_code == 404
    with app.state.engine.begin() as connection:
        connection.execute(
            text("UPDATE timeline_events SET data = :d WHERE call_id = :call AND seq = 2"),
            {"d": json.dumps({"text": "别处"}), "call": call_id},
        )
    answer = client.get(f"/v1/calls/{call_id}/verify", headers=auth("auditor")).json()
    assert answer["ok"] is False
    assert {
        "seq": 2,
        "message": "content differs from its MAC (edited, or sealed without the chain key)",
    } in answer["problems"]


def test_a_deleted_call_is_reported_over_http(client: Any, app: Any) -> None:
    call_id = _full_call(client)
    with app.state.engine.begin() as connection:
        delete_call(connection, call_id, ledger_too=False)
    answer = client.get(f"/v1/calls/{call_id}/verify", headers=auth("supervisor")).json()
    assert answer["ok"] is False
    assert answer["problems"][0]["seq"] == 1
    assert "the call was deleted" in answer["problems"][0]["message"]
