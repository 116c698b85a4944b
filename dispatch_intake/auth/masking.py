"""The one masking rule: what callers say is stored as said, and phone numbers in it are
hidden on every render for a reader who may not see them.

A *number* is a run of at least seven digits, counted across the spacing and punctuation
people put in numbers (``138 0013 8000``, ``138-0013-8000``, ``(0371) 1234 5678``), in ASCII,
full-width (``１３８…``) or Chinese (``幺三八…``) digits, with an optional international prefix
(``+86``, ``0086``). Dates (``2026-11-22``, ``2026.11.22``) and clock times (``08:30``) are
not numbers, and neither are short groups such as a house number (``文化路80号``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

MIN_DIGITS = 7

# Every digit a caller's text may spell a phone number with, read as ASCII.
_DIGIT_VALUES = {chr(ord("０") + i): str(i) for i in range(10)}
_DIGIT_VALUES.update({str(i): str(i) for i in range(10)})
_DIGIT_VALUES.update(dict(zip("〇零一二三四五六七八九", "00123456789", strict=True)))
_DIGIT_VALUES.update({"幺": "1", "两": "2"})
_ASCII_OR_WIDE = "0-9０-９"
_CHINESE = "〇零一二三四五六七八九幺两"
# What people put between the digits of one number: spaces, dashes, dots, brackets.
_SEPARATORS = r"[ \t\u00a0\u3000\-‐‑–—－.．·・()（）/_]"
_GROUP = rf"(?:[{_ASCII_OR_WIDE}]+|[{_CHINESE}]+)"
_PREFIX = r"(?:[+＋](?:86|８６)|00(?:86)|００８６)"
_CANDIDATE = re.compile(
    rf"(?:{_PREFIX}{_SEPARATORS}{{0,3}})?{_GROUP}(?:{_SEPARATORS}{{0,3}}{_GROUP})*"
)
# Spans that are never part of a number: dates and clock times, in ASCII or full-width.
_D = f"[{_ASCII_OR_WIDE}]"
_DATE = re.compile(
    rf"(?<!{_D})[12１２][09０９]{_D}{{2}}([-./－．／])(?:[0０]?{_D}|[1１][0-2０-２])\1{_D}{{1,2}}(?!{_D})"
)
_TIME = re.compile(rf"(?<!{_D}){_D}{{1,2}}[:：]{_D}{{2}}(?:[:：]{_D}{{2}})?(?:[.．]{_D}+)?(?!{_D})")
_PREFIX_AT_START = re.compile(rf"{_PREFIX}{_SEPARATORS}{{0,3}}")
# A number needs MIN_DIGITS digits, so a text with fewer in all can hold none: most of a record's
# texts (names, labels, prompts) are turned away by this one scan, without the search above.
_DIGIT = f"[{_ASCII_OR_WIDE}{_CHINESE}]"
_NON_DIGIT = f"[^{_ASCII_OR_WIDE}{_CHINESE}]"
_ENOUGH_DIGITS = re.compile(rf"(?:{_NON_DIGIT}*{_DIGIT}){{{MIN_DIGITS}}}")
_BARRIER_MARKS = frozenset(":：-./－．／")
_TRAILING = " \t\u00a0\u3000-‐‑–—－.．·・(（/_"


def _may_hold_number(text: str) -> bool:
    return len(text) >= MIN_DIGITS and _ENOUGH_DIGITS.match(text) is not None


def _digits(text: str) -> str:
    return "".join(_DIGIT_VALUES[c] for c in text if c in _DIGIT_VALUES)


def _barriers(text: str) -> list[tuple[int, int]]:
    """Date and time spans."""
    spans = [m.span() for m in _DATE.finditer(text)]
    spans += [m.span() for m in _TIME.finditer(text)]
    return sorted(spans)


def number_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where the phone numbers of a text are, as (start, end) pairs.

    >>> s = "回拨13800138000."
    >>> [s[a:b] for a, b in number_spans(s)]
    ['13800138000']
    >>> s = "2026-11-22 08:30 文化路80号 电话 0371-1234 5678"
    >>> [s[a:b] for a, b in number_spans(s)]
    ['0371-1234 5678']
    """
    if not _may_hold_number(text):
        return
    barriers = _barriers(text) if not _BARRIER_MARKS.isdisjoint(text) else []
    pieces = [text]
    offsets = [0]
    if barriers:
        pieces, offsets, cursor = [], [], 0
        for start, end in barriers:
            if start >= cursor:
                pieces.append(text[cursor:start])
                offsets.append(cursor)
                cursor = end
        pieces.append(text[cursor:])
        offsets.append(cursor)
    for piece, offset in zip(pieces, offsets, strict=True):
        for match in _CANDIDATE.finditer(piece):
            found = match.group(0)
            # Separators around the number are not part of it (the "." after 回拨138…).
            stripped = found.rstrip(_TRAILING)
            if len(_digits(stripped)) >= MIN_DIGITS:
                yield offset + match.start(), offset + match.start() + len(stripped)


