"""Bodies read leniently against their models: every field checked on its own, a bad one
dropped with a warning naming it, a required one missing refused with what to send."""

from __future__ import annotations

from typing import Any

import pytest

from dispatch_intake.calls import contract
from dispatch_intake.calls.inputs import read_body
from dispatch_intake.calls.lenient import Text
from dispatch_intake.errors import InvalidBody


def _warned(given: contract.Body) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for warning in given.warnings:
        found.setdefault(warning["field"], []).append(warning["message"])
    return found


def test_a_field_added_to_a_model_is_read_with_its_checks() -> None:
    class WithFloor(contract.LocationBody):
        floor: Text | None = None
        storeys: int | None = None

    given = read_body(
        WithFloor, {"text": "河南大学", "floor": "三楼\x00", "storeys": "x"}, max_text_chars=500
    )
    assert (given.text, given.floor, given.storeys) == ("河南大学", "三楼", None)
    assert _warned(given) == {
        "floor": ["clipped to 500 characters without control characters"],
        "storeys": ["expected a whole number, got text; ignored"],
    }


def test_each_bad_field_is_dropped_alone() -> None:
    body = {"psap": 120, "location_text": "河南大学", "received_at": "yesterday"}
    given = read_body(contract.CallStartBody, body, max_text_chars=500)
    assert (given.psap, given.location_text, given.received_at) == (None, "河南大学", None)
    assert set(_warned(given)) == {"psap", "received_at"}


def test_a_position_keeps_what_it_can_and_says_what_it_lost() -> None:
    position = {"lat": 34.8, "lon": 113.7, "radius_m": 5e6, "source": 3, "floor": 2}
    given = read_body(contract.LocationBody, {"caller_position": position}, max_text_chars=500)
    assert given.caller_position is not None
    assert contract.stored_position(given.caller_position) == {
        "lat": 34.8,
        "lon": 113.7,
        "radius_m": 100_000.0,
        "source": None,
    }
    assert _warned(given) == {
        "caller_position": [
            "radius_m: clipped to 100000 metres",
            "source: expected text, got a number; ignored",
            "1 unknown field ignored: floor",
        ]
    }


@pytest.mark.parametrize(
    "position",
    [
        {"lat": 999, "lon": 113.6},
        {"lat": "34.8", "lon": 113.6},
        {"lat": True, "lon": 113.6},
        {"lat": float("inf"), "lon": 113.6},
        {"lon": 113.6},
        "34.8,113.6",
    ],
)
def test_a_position_without_a_usable_point_is_dropped(position: Any) -> None:
    body = {"text": "郑州", "caller_position": position}
    given = read_body(contract.LocationBody, body, max_text_chars=500)
    assert given.caller_position is None and given.text == "郑州"
    assert list(_warned(given)) == ["caller_position"]


def test_unknown_fields_are_one_warning_however_many() -> None:
    body = {"reason": "家属要求", **{f"k{n}": n for n in range(8)}}
    given = read_body(contract.ReasonBody, body, max_text_chars=500)
    assert given.reason == "家属要求"
    assert given.warnings == (
        {"field": "body", "message": "8 unknown fields ignored: k0, k1, k2, k3, k4 and 3 more"},
    )


@pytest.mark.parametrize(
    ("model", "body"),
    [
        (contract.NoteBody, {}),
        (contract.NoteBody, {"text": "   "}),
        (contract.AnswerBody, {"question": "breathing"}),
        (contract.PriorityBody, {"priority": "very"}),
        (contract.LocationBody, {"text": " ", "caller_position": {"lat": 999, "lon": 0}}),
        (contract.ConfirmBody, {"option": True}),
    ],
)
def test_a_body_without_what_its_action_needs_is_refused_with_what_to_send(
    model: type[contract.Body], body: dict[str, Any]
) -> None:
    with pytest.raises(InvalidBody) as refused:
        read_body(model, body, max_text_chars=500)
    assert str(refused.value) == model.asks and model.asks.startswith("send {")


def test_an_option_sent_as_a_number_is_its_key() -> None:
    given = read_body(contract.ConfirmBody, {"option": 2}, max_text_chars=500)
    assert given.option == "2" and not given.warnings
