"""Where the caller is: what they say about it, a new position, and the place confirmed."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dispatch_intake.auth.masking import clip_text
from dispatch_intake.auth.service import Principal
from dispatch_intake.calls.contract import ConfirmBody, LocationBody, stored_position
from dispatch_intake.calls.guarded import psap_of, reassess, relocate
from dispatch_intake.calls.writes import (
    OPEN_STATES,
    Record,
    finish,
    keep_warnings,
    locked_call,
    require_state,
)
from dispatch_intake.components import Intake
from dispatch_intake.db import as_utc, utcnow
from dispatch_intake.errors import StateConflict
from dispatch_intake.locations.service import place_to_dict, position_of
from dispatch_intake.next_step import read_back_prompt
from dispatch_intake.timeline.service import append_event


def add_location(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: LocationBody
) -> Record:
    call = locked_call(session, call_id)
    require_state(call, OPEN_STATES, "add location")
    actor = principal.actor
    keep_warnings(call, given.warnings)
    if given.text is not None:
        call.location_texts = [*call.location_texts, given.text]
        append_event(session, call, "location_said", actor, {"text": given.text})
    if given.caller_position is not None:
        position = stored_position(given.caller_position)
        call.caller_position = position
        append_event(session, call, "position_updated", actor, {"caller_position": position})
    relocate(session, intake, call, actor)
    reassess(session, intake, call, actor)
    return finish(session, intake, principal, call, "location")


def confirm_location(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: ConfirmBody
) -> Record:
    option, place_id = given.option, given.place_id
    call = locked_call(session, call_id)
    require_state(call, OPEN_STATES, "confirm a location")
    keep_warnings(call, given.warnings)
    psap = psap_of(intake, call)
    if option is not None:
        offered = {o["key"]: o["place_id"] for o in call.prompt.get("options", [])}
        if option not in offered:
            keys = ", ".join(offered) or "none"
            shown = clip_text(option, 20)
            raise StateConflict(f"the record offers no option {shown!r} (offered: {keys})")
        place_id = offered[option]
    assert isinstance(place_id, str)
    place = next((c for c in call.candidates if c["place_id"] == place_id), None)
    if place is None:
        found = intake.gazetteer.get(place_id)
        if found is None:
            raise StateConflict(f"no place {clip_text(place_id, 80)!r} in the gazetteer to confirm")
        place = place_to_dict(
            found,
            gazetteer=intake.gazetteer,
            psap=psap,
            psaps=intake.psaps,
            prompts=intake.prompts,
            position=position_of(call.caller_position),
        )
    now = utcnow()
    call.confirmed = place
    if call.status in ("provisional", "transferred"):
        call.status = "location_confirmed"
    first_confirmation = call.confirmed_at is None
    call.confirmed_at = now
    append_event(
        session,
        call,
        "confirmed",
        principal.actor,
        {"place_id": place["place_id"], "label": place.get("label"), "option": option},
    )
    # Until the caller says more, the sentence to read is the read-back of the place.
    call.prompt = read_back_prompt(place, intake.prompts)
    append_event(session, call, "prompt_shown", principal.actor, call.prompt)
    reassess(session, intake, call, principal.actor)
    record = finish(session, intake, principal, call, "confirmed")
    if first_confirmation:
        elapsed = (now - as_utc(call.created_at)).total_seconds()
        intake.metrics.time_to_confirmed.observe(max(elapsed, 0.0))
    return record
