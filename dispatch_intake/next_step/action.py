"""What the call-taker should do next, with a reason a person understands: a chain of small
named decisions, tried in order; the first that applies is the recommended action."""

from __future__ import annotations

from collections.abc import Callable

from dispatch_intake.next_step.contradicted import send_first, still_to_alert, with_alert
from dispatch_intake.next_step.rules import NextStepRules
from dispatch_intake.next_step.situation import (
    Centre,
    PlaceDict,
    Situation,
    label,
    station_for,
)
from dispatch_intake.shapes import Action

# What ends a call's need for a next step.
FINISHED = ("dispatched", "closed")

Decision = Callable[[Situation, Centre], Action | None]


def recommend_action(situation: Situation, centre: Centre) -> Action:
    """`dispatch_now`, `dispatch`, `transfer`, `disambiguate`, `confirm`, `ask_more` or `none`."""
    for decide in DECISIONS:
        action = decide(situation, centre)
        if action is not None:
            return action
    return ask_more(situation, centre)


# The decisions, in the order they are tried ---------------------------------------------------


def nothing_left(situation: Situation, centre: Centre) -> Action | None:
    if situation.status not in FINISHED:
        return None
    action: Action = {"kind": "none", "reason": centre.prompts.reason(situation.status)}
    # A crew sent first while the caller's words disagree: the other centre is still told.
    alert = still_to_alert(situation, centre) if situation.status == "dispatched" else None
    return action if alert is None else with_alert(action, alert, situation, centre)


def hand_over_after_sending(situation: Situation, centre: Centre) -> Action | None:
    """A crew was sent first, then the caller confirmed a place in another centre's area:
    that centre takes the call (the record goes with it) and the crew is told."""
    place = situation.confirmed
    if situation.status != "dispatched" or place is None or place.get("in_jurisdiction"):
        return None
    other = centre.psaps.covering((place.get("admin") or {}).get("adcode"))
    if other is None or other.id == centre.psap.id:
        return None
    which = (
        "transfer_after_dispatch_alerted"
        if other.id in situation.alerted
        else ("transfer_after_dispatch")
    )
    crew = "、".join(situation.units_sent) or centre.prompts.reason("crew_sent")
    return {
        "kind": "transfer",
        "reason": centre.prompts.reason(which, place=label(place), centre=other.name, crew=crew),
        "to_psap": other.id,
        "place_id": place["place_id"],
    }


def send_first_while_contradicted(situation: Situation, centre: Centre) -> Action | None:
    """The 2022 failure: a caller too weak to settle which city she is in is sent an ambulance
    from here first, and the other centre is told at the same time."""
    if not (situation.critical and situation.contradicted and situation.confirmed is None):
        return None
    return send_first(situation, centre)


def send_to_place(situation: Situation, centre: Centre) -> Action | None:
    """A place in this centre's area: at once when critical, else once it is confirmed."""
    place, confirmed = situation.place, situation.confirmed
    if place is None or not place.get("in_jurisdiction"):
        return None
    if situation.critical:
        which = "dispatch_now_confirmed" if confirmed else "dispatch_now_likeliest"
        kind = "dispatch_now"
    elif confirmed:
        which = kind = "dispatch"
    else:
        return None
    return {
        "kind": kind,
        "reason": centre.prompts.reason(which, place=label(place)),
        "place_id": place["place_id"],
        "station": station_for(centre.psap, (place["lat"], place["lon"]), place.get("precision")),
    }


def hand_off_place(situation: Situation, centre: Centre) -> Action | None:
    """While the caller's own words disagree about the city, a hand-off could send them to the
    wrong centre: ask first (a critical caller in the area was sent an ambulance above)."""
    if situation.place is None or situation.contradicted:
        return None
    return hand_off(situation.place, centre)


def send_to_position(situation: Situation, centre: Centre) -> Action | None:
    """A critical caller whose phone is in this centre's area: send to the phone's position."""
    position = situation.position
    if not situation.critical or position is None or not situation.position_in_jurisdiction:
        return None
    return {
        "kind": "dispatch_now",
        "reason": centre.prompts.reason("dispatch_now_position"),
        "place_id": None,
        "position": {"lat": position["lat"], "lon": position["lon"]},
        "station": station_for(centre.psap, (position["lat"], position["lon"])),
    }


