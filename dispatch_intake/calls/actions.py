"""What the call-taker should do next, with a reason a person understands."""

from __future__ import annotations

from typing import Any

from dispatch_intake.prompts.service import PromptBook
from dispatch_intake.psaps.service import Psap, PsapDirectory, nearest_station

PlaceDict = dict[str, Any]


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
    contradicted: bool = False,
    psap: Psap,
    psaps: PsapDirectory,
    prompts: PromptBook,
) -> dict[str, Any]:
    """`dispatch_now`, `dispatch`, `transfer`, `disambiguate`, `confirm`, `ask_more` or `none`."""
    if status in ("dispatched", "closed"):
        reasons = {
            "dispatched": "已经派车：保持通话，指导现场急救，核实地址。",
            "closed": "此呼叫已结束。",
        }
        return {"kind": "none", "reason": reasons[status]}
    # When the resolver asks for more, what it found is too weak to send an ambulance to.
    if prompt_kind not in ("confirm", "choose"):
        candidates = []
    critical = priority == "critical" or dispatch_now_answer
    place = confirmed or (candidates[0] if candidates else None)
    if place is not None and place.get("in_jurisdiction"):
        label = place.get("label") or place.get("full_name")
        station = station_for(psap, (place["lat"], place["lon"]))
        if critical:
            where = "已确认" if confirmed else "最可能的地点"
            return {
                "kind": "dispatch_now",
                "reason": f"病情危重，{where}是{label}，在本中心辖区内：立即派车，"
                "车辆出发后继续核实具体位置。",
                "place_id": place["place_id"],
                "station": station,
            }
        if confirmed:
            return {
                "kind": "dispatch",
                "reason": f"地址已确认：{label}，可以派车。",
                "place_id": place["place_id"],
                "station": station,
            }
    # While the caller's own words disagree about the city, a hand-off could send them to
    # the wrong centre: ask first (a critical caller in the area was sent an ambulance above).
    if place is not None and not place.get("in_jurisdiction") and not contradicted:
        other = psaps.covering((place.get("admin") or {}).get("adcode"))
        if other is not None and other.id != psap.id:
            label = place.get("label") or place.get("full_name")
            return {
                "kind": "transfer",
                "reason": f"{label}在{other.name}辖区，不在本中心辖区：转接{other.name}，"
                "保持通话，不要让来电人重拨。",
                "to_psap": other.id,
                "place_id": place["place_id"],
            }
    if critical and position is not None and position_in_jurisdiction:
        return {
            "kind": "dispatch_now",
            "reason": "病情危重，来电定位在本中心辖区内：按定位立即派车，边走边问清地址。",
            "place_id": None,
            "position": {"lat": position["lat"], "lon": position["lon"]},
            "station": station_for(psap, (position["lat"], position["lon"])),
        }
    if candidates and prompt_kind == "choose":
        return {
            "kind": "disambiguate",
            "reason": f"有{prompts.spoken_count(len(candidates))}个可能的地点，"
            "请按提示问清是哪一个。",
            "place_ids": [c["place_id"] for c in candidates],
        }
    if candidates and prompt_kind == "confirm":
        return {
            "kind": "confirm",
            "reason": f"最可能是{candidates[0].get('label')}，请向来电人读出并确认。",
            "place_id": candidates[0]["place_id"],
        }
    urgency = "病情危重，" if critical else ""
    return {
        "kind": "ask_more",
        "reason": f"{urgency}还不知道来电人在哪里：请问路名、小区、学校或附近的标志性建筑。",
    }
