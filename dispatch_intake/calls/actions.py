"""What the call-taker should do next, with a reason a person understands."""

from __future__ import annotations

from typing import Any

from dispatch_intake.prompts.service import PromptBook
from dispatch_intake.psaps.service import Psap, PsapDirectory, nearest_station

PlaceDict = dict[str, Any]
# A city or district named this surely (exactly, outside the centre's own area), with nothing
# else said, decides the centre the call belongs to.
AREA_KINDS = ("city", "district")
AREA_SURE = 0.8


def station_for(psap: Psap, point: tuple[float, float] | None) -> dict[str, Any] | None:
    """The centre's nearest station to a point, as shown on the record."""
    if point is None:
        return None
    nearest = nearest_station(psap, *point)
    if nearest is None:
        return None
    return {
        "id": nearest.station.id,
        "name": nearest.station.name,
        "distance_km": nearest.distance_km,
    }


def recommend_action(
    *,
    status: str,
    priority: str,
    dispatch_now_answer: bool,
    candidates: list[PlaceDict],
    confirmed: PlaceDict | None,
    position: dict[str, Any] | None,
    position_in_jurisdiction: bool | None,
    prompt_kind: str,
    options: list[dict[str, Any]] | tuple[()] = (),
    contradicted: bool = False,
    contradictions: list[dict[str, Any]] | tuple[()] = (),
    psap: Psap,
    psaps: PsapDirectory,
    prompts: PromptBook,
) -> dict[str, Any]:
    """`dispatch_now`, `dispatch`, `transfer`, `disambiguate`, `confirm`, `ask_more` or `none`."""
    if status in ("dispatched", "closed"):
        return {"kind": "none", "reason": prompts.reason(status)}
    # A city or district said plainly is no address, but it can tell whose area the caller is
    # in: that is enough to hand them over (the next rule keeps it, unless the phone is here).
    area = candidates[0] if prompt_kind == "ask_more" and candidates else None
    if area is not None and (
        area.get("kind") not in AREA_KINDS
        or (area.get("score") or 0.0) < AREA_SURE
        or not area.get("says_all")  # 南阳 in 在南阳路 is part of a 郑州 street's name
    ):
        area = None
    # When the resolver asks for more, what it found is too weak to send an ambulance to.
    if prompt_kind not in ("confirm", "choose"):
        candidates = []
    critical = priority == "critical" or dispatch_now_answer
    if critical and contradicted and confirmed is None:
        # The 2022 failure: a caller too weak to settle which city she is in is sent an
        # ambulance from here first, and the other centre is told at the same time.
        send_first = _send_first(
            candidates=candidates,
            contradictions=list(contradictions),
            options=list(options),
            position=position,
            position_in_jurisdiction=position_in_jurisdiction,
            psap=psap,
            psaps=psaps,
            prompts=prompts,
        )
        if send_first is not None:
            return send_first
    place = confirmed or (candidates[0] if candidates else None)
    if place is not None and place.get("in_jurisdiction"):
        label = str(place.get("label") or place.get("full_name"))
        station = station_for(psap, (place["lat"], place["lon"]))
        if critical:
            which = "dispatch_now_confirmed" if confirmed else "dispatch_now_likeliest"
            return {
                "kind": "dispatch_now",
                "reason": prompts.reason(which, place=label),
                "place_id": place["place_id"],
                "station": station,
            }
        if confirmed:
            return {
                "kind": "dispatch",
                "reason": prompts.reason("dispatch", place=label),
                "place_id": place["place_id"],
                "station": station,
            }
    # While the caller's own words disagree about the city, a hand-off could send them to
    # the wrong centre: ask first (a critical caller in the area was sent an ambulance above).
    if place is not None and not contradicted:
        hand_off = _hand_off(place, psap, psaps, prompts)
        if hand_off is not None:
            return hand_off
    if critical and position is not None and position_in_jurisdiction:
        return {
            "kind": "dispatch_now",
            "reason": prompts.reason("dispatch_now_position"),
            "place_id": None,
            "position": {"lat": position["lat"], "lon": position["lon"]},
            "station": station_for(psap, (position["lat"], position["lon"])),
        }
    if area is not None and not contradicted:
        hand_off = _hand_off(area, psap, psaps, prompts)
        if hand_off is not None:
            return hand_off
    if candidates and prompt_kind == "choose":
        # The places the prompt offers, not every candidate found.
        offered = [o["place_id"] for o in options] or [c["place_id"] for c in candidates]
        return {
            "kind": "disambiguate",
            "reason": prompts.reason("disambiguate", count=prompts.spoken_count(len(offered))),
            "place_ids": offered,
        }
    if candidates and prompt_kind == "confirm":
        return {
            "kind": "confirm",
            "reason": prompts.reason("confirm", place=str(candidates[0].get("label"))),
            "place_id": candidates[0]["place_id"],
        }
    return {
        "kind": "ask_more",
        "reason": prompts.reason("ask_more_critical" if critical else "ask_more"),
    }


