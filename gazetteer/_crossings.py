"""Crossings of roads the data knows only by a point.

A curated road is one point on it (a station at its side, a building's address), not its
course, so where two such roads meet cannot be computed. A caller who says both ("金水路经八路
交叉口") still says where they are better than either road alone: the pair is offered as one
crossing whose point is an estimate, and whose name says so.

The estimate is the midpoint of the two roads' points. In a grid of streets running east–west
and north–south the crossing lies at a corner of the box the two points span, half its diagonal
from the midpoint: close points give an `approx` estimate, far ones say only the city.

A road known only by its district (its point is the district's seat) says nothing of where on
the other road the crossing is: the estimate is then the other road's point, at `district` when
that point is near the seat and `city` when it is far; two such roads give a seat. When that
far point lies in another county, the crossing, on a road of the first county, is in the first
county: it stands at that county's seat, still at `city`. An estimate
is never more precise than the coarser of its roads.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

import numpy as np

from gazetteer._geo import haversine_km
from gazetteer._model import PRECISIONS, Admin, Place, Precision
from gazetteer._normalise import normalise_text

# Two road points further apart than this put the estimated crossing more than about 2 km off.
APPROX_SPAN_KM = 4.0
# Said in the name so that a call-taker reading it back does not take the point as the corner.
UNKNOWN_POINT = "（路口位置不详）"
SOURCE = "road-points"
ID_PREFIX = "xing-"
# What `gazetteer validate` calls them among the layers.
ESTIMATED_LAYER = "estimated crossings of point-only roads"


def point_road_crossings(places: Sequence[Place]) -> list[Place]:
    """An estimated crossing for every two differently named point-only roads of one city
    that the data holds no crossing for.

    Examples
    --------
    >>> a = Place("r-a", "road", "金水路", "金水路", Admin("河南省", "郑州市", "金水区", "410105"),
    ...           34.7639, 113.7076, precision="approx", source="own")
    >>> b = Place("r-b", "road", "经八路", "经八路", Admin("河南省", "郑州市", "金水区", "410105"),
    ...           34.7790, 113.6929, precision="approx", source="own")
    >>> [(p.name, p.precision, p.parent) for p in point_road_crossings([a, b])]
    [('经八路与金水路交叉口（路口位置不详）', 'approx', 'r-b')]
    """
    known = {
        ((p.admin.adcode or "")[:4], frozenset(_crossing_roads(p.name)))
        for p in places
        if p.kind == "crossing"
    }
    by_city: dict[str, list[Place]] = defaultdict(list)
    for place in places:
        code = place.admin.adcode or ""
        if place.kind == "road" and place.polygon is None and len(code) == 6:
            by_city[code[:4]].append(place)
    cities = {p.admin.adcode[:4]: p for p in places if p.kind == "city" and p.admin.adcode}
    out: list[Place] = []
    for code, roads in sorted(by_city.items()):
        ordered = sorted(roads, key=lambda p: (normalise_text(p.name), p.id))
        for first, second in combinations(ordered, 2):
            names = (normalise_text(first.name), normalise_text(second.name))
            if names[0] == names[1] or (code, frozenset(names)) in known:
                continue
            out.append(_estimate(first, second, cities.get(code)))
    return out


# Road points that stand for a place on the road, not for its whole district or city.
ON_THE_ROAD: frozenset[Precision] = frozenset({"surveyed", "address", "approx"})


def _coarser(a: Precision, b: Precision) -> Precision:
    return a if PRECISIONS.index(a) >= PRECISIONS.index(b) else b


def _estimate(first: Place, second: Place, city: Place | None) -> Place:
    on_road = [road for road in (first, second) if road.precision in ON_THE_ROAD]
    # Far apart, the two points say no more than the city, whatever either is.
    apart = haversine_km(first.lat, first.lon, np.array([second.lat]), np.array([second.lon]))
    spread: Precision = "approx" if float(apart[0]) <= APPROX_SPAN_KM else "city"
    if len(on_road) == 2:
        lat, lon = (first.lat + second.lat) / 2, (first.lon + second.lon) / 2
        address = f"约在{first.name}、{second.name}两路已知点之间"
    else:
        # One road or neither is known by a point on it: the crossing lies somewhere along the
        # other (or anywhere in the district), so its point is that road's, no finer than the
        # coarser road.
        known = on_road[0] if on_road else first
        lat, lon = known.lat, known.lon
        vague_road = second if known is first else first
        if on_road and spread == "city" and vague_road.admin.adcode != known.admin.adcode:
            # The road known only by its county lies in that county, and so does the crossing:
            # a known point far off in another county (开封's 中山路 for 兰考's 裕禄大道) is
            # not where they meet, the seat of the other road's county is nearer the truth.
            lat, lon = vague_road.lat, vague_road.lon
        vague = [road.name for road in (first, second) if road not in on_road]
        address = (
            f"在{known.name}上，{'、'.join(vague)}的位置只知到所在区县"
            if on_road
            else f"{first.name}、{second.name}的位置都只知到所在区县"
        )
    precision = _coarser(_coarser(spread, first.precision), second.precision)
    if first.admin.adcode == second.admin.adcode:
        admin = first.admin
    elif city is not None:
        admin = Admin(first.admin.province, first.admin.city, None, city.admin.adcode)
    else:
        admin = Admin(first.admin.province, first.admin.city, None, None)
    name = f"{first.name}与{second.name}交叉口"
    return Place(
        id=f"{ID_PREFIX}{first.id}-{second.id}",
        kind="crossing",
        name=name + UNKNOWN_POINT,
        full_name=name + UNKNOWN_POINT,
        admin=admin,
        lat=round(lat, 6),
        lon=round(lon, 6),
        address=address,
        parent=first.id,
        precision=precision,
        source=SOURCE,
    )


def estimated_roads(place: Place) -> tuple[str, str] | None:
    """The two roads of an estimated crossing, normalised, or None for any other place."""
    if place.kind != "crossing" or place.source != SOURCE:
        return None
    roads = _crossing_roads(place.name.removesuffix(UNKNOWN_POINT))
    return roads if len(roads) == 2 else None


def _crossing_roads(name: str) -> tuple[str, ...]:
    stem = name.removesuffix("交叉口").removesuffix("路口")
    first, _, second = stem.partition("与")
    return (normalise_text(first), normalise_text(second)) if first and second else ()
