"""A road said only by a landmark on it (河南博物院那条路, 绿博园门口那条大路上, 省人民医院那条街):
the caller is on the road, not at the landmark, and the data often says which road that is.

The road comes from the landmark's recorded address (河南博物院: 农业路8号) when a road of that
name is held in the landmark's county, or else in its city; or from a held road whose line, or
whose surveyed point, lies within `BESIDE_M` of the landmark's own surveyed point. A landmark
whose address names a crossing (碧沙岗公园: 建设路与嵩山路交叉口), or whose point stands at one,
gives both roads.

The roads are offered first and the landmark after, as a choice, never read back alone: the
address is where the landmark's gate is recorded, but a park, a campus or a hospital fronts more
than one road, and the caller may mean another; a wrong road read back and agreed to sends the
ambulance along the wrong road, where asking costs one answer.
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from shapely.geometry import Point
from shapely.ops import nearest_points

from gazetteer._context import _THAT_ROAD
from gazetteer._crossings import estimated_roads
from gazetteer._geo import geodesic_km, haversine_km
from gazetteer._index import NameIndex
from gazetteer._match import Mention
from gazetteer._model import Candidate, Position, Precision, Question
from gazetteer._normalise import normalise_text

# A site's point placed on or next to it (`surveyed`, `address`) is within tens of metres of its
# gate; the streets of 郑州's and 开封's grids run 300–600 m apart. 100 m reaches the road at the
# gate and, at a corner, the road round it, never the next road over. An `approx` point (1–2 km)
# could stand on any road of its quarter: then only the address may say which.
BESIDE_M = 100.0
_PLACED: frozenset[Precision] = frozenset({"surveyed", "address"})
# Places a road is said by (a road, a crossing or a division is not a landmark on a road).
_LANDMARK_KINDS = frozenset(
    {"landmark", "station", "hospital", "hospital_branch", "campus", "university"}
)
# Which side of the landmark the road is, said between it and 那条: the road at its gate.
_AT_ITS_SIDE = "(?:大门口|门口|门前|前面|前边|前头|跟前|旁边|边上)?"
# The whole clause: a landmark, the side, and which road (那条路, 那条大街上).
_ROAD_ONLY_BY_A_LANDMARK = re.compile(
    "(?:我在|就在|在|就是|就)?([\u4e00-\u9fff0-9A-Za-z]{2,}?)" + _AT_ITS_SIDE + _THAT_ROAD
)
# A road behind, inside or across from the landmark (对面, and 对过 as 郑州 says it), or at a side
# gate (香国寺，后门那条街), is not the one its address is on.
_NOT_ITS_ROAD = ("后面", "后边", "后头", "背后", "里面", "里边", "里头", "对面", "对过", "对过儿")
_A_SIDE_GATE = re.compile("(?:[东西南北后侧偏小]|东南|东北|西南|西北)门")
_CLAUSES = re.compile("[\\s，,。；;！!？?、]+")
# A road's name in an address that names something else: a 街道 or an area named after the road
# (丰庆路街道, 经三路片区), or a road bounding a plot (金盏街以北), not one the site stands on.
_NAMED_AFTER = re.compile("街道|片区|社区|小区|以[东南西北]")


@dataclass(frozen=True)
class _Roads:
    """The held roads of one index, read once: by each of their names, those with a line or a
    surveyed point, and crossings with a surveyed point."""

    by_name: dict[str, tuple[int, ...]]
    names: tuple[str, ...]  # longest first
    placed: tuple[int, ...]
    crossings: tuple[int, ...]


_ROADS_OF: weakref.WeakKeyDictionary[NameIndex, _Roads] = weakref.WeakKeyDictionary()


def _roads(index: NameIndex) -> _Roads:
    found = _ROADS_OF.get(index)
    if found is not None:
        return found
    by_name: dict[str, list[int]] = defaultdict(list)
    placed: list[int] = []
    crossings: list[int] = []
    for row in range(len(index.places)):
        kind = index.places.kind(row)
        if kind == "road":
            # An address may name the road by another of its names (河南工业大学: 嵩山南路140号;
            # 中原区人民政府: 桐柏南路8号), a stretch held as the one road.
            record = index.places[row]
            for name in dict.fromkeys(normalise_text(n) for n in (record.name, *record.aliases)):
                by_name[name].append(row)
            if index.places.precision(row) in _PLACED or index.places[row].polygon is not None:
                placed.append(row)
        elif (
            kind == "crossing"
            and index.places.precision(row) in _PLACED
            and row in index.crossing_roads
            and estimated_roads(index.places[row]) is None
        ):
            crossings.append(row)
    found = _Roads(
        {name: tuple(rows) for name, rows in by_name.items()},
        tuple(sorted(by_name, key=lambda n: (-len(n), n))),
        tuple(placed),
        tuple(crossings),
    )
    return _ROADS_OF.setdefault(index, found)


def road_only_by_a_landmark(texts: Sequence[str]) -> bool:
    """Whether a clause said a road only as the one at a landmark (河南博物院那条路, 绿博园门口
    那条大路上), not behind it, inside it or across from it.

    >>> road_only_by_a_landmark(["河南博物院门口那条路上"])
    True
    >>> road_only_by_a_landmark(["我在，二砂那条路"])
    True
    >>> road_only_by_a_landmark(["博物院后面那条路"]), road_only_by_a_landmark(["博物院那条小路"])
    (False, False)
    >>> road_only_by_a_landmark(["香国寺，后门那条街"])
    False
    >>> road_only_by_a_landmark(["郑大二附院对过那条路"])
    False
    """
    for text in texts:
        for clause in _CLAUSES.split(normalise_text(text)):
            found = _ROAD_ONLY_BY_A_LANDMARK.fullmatch(clause)
            if found and not found[1].endswith(_NOT_ITS_ROAD) and not _A_SIDE_GATE.search(found[1]):
                return True
    return False


def roads_in_address(index: NameIndex, row: int) -> list[int]:
    """The held roads a place's address names, in its county, else the nearest of each name
    in its city: the road at its gate, and at a corner the other road too."""
    address = normalise_text(index.places[row].address or "")
    if not address:
        return []
    roads = _roads(index)
    taken: list[range] = []
    names: list[str] = []
    for name in roads.names:
        if len(name) < 3:
            continue
        start = address.find(name)
        while start >= 0:
            span = range(start, start + len(name))
            if not any(k in span for other in taken for k in other) and not _NAMED_AFTER.match(
                address, span.stop
            ):
                taken.append(span)
                names.append(name)
                break
            start = address.find(name, start + 1)
    code = index.places.admin(row).adcode or ""
    out: list[int] = []
    for name in sorted(names, key=lambda n: address.find(n)):
        rows = roads.by_name[name]
        here = [r for r in rows if index.places.admin(r).adcode == code]
        here = here or [r for r in rows if (index.places.admin(r).adcode or "")[:4] == code[:4]]
        if here:
            out.append(
                min(
                    here,
                    key=lambda r: _metres(index, row, float(index.lat[r]), float(index.lon[r])),
                )
            )
    return out


def roads_beside(index: NameIndex, row: int) -> list[int]:
    """Held roads whose line or surveyed point lies within `BESIDE_M` of a place's surveyed
    point, and both roads of a surveyed crossing there; none for a place placed roughly."""
    if index.places.precision(row) not in _PLACED:
        return []
    roads = _roads(index)
    lat, lon = float(index.lat[row]), float(index.lon[row])
    out: list[int] = []
    for road in roads.placed:
        line = index.places[road].polygon
        if line is not None:
            near = nearest_points(line, Point(lon, lat))[0]
            metres = _metres(index, row, near.y, near.x)
        elif index.places.precision(road) in _PLACED:
            metres = _metres(index, row, float(index.lat[road]), float(index.lon[road]))
        else:
            continue
        if metres <= BESIDE_M:
            out.append(road)
    code = (index.places.admin(row).adcode or "")[:4]
    for crossing in roads.crossings:
        if _metres(index, row, float(index.lat[crossing]), float(index.lon[crossing])) > BESIDE_M:
            continue
        for name in index.crossing_roads[crossing]:
            out += [
                r
                for r in roads.by_name.get(name, ())
                if (index.places.admin(r).adcode or "")[:4] == code
            ]
    return list(dict.fromkeys(out))


def _metres(index: NameIndex, row: int, lat: float, lon: float) -> float:
    here = float(index.lat[row]), float(index.lon[row])
    return float(haversine_km(*here, np.array([lat]), np.array([lon]))[0]) * 1000.0


def _the_landmark(index: NameIndex, question: Question) -> int | None:
    """The one landmark the caller named: the place asked about, or the institution whose
    sites are asked between (省人民医院: its own record is at its main seat's address)."""
    options = question.options
    if not options:
        return None
    rows = [index.place_index(c.place.id) for c in options]
    if question.kind in ("confirm", "ask_more"):
        rows = rows[:1]
    parents = {index.parent[r] if r is not None and index.parent[r] >= 0 else r for r in rows}
    if len(rows) > 1 and len(parents) == 1:
        rows = list(parents)
    if len(rows) != 1 or rows[0] is None:
        return None
    row = rows[0]
    return row if index.places.kind(row) in _LANDMARK_KINDS else None


def roads_said_by_their_landmark(
    index: NameIndex,
    utterances: Sequence[str],
    mentions: Sequence[Mention],
    candidates: tuple[Candidate, ...],
    question: Question,
    position: Position | None,
    sure: float,
) -> tuple[tuple[Candidate, ...], Question]:
    """The roads a landmark said as which road's (河南博物院那条路) stands on, offered before the
    landmark; the candidates and question unchanged when no road was said so, a road was named
    outright with it (农业路，博物院那条), or the data does not say which road it is on."""
    if not road_only_by_a_landmark(utterances) or any(
        m.quality >= sure and index.names_kind(m.term, ("road",)) for m in mentions
    ):
        return candidates, question
    landmark = _the_landmark(index, question)
    if landmark is None:
        return candidates, question
    roads = list(dict.fromkeys(roads_in_address(index, landmark) + roads_beside(index, landmark)))
    if not roads:
        return candidates, question
    lead = question.options[0]
    said = tuple(
        replace(
            lead,
            place=index.places[road],
            distance_km=(
                round(geodesic_km(position, index.places[road]), 2)
                if position is not None
                else None
            ),
            says_all=False,
            house_number=None,
        )
        for road in roads
    )
    ids = {c.place.id for c in said}
    rest = tuple(c for c in candidates if c.place.id not in ids)
    landmarks = tuple(c for c in question.options if c.place.id not in ids)
    return said + rest, Question("choose", said + landmarks)