def _hand_off(
    place: PlaceDict, psap: Psap, psaps: PsapDirectory, prompts: PromptBook
) -> dict[str, Any] | None:
    """`transfer` to the centre whose area holds a place outside this centre's, if any."""
    if place.get("in_jurisdiction"):
        return None
    other = psaps.covering((place.get("admin") or {}).get("adcode"))
    if other is None or other.id == psap.id:
        return None
    label = str(place.get("label") or place.get("full_name"))
    return {
        "kind": "transfer",
        "reason": prompts.reason("transfer", place=label, centre=other.name),
        "to_psap": other.id,
        "place_id": place["place_id"],
    }


DIVISION_KINDS = ("province", "city", "district", "county")


def _send_first(
    *,
    candidates: list[PlaceDict],
    contradictions: list[dict[str, Any]],
    options: list[dict[str, Any]],
    position: dict[str, Any] | None,
    position_in_jurisdiction: bool | None,
    psap: Psap,
    psaps: PsapDirectory,
    prompts: PromptBook,
) -> dict[str, Any] | None:
    """`dispatch_now` to the likeliest place in this centre's area while a critical caller's
    words contradict each other, naming the other centre's place for a parallel alert; or
    `disambiguate` with that alert when nothing in this area can be sent to."""
    by_id = {c["place_id"]: c for c in candidates}
    # The places the contradiction sets against each other come first, then those the prompt
    # offers; a bare city or district is no address to send an ambulance to.
    named = [
        place_id
        for c in contradictions
        for place_id in (c.get("alternative_id"), c.get("place_id"))
        if place_id
    ]
    offered = [o.get("place_id") for o in options]
    ranked: list[PlaceDict] = []
    for place_id in [*named, *offered]:
        place = by_id.get(place_id)
        if place is not None and place not in ranked and place.get("kind") not in DIVISION_KINDS:
            ranked.append(place)
    here = [p for p in ranked if p.get("in_jurisdiction")]
    here.sort(key=lambda p: -(p.get("score") or 0.0))
    elsewhere = [p for p in ranked if not p.get("in_jurisdiction")]
    alert = _parallel_alert(elsewhere, psap, psaps)
    first = contradictions[0] if contradictions else {}
    contradiction = str(first.get("message") or "").rstrip("。")
    if here:
        place = here[0]
        label = _label(place)
        reason = prompts.reason(
            "dispatch_now_contradicted",
            place=label,
            contradiction=contradiction,
            other=alert["label"] if alert else str(first.get("context") or ""),
        )
        action: dict[str, Any] = {
            "kind": "dispatch_now",
            "place_id": place["place_id"],
            "station": station_for(psap, (place["lat"], place["lon"])),
        }
    elif position is not None and position_in_jurisdiction:
        reason = prompts.reason("dispatch_now_position_contradicted", contradiction=contradiction)
        action = {
            "kind": "dispatch_now",
            "place_id": None,
            "position": {"lat": position["lat"], "lon": position["lon"]},
            "station": station_for(psap, (position["lat"], position["lon"])),
        }
    elif alert is not None:
        reason = prompts.reason("disambiguate_contradicted", contradiction=contradiction)
        action = {"kind": "disambiguate", "place_ids": [p["place_id"] for p in ranked]}
    else:
        return None
    if alert is not None:
        centre = psaps.get(alert["to_psap"])
        reason += prompts.reason(
            "parallel_alert",
            other=alert["label"],
            centre=centre.name if centre else alert["to_psap"],
        )
        action["parallel_alert"] = alert
    return {"kind": action.pop("kind"), "reason": reason, **action}


def _parallel_alert(
    elsewhere: list[PlaceDict], psap: Psap, psaps: PsapDirectory
) -> dict[str, Any] | None:
    """The likeliest place outside this centre's area, and the centre that covers it."""
    for place in sorted(elsewhere, key=lambda p: -(p.get("score") or 0.0)):
        other = psaps.covering((place.get("admin") or {}).get("adcode"))
        if other is not None and other.id != psap.id:
            return {"to_psap": other.id, "place_id": place["place_id"], "label": _label(place)}
    return None


def _label(place: PlaceDict) -> str:
    return str(place.get("label") or place.get("full_name"))
