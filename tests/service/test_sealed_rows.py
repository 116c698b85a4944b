"""The call row's copies of what the caller said are sealed under the call's data key like its
events: the store holds no number or words in the clear, readers see them as said, repeat
callers and number searches still meet, erasure reaches them, and rows written before are
sealed by `audit seal-existing` without breaking `audit verify`."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import text

from dispatch_intake.audit.cli import run_seal_existing, run_verify
from dispatch_intake.audit.service import erase_expired
from dispatch_intake.db import utcnow

from ..conftest import CONFIG_DIR
from .factories import CALLER_NUMBER, act, auth, start_call, without_master_key

NOTE = "邻居说他家门口有棵大槐树"
REASON = "病人意识不清，需要上级指导"
COMPLAINT = "我爸突然倒地，叫不醒"


@pytest.fixture(autouse=True)
def _service_settings(settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPATCH_INTAKE_CONFIG_DIR", str(CONFIG_DIR))
    monkeypatch.setenv("DISPATCH_INTAKE_VAR_DIR", str(settings.var_dir))


def _full_call(client: Any, number: str = CALLER_NUMBER) -> str:
    call_id = str(
        start_call(
            client,
            caller_number=number,
            complaint_text=COMPLAINT,
            caller_position={"lat": 34.80, "lon": 113.70, "source": "基站定位"},
        )["id"]
    )
    act(client, call_id, "location", {"text": "龙子湖那边"})
    act(client, call_id, "notes", {"text": NOTE})
    act(client, call_id, "answers", {"question": "breathing", "answer": "喘得很厉害"})
    escalated = act(client, call_id, "escalate", {"reason": REASON}, role="supervisor")
    assert escalated.status_code == 200, escalated.text
    return call_id


def _stored_row(app: Any, call_id: str) -> dict[str, Any]:
    with app.state.engine.connect() as connection:
        row = connection.execute(text("SELECT * FROM calls WHERE id = :call"), {"call": call_id})
        return dict(row.one()._mapping)


def _said_in(row: dict[str, Any]) -> list[str]:
    flat = json.dumps({k: str(v) for k, v in row.items()}, ensure_ascii=False)
    words = (CALLER_NUMBER, NOTE, REASON, COMPLAINT, "龙子湖那边", "喘得很厉害", "基站定位")
    return [w for w in words if w in flat]


def test_the_stored_row_holds_the_callers_words_only_sealed(client: Any, app: Any) -> None:
    call_id = _full_call(client)
    row = _stored_row(app, call_id)
    assert _said_in(row) == []
    assert row["sealed_said"] and row["caller_number_digest"]
    assert CALLER_NUMBER not in row["caller_number_digest"]
    whole = client.get(f"/v1/calls/{call_id}", headers=auth("supervisor")).json()
    assert whole["caller"]["number"] == CALLER_NUMBER
    assert whole["caller"]["position"]["source"] == "基站定位"
    assert whole["complaint"]["text"] == [COMPLAINT]
    assert whole["location"]["text"][-1] == "龙子湖那边"
    assert whole["notes"][0]["text"] == NOTE
    assert whole["answers"]["breathing"]["text"] == "喘得很厉害"
    assert whole["escalation"]["reason"] == REASON
    masked = client.get(f"/v1/calls/{call_id}", headers=auth("call_taker")).json()
    assert masked["caller"]["number"] == "138****8000"
    assert masked["notes"][0]["text"] == NOTE


def test_repeat_callers_and_number_search_meet_on_the_digest(client: Any, app: Any) -> None:
    first = _full_call(client)
    other = _full_call(client, number="13900139000")
    again = start_call(client, caller_number=CALLER_NUMBER)
    assert again["related_calls"] == [first]
    found = client.get(
        "/v1/calls", params={"number": CALLER_NUMBER}, headers=auth("supervisor")
    ).json()
    ids = [c["id"] for c in (found["calls"] if isinstance(found, dict) else found)]
    assert set(ids) == {first, again["id"]} and other not in ids


def test_erasure_takes_the_rows_words_and_its_digest(client: Any, app: Any) -> None:
    call_id = _full_call(client)
    before = _stored_row(app, call_id)
    closed = act(client, call_id, "close", {"reason": "已送医"}, role="dispatcher")
    assert closed.status_code == 200, closed.text
    later = utcnow() + timedelta(days=2)
    erased = erase_expired(app.state.write_session, app.state.audit_keys, days=1, now=later)
    assert erased == [call_id]
    after = _stored_row(app, call_id)
    assert after["sealed_said"] is None and after["caller_number_digest"] is None
    assert _said_in(after) == []
    # A backup taken before erasure holds the sealed words, which no key opens any more.
    from dispatch_intake.audit.rows import ROW_SEALED_NAME
    from dispatch_intake.audit.sealing import SEALED, open_value

    with app.state.read_session() as session:
        key_row = session.execute(
            text("SELECT wrapped_key FROM call_keys WHERE call_id = :c"), {"c": call_id}
        ).one()
    assert key_row[0] is None
    assert open_value(None, call_id, ROW_SEALED_NAME, {SEALED: before["sealed_said"]}) is None
    found = client.get(
        "/v1/calls", params={"number": CALLER_NUMBER}, headers=auth("supervisor")
    ).json()
    assert call_id not in json.dumps(found)


def test_seal_existing_seals_old_rows_and_names_old_events_left_as_they_were(
    client: Any, app: Any, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with without_master_key(app):
        old = _full_call(client)
    assert CALLER_NUMBER in _said_in(_stored_row(app, old))
    sealed_already = _full_call(client, number="13900139000")

    status = run_seal_existing(argparse.Namespace(database_url=database_url))
    shown = capsys.readouterr().out
    assert status == 0, shown
    assert "sealed the caller's words on 1 call rows" in shown
    assert f"LEFT IN CLEAR call {old} events 1, " in shown
    assert sealed_already not in shown
    assert _said_in(_stored_row(app, old)) == []

    whole = client.get(f"/v1/calls/{old}", headers=auth("supervisor")).json()
    assert (whole["caller"]["number"], whole["notes"][0]["text"]) == (CALLER_NUMBER, NOTE)
    again = start_call(client, caller_number=CALLER_NUMBER)
    assert again["related_calls"] == [old]
    assert run_verify(argparse.Namespace(database_url=database_url, public_key=None)) == 0
    # Run again, it finds nothing more to seal.
    assert run_seal_existing(argparse.Namespace(database_url=database_url)) == 0
    assert "on 0 call rows" in capsys.readouterr().out


def test_a_legacy_row_is_still_found_by_number_before_it_is_sealed(client: Any, app: Any) -> None:
    with without_master_key(app):
        old = _full_call(client)
    again = start_call(client, caller_number=CALLER_NUMBER)
    assert again["related_calls"] == [old]


def test_a_call_held_while_the_store_was_away_reaches_it_sealed(client: Any, app: Any) -> None:
    from functools import partial

    from dispatch_intake.auth.service import bearer_token
    from dispatch_intake.calls import schemas, service

    intake, held = app.state.intake, app.state.held
    principal = app.state.role_tokens.match(bearer_token(auth()["Authorization"]))
    request = schemas.read_call_start(
        {"psap": "zhengzhou-120", "complaint_text": COMPLAINT, "caller_number": CALLER_NUMBER},
        max_text_chars=500,
    )
    prepared = service.prepare_call(intake=intake, request=request)
    call_id = service.new_call_id()
    start = partial(
        service.start_call,
        intake=intake,
        principal=principal,
        prepared=prepared,
        idempotency_key=None,
        call_id=call_id,
    )
    held.hold(lambda session: start(session=session))
    # The app's store monitor replays held calls in the background whenever the store
    # answers, so it may copy this one first: either way the call reaches the store once.
    held.replay()
    assert held.pending == 0
    assert _said_in(_stored_row(app, call_id)) == []
    whole = client.get(f"/v1/calls/{call_id}", headers=auth("supervisor")).json()
    assert (whole["caller"]["number"], whole["complaint"]["text"]) == (CALLER_NUMBER, [COMPLAINT])
    assert start_call(client, caller_number=CALLER_NUMBER)["related_calls"] == [call_id]


def test_two_replays_at_once_copy_a_held_call_once(client: Any, app: Any) -> None:
    """The monitor's background replay and one asked for directly, at the same moment: each
    that takes a batch waits a while before copying it, so without one replay at a time both
    would copy the same batch and the second would fail on the stored call."""
    import threading
    from functools import partial

    from dispatch_intake.auth.service import bearer_token
    from dispatch_intake.calls import schemas, service

    intake, held = app.state.intake, app.state.held
    principal = app.state.role_tokens.match(bearer_token(auth()["Authorization"]))
    request = schemas.read_call_start(
        {"psap": "zhengzhou-120", "complaint_text": COMPLAINT}, max_text_chars=500
    )
    call_id = service.new_call_id()
    start = partial(
        service.start_call,
        intake=intake,
        principal=principal,
        prepared=service.prepare_call(intake=intake, request=request),
        idempotency_key=None,
        call_id=call_id,
    )
    both_took = threading.Barrier(2)
    take = held._take_batch

    def take_and_wait() -> list[str]:
        batch = take()
        if batch:
            try:
                both_took.wait(timeout=1)
            except threading.BrokenBarrierError:
                pass  # the other replay is waiting its turn
        return list(batch)

    held._take_batch = take_and_wait
    failures: list[BaseException] = []

    def replay() -> None:
        try:
            held.replay()
        except BaseException as failure:
            failures.append(failure)

    held.hold(lambda session: start(session=session))
    replays = [threading.Thread(target=replay) for _ in range(2)]
    for thread in replays:
        thread.start()
    for thread in replays:
        thread.join(timeout=30)
    assert failures == []
    assert held.pending == 0
    assert client.get(f"/v1/calls/{call_id}", headers=auth("supervisor")).status_code == 200
