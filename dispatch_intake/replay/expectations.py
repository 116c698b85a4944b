"""Judge one answer of the service against a turn's `expect` block (scenario format v1).

Each check returns None when it holds, or one line `key: expected …, got …` when it does not;
keys are checked in the order the scenario writes them, after the HTTP status.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from dispatch_intake.calls.contract import CallRecord, Candidate
from dispatch_intake.replay.scenario import NamePattern

SHOWN_CANDIDATES = 4


@dataclass(frozen=True, slots=True)
class Answer:
    """What one turn got back, and what the checks need to know about the call so far."""

    verb: str
    status_code: int
    body: Any
    record_ids: Sequence[str | None]  # the record id each earlier turn returned
    sent_number: str | None  # the caller number this call was started with
    # A successful answer read as the contract's record, or why it is not one.
    record: CallRecord | None = None
    broken: str | None = None

    @classmethod
    def of(
        cls,
        verb: str,
        status_code: int,
        body: Any,
        record_ids: Sequence[str | None],
        sent_number: str | None,
    ) -> Answer:
        if not 200 <= status_code < 300:
            return cls(verb, status_code, body, record_ids, sent_number)
        try:
            record = CallRecord.model_validate(body)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "record"
            broken = f"the answer breaks the contract at {where}: {first['msg']}"
            return cls(verb, status_code, body, record_ids, sent_number, broken=broken)
        return cls(verb, status_code, body, record_ids, sent_number, record)


def default_status(verb: str) -> int:
    return 201 if verb == "start" else 200


def first_failure(expect: Mapping[str, Any], answer: Answer) -> str | None:
    """The first expectation that does not hold, as one line, or None when all hold; an answer
    that is not a record as the contract shapes it fails every expectation on the record."""
    wanted_status = expect.get("http_status", default_status(answer.verb))
    if answer.status_code != wanted_status:
        return f"http_status: expected {wanted_status}, got {answer.status_code}" + _error_hint(
            answer.body
        )
    record = answer.record
    for key, value in expect.items():
        if key == "http_status":
            continue
        if record is None:
            why = answer.broken or f"got no record (HTTP {answer.status_code})"
            return f"{key}: expected {_show(value)}, {why}"
        failure = CHECKS[key](value, record, answer)
        if failure is not None:
            return f"{key}: {failure}"
    return None


# One check per key ----------------------------------------------------------------------------


def _one_of(field: Callable[[CallRecord], Any]) -> Check:
    def check(value: Any, record: CallRecord, answer: Answer) -> str | None:
        allowed = value if isinstance(value, list) else [value]
        got = field(record)
        if got in allowed:
            return None
        wanted = _show(allowed[0]) if len(allowed) == 1 else "one of " + _show(allowed)
        return f"expected {wanted}, got {_show(got)}"

    return check


def _top(value: list[str], record: CallRecord, answer: Answer) -> str | None:
    candidates = record.location.candidates
    if candidates and matches(value, candidates[0].full_name):
        return None
    return f"expected a first candidate matching {_show(value)}, got {_names(candidates, 1)}"


def _top_k(value: Mapping[str, Any], record: CallRecord, answer: Answer) -> str | None:
    k, pattern = value["k"], value["match"]
    candidates = record.location.candidates
    if any(matches(pattern, candidate.full_name) for candidate in candidates[:k]):
        return None
    return f"expected {_show(pattern)} among the first {k}, got {_names(candidates, k)}"


def _include(value: list[list[str]], record: CallRecord, answer: Answer) -> str | None:
    candidates = record.location.candidates
    for pattern in value:
        if not any(matches(pattern, candidate.full_name) for candidate in candidates):
            return f"expected a candidate matching {_show(pattern)}, got {_names(candidates)}"
    return None


def _exclude(value: list[list[str]], record: CallRecord, answer: Answer) -> str | None:
    for pattern in value:
        for candidate in record.location.candidates:
            if matches(pattern, candidate.full_name):
                return (
                    f"expected no candidate matching {_show(pattern)}, got {candidate.full_name!r}"
                )
    return None


def _in_jurisdiction_top(value: bool | None, record: CallRecord, answer: Answer) -> str | None:
    candidates = record.location.candidates
    if not candidates:
        return f"expected {_show(value)}, got no candidates"
    got = candidates[0].in_jurisdiction
    if got is value:
        return None
    return f"expected {_show(value)}, got {_show(got)} for {candidates[0].full_name!r}"


def _prompt_mentions(value: list[str], record: CallRecord, answer: Answer) -> str | None:
    text = record.prompt.text
    for needle in value:
        if needle not in text:
            return f"expected {needle!r} in the prompt, got {text!r}"
    return None


def _confirmed(value: list[str] | None, record: CallRecord, answer: Answer) -> str | None:
    confirmed = record.location.confirmed
    if value is None:
        if confirmed is None:
            return None
        return f"expected nothing confirmed, got {confirmed.full_name!r}"
    if confirmed is not None and matches(value, confirmed.full_name):
        return None
    got = "nothing confirmed" if confirmed is None else repr(confirmed.full_name)
    return f"expected a place matching {_show(value)}, got {got}"


def _warnings_on(value: list[str], record: CallRecord, answer: Answer) -> str | None:
    fields = [warning.field for warning in record.warnings]
    for name in value:
        # A warning on `caller_position.lat` is a warning on `caller_position`.
        if not any(f == name or f.startswith((name + ".", name + "[")) for f in fields):
            return f"expected a warning on {name!r}, got warnings on {_show(fields)}"
    return None


def _same_record(value: int, record: CallRecord, answer: Answer) -> str | None:
    earlier = answer.record_ids[value] if value < len(answer.record_ids) else None
    if earlier is not None and record.id == earlier:
        return None
    return f"expected the record of turn {value} ({earlier}), got {record.id}"


def _related(value: int, record: CallRecord, answer: Answer) -> str | None:
    """The record links (`related_calls`) to the record returned at that turn."""
    earlier = answer.record_ids[value] if value < len(answer.record_ids) else None
    if earlier is not None and earlier in record.related_calls:
        return None
    return (
        f"expected related_calls to include the record of turn {value} ({earlier}), "
        f"got {record.related_calls!r}"
    )


def _transferred_to(value: str, record: CallRecord, answer: Answer) -> str | None:
    if record.psap == value:
        return None
    return f"expected psap {value!r}, got {record.psap!r}"


def _parallel_alert_to(value: str | None, record: CallRecord, answer: Answer) -> str | None:
    """The recommended action names this centre for a parallel alert (null: names none)."""
    alert = record.recommended_action.parallel_alert
    got = alert.to_psap if alert is not None else None
    if got == value:
        return None
    return f"expected a parallel alert to {value!r}, got {got!r}"


def _masked_number(value: bool, record: CallRecord, answer: Answer) -> str | None:
    number = record.caller.number
    if not number:
        return f"expected a {'masked' if value else 'whole'} caller number, got none"
    masked = is_masked(number, answer.sent_number)
    if masked == value:
        return None
    return f"expected {'masked' if value else 'whole'}, got {number!r}"


def is_masked(number: str, sent: str | None) -> bool:
    """A number is masked when some of its digits are hidden (`138****8000`)."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if any(ch in number for ch in "*•xX#"):
        return True
    if sent is not None:
        sent_digits = "".join(ch for ch in sent if ch.isdigit())
        # `+8613800138000` for `13800138000` is the whole number, reformatted.
        whole = digits.endswith(sent_digits) or (len(digits) >= 11 and sent_digits.endswith(digits))
        return not (digits and whole)
    return False


