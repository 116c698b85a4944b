"""`dispatch-intake record CALL_ID`: a finished call, exported from the store as a scenario.

The turns are rebuilt from the call's timeline: every request leaves one primary event
(`created`, `location_said`, `confirmed`, …) followed by the events it caused
(`candidates_changed`, `prompt_shown`, `priority_changed`, `action_recommended`). Following the
timeline in order therefore gives the record's state after each request, and that state
becomes the turn's expectations, so the exported scenario replays green on the same data.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Required, TypedDict

import yaml

from dispatch_intake.calls.contract import CallRecord, TimelineEvent
from dispatch_intake.client import IntakeError
from dispatch_intake.replay.runner import run_scenario
from dispatch_intake.replay.scenario import DEFAULT_ROLE, ScenarioError, parse_scenario
from dispatch_intake.replay.service import in_process_service
from dispatch_intake.states import CallStatus, EventType, Role

DERIVED = frozenset(kind for kind in EventType if kind.is_derived)
# Requests that format v1 has no verb for; they are listed in the file's header comment.
NOT_IN_FORMAT: dict[str, str] = {
    EventType.ANSWER: "script answers",
    EventType.CLOSED: "closing the call",
}

PlaceNames = Callable[[str], str | None]


@dataclass
class CallState:
    """The record as the timeline has built it so far."""

    status: str = CallStatus.PROVISIONAL
    priority: str = "unknown"
    top: str | None = None
    prompt_kind: str | None = None
    action: str | None = None
    confirmed: str | None = None
    psap: str | None = None


@dataclass
class RecordedTurn:
    verb: str
    body: Any  # an object, or the text of a note or complaint (format v1's short form)
    actor: str
    derived: list[TimelineEvent] = field(default_factory=list)


EventData = Mapping[str, Any]
# A request's turn from its primary event, given the turn before it; None when the event
# belongs to that turn (a start's first location, a location's position).
TurnOf = Callable[[EventData, RecordedTurn | None, str], RecordedTurn | None]


def group_turns(timeline: Sequence[TimelineEvent]) -> tuple[list[RecordedTurn], list[str]]:
    """Requests in order, each with the events it caused; and the requests left out."""
    turns: list[RecordedTurn] = []
    skipped: list[str] = []
    current: RecordedTurn | None = None
    for event in sorted(timeline, key=lambda e: e.seq):
        kind = event.type
        if kind == EventType.REPEAT_CALLER:
            # Part of the start, written before its location: the start keeps taking it.
            continue
        if kind in DERIVED:
            if current is not None:
                current.derived.append(event)
            continue
        turn_of = TURNS.get(kind)
        if turn_of is None:
            skipped.append(f"seq {event.seq}: {NOT_IN_FORMAT.get(kind, kind)}")
            current = RecordedTurn("skipped", None, event.actor)
        else:
            turn = turn_of(event.data, current, event.actor)
            if turn is None:
                continue
            current = turn
        turns.append(current)
    return [t for t in turns if t.verb != "skipped"], skipped


def _fresh(turn: RecordedTurn | None, verb: str) -> bool:
    """The turn is a `verb` whose request has caused nothing yet."""
    return turn is not None and turn.verb == verb and not turn.derived


def _started(data: EventData, current: RecordedTurn | None, actor: str) -> RecordedTurn:
    fields = ("psap", "complaint_text", "caller_position", "received_at")
    body = {key: data[key] for key in fields if data.get(key) is not None}
    return RecordedTurn("start", body, actor)


def _location_said(
    data: EventData, current: RecordedTurn | None, actor: str
) -> RecordedTurn | None:
    if current is not None and _fresh(current, "start") and "location_text" not in current.body:
        current.body["location_text"] = data.get("text")
        return None
    return RecordedTurn("location", {"text": data.get("text")}, actor)


def _position_updated(
    data: EventData, current: RecordedTurn | None, actor: str
) -> RecordedTurn | None:
    if current is not None and _fresh(current, "location"):
        current.body["caller_position"] = data.get("caller_position")
        return None
    return RecordedTurn("location", {"caller_position": data.get("caller_position")}, actor)


def _dispatched(data: EventData, current: RecordedTurn | None, actor: str) -> RecordedTurn:
    # A unit the service recommended is left out: the replay gets the same recommendation.
    unit = data.get("unit")
    station = data.get("recommended_station") or {}
    given = unit if unit and unit != station.get("name") else None
    return RecordedTurn("dispatch", {"unit": given} if given else {}, actor)


def _with_reason(verb: str, body: dict[str, Any], data: EventData, actor: str) -> RecordedTurn:
    if data.get("reason"):
        body["reason"] = data["reason"]
    return RecordedTurn(verb, body, actor)


def _said(verb: str) -> TurnOf:
    """A request whose body is one text (format v1 writes it alone)."""
    return lambda data, current, actor: RecordedTurn(verb, data.get("text") or "", actor)


TURNS: dict[str, TurnOf] = {
    EventType.CREATED: _started,
    EventType.LOCATION_SAID: _location_said,
    EventType.POSITION_UPDATED: _position_updated,
    EventType.CONFIRMED: lambda data, current, actor: RecordedTurn(
        "confirm", {"place_id": data.get("place_id")}, actor
    ),
    EventType.DISPATCHED: _dispatched,
    EventType.TRANSFERRED: lambda data, current, actor: _with_reason(
        "transfer", {"to_psap": data.get("to_psap")}, data, actor
    ),
    EventType.ESCALATED: lambda data, current, actor: RecordedTurn(
        "escalate", {"reason": data.get("reason") or ""}, actor
    ),
    EventType.NOTE: _said("notes"),
    EventType.COMPLAINT_SAID: _said("complaint"),
    EventType.PRIORITY_SET: lambda data, current, actor: _with_reason(
        "priority", {"priority": data.get("to")}, data, actor
    ),
    EventType.PARALLEL_ALERTED: lambda data, current, actor: _with_reason(
        "alert", {k: data[k] for k in ("to_psap", "place_id") if data.get(k)}, data, actor
    ),
}


def _apply(state: CallState, turn: RecordedTurn, names: PlaceNames) -> None:
    if turn.verb == "start":
        state.psap = turn.body.get("psap")
    elif turn.verb == "confirm":
        state.confirmed = names(str(turn.body.get("place_id")))
        if state.status == CallStatus.PROVISIONAL:
            state.status = CallStatus.LOCATION_CONFIRMED
    elif turn.verb == "dispatch":
        state.status = CallStatus.DISPATCHED
    elif turn.verb == "transfer":
        state.status = CallStatus.TRANSFERRED
        state.psap = turn.body.get("to_psap")
    for event in turn.derived:
        data = event.data
        if event.type == EventType.CANDIDATES_CHANGED:
            ids = data.get("place_ids") or []
            state.top = names(str(ids[0])) if ids else None
        elif event.type == EventType.PROMPT_SHOWN:
            state.prompt_kind = data.get("kind")
        elif event.type == EventType.PRIORITY_CHANGED:
            state.priority = data.get("to") or state.priority
        elif event.type == EventType.ACTION_RECOMMENDED:
            state.action = data.get("kind")


class Expect(TypedDict, total=False):
    """A recorded turn's `expect` block (scenario format v1), from what the service answered."""

    status: Required[str]
    priority: str
    top: list[str]
    prompt_kind: str
    action: str
    confirmed: list[str]
    transferred_to: str


