"""`gazetteer validate`: keeps a wrong point or a silent ambiguity out of the data."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from shapely.geometry import Point

from gazetteer._crossings import ESTIMATED_LAYER, point_road_crossings
from gazetteer._geo import haversine_km
from gazetteer._load import DEFAULT_DATA_DIR, DataError, LoadedData, load_data, read_yaml_text
from gazetteer._model import Place
from gazetteer._normalise import normalise_text
from gazetteer._polygons import district_polygon

# A point may lie this far outside its district's outline (a gate on the border road, a
# slightly rounded coordinate) before it is called wrong.
OUTLINE_TOLERANCE_KM = 1.0
# Without an outline, a point this far from its district's seat is called wrong.
SEAT_TOLERANCE_KM = 15.0
# China's extent, generous at the edges (南沙 in the south, 漠河 in the north).
CHINA_BOUNDS = (3.0, 54.0, 73.0, 136.0)
SITED_KINDS = frozenset(
    {"campus", "hospital_branch", "landmark", "road", "station", "crossing", "address"}
)
CHILD_KINDS = frozenset({"campus", "hospital_branch"})
CURATED_KINDS = frozenset({"university", "hospital"}) | SITED_KINDS


@dataclass
class ValidationReport:
    """Problems found (each a sentence naming the entry and its file) and counts per kind."""

    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    # Attributions the imported layers require, printed with the counts.
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def __str__(self) -> str:
        lines = [f"{kind}: {count}" for kind, count in sorted(self.counts.items())]
        lines += [f"attribution: {note}" for note in self.notes]
        lines += [f"problem: {problem}" for problem in self.problems]
        lines.append("ok" if self.ok else f"{len(self.problems)} problems")
        return "\n".join(lines)


def validate(data_dir: Path = DEFAULT_DATA_DIR, layers_dir: Path | None = None) -> ValidationReport:
    """Load the data under `data_dir` (and the imported layers under `layers_dir`) and check
    it; never raises for bad data."""
    report = ValidationReport()
    try:
        data = load_data(data_dir, layers_dir)
    except DataError as exc:
        report.problems.append(str(exc))
        return report
    # The crossings the index estimates for roads known by a point are counted as a layer of
    # their own, so the counts add up to the places a loaded gazetteer holds.
    estimated = point_road_crossings(data.places)
    counted = replace(
        data,
        places=[*data.places, *estimated],
        origin={**data.origin, **{p.id: ESTIMATED_LAYER for p in estimated}},
    )
    report.counts = dict(Counter(p.kind for p in counted.places))
    report.counts.update(_layer_and_precision_counts(counted, report))
    report.counts["curated aliases"] = sum(
        len(p.aliases) for p in data.places if data.origin[p.id].startswith("curated")
    )
    report.counts.update(precision_counts(data_dir))
    _check_ids(data, report)
    _check_points(data, report)
    _check_parents(data, report)
    _check_aliases(data, report)
    _check_city_aliases(data, report)
    return report


def _layer_and_precision_counts(data: LoadedData, report: ValidationReport) -> dict[str, int]:
    """Places per file ("layer derived/divisions.csv: 3212"), per precision class ("places
    of precision city"; `precision <class>` counts curated points only) and per file and
    class ("osm-area.csv, precision surveyed"); an imported layer without its record
    of source and licence is a problem."""
    from gazetteer._layers import layer_meta

    counts: dict[str, int] = {}
    for where, count in Counter(data.origin.values()).items():
        counts[f"layer {where}"] = count
    for precision, count in Counter(p.precision for p in data.places).items():
        counts[f"places of precision {precision}"] = count
    # Each layer's places by precision class: what an import brought, and how exact it is.
    for (where, precision), count in Counter(
        (data.origin[p.id], p.precision) for p in data.places
    ).items():
        counts[f"{where}, precision {precision}"] = count
    for path in data.files:
        if path.suffix != ".csv" or path.parent.name == "derived":
            continue
        meta = layer_meta(path)
        if not meta.get("source") or not meta.get("licence"):
            report.problems.append(
                f"{path.name}: an imported layer needs {path.stem}.meta.json with its source "
                f"and licence (written by gazetteer import)"
            )
        elif meta.get("attribution"):
            report.notes.append(f"{path.name}: {meta['licence']}, {meta['attribution']}")
    return counts


def _check_ids(data: LoadedData, report: ValidationReport) -> None:
    for place_id, count in Counter(p.id for p in data.places).items():
        if count > 1:
            report.problems.append(f"id {place_id} is used {count} times")


def _check_points(data: LoadedData, report: ValidationReport) -> None:
    south, north, west, east = CHINA_BOUNDS
    seats = {p.admin.adcode: p for p in data.places if p.kind == "district" and p.admin.adcode}
    for place in data.places:
        where = data.origin.get(place.id, "?")
        if not (south <= place.lat <= north and west <= place.lon <= east):
            report.problems.append(
                f"{where}: {place.id} {place.name} lies outside China ({place.lat}, {place.lon})"
            )
            continue
        if place.kind not in SITED_KINDS:
            continue
        adcode = place.admin.adcode
        if not adcode:
            report.problems.append(f"{where}: {place.id} {place.name} has no adcode")
            continue
        outline = district_polygon(adcode)
        if outline is not None:
            off = _km_outside(outline, place)
            if off > OUTLINE_TOLERANCE_KM:
                report.problems.append(
                    f"{where}: {place.id} {place.full_name} is {off:.1f} km outside its "
                    f"district {adcode} {place.admin.district or ''}"
                )
            continue
        seat = seats.get(adcode)
        if seat is None:
            report.problems.append(f"{where}: {place.id} names an unknown district {adcode}")
            continue
        km = float(
            haversine_km(place.lat, place.lon, np.array([seat.lat]), np.array([seat.lon]))[0]
        )
        if km > SEAT_TOLERANCE_KM:
            report.problems.append(
                f"{where}: {place.id} {place.full_name} is {km:.1f} km from the seat of "
                f"{adcode} and no outline exists to check it against"
            )


def _km_outside(outline: object, place: Place) -> float:
    point = Point(place.lon, place.lat)
    if outline.covers(point):  # type: ignore[attr-defined]
        return 0.0
    degrees = float(outline.distance(point))  # type: ignore[attr-defined]
    # A degree of latitude is 111 km; longitude degrees are shorter, so this overstates a little.
    return degrees * 111.0


def _check_parents(data: LoadedData, report: ValidationReport) -> None:
    ids = {p.id for p in data.places}
    for place in data.places:
        if place.kind in CHILD_KINDS and (not place.parent or place.parent not in ids):
            report.problems.append(
                f"{data.origin.get(place.id, '?')}: {place.kind} {place.id} {place.name} "
                f"has no parent institution"
            )


def _check_city_aliases(data: LoadedData, report: ValidationReport) -> None:
    """An institution with sites in several cities must not have an alias naming one of those
    cities (河南大学开封): the alias would claim the other cities' sites as well. Such a name
    belongs to the sites in that city, or is left to the resolver (河南大学 + 开封)."""
    city_names = {
        p.admin.adcode[:4]: {p.name, *p.aliases}
        for p in data.places
        if p.kind == "city" and p.admin.adcode
    }
    sites: dict[str, set[str]] = defaultdict(set)
    for place in data.places:
        if place.kind in CHILD_KINDS and place.parent and place.admin.adcode:
            sites[place.parent].add(place.admin.adcode[:4])
    for place in data.places:
        prefixes = sites.get(place.id, set())
        if len(prefixes) < 2:
            continue
        for alias in place.aliases:
            named = sorted(
                name
                for prefix in prefixes
                for name in city_names.get(prefix, ())
                if len(name) >= 2 and name in normalise_text(alias)
            )
            if named:
                report.problems.append(
                    f"{data.origin.get(place.id, '?')}: alias {alias} of {place.id} "
                    f"{place.name} names {named[0]}, one of the cities of its sites; give it "
                    f"to those sites instead"
                )


def _check_aliases(data: LoadedData, report: ValidationReport) -> None:
    """An alias naming several curated places must be declared in `ambiguous_aliases`."""
    owners: dict[str, set[str]] = defaultdict(set)
    roots = {p.id: (p.parent or p.id) for p in data.places}
    for place in data.places:
        if place.kind not in CURATED_KINDS or not data.origin[place.id].startswith("curated"):
            continue
        for alias in place.aliases:
            # Campuses of one institution may share a nickname; what matters is that an
            # alias does not lead to two institutions.
            owners[normalise_text(alias)].add(roots[place.id])
    declared = {normalise_text(alias): set(ids) for alias, ids in data.ambiguous_aliases.items()}
    known = {p.id for p in data.places}
    for alias, ids in declared.items():
        for missing in sorted(ids - known):
            report.problems.append(f"ambiguous alias {alias} lists unknown id {missing}")
    for alias, roots_named in sorted(owners.items()):
        if len(roots_named) > 1 and not roots_named <= declared.get(alias, set()):
            report.problems.append(
                f"alias {alias} names {', '.join(sorted(roots_named))}; "
                f"list it under ambiguous_aliases if that is intended"
            )


# --- provenance and data checks (tests/gazetteer/test_data_check.py) -------------------------

PRECISION_CLASSES = frozenset({"surveyed", "address", "approx", "district", "city"})


def _curated_points(data_dir: Path) -> list[tuple[str, dict[str, object]]]:
    """Every sited entry of the curated files (campus, 院区, landmark), with its file name."""
    points: list[tuple[str, dict[str, object]]] = []
    for path in sorted((data_dir / "curated").glob("*.yaml")):
        document = read_yaml_text(path.read_text(encoding="utf-8")) or {}
        entries: list[dict[str, object]] = list(document.get("landmarks") or [])
        for key, child_key in (("institutions", "campuses"), ("hospitals", "branches")):
            for parent in document.get(key) or []:
                entries.extend(parent.get(child_key) or [])
        points.extend((path.name, entry) for entry in entries)
    return points


def precision_counts(data_dir: Path) -> dict[str, int]:
    """Curated points per precision class, as `precision <class>` counts for the report."""
    counts = Counter(str(entry.get("precision")) for _, entry in _curated_points(data_dir))
    return {f"precision {name}": count for name, count in counts.items()}


def curated_point_problems(data_dir: Path, known_sources: frozenset[str]) -> list[str]:
    """Every curated point must say how exact it is (`precision:`) and where it came from
    (`source:`, one of `known_sources`, the keys listed in SOURCES.md)."""
    problems: list[str] = []
    for file_name, entry in _curated_points(data_dir):
        where = f"{file_name}: {entry.get('id')}"
        if entry.get("precision") not in PRECISION_CLASSES:
            problems.append(f"{where} has precision {entry.get('precision')!r}")
        if entry.get("source") not in known_sources:
            problems.append(f"{where} has source {entry.get('source')!r}, not in SOURCES.md")
    return problems


def institution_alias_problems(data: LoadedData) -> list[str]:
    """A name given to two institutions seated in different cities sends the ambulance to the
    wrong city; only a name declared in `ambiguous_aliases` may do so."""
    declared = {normalise_text(a): set(ids) for a, ids in data.ambiguous_aliases.items()}
    owners: dict[str, set[str]] = defaultdict(set)
    city_of: dict[str, str] = {}
    for place in data.places:
        if place.kind != "university":
            continue
        city_of[place.id] = (place.admin.adcode or "")[:4]
        for name in (place.name, *place.aliases):
            owners[normalise_text(name)].add(place.id)
    problems = []
    for name, ids in sorted(owners.items()):
        cities = {city_of[i] for i in ids}
        if len(cities) > 1 and not ids <= declared.get(name, set()):
            problems.append(f"name {name} is given to {', '.join(sorted(ids))} in several cities")
    return problems
