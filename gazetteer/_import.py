"""`gazetteer import`: a centre's own area as a layer beside the shipped data.

- `import_osm`: an OpenStreetMap extract (.osm.pbf, .osm) read with `osmium`: named roads
  (ways of one name merged per county, with their lines), the crossings of differently named
  roads, named places of the kinds callers name (`POI_TAGS`), and address points
  (`addr:street` + `addr:housenumber`). Every row keeps its OSM id; precision `surveyed`.
- `import_points`: a centre's own places and address points from CSV or GeoJSON.

Each writes `<layer>.csv` and `<layer>.meta.json` (source, licence, attribution) into the
layers folder, which `Gazetteer.load(layers_dir=…)` merges with the shipped data.
"""

from __future__ import annotations

import csv
import json
import re
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import shapely
from shapely import wkt
from shapely.geometry import MultiLineString, Point, shape

from gazetteer._layers import LAYER_COLUMNS, META_SUFFIX
from gazetteer._normalise import normalise_text
from gazetteer._polygons import locate_districts

OSM_LICENCE = "ODbL-1.0"
OSM_ATTRIBUTION = "© OpenStreetMap contributors, https://www.openstreetmap.org/copyright"
NAME_KEYS = ("name", "name:zh", "name:zh-Hans", "alt_name", "old_name", "short_name")
# Roads: every named highway a vehicle or a walker can be found on.
ROAD_TAGS = frozenset(
    {
        "motorway",
        "trunk",
        "primary",
        "secondary",
        "tertiary",
        "unclassified",
        "residential",
        "living_street",
        "service",
        "pedestrian",
        "road",
        "motorway_link",
        "trunk_link",
        "primary_link",
        "secondary_link",
        "tertiary_link",
    }
)
# (key, values or None for any value, the place kind it becomes)
POI_TAGS: tuple[tuple[str, frozenset[str] | None, str], ...] = (
    ("amenity", frozenset({"hospital", "clinic", "doctors"}), "landmark"),
    ("healthcare", None, "landmark"),
    ("amenity", frozenset({"university", "college", "school", "kindergarten"}), "landmark"),
    ("amenity", frozenset({"police", "fire_station", "marketplace"}), "landmark"),
    ("amenity", frozenset({"bus_station"}), "station"),
    ("railway", frozenset({"station", "halt", "subway_entrance", "tram_stop"}), "station"),
    ("public_transport", frozenset({"station"}), "station"),
    ("highway", frozenset({"bus_stop"}), "station"),
    ("shop", frozenset({"mall", "department_store", "supermarket"}), "landmark"),
    ("landuse", frozenset({"residential", "retail", "commercial"}), "landmark"),
    ("building", frozenset({"residential", "apartments", "dormitory", "hospital"}), "landmark"),
    ("place", frozenset({"village", "hamlet", "isolated_dwelling"}), "village"),
    ("place", frozenset({"neighbourhood", "quarter", "suburb"}), "landmark"),
    ("tourism", None, "landmark"),
    ("historic", None, "landmark"),
    ("leisure", frozenset({"park", "stadium", "sports_centre"}), "landmark"),
)
_HOUSE_NUMBER = re.compile(r"^\s*(\d+)\s*号?")


class ImportError_(ValueError):
    """An input file that cannot be imported; names the file and the reason."""


@dataclass
class ImportSummary:
    """What an import wrote: the layer file and how many rows of each kind."""

    layer: Path
    counts: dict[str, int] = field(default_factory=dict)

    def __str__(self) -> str:
        counts = ", ".join(f"{kind} {n}" for kind, n in sorted(self.counts.items()))
        return f"{self.layer}: {counts or 'nothing'}"


# --- OpenStreetMap ---------------------------------------------------------------------------


@dataclass
class _Way:
    """A named road's way: its node ids and their coordinates, kept as compact arrays (a
    county's extract holds millions of road nodes)."""

    id: int
    name: str
    others: tuple[str, ...]
    nodes: array[int]
    lats: array[float]
    lons: array[float]


@dataclass
class _Road:
    ways: list[int] = field(default_factory=list)
    lines: list[_Way] = field(default_factory=list)
    names: dict[str, None] = field(default_factory=dict)


# A place: (id, kind, names, lat, lon); an address point: (id, street, number, lat, lon).
_Poi = tuple[str, str, tuple[str, ...], float, float]
_Address = tuple[str, str, str, float, float]


