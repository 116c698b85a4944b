"""A caller number has one stored form however it is typed (full-width, grouped, with +86,
86 or 0086), so the same phone meets itself in repeat-caller links and number searches, and
calls stored before that form still do."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from sqlalchemy import text

from dispatch_intake.audit.rows import digest_key
from dispatch_intake.calls.phone import canonical_number

from .factories import act, auth, start_call, without_master_key
from .numbers import CHINESE, WIDE, national_numbers, spellings

MOBILE = "13800001234"
WIDE_MOBILE = MOBILE.translate(WIDE)
MOBILE_SPELLINGS = [
    "＋86 138 0000 1234",
    "+86 138 0000 1234",
    "138-0000-1234",
    "１３８００００１２３４",
    "8613800001234",
    "0086 138.0000.1234",
    "(138) 0000\u30001234",
]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        *[(spelling, MOBILE) for spelling in MOBILE_SPELLINGS],
        ("0371-6666 1234", "037166661234"),
        ("+86 371 6666 1234", "037166661234"),
        ("0086 (371) 66661234", "037166661234"),
        ("（０３７１）６６６６－１２３４", "037166661234"),
        ("+86 10 6552 9988", "01065529988"),
        ("400-810-8888", "4008108888"),
        ("+86 400 810 8888", "4008108888"),
        ("110", "110"),
        ("120", "120"),
        ("12345", "12345"),
        ("6666 1234", "66661234"),
        ("+1 (415) 555-0100", "+14155550100"),
        ("+852 2345 6789", "+85223456789"),
        ("00852 2345 6789", "+85223456789"),
        ("+44 (0)20 7946 0958", "+442079460958"),
        # Words end the number: an extension after them is not part of it.
        ("138 0000 1234 转 5", MOBILE),
        ("王先生 138-0000-1234", MOBILE),
    ],
)
def test_one_stored_form_per_number(typed: str, stored: str) -> None:
    assert canonical_number(typed) == stored
    assert canonical_number(stored) == stored


@given(national_numbers.flatmap(lambda n: spellings(n).map(lambda s: (n, s))))
def test_every_written_spelling_of_a_national_number_is_stored_as_dialled(
    case: tuple[str, str],
) -> None:
    number, spelled = case
    assume(not any(ch in spelled for ch in set(CHINESE.values()) if isinstance(ch, str)))
    assert canonical_number(spelled) == number, spelled


@given(st.text("0123456789 -+()", max_size=24))
def test_the_stored_form_is_its_own_stored_form(typed: str) -> None:
    once = canonical_number(typed)
    assert canonical_number(once) == once


def _number_warnings(record: dict[str, Any]) -> list[str]:
    return [w["message"] for w in record["warnings"] if w["field"] == "caller_number"]


def _whole_number(client: Any, call_id: str) -> str:
    record = client.get(f"/v1/calls/{call_id}", headers=auth("supervisor")).json()
    number: str = record["caller"]["number"]
    return number


def test_every_spelling_starts_a_call_from_the_same_caller(client: Any) -> None:
    ids: list[str] = []
    for spelling in MOBILE_SPELLINGS:
        record = start_call(client, caller_number=spelling)
        assert _number_warnings(record) == [], spelling
        assert _whole_number(client, record["id"]) == MOBILE
        assert record["related_calls"] == list(reversed(ids))[:5], spelling
        ids.append(record["id"])
    for spelling in ("＋86 138 0000 1234", MOBILE, "0086-138-0000-1234"):
        found = client.get("/v1/calls", params={"number": spelling}, headers=auth("supervisor"))
        assert found.status_code == 200, found.text
        assert {c["id"] for c in found.json()} == set(ids), spelling


def test_a_foreign_number_keeps_its_country_code_and_meets_no_local_one(client: Any) -> None:
    local = start_call(client, caller_number="2345 6789")
    hong_kong = start_call(client, caller_number="+852 2345 6789")
    assert _whole_number(client, hong_kong["id"]) == "+85223456789"
    assert hong_kong["related_calls"] == []
    again = start_call(client, caller_number="00852-2345-6789")
    assert again["related_calls"] == [hong_kong["id"]]
    assert local["id"] not in again["related_calls"]


def test_a_north_american_number_meets_no_mobile_of_the_same_digits(client: Any) -> None:
    """+1 312 555 0100 without its + reads as the mainland mobile 131 2555 0100: two callers."""
    mobile = start_call(client, caller_number="131 2555 0100")
    chicago = start_call(client, caller_number="+1 312 555 0100")
    assert mobile["id"] not in chicago["related_calls"]
    again = start_call(client, caller_number="131-2555-0100")
    assert again["related_calls"] == [mobile["id"]]


@pytest.mark.parametrize(
    ("typed", "warning"),
    [
        ("138 0000 1234 转 5", "kept only the digits"),
        ("tel:13800001234", "kept only the digits"),
        ("12", "too short or too long"),
        ("1" * 20, "too short or too long"),
    ],
)
def test_a_warning_only_when_more_than_separators_went_or_the_length_is_wrong(
    client: Any, typed: str, warning: str
) -> None:
    record = start_call(client, caller_number=typed)
    messages = _number_warnings(record)
    assert len(messages) == 1 and warning in messages[0], messages


def test_a_callback_number_is_stored_like_a_caller_number(client: Any) -> None:
    earlier = start_call(client, caller_number=MOBILE)
    silent = start_call(client, caller_number=None)
    answered = act(
        client,
        silent["id"],
        "answers",
        {"question": "callback_number", "answer": "＋86 138-0000-1234"},
        role="supervisor",
    )
    assert answered.status_code == 200, answered.text
    assert answered.json()["caller"]["number"] == MOBILE
    later = start_call(client, caller_number="138 0000 1234")
    assert later["related_calls"] == [silent["id"], earlier["id"]]
    landline = act(
        client,
        start_call(client, caller_number=None)["id"],
        "answers",
        {"question": "callback_number", "answer": "打（0371）6666-1234 找我"},
        role="supervisor",
    )
    assert landline.json()["caller"]["number"] == "037166661234"


def _set_row(app: Any, call_id: str, column: str, value: str) -> None:
    with app.state.engine.begin() as connection:
        connection.execute(
            text(f"UPDATE calls SET {column} = :value WHERE id = :call"),
            {"value": value, "call": call_id},
        )


@pytest.mark.parametrize("old_form", ["+8613800001234", "8613800001234", WIDE_MOBILE])
def test_a_sealed_call_stored_in_an_old_form_is_still_found(
    client: Any, app: Any, old_form: str
) -> None:
    old = start_call(client, caller_number=MOBILE)["id"]
    # Before numbers had one form, the digest was made of the digits (and a +) as typed.
    old_digest = hmac.new(
        digest_key(app.state.audit_keys), old_form.encode(), hashlib.sha256
    ).hexdigest()
    _set_row(app, old, "caller_number_digest", old_digest)
    found = client.get("/v1/calls", params={"number": "138 0000 1234"}, headers=auth("auditor"))
    assert [line["id"] for line in found.json()] == [old]
    assert start_call(client, caller_number="+86 138 0000 1234")["related_calls"] == [old]


@pytest.mark.parametrize("old_form", ["+8613800001234", "008613800001234", WIDE_MOBILE])
def test_a_call_stored_in_the_clear_in_an_old_form_is_still_found(
    client: Any, app: Any, old_form: str
) -> None:
    with without_master_key(app):
        old = start_call(client, caller_number=MOBILE)["id"]
        _set_row(app, old, "caller_number", old_form)
        found = client.get("/v1/calls", params={"number": MOBILE}, headers=auth("supervisor"))
        assert [record["id"] for record in found.json()] == [old]
        assert start_call(client, caller_number="138-0000-1234")["related_calls"] == [old]
