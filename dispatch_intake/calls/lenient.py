"""Field types of the request bodies that clean what they keep: text without control characters
and clipped, a caller number in its one stored form, an ISO 8601 time that fits the record.

They are ordinary pydantic annotations (``Annotated[str, ...]``), used by the body models in
`calls/contract.py`. What a value loses on the way is noted in the validation context
(`Leniency`); `calls/inputs.py` turns the notes into the record's warnings. Without a context
(a model validated elsewhere) text is cleaned but clipped only to a fixed limit.

>>> from pydantic import TypeAdapter
>>> said = Leniency(max_text_chars=4)
>>> TypeAdapter(Text).validate_python("河南大学郑州\\x00", context=said)
'河南大学'
>>> said.notes
['clipped to 4 characters without control characters']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, ValidationInfo
from pydantic_core import PydanticCustomError

from dispatch_intake.auth.masking import clip_text
from dispatch_intake.calls.phone import canonical_number, clean_number, plausible
from dispatch_intake.shapes import FieldWarning as Warning_

__all__ = [
    "CentreId",
    "Leniency",
    "LongSaid",
    "LongText",
    "OptionKey",
    "PhoneNumber",
    "Said",
    "SourceName",
    "Text",
    "Timestamp",
    "UnitName",
    "Warning_",
    "at_most",
    "clean_text",
    "clipped",
    "json_type",
    "make_warning",
    "refused",
    "unsaid_as_none",
]


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_NUMBER_CHARS = 32
# The stored form of received_at fits the column on every store (an offset with seconds and
# microseconds would not: such times are kept in UTC instead).
MAX_TIMESTAMP_CHARS = 32


@dataclass(slots=True)
class Leniency:
    """The validation context of a lenient read: the length of one utterance, and what was
    changed in the values kept."""

    max_text_chars: int
    notes: list[str] = field(default_factory=list)


def refused(message: str) -> PydanticCustomError:
    """A value the field cannot keep, and why, said to a person."""
    return PydanticCustomError("lenient", "{message}", {"message": message})


def _note(info: ValidationInfo, message: str) -> None:
    if isinstance(info.context, Leniency):
        info.context.notes.append(message)


def clean_text(value: str, limit: int) -> tuple[str, bool]:
    """Remove control characters and characters that cannot be stored; clip to `limit`.
    Returns the text and whether anything was lost."""
    cleaned = value.encode("utf-8", "replace").decode("utf-8")
    cleaned = _CONTROL.sub("", cleaned)
    changed = cleaned != value
    if len(cleaned) > limit:
        cleaned, changed = clip_text(cleaned, limit), True
    return cleaned, changed


def clipped(limit: int | None = None, *, utterances: int = 1) -> AfterValidator:
    """Text cleaned and clipped to `limit` characters, or to `utterances` times the configured
    length of one utterance."""

    def clip(value: str, info: ValidationInfo) -> str:
        context = info.context
        if limit is not None:
            chars = limit
        elif isinstance(context, Leniency):
            chars = context.max_text_chars * utterances
        else:
            chars = len(value)
        cleaned, changed = clean_text(value, chars)
        if changed:
            _note(info, f"clipped to {chars} characters without control characters")
        return cleaned

    return AfterValidator(clip)


def _not_blank(value: str) -> str:
    if not value.strip():
        raise refused("blank")
    return value


def unsaid_as_none(value: str | None) -> str | None:
    """Blank text says nothing: it is read as text left out."""
    return value if value and value.strip() else None


def _int_as_text(value: Any) -> Any:
    """A key or number sent as a JSON number is read as its digits."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _phone_number(value: str, info: ValidationInfo) -> str:
    """A caller number in its one stored form (`calls/phone.py`). Separators written between
    digit groups are how numbers are written, not a fault: a note only when something else was
    dropped, or when what is left cannot be a phone number."""
    cleaned, dropped = clean_number(value[: MAX_NUMBER_CHARS * 4])
    if not any(ch.isdigit() for ch in cleaned):
        raise refused("no digits in the caller number")
    number = canonical_number(cleaned)[:MAX_NUMBER_CHARS]
    if dropped or len(value) > MAX_NUMBER_CHARS * 4:
        _note(info, "kept only the digits of the caller number")
    if not plausible(number):
        _note(info, "the caller number is too short or too long for a phone number; kept as given")
    return number


def _timestamp(value: str, info: ValidationInfo) -> str:
    try:
        moment = datetime.fromisoformat(value[:64])
    except ValueError:
        raise refused("not an ISO 8601 time such as 2026-11-22T08:00:00+08:00") from None
    if moment.tzinfo is None:
        _note(info, "the time has no UTC offset; kept as given")
    shown = moment.isoformat()
    if len(shown) > MAX_TIMESTAMP_CHARS and moment.tzinfo is not None:
        try:
            shown = moment.astimezone(UTC).isoformat()
        except OverflowError:  # the calendar's first or last day, shifted past its edge
            raise refused("the time in UTC falls outside the calendar") from None
        _note(info, "the UTC offset has seconds; the time is kept in UTC")
    if len(shown) > MAX_TIMESTAMP_CHARS:
        raise refused("the time is longer than any ISO 8601 time the record keeps")
    return shown


def at_most(limit: float, unit: str) -> AfterValidator:
    """A number clipped to `limit`, with a note."""

    def clip(value: float, info: ValidationInfo) -> float:
        if value > limit:
            _note(info, f"clipped to {limit:.0f} {unit}")
            return limit
        return value

    return AfterValidator(clip)


# One utterance of the caller; a running account (a complaint at the start, a note) may be
# several utterances long.
Text = Annotated[str, clipped()]
LongText = Annotated[str, clipped(utterances=4)]
# Text an action cannot do without: blank is refused.
Said = Annotated[str, clipped(), AfterValidator(_not_blank)]
LongSaid = Annotated[str, clipped(utterances=4), AfterValidator(_not_blank)]


# Short names: a centre's id, a unit, a position's source.
CentreId = Annotated[str, clipped(64)]
UnitName = Annotated[str, clipped(120)]
SourceName = Annotated[str, clipped(32)]

OptionKey = Annotated[str, BeforeValidator(_int_as_text)]
PhoneNumber = Annotated[str, BeforeValidator(_int_as_text), AfterValidator(_phone_number)]
Timestamp = Annotated[str, AfterValidator(_timestamp)]


def make_warning(name: str, message: str) -> Warning_:
    """A warning as stored: a client's field names and values may hold anything, so both parts
    are made storable and clipped (never through a phone number: they are masked when shown)."""
    field_name = clip_text(clean_text(name, len(name))[0], 60)
    text = clip_text(clean_text(message, len(message))[0], 300)
    return {"field": field_name, "message": text}


_JSON_TYPES: dict[type, str] = {
    bool: "a boolean",
    int: "a number",
    float: "a number",
    str: "text",
    list: "a list",
    dict: "an object",
}


def json_type(value: Any) -> str:
    """What a JSON value is, said to a person."""
    return _JSON_TYPES.get(type(value), "null")
