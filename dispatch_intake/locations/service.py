"""Location resolution for a call: every utterance so far → ranked contract Places and the
sentence to read next."""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from geopy.distance import geodesic
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from dispatch_intake.calls.lenient import Warning_
from dispatch_intake.next_step.prompt import (
    Found,
    ask_location_prompt,
    ask_more_prompt,
    choose_prompt,
    read_back_prompt,
)
from dispatch_intake.prompts.service import PromptBook
from dispatch_intake.psaps.service import Psap, PsapDirectory
from dispatch_intake.shapes import Candidate, Contradiction, Prompt
from dispatch_intake.shapes import Position as StoredPosition
from gazetteer import Jurisdiction, Place, Position, Resolution

log = logging.getLogger("dispatch_intake.locations")
# The prompts are decided in dispatch_intake.next_step; named here for existing importers.
__all__ = [
    "GazetteerLike",
    "JurisdictionAreas",
    "LocationAssessment",
    "ResolutionMemo",
    "ask_location_prompt",
    "place_to_dict",
    "position_of",
    "read_back_prompt",
    "resolve_location",
]

PlaceDict = Candidate
MAX_CANDIDATES = 8


class GazetteerLike(Protocol):
    """The part of `gazetteer.Gazetteer` the service uses."""

    def resolve(
        self,
        utterances: Sequence[str],
        *,
        jurisdiction: Jurisdiction | None = ...,
        position: Position | None = ...,
        limit: int = ...,
    ) -> Resolution: ...

    def get(self, place_id: str) -> Place | None: ...

    def __iter__(self) -> Iterator[Place]: ...

    def district_outline(self, adcode: str) -> BaseGeometry | None: ...


@dataclass(frozen=True, slots=True)
class LocationAssessment:
    """What the service concluded about where the caller is."""

    candidates: list[PlaceDict]
    contradictions: list[Contradiction]
    prompt: Prompt
    warnings: list[Warning_] = field(default_factory=list)


def position_of(raw: StoredPosition | None) -> Position | None:
    if not raw:
        return None
    return Position(lat=raw["lat"], lon=raw["lon"], radius_m=raw.get("radius_m") or 1000.0)


# A directory is read once at start-up and never changed, and the places come from a finite
# gazetteer: the centre covering an adcode is the same answer call after call (the directory
# scans every centre's prefixes for it).
@functools.lru_cache(maxsize=4096)
def _covering(psaps: PsapDirectory, adcode: str | None) -> Psap | None:
    return psaps.covering(adcode)


def place_to_dict(
    place: Place,
    *,
    gazetteer: GazetteerLike,
    psap: Psap,
    psaps: PsapDirectory,
    prompts: PromptBook,
    score: float | None = None,
    distance_km: float | None = None,
    in_jurisdiction: bool | None = None,
    position: Position | None = None,
    says_all: bool = False,
    house_number: str | None = None,
) -> PlaceDict:
    """A gazetteer place in the contract's shape, plus `parent_id`, `label`, `psap`, and how
    exact its point is (`precision`, `source`); a house number said on a road is kept in
    `house_number` and shown in the label (文化路80号)."""
    parent = gazetteer.get(place.parent) if place.parent else None
    if distance_km is None and position is not None:
        distance_km = geodesic((position.lat, position.lon), (place.lat, place.lon)).km
    if in_jurisdiction is None:
        in_jurisdiction = psap.covers(place.admin.adcode)
    covering = _covering(psaps, place.admin.adcode)
    result: PlaceDict = {
        "place_id": place.id,
        "name": place.name,
        "full_name": place.full_name,
        "kind": place.kind,
        "admin": {
            "province": place.admin.province,
            "city": place.admin.city,
            "district": place.admin.district,
            "adcode": place.admin.adcode,
        },
        "lat": place.lat,
        "lon": place.lon,
        "address": place.address,
        "score": None if score is None else round(float(score), 4),
        "distance_km": None if distance_km is None else round(float(distance_km), 2),
        "in_jurisdiction": bool(in_jurisdiction),
        "parent_id": place.parent,
        "parent_name": parent.name if parent else None,
        "psap": covering.id if covering else None,
        "says_all": says_all,
        "precision": place.precision,
        "source": place.source,
        "house_number": house_number,
    }
    result["label"] = prompts.full_label(result, result["parent_name"]) + (house_number or "")
    return result


def resolve_location(
    *,
    gazetteer: GazetteerLike,
    psaps: PsapDirectory,
    psap: Psap,
    prompts: PromptBook,
    utterances: Sequence[str],
    position: StoredPosition | None,
) -> LocationAssessment:
    """Resolve everything said so far; a resolver failure becomes a warning, never an error."""
    said = [text for text in utterances if text.strip()]
    if not said:
        return LocationAssessment([], [], ask_location_prompt(prompts))
    caller_position = position_of(position)
    try:
        resolution = gazetteer.resolve(
            said,
            jurisdiction=Jurisdiction(adcodes=psap.jurisdiction),
            position=caller_position,
            limit=MAX_CANDIDATES,
        )
    except Exception:
        log.exception("the gazetteer failed to resolve a call's location")
        prompt = ask_more_prompt(prompts)
        warning: Warning_ = {
            "field": "location_text",
            "message": "the location could not be resolved",
        }
        return LocationAssessment([], [], prompt, [warning])

    def convert(place: Place, **scores: Any) -> PlaceDict:
        return place_to_dict(
            place,
            gazetteer=gazetteer,
            psap=psap,
            psaps=psaps,
            prompts=prompts,
            position=caller_position,
            **scores,
        )

    candidates = [
        convert(
            c.place,
            score=c.score,
            distance_km=c.distance_km,
            in_jurisdiction=c.in_jurisdiction,
            says_all=c.says_all,
            house_number=c.house_number,
        )
        for c in resolution.candidates[:MAX_CANDIDATES]
    ]
    by_id = {c["place_id"]: c for c in candidates}
    contradictions: list[Contradiction] = [
        {
            "mention": c.mention,
            "place_id": c.place.id,
            "place_city": c.place_city,
            "context": c.context,
            "context_city": c.context_city,
            "alternative_id": c.alternative.id if c.alternative else None,
            "message": prompts.reason(
                "contradiction",
                mention=c.mention,
                place_city=prompts.city(c.place_city) or c.place_city or "",
                context=c.context,
            ),
        }
        for c in resolution.contradictions
    ]
    prompt = choose_prompt(Found(resolution, candidates, by_id, convert), prompts)
    return LocationAssessment(candidates, contradictions, prompt)


