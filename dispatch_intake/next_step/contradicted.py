"""A critical caller whose words contradict each other (which city?): an ambulance from here
first when anything in this centre's area can be sent to, and the other centre alerted at the
same time; never a wait for the caller to settle it."""

from __future__ import annotations

from dispatch_intake.next_step.rules import NextStepRules
from dispatch_intake.next_step.situation import (
    Centre,
    PlaceDict,
    Situation,
    label,
    station_for,
)
from dispatch_intake.shapes import Action, ParallelAlert


def send_first(situation: Situation, centre: Centre) -> Action | None:
    """`dispatch_now` to the likeliest place in this centre's area, naming the other centre's
    place for a parallel alert until that centre has been told; or `disambiguate` with that
    alert when nothing in this area can be sent to; None when neither applies."""
    ranked = ranked_places(situation, centre.rules)
    alert = parallel_alert([p for p in ranked if not p.get("in_jurisdiction")], centre)
    first = situation.contradictions[0] if situation.contradictions else None
    contradiction = (first["message"] if first else "").rstrip("。")
    here = sorted(
        (p for p in ranked if p.get("in_jurisdiction")), key=lambda p: -(p.get("score") or 0.0)
    )
    action: Action | None
    if here:
        other = alert["label"] if alert else str((first and first["context"]) or "")
        action = _send_here(here[0], contradiction, other, centre)
    elif situation.position_here:
        action = _send_to_position(situation, contradiction, centre)
    elif alert is not None:
        action = {
            "kind": "disambiguate",
            "reason": centre.prompts.reason(
                "disambiguate_contradicted", contradiction=contradiction
            ),
            "place_ids": [p["place_id"] for p in ranked],
        }
    else:
        return None
    return action if alert is None else with_alert(action, alert, situation, centre)


def still_to_alert(situation: Situation, centre: Centre) -> ParallelAlert | None:
    """After the crew was sent first: the other centre's reading, until it has been told."""
    if not situation.contradicted:
        return None
    ranked = ranked_places(situation, centre.rules)
    alert = parallel_alert([p for p in ranked if not p.get("in_jurisdiction")], centre)
    return alert if alert is not None and alert["to_psap"] not in situation.alerted else None


def ranked_places(situation: Situation, rules: NextStepRules) -> list[PlaceDict]:
    """The places the contradiction sets against each other first, then those the prompt
    offers; a bare division is no address to send an ambulance to."""
    by_id = {c["place_id"]: c for c in situation.sendable}
    named = [
        place_id
        for c in situation.contradictions
        for place_id in (c.get("alternative_id"), c.get("place_id"))
        if place_id
    ]
    offered = [o.get("place_id") for o in situation.options]
    ranked: list[PlaceDict] = []
    for place_id in [*named, *offered]:
        place = by_id.get(place_id) if place_id else None
        if (
            place is not None
            and place not in ranked
            and place.get("kind") not in rules.division_kinds
        ):
            ranked.append(place)
    return ranked


def parallel_alert(elsewhere: list[PlaceDict], centre: Centre) -> ParallelAlert | None:
    """The likeliest place outside this centre's area, and the centre that covers it."""
    for place in sorted(elsewhere, key=lambda p: -(p.get("score") or 0.0)):
        other = centre.psaps.covering((place.get("admin") or {}).get("adcode"))
        if other is not None and other.id != centre.psap.id:
            return {"to_psap": other.id, "place_id": place["place_id"], "label": label(place)}
    return None


def _send_here(place: PlaceDict, contradiction: str, other: str, centre: Centre) -> Action:
    reason = centre.prompts.reason(
        "dispatch_now_contradicted", place=label(place), contradiction=contradiction, other=other
    )
    return {
        "kind": "dispatch_now",
        "reason": reason,
        "place_id": place["place_id"],
        "station": station_for(centre.psap, (place["lat"], place["lon"]), place.get("precision")),
    }


def _send_to_position(situation: Situation, contradiction: str, centre: Centre) -> Action:
    position = situation.position
    assert position is not None
    return {
        "kind": "dispatch_now",
        "reason": centre.prompts.reason(
            "dispatch_now_position_contradicted", contradiction=contradiction
        ),
        "place_id": None,
        "position": {"lat": position["lat"], "lon": position["lon"]},
        "station": station_for(centre.psap, (position["lat"], position["lon"])),
    }


def with_alert(
    action: Action, alert: ParallelAlert, situation: Situation, centre: Centre
) -> Action:
    """The action, its reason telling the call-taker to alert the other centre as well; once
    that centre has been told, the reason says so and the alert is no longer asked for."""
    other = centre.psaps.get(alert["to_psap"])
    done = alert["to_psap"] in situation.alerted
    reason = (action.get("reason") or "") + centre.prompts.reason(
        "parallel_alert_done" if done else "parallel_alert",
        other=alert["label"],
        centre=other.name if other else alert["to_psap"],
    )
    if done:
        return {**action, "reason": reason}
    return {**action, "reason": reason, "parallel_alert": alert}