def _expectations(state: CallState, verb: str, priority_reliable: bool) -> Expect:
    # Plain strings: the file is written with yaml.safe_dump, which knows no enums.
    expect: Expect = {"status": str(state.status)}
    if verb in ("start", "location", "transfer"):
        if priority_reliable:
            expect["priority"] = state.priority
        if state.top is not None:
            expect["top"] = [state.top]
        if state.prompt_kind:
            expect["prompt_kind"] = state.prompt_kind
        if state.action and priority_reliable:
            expect["action"] = state.action
    if verb == "confirm" and state.confirmed is not None:
        expect["confirmed"] = [state.confirmed]
    if verb == "transfer" and state.psap:
        expect["transferred_to"] = state.psap
    return expect


def scenario_from_record(
    record: CallRecord, names: PlaceNames, *, keep_number: bool = False
) -> tuple[dict[str, Any], list[str]]:
    """The scenario document for one call record (with its timeline), and notes about it."""
    timeline = record.timeline
    turns, skipped = group_turns(timeline)
    if not turns or turns[0].verb != "start":
        raise ScenarioError("the call's timeline does not begin with its creation")
    notes = [f"left out (no verb in scenario format v1): {s}" for s in skipped]
    # Script answers can raise the priority; after one, priority and action are not replayed.
    first_answer = min((e.seq for e in timeline if e.type == EventType.ANSWER), default=None)
    state = CallState()
    documents: list[dict[str, Any]] = []
    for turn in turns:
        _apply(state, turn, names)
        last_seq = max((e.seq for e in turn.derived), default=0)
        reliable = first_answer is None or last_seq < first_answer
        document: dict[str, Any] = {turn.verb: turn.body}
        role = _role_of(turn.actor)
        if role is not None and role != DEFAULT_ROLE.get(turn.verb, Role.CALL_TAKER):
            document["role"] = role
        document["expect"] = _expectations(state, turn.verb, reliable)
        documents.append(document)
    start = documents[0]["start"]
    scenario: dict[str, Any] = {
        "id": f"recorded-{record.id}",
        "title": f"Recorded call {record.id}",
    }
    if "psap" in start:
        scenario["psap"] = start.pop("psap")
    caller = _caller(record, start, keep_number)
    if caller:
        scenario["caller"] = caller
    scenario["turns"] = documents
    return scenario, notes