def _copied(value: Any) -> Any:
    """A JSON value copied down to its scalars: what a caller is handed may be changed by it.
    Scalars are taken as they are, without a call each (a candidate holds twenty).

    >>> kept = {"a": [1, {"b": "c"}], "d": None}
    >>> copy = _copied(kept)
    >>> copy == kept, copy["a"] is kept["a"], copy["a"][1] is kept["a"][1]
    (True, False, False)
    """
    if value.__class__ is dict:
        return {
            key: _copied(item) if item.__class__ in _CONTAINERS else item
            for key, item in value.items()
        }
    if value.__class__ is list:
        return [_copied(item) if item.__class__ in _CONTAINERS else item for item in value]
    return value


_CONTAINERS = frozenset({dict, list})


class ResolutionMemo:
    """The assessments of the latest distinct things said, answered again without resolving
    them when the same words come again to the same centre from the same position.

    Resolving is the costliest step of a call start (about a millisecond for a campus's name,
    several for a long sentence), and callers name the same places: during an incident the
    same station or campus call after call. Everything an assessment is worked out from is
    read once at start-up and never changed (the gazetteer with its imported layers, the
    centres, the prompts): a memo belongs to the one `Intake` that holds them, so a service
    built again (layers imported, configuration changed) starts with an empty one. An
    assessment the resolver failed on (it carries a warning) is never kept. Each answer is a
    copy: the caller may change what it is handed.
    """

    SIZE = 2048

    def __init__(self) -> None:
        self._kept: dict[tuple[Any, ...], LocationAssessment] = {}

    def resolve(
        self,
        *,
        gazetteer: GazetteerLike,
        psaps: PsapDirectory,
        psap: Psap,
        prompts: PromptBook,
        utterances: Sequence[str],
        position: StoredPosition | None,
    ) -> LocationAssessment:
        """`resolve_location`, or what it answered for the same question before."""
        key = (
            id(gazetteer),
            id(psaps),
            id(prompts),
            psap,
            tuple(utterances),
            tuple(sorted(position.items())) if position else None,
        )
        kept = self._kept.get(key)
        if kept is None:
            assessment = resolve_location(
                gazetteer=gazetteer,
                psaps=psaps,
                psap=psap,
                prompts=prompts,
                utterances=utterances,
                position=position,
            )
            if assessment.warnings:
                return assessment
            kept = _copy_of(assessment)
            if len(self._kept) >= self.SIZE:
                self._kept.clear()  # cheaper than an LRU, and safe to share between threads
            self._kept[key] = kept
            return assessment
        return _copy_of(kept)


def _copy_of(assessment: LocationAssessment) -> LocationAssessment:
    return LocationAssessment(
        _copied(assessment.candidates),
        _copied(assessment.contradictions),
        _copied(assessment.prompt),
        _copied(assessment.warnings),
    )


class JurisdictionAreas:
    """Whether a caller's position lies inside a centre's area, from the gazetteer's outlines."""

    def __init__(self, gazetteer: Any) -> None:
        self._gazetteer = gazetteer
        self._cache: dict[str, Any] = {}

    def contains(self, psap: Psap, position: StoredPosition | None) -> bool | None:
        """True/False when an outline is known, None when the area cannot be told."""
        if not position:
            return None
        outline = self._outline(psap)
        if outline is None:
            return None
        return bool(outline.contains(Point(position["lon"], position["lat"])))

    def warm(self, psaps: Iterable[Psap], stop: threading.Event | None = None) -> None:
        """Read every centre's outline now: the first call with a position should not wait
        for the outlines to load (seconds on a busy machine). Once `stop` is set, the centres
        not read yet are left for their first call."""
        for psap in psaps:
            if stop is not None and stop.is_set():
                return
            self._outline(psap)

    def _outline(self, psap: Psap) -> Any:
        if psap.id in self._cache:
            return self._cache[psap.id]
        outline_of = getattr(self._gazetteer, "district_outline", None)
        shapes = []
        if outline_of is not None:
            for prefix in psap.jurisdiction:
                for code in dict.fromkeys((prefix, prefix.ljust(6, "0"))):
                    try:
                        shape = outline_of(code)
                    except Exception:
                        shape = None
                    if shape is not None:
                        shapes.append(shape)
                        break
        merged = unary_union(shapes) if shapes else None
        self._cache[psap.id] = merged
        return merged
