"""The intake contract's shapes as pydantic models: what every answer holds and what every body
may carry. They describe `/openapi.json` (as each route's ``response_model``), check real records
in the tests, and type the client (`dispatch_intake.client`).

Answers allow fields beyond these (``extra="allow"``): the contract lets the service add fields,
and a client must keep working when it does. Bodies allow them too, because the service reads
bodies leniently: an unknown or invalid field becomes a warning, never a refusal of the call.

>>> record = CallRecord.model_validate(EXAMPLE_RECORD)
>>> print(record.status, record.prompt.kind, record.location.candidates[0].full_name)
provisional choose 河南大学郑州龙子湖校区
>>> record.model_dump()["new_field_from_a_later_version"]
True
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr

from dispatch_intake import shapes
from dispatch_intake.calls.lenient import (
    CentreId,
    LongSaid,
    LongText,
    OptionKey,
    PhoneNumber,
    Said,
    SourceName,
    Text,
    Timestamp,
    UnitName,
    Warning_,
    at_most,
    unsaid_as_none,
)
from dispatch_intake.states import ActionKind, CallStatus, PromptKind, Role

Priority = Literal["critical", "urgent", "routine", "unknown"]
# A caller position's radius beyond this is clipped to it.
MAX_RADIUS_M = 100_000.0

__all__ = [
    "ActionStation",
    "Admin",
    "AnswerBody",
    "Body",
    "CallIndexLine",
    "CallRecord",
    "CallStartBody",
    "Caller",
    "CallerPosition",
    "Candidate",
    "Complaint",
    "ComplaintBody",
    "ConfirmBody",
    "Contradiction",
    "DispatchBody",
    "DispatchEntry",
    "ErrorAnswer",
    "ErrorDetail",
    "Escalation",
    "EvidenceBundle",
    "FieldWarning",
    "Health",
    "Location",
    "LocationBody",
    "ManualPriority",
    "Me",
    "NextQuestion",
    "Note",
    "NoteBody",
    "Priority",
    "PriorityBody",
    "Prompt",
    "PromptOption",
    "ReasonBody",
    "Readiness",
    "RecommendedAction",
    "Resolution",
    "ScriptAnswer",
    "Timeline",
    "TimelineEvent",
    "Triage",
    "TriageFinding",
    "Transfer",
    "TransferBody",
    "Verification",
    "VerificationProblem",
]


class _Open(BaseModel):
    """A shape the service may add fields to."""

    model_config = ConfigDict(extra="allow")


# Places ---------------------------------------------------------------------------------------


class Admin(_Open):
    province: str | None = None
    city: str | None = None
    district: str | None = None
    adcode: str | None = None


class Candidate(_Open):
    """A candidate place, as returned anywhere in the API."""

    place_id: str = Field(description="stable id from the gazetteer")
    name: str = Field(description="the place's own name (龙子湖校区)")
    full_name: str = Field(description="name with its parent, unambiguous to a person")
    kind: str = Field(description="campus, university, hospital, district, city, landmark, …")
    admin: Admin
    lat: float = Field(description="WGS-84")
    lon: float = Field(description="WGS-84")
    address: str | None = None
    score: float | None = Field(None, description="0–1, the resolver's confidence for this call")
    distance_km: float | None = Field(None, description="from the caller's position, if known")
    in_jurisdiction: bool | None = Field(None, description="inside the answering centre's area")
    parent_id: str | None = None
    parent_name: str | None = None
    label: str | None = Field(None, description="the name a person reads, with the city if needed")
    psap: str | None = Field(None, description="the centre whose area covers the place")
    says_all: bool | None = None


class Contradiction(_Open):
    mention: str
    place_id: str
    place_city: str | None = None
    context: str | None = None
    context_city: str | None = None
    alternative_id: str | None = None
    message: str


# Strict: a number sent as text is not a coordinate.
class CallerPosition(_Open):
    lat: float = Field(ge=-90, le=90, strict=True, allow_inf_nan=False, description="WGS-84")
    lon: float = Field(ge=-180, le=180, strict=True, allow_inf_nan=False, description="WGS-84")
    radius_m: (
        Annotated[
            float,
            Field(gt=0, strict=True, allow_inf_nan=False),
            at_most(MAX_RADIUS_M, "metres"),
        ]
        | None
    ) = Field(None, description="how far the caller may be from lat, lon")
    source: SourceName | None = Field(None, description="cell, gps, …")


# The record -----------------------------------------------------------------------------------


def stored_position(position: CallerPosition | None) -> shapes.Position | None:
    """A position as a record and its timeline keep it: every field, absent ones as null."""
    if position is None:
        return None
    return {
        "lat": position.lat,
        "lon": position.lon,
        "radius_m": position.radius_m,
        "source": position.source,
    }


class Caller(_Open):
    number: str | None = Field(description="masked (138****8000) unless the role sees numbers")
    position: CallerPosition | None = None


class Complaint(_Open):
    text: list[str] = Field(default_factory=list, description="every complaint utterance")


class Location(_Open):
    text: list[str] = Field(description="every location utterance of the call, in order")
    candidates: list[Candidate] = Field(description="ranked, best first, at most 8")
    confirmed: Candidate | None = None
    contradictions: list[Contradiction] = Field(default_factory=list)


class PromptOption(_Open):
    key: str
    place_id: str
    label: str


class Prompt(_Open):
    kind: PromptKind
    text: str = Field(description="the sentence the call-taker reads to the caller")
    options: list[PromptOption] = Field(default_factory=list)


class ActionStation(_Open):
    id: str
    name: str
    distance_km: float | None = None
    place_precision: str | None = Field(
        None,
        description="how exact the place the distance is measured from is (its `precision`); "
        "`district` or `city`: from a county's or city's seat, the distance means nothing",
    )


class ParallelAlert(_Open):
    """The other centre to alert while a critical caller's words still disagree."""

    to_psap: str
    place_id: str | None = None
    label: str | None = None


