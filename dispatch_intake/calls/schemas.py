"""Request bodies of the call endpoints, read by hand so that no field can turn a call away:
whatever fails validation is dropped or clipped and reported as a warning."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from dispatch_intake.auth.masking import clip_text
from dispatch_intake.calls import contract
from dispatch_intake.errors import InvalidBody

Warning_ = dict[str, str]
START_FIELDS = (
    "psap",
    "location_text",
    "complaint_text",
    "caller_number",
    "caller_position",
    "received_at",
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_NUMBER_CHARS = 32
MAX_RADIUS_M = 100_000.0
# The stored form of received_at fits the column on every store (an offset with seconds and
# microseconds would not: such times are kept in UTC instead).
MAX_TIMESTAMP_CHARS = 32
# Python refuses to read integers longer than this from text; a longer one is not refused
# with the body, it becomes a number no field accepts (a warning).
MAX_INT_DIGITS = 4300
UNKNOWN_NAMES_SHOWN = 5
# A record keeps this many warnings at most; the last one says that more were dropped.
MAX_WARNINGS = 50


def parse_json_object(body: bytes) -> dict[str, Any]:
    """The body as a JSON object, or 400 with what is wrong."""
    if not body.strip():
        raise InvalidBody("the body is empty; send a JSON object such as {}")
    try:
        value = json.loads(body, parse_constant=_reject_constant, parse_int=_parse_int)
    except (ValueError, RecursionError) as exc:
        raise InvalidBody(f"the body is not valid JSON: {str(exc)[:200]}") from None
    if not isinstance(value, dict):
        raise InvalidBody(f"the body must be a JSON object, not {type(value).__name__}")
    return value


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


def _parse_int(digits: str) -> int | float:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        return math.inf if not digits.startswith("-") else -math.inf
    return int(digits)


def clean_text(value: str, limit: int) -> tuple[str, bool]:
    """Remove control characters and characters that cannot be stored; clip to `limit`.
    Returns the text and whether anything was lost."""
    cleaned = value.encode("utf-8", "replace").decode("utf-8")
    cleaned = _CONTROL.sub("", cleaned)
    changed = cleaned != value
    if len(cleaned) > limit:
        cleaned, changed = clip_text(cleaned, limit), True
    return cleaned, changed


@dataclass
class FieldReader:
    """Reads one body's fields, collecting warnings instead of refusing."""

    body: dict[str, Any]
    max_text_chars: int
    warnings: list[Warning_] = field(default_factory=list)

    def warn(self, name: str, message: str) -> None:
        self.warnings.append(make_warning(name, message))

    def unknown_fields(self, known: tuple[str, ...]) -> None:
        """One warning for all unknown fields, however many: a record never grows with them."""
        unknown = [key for key in self.body if key not in known]
        if len(unknown) == 1:
            self.warn(unknown[0], "unknown field, ignored")
        elif unknown:
            shown = ", ".join(key[:40] for key in unknown[:UNKNOWN_NAMES_SHOWN])
            more = f" and {len(unknown) - UNKNOWN_NAMES_SHOWN} more" if len(unknown) > 5 else ""
            self.warn("body", f"{len(unknown)} unknown fields ignored: {shown}{more}")

    def text(self, name: str, *, limit: int | None = None) -> str | None:
        value = self.body.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            self.warn(name, f"expected text, got {_json_type(value)}; ignored")
            return None
        limit = limit or self.max_text_chars
        cleaned, changed = clean_text(value, limit)
        if changed:
            self.warn(name, f"clipped to {limit} characters without control characters")
        return cleaned

    def phone_number(self, name: str) -> str | None:
        value = self.body.get(name)
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.warn(name, f"expected text, got {_json_type(value)}; ignored")
            return None
        number = re.sub(r"[^\d+]", "", value)[:MAX_NUMBER_CHARS]
        if not re.search(r"\d", number):
            self.warn(name, "no digits in the caller number; ignored")
            return None
        if number != value.strip():
            self.warn(name, "kept only the digits of the caller number")
        return number

    def position(self, name: str) -> dict[str, Any] | None:
        value = self.body.get(name)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.warn(name, f"expected an object with lat and lon, got {_json_type(value)}")
            return None
        lat, lon = _number(value.get("lat")), _number(value.get("lon"))
        if lat is None or lon is None or not (-90 <= lat <= 90) or not (-180 <= lon <= 180):
            self.warn(name, "lat must be within ±90 and lon within ±180; position ignored")
            return None
        position: dict[str, Any] = {"lat": lat, "lon": lon}
        radius = _number(value.get("radius_m"))
        if value.get("radius_m") is not None:
            if radius is None or radius <= 0:
                self.warn(name, "radius_m must be a positive number of metres; ignored")
                radius = None
            elif radius > MAX_RADIUS_M:
                self.warn(name, f"radius_m clipped to {MAX_RADIUS_M:.0f}")
                radius = MAX_RADIUS_M
        position["radius_m"] = radius
        source = value.get("source")
        if source is not None and not isinstance(source, str):
            self.warn(name, "source must be text; ignored")
            source = None
        position["source"] = clean_text(source, 32)[0] if source else None
        extra = [key for key in value if key not in ("lat", "lon", "radius_m", "source")]
        if extra:
            shown = ", ".join(key[:40] for key in extra[:UNKNOWN_NAMES_SHOWN])
            self.warn(name, f"{len(extra)} unknown position fields ignored: {shown}")
        return position

    def timestamp(self, name: str) -> str | None:
        value = self.body.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            self.warn(name, f"expected an ISO 8601 time, got {_json_type(value)}; ignored")
            return None
        try:
            moment = datetime.fromisoformat(value[:64])
        except ValueError:
            self.warn(name, "not an ISO 8601 time such as 2026-11-22T08:00:00+08:00; ignored")
            return None
        if moment.tzinfo is None:
            self.warn(name, "the time has no UTC offset; kept as given")
        shown = moment.isoformat()
        if len(shown) > MAX_TIMESTAMP_CHARS and moment.tzinfo is not None:
            try:
                shown = moment.astimezone(UTC).isoformat()
            except OverflowError:  # the calendar's first or last day, shifted past its edge
                self.warn(name, "the time in UTC falls outside the calendar; ignored")
                return None
            self.warn(name, "the UTC offset has seconds; the time is kept in UTC")
        if len(shown) > MAX_TIMESTAMP_CHARS:
            self.warn(name, "the time is longer than any ISO 8601 time the record keeps; ignored")
            return None
        return shown


