"""District outlines from the gazetteer as small GeoJSON, the offline base of the console's map.

A view spanning a few kilometres gets county outlines; a wider one gets city, then province
outlines, simplified to what a panel a few hundred pixels wide can show. Roads whose lines the
gazetteer holds (a centre's imported layers) are drawn over the base map in close views.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from shapely import STRtree
from shapely.geometry import box, mapping
from shapely.geometry.base import BaseGeometry

from dispatch_intake.locations.service import GazetteerLike
from dispatch_intake.psaps.service import Psap
from gazetteer import Place

Bbox = tuple[float, float, float, float]

# A view wider than this (degrees of longitude or latitude) shows the next level up.
COUNTY_MAX_SPAN = 3.0
CITY_MAX_SPAN = 15.0
# Divisions whose seat lies this far (degrees) outside the view may still reach into it.
SEAT_MARGIN = {"district": 1.0, "city": 3.0, "province": 10.0}
MAX_FEATURES = 400
# Roads are asked for only in views of a town's size or less (degrees); wider, they are a tangle.
ROAD_MAX_SPAN = 0.5
ROAD_TOLERANCE = 0.00005
MAX_ROADS = 600
COORDINATE_DIGITS = 5


class GeoRequestError(ValueError):
    """A bbox or adcode list the map cannot use; the message says what was expected."""


def parse_bbox(text: str) -> Bbox:
    """Read `minLon,minLat,maxLon,maxLat`.

    >>> parse_bbox("113.5,34.6,114.5,35.0")
    (113.5, 34.6, 114.5, 35.0)
    """
    try:
        values = [float(part) for part in text.split(",")]
    except ValueError:
        raise GeoRequestError("bbox must be four numbers: minLon,minLat,maxLon,maxLat") from None
    if len(values) != 4:
        raise GeoRequestError("bbox must be four numbers: minLon,minLat,maxLon,maxLat")
    min_lon, min_lat, max_lon, max_lat = values
    if not (-180 <= min_lon < max_lon <= 180 and -90 <= min_lat < max_lat <= 90):
        raise GeoRequestError("bbox must have min < max, longitudes ±180 and latitudes ±90")
    return (min_lon, min_lat, max_lon, max_lat)


def parse_adcodes(text: str) -> tuple[str, ...]:
    """Read a comma-separated list of adcodes or adcode prefixes (`4101,410202`).

    >>> parse_adcodes("4101, 410202")
    ('4101', '410202')
    """
    codes = tuple(part.strip() for part in text.split(",") if part.strip())
    if not codes or any(not code.isdigit() or len(code) > 6 for code in codes):
        raise GeoRequestError("adcodes must be digits, one to six each, separated by commas")
    return codes


@dataclass(frozen=True, slots=True)
class Division:
    adcode: str
    name: str
    level: str
    lat: float
    lon: float


def _level_for(bbox: Bbox) -> str:
    span = max(bbox[2] - bbox[0], bbox[3] - bbox[1])
    if span <= COUNTY_MAX_SPAN:
        return "district"
    return "city" if span <= CITY_MAX_SPAN else "province"


def _tolerance(level: str) -> float:
    return {"district": 0.0008, "city": 0.004, "province": 0.02}[level]


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, COORDINATE_DIGITS)
    if isinstance(value, list | tuple):
        return [_rounded(item) for item in value]
    return value


def _feature(division: Division, outline: BaseGeometry) -> dict[str, Any]:
    geometry = mapping(outline)
    label = outline.representative_point()
    return {
        "type": "Feature",
        "geometry": {"type": geometry["type"], "coordinates": _rounded(geometry["coordinates"])},
        "properties": {
            "adcode": division.adcode,
            "name": division.name,
            "level": division.level,
            "label_lon": round(label.x, COORDINATE_DIGITS),
            "label_lat": round(label.y, COORDINATE_DIGITS),
        },
    }


def _near(division: Division, bbox: Bbox, margin: float) -> bool:
    return (
        bbox[0] - margin <= division.lon <= bbox[2] + margin
        and bbox[1] - margin <= division.lat <= bbox[3] + margin
    )


def _road_feature(place: Place, line: BaseGeometry) -> dict[str, Any]:
    geometry = mapping(line)
    return {
        "type": "Feature",
        "geometry": {"type": geometry["type"], "coordinates": _rounded(geometry["coordinates"])},
        "properties": {
            "id": place.id,
            "name": place.name,
            "precision": place.precision,
            "source": place.source,
        },
    }


class DistrictMap:
    """Division outlines of one gazetteer (the service's own), simplified per zoom level and
    kept once read."""

    def __init__(self, gazetteer: GazetteerLike) -> None:
        self._gazetteer = gazetteer
        self._outline = lru_cache(maxsize=4096)(self._read_outline)

    @cached_property
    def divisions(self) -> tuple[Division, ...]:
        levels = {"province", "city", "district"}
        return tuple(
            Division(place.admin.adcode, place.name, place.kind, place.lat, place.lon)
            for place in self._gazetteer
            if place.kind in levels and place.admin.adcode
        )

    def _read_outline(self, adcode: str, tolerance: float) -> BaseGeometry | None:
        outline = self._gazetteer.district_outline(adcode)
        if outline is None or outline.is_empty:
            return None
        return outline.simplify(tolerance, preserve_topology=True)

    @cached_property
    def _roads(self) -> tuple[tuple[Place, ...], STRtree]:
        """The gazetteer's roads that have lines (not only a representative point), indexed."""
        roads = tuple(
            place
            for place in self._gazetteer
            if place.kind == "road"
            and place.polygon is not None
            and place.polygon.geom_type in ("LineString", "MultiLineString")
        )
        return roads, STRtree([place.polygon for place in roads])

    def road_collection(self, bbox: Bbox) -> dict[str, Any]:
        """A FeatureCollection of the gazetteer's road lines that cross `bbox`, named, with the
        precision and source of each; empty for a view wider than `ROAD_MAX_SPAN`."""
        features: list[dict[str, Any]] = []
        if max(bbox[2] - bbox[0], bbox[3] - bbox[1]) > ROAD_MAX_SPAN:
            return {"type": "FeatureCollection", "features": features}
        roads, tree = self._roads
        view = box(*bbox)
        for index in sorted(int(i) for i in tree.query(view, predicate="intersects")):
            place = roads[index]
            assert place.polygon is not None
            line = place.polygon.intersection(view.buffer(0.01)).simplify(ROAD_TOLERANCE)
            if line.is_empty or line.geom_type not in ("LineString", "MultiLineString"):
                continue
            features.append(_road_feature(place, line))
            if len(features) >= MAX_ROADS:
                break
        return {"type": "FeatureCollection", "features": features}

    def warm_up(self) -> None:
        """Read the division list and each level's outlines once, before the first map asks."""
        for level in ("province", "city", "district"):
            division = next((d for d in self.divisions if d.level == level), None)
            if division is not None:
                self._outline(division.adcode, _tolerance(level))

    def district_collection(
        self, *, bbox: Bbox | None = None, prefixes: Sequence[str] | None = None
    ) -> dict[str, Any]:
        """A FeatureCollection of division outlines that touch `bbox` and/or match `prefixes`.

        With only `prefixes`, each prefix gives one outline: its own division (`4101` is 郑州市).
        """
        if bbox is None and not prefixes:
            raise GeoRequestError("give bbox, adcodes, or both")
        features: list[dict[str, Any]] = []
        if bbox is None:
            assert prefixes is not None
            by_code = {d.adcode: d for d in self.divisions}
            for prefix in prefixes:
                division = by_code.get(prefix.ljust(6, "0"))
                outline = self._outline(division.adcode, _tolerance("city")) if division else None
                if division and outline is not None:
                    features.append(_feature(division, outline))
            return {"type": "FeatureCollection", "features": features}
        level = _level_for(bbox)
        view = box(*bbox)
        tolerance = _tolerance(level)
        for division in self.divisions:
            if division.level != level or not _near(division, bbox, SEAT_MARGIN[level]):
                continue
            if prefixes and not any(division.adcode.startswith(p) for p in prefixes):
                continue
            outline = self._outline(division.adcode, tolerance)
            if outline is None or not outline.intersects(view):
                continue
            features.append(_feature(division, outline))
            if len(features) >= MAX_FEATURES:
                break
        return {"type": "FeatureCollection", "features": features}

    def psap_geography(self, psap: Psap) -> dict[str, Any]:
        """A centre's area (its adcode prefixes' outlines) and its stations."""
        return {
            "id": psap.id,
            "name": psap.name,
            "jurisdiction": list(psap.jurisdiction),
            "area": self.district_collection(prefixes=psap.jurisdiction),
            "stations": [
                {
                    "id": station.id,
                    "name": station.name,
                    "lat": station.lat,
                    "lon": station.lon,
                    "address": station.address,
                }
                for station in psap.stations
            ],
        }