class RecommendedAction(_Open):
    kind: ActionKind
    reason: str | None = None
    place_id: str | None = None
    station: ActionStation | None = None
    position: CallerPosition | None = None
    to_psap: str | None = None
    parallel_alert: ParallelAlert | None = None


class FieldWarning(_Open):
    field: str
    message: str


class TimelineEvent(_Open):
    seq: int
    at: str
    type: str = Field(description="one of dispatch_intake.states.EventType")
    actor: str = Field(description="role#<first 8 hex digits of sha256(token)>")
    data: dict[str, Any]
    hash: str


class NextQuestion(_Open):
    id: str
    text: str
    answers: list[str] | None = None


class ScriptAnswer(_Open):
    text: str | None = None
    option: str | None = None
    label: str | None = None
    at: str | None = None


class DispatchEntry(_Open):
    unit: str | None = None
    recommended_station: ActionStation | None = None
    place_id: str | None = None
    at: str | None = None
    by: str | None = None


class Transfer(_Open):
    from_psap: str | None = None
    to_psap: str
    reason: str | None = None
    at: str | None = None
    by: str | None = None


class Escalation(_Open):
    reason: str | None = None
    at: str | None = None
    by: str | None = None
    taken_over_by: str | None = None
    taken_over_at: str | None = None


class Note(_Open):
    text: str
    at: str | None = None
    by: str | None = None


class TriageFinding(_Open):
    """A sign triage found in what was said."""

    id: str
    sign: str
    level: str
    said: str = Field(description="the words it was found in")
    negated: bool | None = Field(None, description="said not to be so (没有胸痛)")
    heard_as: str | None = Field(None, description="the phrase a sound match stood for")
    overridden_by: str | None = Field(None, description="the script answer that replaced it")


class ManualPriority(_Open):
    priority: Priority
    reason: str | None = None
    by: str
    at: str


