"""Location, priority and recommended action, reassessed after every change of a call."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dispatch_intake.calls.models import CallRecord
from dispatch_intake.components import Intake
from dispatch_intake.db import utcnow
from dispatch_intake.locations.service import LocationAssessment
from dispatch_intake.next_step import Centre, Situation, recommend_action
from dispatch_intake.priority.service import PRIORITY_ORDER, TriageResult
from dispatch_intake.psaps.service import Psap
from dispatch_intake.states import EventType
from dispatch_intake.timeline.models import TimelineEvent
from dispatch_intake.timeline.service import append_event, unwritten_events


def psap_of(intake: Intake, call: CallRecord) -> Psap:
    return intake.psaps.get(call.psap) or intake.default_psap


# A call may go on for hundreds of location turns; resolution reads the first few (where the
# caller usually names the institution or city) and the latest ones, so that each turn costs
# the same however long the call has been.
FIRST_UTTERANCES = 8
LATEST_UTTERANCES = 24


def utterances_to_resolve(texts: list[str]) -> list[str]:
    if len(texts) <= FIRST_UTTERANCES + LATEST_UTTERANCES:
        return texts
    return [*texts[:FIRST_UTTERANCES], *texts[-LATEST_UTTERANCES:]]


def assess_location(
    intake: Intake, psap: Psap, texts: list[str], position: Any
) -> LocationAssessment:
    return intake.resolutions.resolve(
        gazetteer=intake.gazetteer,
        psaps=intake.psaps,
        psap=psap,
        prompts=intake.prompts,
        utterances=utterances_to_resolve(texts),
        position=position,
    )


def apply_location(
    session: Session, call: CallRecord, assessment: LocationAssessment, actor: str
) -> None:
    before = [c["place_id"] for c in call.candidates]
    after = [c["place_id"] for c in assessment.candidates]
    call.candidates = assessment.candidates
    call.contradictions = assessment.contradictions
    if assessment.warnings:
        call.warnings = [*call.warnings, *assessment.warnings]
    if before != after:
        append_event(
            session,
            call,
            "candidates_changed",
            actor,
            {
                "place_ids": after,
                "top": assessment.candidates[0]["label"] if assessment.candidates else None,
            },
        )
    if assessment.contradictions:
        append_event(
            session,
            call,
            "contradiction",
            actor,
            {"messages": [c["message"] for c in assessment.contradictions]},
        )
    if assessment.prompt != call.prompt:
        call.prompt = assessment.prompt
        append_event(session, call, "prompt_shown", actor, assessment.prompt)


def centres_alerted(session: Session, call: CallRecord) -> tuple[str, ...]:
    """The centres the call-taker has told of this call (`parallel_alerted`): asked of the
    store only for calls where an alert is ever recommended (words that disagreed, a crew
    already sent)."""
    if not (call.contradictions or call.dispatches):
        return ()
    alerted = [
        str(event.shown.get("to_psap") if event.shown else "")
        for event in unwritten_events(session, call.id)
        if event.type == EventType.PARALLEL_ALERTED
    ]
    with session.no_autoflush:
        stored = session.scalars(
            select(TimelineEvent.data).where(
                TimelineEvent.call_id == call.id,
                TimelineEvent.type == EventType.PARALLEL_ALERTED,
            )
        )
        alerted += [str(json.loads(data).get("to_psap")) for data in stored]
    return tuple(dict.fromkeys(a for a in alerted if a))


def triage_call(intake: Intake, call: CallRecord) -> TriageResult:
    """Every complaint utterance, with the case-entry answers replacing what they answer.

    Notes are read too, after the complaint, but only to raise the priority: a call-taker (or
    a script or a console without the complaint step) often writes what the caller says about
    the patient as a note ("孩子掉湖里了，捞上来了，没气了"), and a call that stays 未分级 under
    it is the failure this service exists to prevent. A note never lowers what the complaint
    says ("来电人称已经醒了" is the call-taker's to weigh, by setting the priority by hand)."""
    effects = intake.script.effects(call.answers)
    said = intake.priority_rules.assess(call.complaint_texts, effects)
    noted = [str(note.get("text") or "") for note in call.notes]
    if not any(noted):
        return said
    heard = intake.priority_rules.assess([*call.complaint_texts, *noted], effects)
    if PRIORITY_ORDER.index(heard.priority) > PRIORITY_ORDER.index(said.priority):
        return replace(heard, reasons=(*heard.reasons, "note"))
    return said


def reassess(session: Session, intake: Intake, call: CallRecord, actor: str) -> None:
    """Priority and recommended action from the record as it now stands."""
    triage = triage_call(intake, call)
    manual = (call.triage or {}).get("manual")
    priority = str(manual["priority"]) if manual else triage.priority
    dispatch_now_answer = any(bool(a.get("dispatch_now")) for a in call.answers.values())
    if manual and priority != "critical":
        # A person who set the priority by hand has heard more than the script's answers.
        dispatch_now_answer = False
    call.triage = {**triage.as_dict(), "manual": manual}
    if priority != call.priority:
        append_event(
            session,
            call,
            "priority_changed",
            actor,
            # The findings (the caller's words) stay on the record, not in this system event.
            {"from": call.priority, "to": priority},
        )
        call.priority = priority
    psap = psap_of(intake, call)
    situation = Situation(
        status=call.status,
        priority=priority,
        dispatch_now_answer=dispatch_now_answer,
        candidates=call.candidates,
        confirmed=call.confirmed,
        position=call.caller_position,
        position_in_jurisdiction=intake.areas.contains(psap, call.caller_position),
        prompt_kind=str(call.prompt.get("kind", "")),
        options=list(call.prompt.get("options") or []),
        contradicted=bool(call.contradictions) and call.confirmed is None,
        contradictions=list(call.contradictions or []),
        alerted=centres_alerted(session, call),
        units_sent=tuple(str(d["unit"]) for d in call.dispatches if d.get("unit")),
    )
    centre = Centre(psap, intake.psaps, intake.prompts, intake.settings.next_step)
    action = recommend_action(situation, centre)
    if action != call.recommended_action:
        call.recommended_action = action
        append_event(session, call, "action_recommended", actor, action)
    call.updated_at = utcnow()