def send_first_towards(situation: Situation, centre: Centre) -> Action | None:
    """A critical caller the resolver cannot yet place for sure, whose words point first to a
    place of this centre's area that is no division (祥符区政府旁边的小区; 离新郑机场收费站
    不远): an ambulance goes towards it now, and the call-taker asks on. Not before the
    phone's position, which says more than a guess from words."""
    if not situation.critical or situation.contradicted or situation.prompt_kind != "ask_more":
        return None
    if not situation.candidates:
        return None
    first = situation.candidates[0]
    if (
        not first.get("in_jurisdiction")
        or first.get("kind") in centre.rules.division_kinds
        or (first.get("score") or 0.0) < centre.rules.send_first_score
    ):
        return None
    return {
        "kind": "dispatch_now",
        "reason": centre.prompts.reason("dispatch_now_towards", place=label(first)),
        "place_id": first["place_id"],
        "station": station_for(centre.psap, (first["lat"], first["lon"]), first.get("precision")),
    }


def hand_off_area(situation: Situation, centre: Centre) -> Action | None:
    """A city or district said plainly is no address, but it can tell whose area the caller
    is in: that is enough to hand them over (unless the phone is here, decided above)."""
    area = named_area(situation, centre.rules)
    if area is None or situation.contradicted:
        return None
    return hand_off(area, centre)


def disambiguate(situation: Situation, centre: Centre) -> Action | None:
    if not situation.sendable or situation.prompt_kind != "choose":
        return None
    # The places the prompt offers, not every candidate found.
    offered = [o["place_id"] for o in situation.options] or [
        c["place_id"] for c in situation.sendable
    ]
    prompts = centre.prompts
    return {
        "kind": "disambiguate",
        "reason": prompts.reason("disambiguate", count=prompts.spoken_count(len(offered))),
        "place_ids": offered,
    }


def confirm(situation: Situation, centre: Centre) -> Action | None:
    if not situation.sendable or situation.prompt_kind != "confirm":
        return None
    first = situation.sendable[0]
    return {
        "kind": "confirm",
        "reason": centre.prompts.reason("confirm", place=str(first.get("label"))),
        "place_id": first["place_id"],
    }


def ask_more(situation: Situation, centre: Centre) -> Action:
    return {
        "kind": "ask_more",
        "reason": centre.prompts.reason("ask_more_critical" if situation.critical else "ask_more"),
    }


DECISIONS: tuple[Decision, ...] = (
    hand_over_after_sending,
    nothing_left,
    send_first_while_contradicted,
    send_to_place,
    hand_off_place,
    send_to_position,
    send_first_towards,
    hand_off_area,
    disambiguate,
    confirm,
)


# Shared by the decisions ----------------------------------------------------------------------


def named_area(situation: Situation, rules: NextStepRules) -> PlaceDict | None:
    """The city or district the caller named surely, when the resolver asks for more."""
    if situation.prompt_kind != "ask_more" or not situation.candidates:
        return None
    area = situation.candidates[0]
    if (
        area.get("kind") not in rules.area_kinds
        or (area.get("score") or 0.0) < rules.area_sure_score
        or not area.get("says_all")  # 南阳 in 在南阳路 is part of a 郑州 street's name
    ):
        return None
    return area


def hand_off(place: PlaceDict, centre: Centre) -> Action | None:
    """`transfer` to the centre whose area holds a place outside this centre's, if any."""
    if place.get("in_jurisdiction"):
        return None
    other = centre.psaps.covering((place.get("admin") or {}).get("adcode"))
    if other is None or other.id == centre.psap.id:
        return None
    return {
        "kind": "transfer",
        "reason": centre.prompts.reason("transfer", place=label(place), centre=other.name),
        "to_psap": other.id,
        "place_id": place["place_id"],
    }
