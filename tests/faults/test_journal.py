"""The local journal on its own: replay copies once, and a start whose commit reached the store
though its answer was lost (so it was held too) stays one call with every later event."""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy import func, select

from ..service.factories import auth, call_body


def _principal(app: Any) -> Any:
    from dispatch_intake.auth.service import bearer_token

    return app.state.role_tokens.match(bearer_token(auth()["Authorization"]))


def test_a_start_both_stored_and_held_is_one_call_with_the_held_events(
    client: Any, app: Any
) -> None:
    from dispatch_intake.audit.verify import verify_store
    from dispatch_intake.calls import contract, schemas, service
    from dispatch_intake.calls.models import CallRecord

    intake, principal, held = app.state.intake, _principal(app), app.state.held
    request = schemas.read_call_start(call_body(), max_text_chars=500)
    prepared = service.prepare_call(intake=intake, request=request)
    call_id = service.new_call_id()
    start = partial(
        service.start_call,
        intake=intake,
        principal=principal,
        prepared=prepared,
        idempotency_key="lost-answer",
        call_id=call_id,
    )
    with app.state.write_session() as session:
        start(session=session)  # the store took it; the answer never came back
    held.hold(lambda session: start(session=session))  # so it was held as well
    found, _ = held.run_if_held(
        call_id,
        lambda session: service.add_note(
            session=session,
            intake=intake,
            principal=principal,
            call_id=call_id,
            given=contract.NoteBody(text="患者在三楼"),
        ),
    )
    assert found and held.pending == 1

    assert held.replay() == 0  # nothing new copied: the call was there
    assert held.pending == 0 and held.replay() == 0
    record = client.get(f"/v1/calls/{call_id}", headers=auth()).json()
    assert [note["text"] for note in record["notes"]] == ["患者在三楼"]
    assert record["timeline"][-1]["type"] == "note"
    with app.state.read_session() as session:
        assert session.scalar(select(func.count()).select_from(CallRecord)) == 1
        assert list(verify_store(session, app.state.audit_keys)) == []


def test_a_held_calls_trail_is_read_from_the_journal_and_audited_once_stored(
    client: Any, app: Any
) -> None:
    from .held_retries import Calls

    calls = Calls(app)
    held_id = calls.held_only("held-start")
    record = client.get(f"/v1/calls/{held_id}", headers=auth()).json()
    timeline = client.get(f"/v1/calls/{held_id}/timeline", headers=auth("auditor"))
    assert timeline.status_code == 200, timeline.text
    assert timeline.headers["X-Held-Locally"] == "true"
    hashes = [event["hash"] for event in record["timeline"]]
    assert [event["hash"] for event in timeline.json()["timeline"]] == hashes
    # Not in the store's ledger yet: nothing to verify it against, and the answer says why.
    for suffix in ("verify", "evidence"):
        answer = client.get(f"/v1/calls/{held_id}/{suffix}", headers=auth("auditor"))
        assert answer.status_code == 409, answer.text
        assert "held locally" in answer.json()["error"]["message"]

    assert calls.held.replay() == 1
    stored = client.get(f"/v1/calls/{held_id}/timeline", headers=auth("auditor"))
    assert stored.status_code == 200 and "X-Held-Locally" not in stored.headers
    assert [event["hash"] for event in stored.json()["timeline"]] == hashes
    verified = client.get(f"/v1/calls/{held_id}/verify", headers=auth("auditor"))
    assert verified.json() == {"ok": True, "problems": []}
    assert client.get(f"/v1/calls/{held_id}/evidence", headers=auth("auditor")).status_code == 200