def mask_number(number: str | None) -> str | None:
    """Hide the middle of a phone number.

    >>> mask_number("13800138000")
    '138****8000'
    >>> mask_number("120")
    '**0'
    """
    if number is None:
        return None
    if len(number) >= 8:
        return number[:3] + "*" * (len(number) - 7) + number[-4:]
    return "*" * max(len(number) - 1, 0) + number[-1:]


def _masked(found: str) -> str:
    """One number as a reader without the right to see it reads it: the prefix as written,
    the rest as ASCII digits with the middle hidden."""
    prefix = _PREFIX_AT_START.match(found)
    shown_prefix = prefix.group(0) if prefix else ""
    return shown_prefix + (mask_number(_digits(found[len(shown_prefix) :])) or "")


def mask_numbers_in_text(text: str) -> str:
    """Mask every phone number in free text.

    >>> mask_numbers_in_text("回拨 13800138000 谢谢")
    '回拨 138****8000 谢谢'
    >>> mask_numbers_in_text("回拨+86 138 0013 8000。")
    '回拨+86 138****8000。'
    """
    if not _may_hold_number(text):
        return text
    spans = list(number_spans(text))
    if not spans:
        return text
    parts: list[str] = []
    cursor = 0
    for start, end in spans:
        parts.append(text[cursor:start])
        parts.append(_masked(text[start:end]))
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)


def has_number(text: str) -> bool:
    return next(number_spans(text), None) is not None


def clip_text(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, never through a number: a number cut in two would
    leave a piece too short to be recognised, and so shown in the clear."""
    if len(text) <= limit:
        return text
    for start, end in number_spans(text):
        if start < limit < end:
            return text[:start] if start > 0 else mask_numbers_in_text(text)[:limit]
    return text[:limit]


# Keys whose values are made by the service (ids, hashes, times, who acted): never a caller's
# words, and often long runs of digits that are not phone numbers.
STRUCTURAL_KEYS = frozenset(
    {
        "id",
        "call_id",
        "hash",
        "prev_hash",
        "place_id",
        "place_ids",
        "parent_id",
        "related_calls",
        "earlier_calls",
        "actor",
        "actor_name",
        "by",
        "by_name",
        "staff_id",
        "at",
        "created_at",
        "updated_at",
        "received_at",
        "confirmed_at",
        "adcode",
        "adcodes",
        "seq",
        "lat",
        "lon",
    }
)


# Any other key naming an identifier (`alternative_id`, `question_id`, `unit_ids`): place ids
# hold digits (`edu-4141010475-…`) that a number's mask would cut into.
_ID_SUFFIXES = ("_id", "_ids")


def mask_deep(value: Any) -> Any:
    """A JSON value with every phone number in its text masked (keys of `STRUCTURAL_KEYS` and
    keys naming an id aside); what needs no change is returned as it is, not copied.

    A record holds some hundred values and seldom a number, so the walk copies a list or a
    dict only from its first changed item on, and tests a text before searching it."""
    if isinstance(value, str):
        return _mask_text(value)
    if isinstance(value, dict):
        return _mask_dict(value)
    if isinstance(value, list):
        return _mask_list(value)
    return value


def _mask_text(text: str) -> str:
    if len(text) < MIN_DIGITS or _ENOUGH_DIGITS.match(text) is None:
        return text
    return mask_numbers_in_text(text)


def _mask_item(item: Any) -> Any:
    # JSON's own types are matched exactly (the record is plain JSON); anything else, such as
    # a subclass of str, takes the general way.
    kind = item.__class__
    if kind is str:
        return _mask_text(item)
    if kind is dict:
        return _mask_dict(item)
    if kind is list:
        return _mask_list(item)
    if item is None or kind in _SCALARS:
        return item
    return mask_deep(item)


def _mask_dict(value: dict[Any, Any]) -> dict[Any, Any]:
    result: dict[Any, Any] | None = None
    for key, item in value.items():
        if key in STRUCTURAL_KEYS or (key.__class__ is str and key.endswith(_ID_SUFFIXES)):
            shown = item
        else:
            shown = _mask_item(item)
        if result is not None:
            result[key] = shown
        elif shown is not item:
            # The keys before this one are unchanged: copy them in their order.
            result = {}
            for earlier, kept in value.items():
                if earlier == key:
                    break
                result[earlier] = kept
            result[key] = shown
    return value if result is None else result


def _mask_list(value: list[Any]) -> list[Any]:
    result: list[Any] | None = None
    for k, item in enumerate(value):
        shown = _mask_item(item)
        if result is not None:
            result.append(shown)
        elif shown is not item:
            result = value[:k]
            result.append(shown)
    return value if result is None else result


# JSON values that hold no text.
_SCALARS = frozenset({bool, int, float})
