"""Request bodies of the call endpoints as JSON objects, and the warnings a record keeps.

A body is read leniently against its model (`calls/inputs.py`), so that no field can turn a
call away: whatever fails validation is dropped or clipped and reported as a warning."""

from __future__ import annotations

import json
import math
from typing import Any

from dispatch_intake.calls import contract
from dispatch_intake.calls.inputs import reader
from dispatch_intake.calls.lenient import Warning_, clean_text, make_warning
from dispatch_intake.errors import InvalidBody

__all__ = [
    "CallStart",
    "Warning_",
    "bounded_warnings",
    "clean_text",
    "make_warning",
    "parse_json_object",
    "read_call_start",
]

# Python refuses to read integers longer than this from text; a longer one is not refused
# with the body, it becomes a number no field accepts (a warning).
MAX_INT_DIGITS = 4300
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


# A start: every field optional, so nothing in it refuses the call.
CallStart = contract.CallStartBody
read_call_start = reader(CallStart)
