"""How a call record is shown to the call-taker in a terminal: plain lines, best first."""

from __future__ import annotations

from dataclasses import dataclass

from dispatch_intake.calls.contract import CallRecord, Candidate, NextQuestion
from dispatch_intake.states import PromptKind

MAX_SHOWN = 8


def render_record(record: CallRecord) -> list[str]:
    """The record as the call-taker needs it now: state, numbered places, the sentence to
    read, the recommended action, the script's next question, and any warning."""
    lines = [_header(record)]
    lines.extend(_places(record))
    if record.prompt.text:
        lines.append(f"读给来电人 Read: {record.prompt.text}")
    action = record.recommended_action
    reason = f" — {action.reason}" if action.reason else ""
    lines.append(f"建议 Action: {action.kind}{reason}")
    alert = action.parallel_alert
    if alert is not None:
        lines.append(
            f"并行通知 Alert: {alert.to_psap} — {alert.label} (once told: `alert` records it)"
        )
    escalation = record.escalation
    if escalation is not None and escalation.at:
        lines.append(f"已上报 Escalated: {escalation.reason or ''}".rstrip())
    if record.next_question is not None:
        lines.extend(_question(record.next_question))
    if record.status in ("dispatched", "closed"):
        lines.append("(call over: typed words start the next call; `loc <text>` adds to this one)")
    for warning in record.warnings:
        lines.append(f"注意 Warning: {warning.field}: {warning.message}")
    return lines


def question_options(question: NextQuestion) -> list[tuple[str, str]]:
    """(key, label) pairs of a question with fixed answers, keyed 1, 2, 3 …"""
    return [(str(number), label) for number, label in enumerate(question.answers or [], 1)]


def _header(record: CallRecord) -> str:
    parts = [
        f"通话 Call {record.id}",
        f"status {record.status}",
        f"priority {record.priority}{_manual(record)}",
        f"psap {record.psap}",
    ]
    if record.caller.number:
        parts.append(f"caller {record.caller.number}")
    return "── " + " · ".join(parts)


def _manual(record: CallRecord) -> str:
    triage = record.triage
    return " (set by hand)" if triage and triage.manual else ""


def _places(record: CallRecord) -> list[str]:
    confirmed = record.location.confirmed
    if confirmed is not None:
        return [f"已确认 Confirmed: {confirmed.full_name}{_where(confirmed)}"]
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
    place_id: str
    full_name: str
    place: Candidate | None
    option: str | None


def numbered_places(record: CallRecord) -> list[NumberedPlace]:
    """The prompt's options first, under their own keys (the order the caller heard them),
    then the other candidates numbered on from there."""
    candidates = record.location.candidates
    by_id = {candidate.place_id: candidate for candidate in candidates}
    numbered: list[NumberedPlace] = []
    for option in record.prompt.options:
        place = by_id.get(option.place_id)
        name = place.full_name if place is not None else option.label or option.place_id
        numbered.append(NumberedPlace(option.key, option.place_id, name, place, option.key))
    offered = {n.place_id for n in numbered}
    next_key = max((int(n.key) for n in numbered if n.key.isdigit()), default=0) + 1
    for candidate in candidates:
        if candidate.place_id in offered:
            continue
        numbered.append(
            NumberedPlace(str(next_key), candidate.place_id, candidate.full_name, candidate, None)
        )
        next_key += 1
    return numbered[:MAX_SHOWN]


def offers_one_place(record: CallRecord) -> str | None:
    """The option key when the caller was asked to confirm one place (so "yes" confirms it)."""
    options = record.prompt.options
    return options[0].key if record.prompt.kind == PromptKind.CONFIRM and options else None


def _where(place: Candidate | None) -> str:
    if place is None:
        return ""
    details: list[str] = []
    area = "".join(part for part in (place.admin.city, place.admin.district) if part)
    if area:
        details.append(area)
    if place.distance_km is not None:
        details.append(f"{place.distance_km:.1f} km")
    if place.in_jurisdiction is True:
        details.append("in area")
    elif place.in_jurisdiction is False:
        details.append("OUTSIDE area")
    return f"  ({' · '.join(details)})" if details else ""


def _question(question: NextQuestion) -> list[str]:
    lines = [f"问 Ask: {question.text}"]
    options = question_options(question)
    if options:
        lines.append("   " + "  ".join(f"[{key}] {label}" for key, label in options))
    lines.append("   (answer with: a <answer>; what is wrong with the patient: c <words>)")
    return lines
