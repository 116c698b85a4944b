"""A store written before the chain key: its unkeyed events enter the ledger at the next start
and keep verifying; an unkeyed event forged afterwards does not."""

from __future__ import annotations

import argparse
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import text

from dispatch_intake.app import create_app
from dispatch_intake.audit.chain import GENESIS, event_body, unkeyed_hash
from dispatch_intake.audit.cli import run_verify
from dispatch_intake.db import MIGRATIONS_DIR

from ..conftest import CONFIG_DIR
from .factories import act, auth, start_call


@pytest.fixture(autouse=True)
def _service_settings(settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPATCH_INTAKE_CONFIG_DIR", str(CONFIG_DIR))
    monkeypatch.setenv("DISPATCH_INTAKE_VAR_DIR", str(settings.var_dir))


def _verify(database_url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = run_verify(argparse.Namespace(database_url=database_url, public_key=None))
    return status, capsys.readouterr().out


def _reseal_unkeyed(connection: Any, call_id: str) -> None:
    """Seal a call's events as the service did before keys: sha256, version 0."""
    rows = connection.execute(
        text(
            "SELECT seq, at, type, actor, data FROM timeline_events WHERE call_id = :call "
            "ORDER BY seq"
        ),
        {"call": call_id},
    ).all()
    prev = GENESIS
    for seq, at, type_, actor, data in rows:
        value = unkeyed_hash(
            prev, event_body(call_id=call_id, seq=seq, at=at, type_=type_, actor=actor, data=data)
        )
        connection.execute(
            text(
                "UPDATE timeline_events SET prev_hash = :prev, hash = :hash, version = 0 "
                "WHERE call_id = :call AND seq = :seq"
            ),
            {"prev": prev, "hash": value, "call": call_id, "seq": seq},
        )
        prev = value
    connection.execute(
        text("UPDATE calls SET timeline_head = :head WHERE id = :call"),
        {"head": prev, "call": call_id},
    )


def _back_to_revision_0002(app: Any, settings: Any, call_ids: list[str]) -> None:
    with app.state.engine.begin() as connection:
        for call_id in call_ids:
            _reseal_unkeyed(connection, call_id)
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    app.state.audit_keys.checkpoint_log.unlink()
    app.state.engine.dispose()


def test_unkeyed_events_from_before_the_key_still_verify(
    client: Any,
    app: Any,
    settings: Any,
    gazetteer: Any,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    older = [str(start_call(client)["id"]) for _ in range(2)]
    act(client, older[0], "confirm", {"option": "1"})
    _back_to_revision_0002(app, settings, older)

    upgraded = create_app(settings, gazetteer=gazetteer)
    try:
        status, out = _verify(database_url, capsys)
        assert status == 0, out
        from fastapi.testclient import TestClient

        with TestClient(upgraded) as later_client:
            # A keyed event continues an unkeyed chain.
            note = act(later_client, older[1], "notes", {"text": "复查"})
            assert note.status_code == 200, note.text
            newer = str(start_call(later_client)["id"])
            assert later_client.get(
                f"/v1/calls/{older[1]}/verify", headers=auth("auditor")
            ).json() == {"ok": True, "problems": []}
        status, out = _verify(database_url, capsys)
        assert status == 0, out

        # Someone with the store, and the public algorithm, appends an unkeyed event.
        with upgraded.state.engine.begin() as connection:
            head, length = connection.execute(
                text("SELECT timeline_head, timeline_length FROM calls WHERE id = :call"),
                {"call": older[0]},
            ).one()
            seq, at, actor, data = length + 1, "2026-12-04T00:00:00.000+00:00", "x", '{"text":"-"}'
            body = event_body(
                call_id=older[0], seq=seq, at=at, type_="note", actor=actor, data=data
            )
            connection.execute(
                text(
                    "INSERT INTO timeline_events (call_id, seq, at, type, actor, data, prev_hash, "
                    "hash, version) VALUES (:call, :seq, :at, 'note', :actor, :data, :prev, "
                    ":hash, 0)"
                ),
                {
                    "call": older[0],
                    "seq": seq,
                    "at": at,
                    "actor": actor,
                    "data": data,
                    "prev": head,
                    "hash": unkeyed_hash(head, body),
                },
            )
            connection.execute(
                text(
                    "UPDATE calls SET timeline_head = :head, timeline_length = :seq "
                    "WHERE id = :call"
                ),
                {"head": unkeyed_hash(head, body), "seq": seq, "call": older[0]},
            )
        status, out = _verify(database_url, capsys)
        assert status == 1
        assert f"TAMPERED call {older[0]} event {seq}: is not in the ledger" in out
        assert older[1] not in out and newer not in out
    finally:
        upgraded.state.engine.dispose()