Check = Callable[[Any, CallRecord, Answer], str | None]

CHECKS: dict[str, Check] = {
    "status": _one_of(lambda r: r.status),
    "priority": _one_of(lambda r: r.priority),
    "prompt_kind": _one_of(lambda r: r.prompt.kind),
    "action": _one_of(lambda r: r.recommended_action.kind),
    "top": _top,
    "top_k": _top_k,
    "candidates_include": _include,
    "candidates_exclude": _exclude,
    "in_jurisdiction_top": _in_jurisdiction_top,
    "prompt_mentions": _prompt_mentions,
    "confirmed": _confirmed,
    "warnings_on": _warnings_on,
    "same_record_as_turn": _same_record,
    "related_to_turn": _related,
    "transferred_to": _transferred_to,
    "parallel_alert_to": _parallel_alert_to,
    "masked_number": _masked_number,
}


# Reading the record ---------------------------------------------------------------------------


def matches(pattern: NamePattern | Sequence[str], full_name: str) -> bool:
    """Every substring of the pattern occurs in the place's `full_name`.

    >>> matches(["河南大学", "龙子湖"], "河南大学郑州龙子湖校区")
    True
    >>> matches(["河南大学", "明伦"], "河南大学郑州龙子湖校区")
    False
    """
    return all(part in full_name for part in pattern)


def _names(candidates: Sequence[Candidate], limit: int = SHOWN_CANDIDATES) -> str:
    if not candidates:
        return "no candidates"
    shown = [candidate.full_name for candidate in candidates[:limit]]
    more = len(candidates) - len(shown)
    return "[" + ", ".join(shown) + (f", … {more} more" if more > 0 else "") + "]"


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_show(item) for item in value) + "]"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _error_hint(body: Any) -> str:
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        error = body["error"]
        return f" ({error.get('code')}: {error.get('message')})"
    return ""