def import_osm(path: Path, layers_dir: Path, *, layer: str | None = None) -> ImportSummary:
    """Read an OSM extract into the layer `layer` (default: `osm-<file stem>`)."""
    import osmium
    from osmium.filter import KeyFilter

    if not path.is_file():
        raise ImportError_(f"{path}: no such file")
    layer = layer or "osm-" + path.name.split(".")[0]
    ways: list[_Way] = []
    pois: list[_Poi] = []
    addresses: list[_Address] = []
    # Relations (multipolygons, routes) are not read. Every node's location is stored for
    # the ways (osmium's default flex_mem index: a sparse table for an extract, a dense one
    # past a size); only objects with a key the import uses reach Python — most nodes of an
    # extract are untagged points of ways, and filtering them in C++ is most of the speed.
    wanted = {"highway", "addr:housenumber", *(key for key, _, _ in POI_TAGS)}
    processor = (
        osmium.FileProcessor(str(path), osmium.osm.NODE | osmium.osm.WAY)
        .with_locations()
        .with_filter(KeyFilter(*sorted(wanted)))
    )
    try:
        for obj in processor:
            tags = obj.tags
            names = _names(tags)
            kind = _poi_kind(tags)
            if isinstance(obj, osmium.osm.Way):
                way = _Way(obj.id, "", (), array("q"), array("d"), array("d"))
                for ref in obj.nodes:
                    location = ref.location
                    if location.valid():
                        way.nodes.append(ref.ref)
                        way.lats.append(location.lat)
                        way.lons.append(location.lon)
                if not way.nodes:
                    continue
                if tags.get("highway") in ROAD_TAGS and names and not kind:
                    way.name, way.others = names[0], tuple(names[1:])
                    ways.append(way)
                    continue
                lat = sum(way.lats) / len(way.lats)
                lon = sum(way.lons) / len(way.lons)
                ident = f"osm-w{obj.id}"
            elif isinstance(obj, osmium.osm.Node):
                if not obj.location.valid():
                    continue
                lat, lon = obj.location.lat, obj.location.lon
                ident = f"osm-n{obj.id}"
            else:
                continue
            if kind and names:
                pois.append((ident, kind, tuple(names), lat, lon))
            street, number = tags.get("addr:street"), tags.get("addr:housenumber")
            if street and number and _HOUSE_NUMBER.match(number):
                addresses.append((ident + "-addr", street, number, lat, lon))
    except RuntimeError as exc:  # osmium reports unreadable input as RuntimeError
        raise ImportError_(f"{path}: {exc}") from None

    summary = _write_layer(layers_dir, layer, _osm_rows(ways, pois, addresses))
    _write_meta(
        layers_dir,
        layer,
        source="osm",
        licence=OSM_LICENCE,
        attribution=OSM_ATTRIBUTION,
        input_file=path,
    )
    return summary


def _names(tags: Any) -> list[str]:
    out: dict[str, None] = {}
    for key in NAME_KEYS:
        value = tags.get(key)
        if value:
            for part in value.split(";"):
                if part.strip():
                    out[part.strip()] = None
    return list(out)


def _poi_kind(tags: Any) -> str | None:
    for key, values, kind in POI_TAGS:
        value = tags.get(key)
        if value is not None and (values is None or value in values):
            return kind
    return None


