"""Retention: the caller's words are sealed under a per-call data key; destroying it after
the retention period erases them for good, the audit trail still verifying."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import text

from dispatch_intake.audit.bundle import check_bundle
from dispatch_intake.audit.cli import run_erase, run_verify
from dispatch_intake.audit.service import RETENTION_ACTOR, erase_expired
from dispatch_intake.db import utcnow

from ..conftest import CONFIG_DIR
from .factories import CALLER_NUMBER, act, auth, start_call

SAID = ("龙子湖那边", "说不出话", "已到门口", CALLER_NUMBER)


@pytest.fixture(autouse=True)
def _service_settings(settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPATCH_INTAKE_CONFIG_DIR", str(CONFIG_DIR))
    monkeypatch.setenv("DISPATCH_INTAKE_VAR_DIR", str(settings.var_dir))


def _closed_call(client: Any) -> str:
    call_id = str(start_call(client)["id"])
    act(client, call_id, "location", {"text": "龙子湖那边"})
    act(client, call_id, "confirm", {"option": "1"})
    act(client, call_id, "notes", {"text": f"已到门口，回拨{CALLER_NUMBER}"})
    closed = act(client, call_id, "close", {"reason": "已送医"}, role="dispatcher")
    assert closed.status_code == 200, closed.text
    return call_id


def _stored_events(app: Any, call_id: str) -> str:
    with app.state.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT data FROM timeline_events WHERE call_id = :call"), {"call": call_id}
        )
        return "\n".join(row[0] for row in rows)


def _stored_row(app: Any, call_id: str) -> str:
    with app.state.engine.connect() as connection:
        row = connection.execute(text("SELECT * FROM calls WHERE id = :call"), {"call": call_id})
        return json.dumps([str(value) for value in row.one()], ensure_ascii=False)


def test_the_timeline_stores_the_callers_words_sealed(client: Any, app: Any) -> None:
    call_id = _closed_call(client)
    stored = _stored_events(app, call_id)
    for words in ("龙子湖那边", "说不出话", "已到门口", "已送医"):
        assert words not in stored
    timeline = client.get(f"/v1/calls/{call_id}/timeline", headers=auth("auditor")).json()
    said = [e["data"]["text"] for e in timeline["timeline"] if e["type"] == "location_said"]
    assert said == ["河南大学", "龙子湖那边"]
    closed = next(e for e in timeline["timeline"] if e["type"] == "closed")
    assert closed["data"]["reason"] == "已送医"


def test_erasure_destroys_the_words_and_the_trail_still_verifies(
    client: Any, app: Any, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    erased_id = _closed_call(client)
    open_id = str(start_call(client)["id"])
    later = utcnow() + timedelta(days=31)
    keys = app.state.audit_keys
    assert erase_expired(app.state.write_session, keys, days=30) == []
    assert erase_expired(app.state.write_session, keys, days=30, now=later) == [erased_id]
    # Done once: a second run finds nothing more.
    assert erase_expired(app.state.write_session, keys, days=30, now=later) == []

    stored = _stored_events(app, erased_id) + _stored_row(app, erased_id)
    for words in SAID:
        assert words not in stored
    record = client.get(f"/v1/calls/{erased_id}", headers=auth("supervisor")).json()
    assert record["caller"]["number"] is None
    assert record["complaint"]["text"] == [] and record["location"]["text"] == []
    assert record["status"] == "closed"
    last = record["timeline"][-1]
    assert last["type"] == "erased"
    assert last["actor"] == RETENTION_ACTOR
    assert last["data"]["rule"].startswith("retention_days=30")
    assert last["data"]["data_key_destroyed"] is True
    said = [e["data"]["text"] for e in record["timeline"] if e["type"] == "location_said"]
    assert said == [None, None]
    untouched = client.get(f"/v1/calls/{open_id}", headers=auth("supervisor")).json()
    assert untouched["caller"]["number"] == CALLER_NUMBER

    status = run_verify(argparse.Namespace(database_url=database_url, public_key=None))
    assert status == 0, capsys.readouterr().out
    verified = client.get(f"/v1/calls/{erased_id}/verify", headers=auth("auditor")).json()
    assert verified == {"ok": True, "problems": []}
    bundle = client.get(f"/v1/calls/{erased_id}/evidence", headers=auth("auditor")).content
    assert check_bundle(bundle, keys.public_key) == []
    assert json.loads(bundle)["data_key"] is None


def test_erase_command_names_who_erased(
    client: Any, app: Any, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    call_id = _closed_call(client)
    with app.state.engine.begin() as connection:
        connection.execute(
            text("UPDATE calls SET updated_at = :then WHERE id = :call"),
            {"then": utcnow() - timedelta(days=2), "call": call_id},
        )
    status = run_erase(argparse.Namespace(database_url=database_url, days=1.0, by="S1024"))
    assert status == 0
    assert f"erased call {call_id}" in capsys.readouterr().out
    record = client.get(f"/v1/calls/{call_id}", headers=auth("supervisor")).json()
    assert record["timeline"][-1]["actor"] == "S1024"
    assert record["timeline"][-1]["data"]["rule"].startswith("retention_days=1")
