"""How a call record is shown to the call-taker in a terminal: plain lines, best first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dispatch_intake.client import CallRecord

MAX_SHOWN = 8


def render_record(record: CallRecord) -> list[str]:
    """The record as the call-taker needs it now: state, numbered places, the sentence to
    read, the recommended action, the script's next question, and any warning."""
    lines = [_header(record)]
    lines.extend(_places(record))
    prompt = record.get("prompt") or {}
    if prompt.get("text"):
        lines.append(f"读给来电人 Read: {prompt['text']}")
    action = record.get("recommended_action") or {}
    if action.get("kind"):
        reason = f" — {action['reason']}" if action.get("reason") else ""
        lines.append(f"建议 Action: {action['kind']}{reason}")
    alert = action.get("parallel_alert")
    if isinstance(alert, dict):
        lines.append(f"并行通知 Alert: {alert.get('to_psap')} — {alert.get('label')}")
    escalation = record.get("escalation")
    if isinstance(escalation, dict) and escalation.get("at"):
        lines.append(f"已上报 Escalated: {escalation.get('reason') or ''}".rstrip())
    question = next_question(record)
    if question is not None:
        lines.extend(_question(question))
    if record.get("status") in ("dispatched", "closed"):
        lines.append("(call over: typed words start the next call; `loc <text>` adds to this one)")
    for warning in record.get("warnings") or []:
        if isinstance(warning, dict):
            lines.append(f"注意 Warning: {warning.get('field')}: {warning.get('message')}")
    return lines


def next_question(record: CallRecord) -> dict[str, Any] | None:
    question = record.get("next_question")
    return question if isinstance(question, dict) and question_id(question) else None


def question_id(question: dict[str, Any]) -> str | None:
    for key in ("id", "key", "question"):
        value = question.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def question_options(question: dict[str, Any]) -> list[tuple[str, str]]:
    """(key, label) pairs of a question with fixed answers; keys default to 1, 2, 3 …"""
    raw = question.get("answers") or question.get("options") or question.get("choices") or []
    options: list[tuple[str, str]] = []
    for number, option in enumerate(raw if isinstance(raw, list) else [], start=1):
        if isinstance(option, dict):
            label = str(option.get("label") or option.get("text") or option.get("value") or "")
            key = str(option.get("key") or option.get("value") or number)
            options.append((key, label))
        else:
            options.append((str(number), str(option)))
    return options


def _header(record: CallRecord) -> str:
    caller = record.get("caller") or {}
    number = caller.get("number") if isinstance(caller, dict) else None
    parts = [
        f"通话 Call {record.get('id', '?')}",
        f"status {record.get('status', '?')}",
        f"priority {record.get('priority', '?')}{_manual(record)}",
        f"psap {record.get('psap', '?')}",
    ]
    if number:
        parts.append(f"caller {number}")
    return "── " + " · ".join(parts)


def _manual(record: CallRecord) -> str:
    triage = record.get("triage")
    return " (set by hand)" if isinstance(triage, dict) and triage.get("manual") else ""


def _places(record: CallRecord) -> list[str]:
    location = record.get("location") or {}
    confirmed = location.get("confirmed")
    if isinstance(confirmed, dict):
        return [f"已确认 Confirmed: {confirmed.get('full_name')}{_where(confirmed)}"]
    numbered = numbered_places(record)
    if not numbered:
        return ["候选 Candidates: none yet"]
    lines = ["候选 Candidates (type the number to confirm):"]
    for place in numbered:
        lines.append(f"  {place.key}. {place.full_name}{_where(place.place)}")
    return lines


@dataclass(frozen=True, slots=True)
class NumberedPlace:
    """A place the call-taker can confirm by typing `key`; `option` is the prompt's own key
    when the sentence read to the caller offers this place."""

    key: str
    place_id: str | None
    full_name: str
    place: dict[str, Any]
    option: str | None


def numbered_places(record: CallRecord) -> list[NumberedPlace]:
    """The prompt's options first, under their own keys (the order the caller heard them),
    then the other candidates numbered on from there."""
    location = record.get("location") or {}
    candidates = [c for c in location.get("candidates") or [] if isinstance(c, dict)]
    by_id = {c.get("place_id"): c for c in candidates}
    options = [o for o in (record.get("prompt") or {}).get("options") or [] if isinstance(o, dict)]
    numbered: list[NumberedPlace] = []
    for option in options:
        place = by_id.get(option.get("place_id"), {})
        name = place.get("full_name") or option.get("label") or option.get("place_id")
        numbered.append(
            NumberedPlace(
                str(option.get("key")),
                option.get("place_id"),
                str(name),
                place,
                str(option.get("key")),
            )
        )
    offered = {n.place_id for n in numbered}
    next_key = max((int(n.key) for n in numbered if n.key.isdigit()), default=0) + 1
    for candidate in candidates:
        if candidate.get("place_id") in offered:
            continue
        numbered.append(
            NumberedPlace(
                str(next_key),
                candidate.get("place_id"),
                str(candidate.get("full_name")),
                candidate,
                None,
            )
        )
        next_key += 1
    return numbered[:MAX_SHOWN]


def _where(place: dict[str, Any]) -> str:
    details: list[str] = []
    admin = place.get("admin") or {}
    if isinstance(admin, dict):
        area = "".join(str(admin[k]) for k in ("city", "district") if admin.get(k))
        if area:
            details.append(area)
    distance = place.get("distance_km")
    if isinstance(distance, int | float):
        details.append(f"{distance:.1f} km")
    inside = place.get("in_jurisdiction")
    if inside is True:
        details.append("in area")
    elif inside is False:
        details.append("OUTSIDE area")
    return f"  ({' · '.join(details)})" if details else ""


def _question(question: dict[str, Any]) -> list[str]:
    text = question.get("text") or question.get("prompt") or question_id(question)
    lines = [f"问 Ask: {text}"]
    options = question_options(question)
    if options:
        lines.append("   " + "  ".join(f"[{key}] {label}" for key, label in options))
    lines.append("   (answer with: a <answer>; what is wrong with the patient: c <words>)")
    return lines
