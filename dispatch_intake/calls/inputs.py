"""Follow-up bodies read into typed inputs, leniently: a bad or unknown field becomes a
warning the record keeps; only a body that lacks what the action needs is refused (400).

Each reader needs nothing but the body and the text limit, so a route reads before it takes
the write gate, and a service function works on typed values only."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dispatch_intake.calls.schemas import FieldReader, Warning_, clean_text
from dispatch_intake.errors import InvalidBody
from dispatch_intake.priority.service import PRIORITY_ORDER

Position = dict[str, Any]
Warnings = tuple[Warning_, ...]


@dataclass(frozen=True, slots=True)
class LocationInput:
    text: str | None
    position: Position | None
    warnings: Warnings = ()


@dataclass(frozen=True, slots=True)
class ConfirmInput:
    option: str | None
    place_id: str | None


@dataclass(frozen=True, slots=True)
class DispatchInput:
    unit: str | None
    warnings: Warnings = ()


@dataclass(frozen=True, slots=True)
class TransferInput:
    to_psap: str | None
    reason: str | None
    warnings: Warnings = ()


@dataclass(frozen=True, slots=True)
class ReasonInput:
    """Escalate, take over, close: a reason at most."""

    reason: str | None
    warnings: Warnings = ()


@dataclass(frozen=True, slots=True)
class NoteInput:
    text: str
    clipped: bool = False


@dataclass(frozen=True, slots=True)
class AnswerInput:
    question: str
    answer: str


@dataclass(frozen=True, slots=True)
class ComplaintInput:
    text: str
    warnings: Warnings = ()


@dataclass(frozen=True, slots=True)
class PriorityInput:
    priority: str
    reason: str | None
    warnings: Warnings = ()


def read_location(body: dict[str, Any], *, max_text_chars: int) -> LocationInput:
    reader = FieldReader(body, max_text_chars)
    reader.unknown_fields(("text", "caller_position"))
    text = reader.text("text")
    position = reader.position("caller_position")
    if not (text and text.strip()):
        text = None
    if text is None and position is None:
        raise InvalidBody('send {"text": "what the caller said"} and/or a caller_position')
    return LocationInput(text, position, tuple(reader.warnings))


def read_confirm(body: dict[str, Any], *, max_text_chars: int) -> ConfirmInput:
    option, place_id = body.get("option"), body.get("place_id")
    if isinstance(option, int) and not isinstance(option, bool):
        option = str(option)
    if not isinstance(option, str) and not isinstance(place_id, str):
        raise InvalidBody('send {"option": "1"} (a key of prompt.options) or {"place_id": "…"}')
    return ConfirmInput(
        option if isinstance(option, str) else None,
        place_id if isinstance(place_id, str) else None,
    )


def read_dispatch(body: dict[str, Any], *, max_text_chars: int) -> DispatchInput:
    reader = FieldReader(body, 120)
    reader.unknown_fields(("unit",))
    return DispatchInput(reader.text("unit", limit=120), tuple(reader.warnings))


def read_transfer(body: dict[str, Any], *, max_text_chars: int) -> TransferInput:
    reader = FieldReader(body, max_text_chars)
    reader.unknown_fields(("to_psap", "reason"))
    to_psap = reader.text("to_psap", limit=64)
    return TransferInput(to_psap, reader.text("reason"), tuple(reader.warnings))


def read_reason(body: dict[str, Any], *, max_text_chars: int) -> ReasonInput:
    reader = FieldReader(body, max_text_chars)
    reader.unknown_fields(("reason",))
    return ReasonInput(reader.text("reason"), tuple(reader.warnings))


def read_note(body: dict[str, Any], *, max_text_chars: int) -> NoteInput:
    value = body.get("text")
    if not isinstance(value, str) or not value.strip():
        raise InvalidBody('send {"text": "the note"}')
    # A note is the call-taker's own running account: it may be longer than one utterance.
    text, clipped = clean_text(value, max_text_chars * 4)
    return NoteInput(text, clipped)


def read_answer(body: dict[str, Any], *, max_text_chars: int) -> AnswerInput:
    question, answer = body.get("question"), body.get("answer")
    if not isinstance(question, str) or not isinstance(answer, str) or not answer.strip():
        raise InvalidBody('send {"question": "breathing", "answer": "what the caller said"}')
    return AnswerInput(question, clean_text(answer, max_text_chars)[0])


def read_complaint(body: dict[str, Any], *, max_text_chars: int) -> ComplaintInput:
    reader = FieldReader(body, max_text_chars)
    reader.unknown_fields(("text",))
    text = reader.text("text")
    if not (text and text.strip()):
        raise InvalidBody('send {"text": "what the caller says about the patient"}')
    return ComplaintInput(text, tuple(reader.warnings))


def read_priority(body: dict[str, Any], *, max_text_chars: int) -> PriorityInput:
    reader = FieldReader(body, max_text_chars)
    reader.unknown_fields(("priority", "reason"))
    priority = body.get("priority")
    if not isinstance(priority, str) or priority not in PRIORITY_ORDER:
        raise InvalidBody(
            f'send {{"priority": one of {", ".join(reversed(PRIORITY_ORDER))}, "reason": "…"}}'
        )
    return PriorityInput(priority, reader.text("reason"), tuple(reader.warnings))