def _caller(record: CallRecord, start: dict[str, Any], keep_number: bool) -> dict[str, Any]:
    """The scenario's `caller`: the position the start sent, and the number if it is to be
    kept (a masked one never is)."""
    caller: dict[str, Any] = {}
    number = record.caller.number
    if keep_number and number and "*" not in number:
        caller["number"] = number
    if "caller_position" in start:
        caller["position"] = start.pop("caller_position")
    return caller


def _role_of(actor: str) -> str | None:
    """Actors are written `role#<token digest>` (see `auth.service`)."""
    role = actor.split("#", 1)[0]
    return role if role in set(Role) else None


def dump_scenario(scenario: dict[str, Any], notes: list[str]) -> str:
    header = "".join(f"# {note}\n" for note in notes)
    body = yaml.safe_dump(scenario, allow_unicode=True, sort_keys=False, width=100)
    return header + body


# Command -------------------------------------------------------------------------------------


def register_record(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "record",
        help="export a finished call from the store as a scenario file",
        description=(
            "Rebuild a call's turns from its timeline and write them as a scenario (format "
            "v1) whose expectations are what the service answered; the file is then replayed "
            "on a fresh in-process service to prove it is green."
        ),
    )
    parser.add_argument("call_id", metavar="CALL_ID")
    parser.add_argument(
        "--database-url", help="the store holding the call (default: the service's settings)"
    )
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    parser.add_argument(
        "--keep-number",
        action="store_true",
        help="keep the caller's whole number in the file (left out by default: privacy)",
    )
    parser.add_argument(
        "--no-check", action="store_true", help="do not replay the exported scenario"
    )
    parser.set_defaults(func=run_record)


def run_record(args: argparse.Namespace) -> int:
    from gazetteer import load_gazetteer

    gazetteer = load_gazetteer()

    def names(place_id: str) -> str | None:
        place = gazetteer.get(place_id)
        return place.full_name if place is not None else None

    database_url = args.database_url
    if database_url is None:
        from dispatch_intake.settings import load_settings

        database_url = load_settings().effective_database_url
    try:
        with in_process_service(database_url) as clients:
            record = clients["supervisor"].get_call(args.call_id)
    except IntakeError as exc:
        print(f"dispatch-intake record: {exc.message} ({exc.status})", file=sys.stderr)
        return 1
    try:
        scenario, notes = scenario_from_record(record, names, keep_number=args.keep_number)
    except ScenarioError as exc:
        print(f"dispatch-intake record: {exc}", file=sys.stderr)
        return 1
    text = dump_scenario(scenario, notes)
    if args.output is not None:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    if args.no_check:
        return 0
    with in_process_service() as clients:
        result = run_scenario(parse_scenario(yaml.safe_load(text)), clients)
    print(f"replayed on a fresh store: {result.line()}", file=sys.stderr)
    return 0 if result.passed else 1
