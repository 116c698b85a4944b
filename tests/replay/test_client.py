"""The client's error type and the `--token` forms replay accepts."""

from __future__ import annotations

import pytest

from dispatch_intake.client import IntakeClient, IntakeError
from dispatch_intake.replay.scenario import ROLES
from dispatch_intake.replay.service import parse_role_tokens

from .scripted_service import ScriptedService


def test_error_answers_raise_with_status_code_and_message(
    scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    scripted.raw(409, {"error": {"code": "state_conflict", "message": "the call is closed"}})
    with pytest.raises(IntakeError) as caught:
        clients["call_taker"].confirm("abc", option="1")
    assert (caught.value.status, caught.value.code, caught.value.message) == (
        409,
        "state_conflict",
        "the call is closed",
    )
    assert scripted.requests[0]["path"] == "/v1/calls/abc/confirm"


def test_records_come_back_parsed(
    scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    scripted.answer(id="abc", status="provisional")
    record = clients["call_taker"].start_call(
        psap="zhengzhou-120", location_text="河南大学", idempotency_key="k-1"
    )
    assert (record.id, record.status) == ("abc", "provisional")
    assert scripted.requests[0]["headers"]["idempotency-key"] == "k-1"
    assert scripted.requests[0]["headers"]["authorization"] == "Bearer token-call_taker"


def test_an_answer_that_is_not_a_record_is_an_error(
    scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    scripted.answer(status="lost")
    with pytest.raises(IntakeError) as caught:
        clients["call_taker"].get_call("call-1")
    assert caught.value.code == "bad_response"
    assert caught.value.message.startswith("status: ")


def test_confirm_takes_exactly_one_of_option_and_place(clients: dict[str, IntakeClient]) -> None:
    with pytest.raises(ValueError):
        clients["call_taker"].confirm("abc")
    with pytest.raises(ValueError):
        clients["call_taker"].confirm("abc", option="1", place_id="x")


def test_token_forms() -> None:
    assert parse_role_tokens("call_taker:a, dispatcher:b") == {"call_taker": "a", "dispatcher": "b"}
    assert parse_role_tokens("only-one") == dict.fromkeys(ROLES, "only-one")
    with pytest.raises(ValueError):
        parse_role_tokens("a,b")
    with pytest.raises(ValueError):
        parse_role_tokens("call_taker:a,b")
