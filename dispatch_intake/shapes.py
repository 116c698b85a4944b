"""The JSON pieces a call record is made of, as the service builds and stores them: candidate
places, prompts, recommended actions, positions, warnings and what was done.

They are ``TypedDict``s: the record's columns hold plain JSON, and the decisions work on it
without converting. `calls/contract.py` describes the same shapes to clients as pydantic
models; `tests/service/test_shapes.py` keeps the two in step.
"""

# Annotations are evaluated (no `from __future__ import annotations`): `Required` then counts
# at run time too (`__required_keys__`).
from typing import Any, NotRequired, Required, TypedDict

__all__ = [
    "Action",
    "Admin",
    "Caller",
    "Candidate",
    "Change",
    "Complaint",
    "Contradiction",
    "Dispatch",
    "Escalation",
    "Event",
    "FieldWarning",
    "Finding",
    "IndexLine",
    "Location",
    "ManualPriority",
    "NextQuestion",
    "Note",
    "ParallelAlert",
    "Position",
    "Prompt",
    "PromptOption",
    "Record",
    "Resolution",
    "ScriptAnswer",
    "Station",
    "Timeline",
    "Transfer",
    "Triage",
]


class Admin(TypedDict):
    province: str | None
    city: str | None
    district: str | None
    adcode: str | None


class Candidate(TypedDict):
    """A gazetteer place measured for one call (`locations.service.place_to_dict`)."""

    place_id: str
    name: str
    full_name: str
    kind: str
    admin: Admin
    lat: float
    lon: float
    address: str | None
    score: float | None
    distance_km: float | None
    in_jurisdiction: bool
    parent_id: str | None
    parent_name: str | None
    psap: str | None
    says_all: bool
    precision: str
    source: str
    house_number: str | None
    # Made from the rest, once they are known.
    label: NotRequired[str]


class Position(TypedDict, total=False):
    """The caller's position as stored (every field), or a point alone (lat, lon)."""

    lat: Required[float]
    lon: Required[float]
    radius_m: float | None
    source: str | None


class Contradiction(TypedDict):
    mention: str
    place_id: str
    place_city: str | None
    context: str | None
    context_city: str | None
    alternative_id: str | None
    message: str


class PromptOption(TypedDict):
    key: str
    place_id: str
    label: str


class Prompt(TypedDict):
    kind: str  # a PromptKind
    text: str
    options: list[PromptOption]


class Station(TypedDict):
    id: str
    name: str
    distance_km: float
    # How exact the point the distance is measured from is (a place's `precision`; None for
    # the caller's position): from a county's or city's seat, the distance means nothing.
    place_precision: str | None


class ParallelAlert(TypedDict):
    to_psap: str
    place_id: str
    label: str


class Action(TypedDict, total=False):
    """A recommended action: its kind and reason, and what it is about."""

    kind: Required[str]  # an ActionKind
    reason: str
    place_id: str | None
    place_ids: list[str]
    station: Station | None
    position: Position | None
    to_psap: str | None
    parallel_alert: ParallelAlert


class FieldWarning(TypedDict):
    field: str
    message: str


class Dispatch(TypedDict):
    unit: str | None
    recommended_station: Station | None
    place_id: str | None
    at: str
    by: str
    by_name: NotRequired[str]  # the person behind `by`, when it names one


class Transfer(TypedDict):
    from_psap: str
    to_psap: str
    reason: str | None
    at: str
    by: str
    by_name: NotRequired[str]  # the person behind `by`, when it names one


class Escalation(TypedDict, total=False):
    """Who raised it and why, and the supervisor who took the call over (a call may be
    taken over without being escalated first)."""

    reason: str | None
    at: str | None
    by: str | None
    taken_over_by: str
    taken_over_at: str
    by_name: str


class Note(TypedDict):
    text: str | None  # None once the caller's words are erased (retention)
    at: str
    by: str
    by_name: NotRequired[str]  # the person behind `by`, when it names one


class Finding(TypedDict):
    """A sign triage found in what was said (`priority.service.FoundFinding`)."""

    id: str
    sign: str
    level: str
    said: str
    negated: NotRequired[bool]
    heard_as: NotRequired[str]
    overridden_by: NotRequired[str]


class ManualPriority(TypedDict):
    priority: str
    reason: str | None
    by: str
    at: str


class Triage(TypedDict, total=False):
    """What automatic triage found, and a priority a person set by hand (kept over it)."""

    priority: str
    findings: list[Finding]
    reasons: list[str]
    manual: ManualPriority | None


class Change(TypedDict):
    """A change of a call, as announced to the consoles (`events.service`)."""

    call_id: str
    change: str
    origin: NotRequired[str]  # the process that made it
    seq: NotRequired[int]  # its delivery in this process


class ScriptAnswer(TypedDict):
    """An answer to a case-entry question, and what it does to the call."""

    text: str | None  # None once the caller's words are erased (retention)
    option: str | None
    label: str | None
    priority: str | None
    dispatch_now: bool
    at: str
    age: NotRequired[int]


class Event(TypedDict):
    """A timeline event as answered: `data` as the event type has it."""

    seq: int
    at: str
    type: str  # an EventType
    actor: str
    data: dict[str, Any]
    hash: str
    actor_name: NotRequired[str]


class Timeline(TypedDict):
    id: str
    timeline: list[Event]


class Caller(TypedDict):
    number: str | None
    position: NotRequired[Position | None]


class Complaint(TypedDict):
    text: list[str]


class Location(TypedDict):
    text: list[str]
    candidates: list[Candidate]
    confirmed: Candidate | None
    contradictions: list[Contradiction]


class NextQuestion(TypedDict):
    id: str
    text: str
    answers: NotRequired[list[str]]


class Record(TypedDict):
    """A call record as answered (`CallRecord` in the contract)."""

    id: str
    status: str  # a CallStatus
    psap: str
    original_psap: str | None
    caller: Caller
    related_calls: list[str]
    priority: str
    triage: Triage | None
    complaint: Complaint
    location: Location
    prompt: Prompt
    recommended_action: Action
    next_question: NextQuestion | None
    answers: dict[str, ScriptAnswer]
    dispatches: list[Dispatch]
    transfer: Transfer | None
    escalation: Escalation | None
    notes: list[Note]
    warnings: list[FieldWarning]
    received_at: str | None
    created_at: str
    updated_at: str
    timeline: list[Event]
    held_locally: NotRequired[bool]


class Resolution(TypedDict):
    """`GET /v1/resolve`: what was said, resolved; nothing is stored."""

    candidates: list[Candidate]
    prompt: Prompt
    contradictions: list[Contradiction]
    psap: str
    warnings: list[FieldWarning]


class IndexLine(TypedDict):
    """What a call is, without what was said (`CallIndexLine` in the contract)."""

    id: str
    status: str
    psap: str
    original_psap: str | None
    priority: str
    caller: Caller
    escalated: bool
    received_at: str | None
    created_at: str
    updated_at: str
    timeline_length: int
    held_locally: NotRequired[bool]
