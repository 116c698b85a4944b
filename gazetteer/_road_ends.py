"""Names read across the end of a road said in full (铭功|路南 头 as 唐山's 路南区, 文化|路北 段 as
路北区): the road's last character is the road's, and the words after it say which part of
the road, not another place. And a road's end said with a place beyond the other end of it
(花园路北头，二七塔那边): the words disagree, and the road is not read back."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._context import roads_said_exactly
from gazetteer._index import NameIndex
from gazetteer._match import Mention
from gazetteer._normalise import normalise_text


def drop_names_across_a_roads_end(index: NameIndex, mentions: Sequence[Mention]) -> list[Mention]:
    """Drop a name said exactly that starts inside a held road's name said exactly and runs
    on past its end: the caller said the road, then words of their own."""
    roads = roads_said_exactly(index, mentions)
    if not roads:
        return list(mentions)

    def across(mention: Mention) -> bool:
        return mention.how == "exact" and any(
            road.utterance == mention.utterance
            and road.start < mention.start < road.end < mention.end
            for road in roads
        )

    return [m for m in mentions if not across(m)]


# A road's end or stretch said in a clause of its own (花园路北头, 人民路南段, 书店街最南口).
_ROADS_END = re.compile("(?P<road>.{2,}?)最?(?P<side>[东西南北])(?:头儿?|段|口)")
# A place said as where along the road, in the next clause (二七塔那边, 紫荆山那儿).
_PLACE_THERE = re.compile("(?P<place>.{2,}?)(?:那边|那儿|那里|那块|那)")
_CLAUSES = re.compile("[，,。；;！!？?、\\s]+")
# Kinds whose one point says nothing of where along a road they are.
_NO_SIDE = frozenset({"road", "crossing", "province", "city", "district", "town", "village"})
_PRECISE = frozenset({"surveyed", "address", "approx"})
# How far beyond the road's one point (somewhere along it) a place may lie and still be at the
# end said: about a kilometre, in degrees of latitude and of longitude at 郑州's.
_LAT_SLACK = 0.009
_LON_SLACK = 0.011
# A place of the same name farther than this from the road is another place.
_SAME_AREA = 0.3


def road_end_against_its_place(index: NameIndex, utterances: Sequence[str], place: int) -> bool:
    """Whether `place` is a road said with its end or stretch in a clause of its own (花园路北头)
    and the next clause says a place with 那边 that lies beyond the road's point the other way,
    more than about a kilometre (二七塔 is south of 花园路's): the end said and the place
    disagree, so the road is offered, not read back. A place at the end said (铭功路南头，二七塔
    那边) or not placed by a point of its own is left as it was."""
    if place < 0 or index.places.kind(place) != "road":
        return False
    record = index.places[place]
    names = {normalise_text(n) for n in (record.name, *record.aliases)}
    lat, lon = float(index.lat[place]), float(index.lon[place])
    for utterance in utterances:
        clauses = [c for c in _CLAUSES.split(normalise_text(utterance)) if c]
        for said, after in zip(clauses, clauses[1:], strict=False):
            end = _ROADS_END.fullmatch(said)
            there = _PLACE_THERE.fullmatch(after)
            if not end or not there or not any(end["road"].endswith(n) for n in names):
                continue
            (term,) = index.term_ids([there["place"]])
            points = [
                (float(index.lat[p]), float(index.lon[p]))
                for p in (index.places_named(term) if term is not None else [])
                if index.places.kind(p) not in _NO_SIDE
                and index.places.precision(p) in _PRECISE
                and abs(float(index.lat[p]) - lat) + abs(float(index.lon[p]) - lon) < _SAME_AREA
            ]
            if points and all(_beyond(end["side"], lat, lon, p) for p in points):
                return True
    return False


def _beyond(side: str, lat: float, lon: float, point: tuple[float, float]) -> bool:
    """Whether a point lies beyond a road's point on the side away from the end said.

    >>> tower = (34.7536, 113.6597)
    >>> _beyond("北", 34.7756, 113.676, tower), _beyond("南", 34.7587, 113.668, tower)
    (True, False)
    """
    if side == "北":
        return point[0] < lat - _LAT_SLACK
    if side == "南":
        return point[0] > lat + _LAT_SLACK
    if side == "东":
        return point[1] < lon - _LON_SLACK
    return point[1] > lon + _LON_SLACK