def _osm_rows(
    ways: list[_Way], pois: list[_Poi], addresses: list[_Address]
) -> Iterator[dict[str, str]]:
    counties = locate_districts(
        (way.lats[len(way.lats) // 2], way.lons[len(way.lons) // 2]) for way in ways
    )
    roads: dict[tuple[str, str], _Road] = defaultdict(_Road)
    for way, county in zip(ways, counties, strict=True):
        if county is None:
            continue  # outside China's counties: not this centre's road
        merged = roads[(way.name, county)]
        merged.ways.append(way.id)
        merged.lines.append(way)
        merged.names.update(dict.fromkeys(way.others))
    road_ids: dict[tuple[str, str], str] = {}
    for (name, county), merged in roads.items():
        road_id = f"osm-road-{county}-w{min(merged.ways)}"
        road_ids[(name, county)] = road_id
        longest = max(merged.lines, key=lambda way: len(way.nodes))
        middle = len(longest.nodes) // 2
        lines = [
            shapely.linestrings(np.column_stack((way.lons, way.lats)))
            for way in merged.lines
            if len(way.nodes) > 1
        ]
        geometry = wkt.dumps(MultiLineString(lines), rounding_precision=6) if lines else ""
        yield _row(
            road_id,
            "road",
            name,
            list(merged.names),
            county,
            (longest.lats[middle], longest.lons[middle]),
            geometry=geometry,
            refs=" ".join(f"w{w}" for w in sorted(merged.ways)),
        )
    yield from _crossings(list(roads.items()), road_ids)
    located = locate_districts((lat, lon) for _, _, _, lat, lon in pois)
    for (ident, kind, names, lat, lon), county in zip(pois, located, strict=True):
        if county is not None:
            yield _row(ident, kind, names[0], names[1:], county, (lat, lon), refs=ident[4:])
    located = locate_districts((lat, lon) for _, _, _, lat, lon in addresses)
    for (ident, street, number, lat, lon), county in zip(addresses, located, strict=True):
        if county is not None:
            label = f"{street}{_number(number)}号"
            on_road = road_ids.get((street, county), "")
            yield _row(
                ident, "address", label, [], county, (lat, lon), parent=on_road, refs=ident[4:-5]
            )


def _crossings(
    roads: list[tuple[tuple[str, str], _Road]], road_ids: Mapping[tuple[str, str], str]
) -> Iterator[dict[str, str]]:
    """Nodes shared by roads of different names, found by sorting every road node once
    (a dictionary of all of them would hold an extract's road network in Python objects)."""
    names = {name: k for k, name in enumerate(sorted({name for (name, _), _ in roads}))}
    node_parts: list[npt.NDArray[np.int64]] = []
    road_parts: list[npt.NDArray[np.int32]] = []
    lat_parts: list[npt.NDArray[np.float64]] = []
    lon_parts: list[npt.NDArray[np.float64]] = []
    for k, (_, merged) in enumerate(roads):
        for way in merged.lines:
            node_parts.append(np.frombuffer(way.nodes, dtype=np.int64))
            road_parts.append(np.full(len(way.nodes), k, dtype=np.int32))
            lat_parts.append(np.frombuffer(way.lats, dtype=np.float64))
            lon_parts.append(np.frombuffer(way.lons, dtype=np.float64))
    if not node_parts:
        return
    nodes, road = np.concatenate(node_parts), np.concatenate(road_parts)
    name = np.array([names[key[0]] for key, _ in roads], dtype=np.int32)[road]
    order = np.lexsort((road, name, nodes))
    nodes, road, name = nodes[order], road[order], name[order]
    starts = np.flatnonzero(np.r_[True, nodes[1:] != nodes[:-1]])
    new_name = np.r_[True, (nodes[1:] != nodes[:-1]) | (name[1:] != name[:-1])]
    several = np.add.reduceat(new_name.astype(np.int32), starts) > 1  # names at each node
    shared, ends = starts[several], np.r_[starts[1:], len(nodes)][several]
    lats = np.concatenate(lat_parts)[order[shared]]
    lons = np.concatenate(lon_parts)[order[shared]]
    found: list[tuple[int, list[tuple[str, str]], tuple[float, float]]] = []
    for k, (start, end) in enumerate(zip(shared.tolist(), ends.tolist(), strict=True)):
        keys = sorted({roads[r][0] for r in road[start:end].tolist()})
        found.append((int(nodes[start]), keys, (float(lats[k]), float(lons[k]))))
    where = locate_districts(point for _, _, point in found)
    for (node, keys, point), county in zip(found, where, strict=True):
        first, second = list(dict.fromkeys(key[0] for key in keys))[:2]
        yield _row(
            f"osm-x{node}",
            "crossing",
            f"{first}与{second}交叉口",
            [f"{first}{second}", f"{second}{first}"],
            county or keys[0][1],
            point,
            parent=road_ids.get(keys[0], ""),
            refs=f"n{node}",
        )


def _number(raw: str) -> str:
    found = _HOUSE_NUMBER.match(raw)
    return found.group(1) if found else raw.strip()


def _row(
    place_id: str,
    kind: str,
    name: str,
    aliases: Iterable[str],
    adcode: str,
    point: tuple[float, float],
    *,
    precision: str = "surveyed",
    source: str = "osm",
    parent: str = "",
    address: str = "",
    geometry: str = "",
    refs: str = "",
) -> dict[str, str]:
    return {
        "id": place_id,
        "kind": kind,
        "name": name,
        "aliases": "|".join(a for a in aliases if a and a != name and "|" not in a),
        "adcode": adcode,
        "lat": f"{point[0]:.7f}",
        "lon": f"{point[1]:.7f}",
        "precision": precision,
        "source": source,
        "parent": parent,
        "address": address,
        "geometry": geometry,
        "refs": refs,
    }


# --- a centre's own files --------------------------------------------------------------------


def import_points(
    path: Path,
    layers_dir: Path,
    *,
    layer: str | None = None,
    source: str,
    licence: str,
    attribution: str = "",
    precision: str = "address",
) -> ImportSummary:
    """Read a centre's places and address points from CSV or GeoJSON.

    Rows (CSV columns, or GeoJSON point properties) carry `name` or `road` + `number`
    (门牌号), optional `kind`, `aliases` (`|`), `id`, `precision`; CSV rows carry `lat` and
    `lon`. An address point belongs to the road of that name in its county when the data
    holds one.
    """
    if not path.is_file():
        raise ImportError_(f"{path}: no such file")
    layer = layer or f"{source}-{path.name.split('.')[0]}"
    records = list(
        _geojson_records(path) if path.suffix in (".geojson", ".json") else _csv_records(path)
    )
    counties = locate_districts([(r["lat"], r["lon"]) for r in records])
    rows: list[dict[str, str]] = []
    for k, (record, county) in enumerate(zip(records, counties, strict=True), start=1):
        if county is None:
            raise ImportError_(f"{path}: row {k} lies outside every county of China")
        road, number = str(record.get("road") or ""), str(record.get("number") or "")
        if road and number:
            name = f"{road}{_number(number)}号"
            kind = "address"
        else:
            name = str(record.get("name") or "").strip()
            kind = str(record.get("kind") or "landmark")
        if not name:
            raise ImportError_(f"{path}: row {k} has neither a name nor a road and number")
        aliases = [a for a in str(record.get("aliases") or "").split("|") if a]
        rows.append(
            _row(
                str(record.get("id") or f"{layer}-{k}"),
                kind,
                name,
                aliases,
                county,
                (record["lat"], record["lon"]),
                precision=str(record.get("precision") or precision),
                source=source,
                address=road if kind == "address" else str(record.get("address") or ""),
            )
        )
    summary = _write_layer(layers_dir, layer, rows)
    _write_meta(
        layers_dir, layer, source=source, licence=licence, attribution=attribution, input_file=path
    )
    return summary


def _csv_records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for k, row in enumerate(csv.DictReader(handle), start=2):
            try:
                yield {**row, "lat": float(row["lat"]), "lon": float(row["lon"])}
            except (KeyError, TypeError, ValueError):
                raise ImportError_(f"{path}, line {k}: needs numeric lat and lon") from None


def _geojson_records(path: Path) -> Iterator[dict[str, Any]]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ImportError_(f"{path}: not JSON: {exc}") from None
    for k, feature in enumerate(document.get("features") or [], start=1):
        try:
            point = shape(feature["geometry"]).representative_point()
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ImportError_(f"{path}: feature {k} has no readable geometry") from None
        assert isinstance(point, Point)
        yield {**(feature.get("properties") or {}), "lat": point.y, "lon": point.x}


# --- writing ---------------------------------------------------------------------------------


def _write_layer(layers_dir: Path, layer: str, rows: Iterable[dict[str, str]]) -> ImportSummary:
    """Write the layer atomically, ids unique, in a stable order."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", layer):
        raise ImportError_(f"layer name {layer!r}: use letters, digits, '-', '_' and '.'")
    layers_dir.mkdir(parents=True, exist_ok=True)
    target = layers_dir / f"{layer}.csv"
    seen: set[str] = set()
    counts: dict[str, int] = defaultdict(int)
    partial = target.with_suffix(".csv.partial")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=LAYER_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            if row["id"] in seen:
                continue
            # An address's label always holds its number; other names may normalise away.
            if row["kind"] != "address" and not normalise_text(row["name"]):
                continue
            seen.add(row["id"])
            counts[row["kind"]] += 1
            writer.writerow(row)
    partial.replace(target)
    return ImportSummary(target, dict(counts))


def _write_meta(
    layers_dir: Path,
    layer: str,
    *,
    source: str,
    licence: str,
    attribution: str,
    input_file: Path,
) -> None:
    meta: Mapping[str, str] = {
        "source": source,
        "licence": licence,
        "attribution": attribution,
        "input": input_file.name,
        "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    (layers_dir / f"{layer}{META_SUFFIX}").write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
