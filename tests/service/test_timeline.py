"""The MAC-chained timeline, and `dispatch-intake audit verify` catching any tampering."""

from __future__ import annotations

import argparse
from typing import Any

import pytest
from sqlalchemy import text

from dispatch_intake.audit.cli import run_verify
from dispatch_intake.timeline.service import GENESIS, event_hash

from ..conftest import CONFIG_DIR
from .factories import act, auth, start_call


def _full_call(client: Any) -> str:
    record = start_call(client)
    act(client, record["id"], "location", {"text": "龙子湖那边"})
    act(client, record["id"], "confirm", {"option": "1"})
    act(client, record["id"], "notes", {"text": "已到门口"})
    return str(record["id"])


@pytest.fixture(autouse=True)
def _service_settings(settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """`audit verify` reads the keys named by the service's settings."""
    monkeypatch.setenv("DISPATCH_INTAKE_CONFIG_DIR", str(CONFIG_DIR))
    monkeypatch.setenv("DISPATCH_INTAKE_VAR_DIR", str(settings.var_dir))


def _verify(database_url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = run_verify(argparse.Namespace(database_url=database_url, public_key=None))
    return status, capsys.readouterr().out


def test_each_mac_chains_to_the_previous_event(client: Any, app: Any) -> None:
    call_id = _full_call(client)
    timeline = client.get(f"/v1/calls/{call_id}", headers=auth()).json()["timeline"]
    with app.state.engine.connect() as connection:
        # The MAC covers the data as stored: the caller's words sealed.
        stored = dict(
            connection.execute(
                text("SELECT seq, data FROM timeline_events WHERE call_id = :call"),
                {"call": call_id},
            ).all()
        )
    said = [e for e in timeline if e["type"] == "location_said"][-1]
    assert said["data"]["text"] == "龙子湖那边"
    assert "龙子湖那边" not in stored[said["seq"]]
    previous = GENESIS
    for event in timeline:
        fields = {
            "call_id": call_id,
            "seq": event["seq"],
            "at": event["at"],
            "type_": event["type"],
            "actor": event["actor"],
            "data": stored[event["seq"]],
        }
        keyed = event_hash(previous, **fields, version=1, key=app.state.audit_keys.chain_key)
        assert event["hash"] == keyed
        # Without the key, the public algorithm does not reproduce it.
        assert event["hash"] != event_hash(previous, **fields)
        previous = event["hash"]
    assert [e["seq"] for e in timeline] == list(range(1, len(timeline) + 1))


def test_untouched_store_verifies(
    client: Any, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _full_call(client)
    _full_call(client)
    status, out = _verify(database_url, capsys)
    assert status == 0, out
    assert "2 call timelines verified" in out


@pytest.mark.parametrize(
    "tamper",
    [
        # an edited event
        "UPDATE timeline_events SET data = replace(data, 'longzihu', 'minglun') "
        "WHERE call_id = :call AND type = 'confirmed'",
        # an edited actor
        "UPDATE timeline_events SET actor = 'supervisor#00000000' "
        "WHERE call_id = :call AND seq = 2",
        # a removed event in the middle
        "DELETE FROM timeline_events WHERE call_id = :call AND seq = 3",
        # the newest event removed
        "DELETE FROM timeline_events WHERE call_id = :call AND seq = "
        "(SELECT max(seq) FROM timeline_events WHERE call_id = :call)",
        # two events swapped
        "UPDATE timeline_events SET seq = CASE seq WHEN 2 THEN 3 WHEN 3 THEN 2 END "
        "WHERE call_id = :call AND seq IN (2, 3)",
    ],
    ids=["edited-data", "edited-actor", "removed", "removed-last", "reordered"],
)
def test_tampering_is_detected(
    client: Any, app: Any, database_url: str, capsys: pytest.CaptureFixture[str], tamper: str
) -> None:
    untouched = _full_call(client)
    call_id = _full_call(client)
    with app.state.engine.begin() as connection:
        if "CASE seq" in tamper:
            # Unique (call_id, seq) forbids a direct swap; move one aside first.
            connection.execute(
                text("UPDATE timeline_events SET seq = -2 WHERE call_id = :call AND seq = 2"),
                {"call": call_id},
            )
            connection.execute(
                text("UPDATE timeline_events SET seq = 2 WHERE call_id = :call AND seq = 3"),
                {"call": call_id},
            )
            connection.execute(
                text("UPDATE timeline_events SET seq = 3 WHERE call_id = :call AND seq = -2"),
                {"call": call_id},
            )
        else:
            changed = connection.execute(text(tamper), {"call": call_id})
            assert changed.rowcount == 1
    status, out = _verify(database_url, capsys)
    assert status == 1
    assert call_id in out
    assert untouched not in out
    assert "1 of 2 call timelines fail verification" in out
    assert f"TAMPERED call {call_id} event " in out


def test_audit_verify_is_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    from dispatch_intake.audit import cli

    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers()
    cli.register(subparsers)
    args = parser.parse_args(["audit", "verify", "--database-url", "sqlite:///x.db"])
    assert args.func is run_verify