class Triage(_Open):
    """What automatic triage found, and a priority a person set by hand (kept over it)."""

    priority: Priority | None = None
    findings: list[TriageFinding] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)
    manual: ManualPriority | None = None


class CallRecord(_Open):
    """A call record, as every call endpoint answers it (masked for the reader's role)."""

    id: str
    status: CallStatus
    psap: str
    original_psap: str | None = None
    caller: Caller
    related_calls: list[str] = Field(default_factory=list)
    priority: Priority
    triage: Triage | None = None
    complaint: Complaint = Field(default_factory=Complaint)
    location: Location
    prompt: Prompt
    recommended_action: RecommendedAction
    next_question: NextQuestion | None = None
    answers: dict[str, ScriptAnswer] = Field(default_factory=dict)
    dispatches: list[DispatchEntry] = Field(default_factory=list)
    transfer: Transfer | None = None
    escalation: Escalation | None = None
    notes: list[Note] = Field(default_factory=list)
    warnings: list[FieldWarning]
    received_at: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    timeline: list[TimelineEvent]


class CallIndexLine(_Open):
    """What a call is, without what was said: the auditor's line in `GET /v1/calls`, enough to
    find a call and open its timeline."""

    id: str
    status: CallStatus
    psap: str
    original_psap: str | None = None
    priority: Priority
    caller: Caller
    escalated: bool
    received_at: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    timeline_length: int


class Timeline(_Open):
    id: str
    timeline: list[TimelineEvent]


# Other answers --------------------------------------------------------------------------------


class VerificationProblem(_Open):
    seq: int | None = None
    message: str


class Verification(_Open):
    """`GET /v1/calls/{id}/verify`: whether the call's audit trail is intact, and what is not."""

    ok: bool
    problems: list[VerificationProblem]


class EvidenceBundle(_Open):
    """`GET /v1/calls/{id}/evidence`: a JSON bundle that `dispatch-intake audit check-bundle`
    verifies offline."""


class Resolution(_Open):
    """`GET /v1/resolve`: candidates and the prompt for what was said; nothing is stored."""

    candidates: list[Candidate]
    prompt: Prompt
    contradictions: list[Contradiction] = Field(default_factory=list)
    psap: str | None = None
    warnings: list[FieldWarning] = Field(default_factory=list)


class SignedIn(_Open):
    """A person's sign-in session: the token to send as `Authorization: Bearer`."""

    token: str
    expires_at: str
    staff_id: str
    name: str | None = None
    role: Role
    permissions: list[str]


class Me(_Open):
    role: Role
    actor: str
    permissions: list[str]


class Health(_Open):
    status: str


class Readiness(_Open):
    status: str
    store: str


class ErrorDetail(_Open):
    code: str
    message: str = Field(description="what is wrong, for a person to act on")


class ErrorAnswer(_Open):
    """Every error answer: ``{"error": {"code", "message"}}``."""

    error: ErrorDetail


# Request bodies -------------------------------------------------------------------------------
# Each is read leniently, field by field, against its own fields (`calls/inputs.py`): a field
# that is invalid is dropped with a warning, one that is too long is clipped with a warning;
# only a body without what its action needs is refused (400, with `asks`).


class Body(_Open):
    """A request body as read: its usable fields, and `warnings` on what was set aside."""

    # What to send, said when the body lacks a required field or what `lacks_what_it_needs`
    # looks for.
    asks: ClassVar[str] = ""
    _warnings: tuple[Warning_, ...] = PrivateAttr(default=())

    @property
    def warnings(self) -> tuple[Warning_, ...]:
        return self._warnings

    def lacks_what_it_needs(self) -> bool:
        """Whether the action cannot go on with what is left of the body."""
        return False


class CallStartBody(Body):
    """`POST /v1/calls`; `psap` falls back to the configured default with a warning."""

    psap: CentreId | None = None
    location_text: Text | None = None
    complaint_text: LongText | None = None
    caller_number: PhoneNumber | None = None
    caller_position: CallerPosition | None = None
    received_at: Timestamp | None = Field(None, description="ISO 8601 with a UTC offset")