def make_warning(name: str, message: str) -> Warning_:
    """A warning as stored: a client's field names and values may hold anything, so both parts
    are made storable and clipped (never through a phone number: they are masked when shown)."""
    field_name = clip_text(clean_text(name, len(name))[0], 60)
    text = clip_text(clean_text(message, len(message))[0], 300)
    return {"field": field_name, "message": text}


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer of hundreds of digits
        return None
    return number if math.isfinite(number) else None


def bounded_warnings(warnings: list[Warning_]) -> list[Warning_]:
    """At most MAX_WARNINGS, the last saying how many were dropped: a record's size is bounded
    however many times a client sends something odd."""
    if len(warnings) <= MAX_WARNINGS:
        return warnings
    kept = [w for w in warnings[: MAX_WARNINGS - 1] if w != DROPPED_WARNINGS]
    return [*kept, DROPPED_WARNINGS]


DROPPED_WARNINGS: Warning_ = {
    "field": "warnings",
    "message": f"further warnings were not kept (a record keeps {MAX_WARNINGS})",
}


def _json_type(value: Any) -> str:
    return {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "an object",
    }.get(type(value), "null")


@dataclass(frozen=True, slots=True)
class CallStart:
    """A start request after validation: only usable values remain."""

    psap: str | None
    location_text: str | None
    complaint_text: str | None
    caller_number: str | None
    caller_position: dict[str, Any] | None
    received_at: str | None
    warnings: tuple[Warning_, ...]


def read_call_start(body: dict[str, Any], *, max_text_chars: int) -> CallStart:
    reader = FieldReader(body, max_text_chars)
    reader.unknown_fields(START_FIELDS)
    psap = reader.text("psap", limit=64)
    return CallStart(
        psap=psap,
        location_text=reader.text("location_text"),
        complaint_text=reader.text("complaint_text", limit=max_text_chars * 4),
        caller_number=reader.phone_number("caller_number"),
        caller_position=reader.position("caller_position"),
        received_at=reader.timestamp("received_at"),
        warnings=tuple(reader.warnings),
    )


# Documentation of the start's body in /openapi.json; the models live with the rest of the
# contract (follow-ups name theirs in calls/router.py).
CallStartDoc = contract.CallStartBody