class LocationBody(Body):
    """What the caller said (`text`), a new caller position, or both; one is needed."""

    asks: ClassVar[str] = 'send {"text": "what the caller said"} and/or a caller_position'
    text: Annotated[Text | None, AfterValidator(unsaid_as_none)] = None
    caller_position: CallerPosition | None = None

    def lacks_what_it_needs(self) -> bool:
        return self.text is None and self.caller_position is None


class ConfirmBody(Body):
    """One of `option` (a prompt option's key) or `place_id` (a candidate's)."""

    asks: ClassVar[str] = 'send {"option": "1"} (a key of prompt.options) or {"place_id": "…"}'
    option: OptionKey | None = None
    place_id: str | None = None

    def lacks_what_it_needs(self) -> bool:
        return self.option is None and self.place_id is None


class DispatchBody(Body):
    unit: UnitName | None = Field(
        None, description="the unit sent; the recommended one if left out"
    )


class TransferBody(Body):
    to_psap: CentreId | None = Field(
        None, description="the receiving centre; the recommended one if left out"
    )
    reason: Text | None = None


class ReasonBody(Body):
    reason: Text | None = None


class AlertBody(Body):
    to_psap: CentreId | None = Field(
        None, description="the centre alerted; the recommended parallel alert's if left out"
    )
    place_id: str | None = Field(
        None, description="the place it was told of; the recommended alert's if left out"
    )
    reason: Text | None = None


class NoteBody(Body):
    # A note is the call-taker's own running account: it may be longer than one utterance.
    asks: ClassVar[str] = 'send {"text": "the note"}'
    text: LongSaid


class AnswerBody(Body):
    asks: ClassVar[str] = 'send {"question": "breathing", "answer": "what the caller said"}'
    question: str = Field(description="a question id from the case-entry script")
    answer: Said


class ComplaintBody(Body):
    """What the caller says about the patient, added to the complaint and triaged again."""

    asks: ClassVar[str] = 'send {"text": "what the caller says about the patient"}'
    text: Said


class PriorityBody(Body):
    """A priority set by hand: one of `critical`, `urgent`, `routine`, `unknown`."""

    asks: ClassVar[str] = (
        f'send {{"priority": one of {", ".join(get_args(Priority))}, "reason": "…"}}'
    )
    priority: Priority
    reason: Text | None = None


EXAMPLE_RECORD: dict[str, Any] = {
    "id": "9a74a67b07ea4fc3879c4384f008ec0c",
    "status": "provisional",
    "psap": "zhengzhou-120",
    "caller": {"number": "138****8000", "position": None},
    "priority": "critical",
    "location": {
        "text": ["河南大学"],
        "candidates": [
            {
                "place_id": "edu-4141010475-longzihu",
                "name": "郑州龙子湖校区",
                "full_name": "河南大学郑州龙子湖校区",
                "kind": "campus",
                "admin": {"province": "河南省", "city": "郑州市", "adcode": "410105"},
                "lat": 34.7965,
                "lon": 113.8005,
                "score": 0.6,
                "in_jurisdiction": True,
            }
        ],
        "confirmed": None,
    },
    "prompt": {
        "kind": "choose",
        "text": "河南大学有三个校区：……您在哪一个？",
        "options": [{"key": "1", "place_id": "edu-4141010475-longzihu", "label": "龙子湖校区"}],
    },
    "recommended_action": {"kind": "dispatch_now", "place_id": "edu-4141010475-longzihu"},
    "warnings": [],
    "timeline": [],
    "new_field_from_a_later_version": True,
}


# Answers that are not JSON, described for /openapi.json.
EVENT_STREAM_ANSWER: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "`: connected`, then `event: call` with data `{change, record}` (the "
        "record masked for the subscriber's role) after every change, and keep-alive comments",
        "content": {"text/event-stream": {"schema": {"type": "string"}}},
    }
}
METRICS_ANSWER: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Prometheus text exposition format",
    }
}
