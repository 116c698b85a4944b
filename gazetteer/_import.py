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
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from shapely import wkt
from shapely.geometry import LineString, MultiLineString, Point, shape

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
class _Road:
    ways: list[int] = field(default_factory=list)
    lines: list[list[tuple[float, float]]] = field(default_factory=list)
    names: dict[str, None] = field(default_factory=dict)


def import_osm(path: Path, layers_dir: Path, *, layer: str | None = None) -> ImportSummary:
    """Read an OSM extract into the layer `layer` (default: `osm-<file stem>`)."""
    import osmium

    if not path.is_file():
        raise ImportError_(f"{path}: no such file")
    layer = layer or "osm-" + path.name.split(".")[0]
    # Ways of named roads: (way id, name, other names, node coordinates, node ids).
    ways: list[tuple[int, str, tuple[str, ...], list[tuple[float, float]], list[int]]] = []
    pois: list[dict[str, Any]] = []
    try:
        processor = osmium.FileProcessor(str(path)).with_locations()
        for obj in processor:
            if not isinstance(obj, osmium.osm.Node | osmium.osm.Way):
                continue  # relations (multipolygons, routes) are left out
            tags = obj.tags
            names = _names(tags)
            kind = _poi_kind(tags)
            if isinstance(obj, osmium.osm.Way):
                coords = [(float(n.lat), float(n.lon)) for n in obj.nodes if n.location.valid()]
                if not coords:
                    continue
                if tags.get("highway") in ROAD_TAGS and names and not kind:
                    node_ids = [int(n.ref) for n in obj.nodes if n.location.valid()]
                    ways.append((obj.id, names[0], tuple(names[1:]), coords, node_ids))
                    continue
                lat = sum(c[0] for c in coords) / len(coords)
                lon = sum(c[1] for c in coords) / len(coords)
                ident = f"osm-w{obj.id}"
            else:
                if not obj.location.valid():
                    continue
                lat, lon = obj.location.lat, obj.location.lon
                ident = f"osm-n{obj.id}"
            street, number = tags.get("addr:street"), tags.get("addr:housenumber")
            if kind and names:
                pois.append({"id": ident, "kind": kind, "names": names, "lat": lat, "lon": lon})
            if street and number and _HOUSE_NUMBER.match(number):
                pois.append(
                    {
                        "id": ident + "-addr",
                        "kind": "address",
                        "street": street,
                        "number": number,
                        "lat": lat,
                        "lon": lon,
                    }
                )
    except RuntimeError as exc:  # osmium reports unreadable input as RuntimeError
        raise ImportError_(f"{path}: {exc}") from None

    rows = list(_osm_rows(ways, pois))
    summary = _write_layer(layers_dir, layer, rows)
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
    ways: list[tuple[int, str, tuple[str, ...], list[tuple[float, float]], list[int]]],
    pois: list[dict[str, Any]],
) -> Iterator[dict[str, str]]:
    middles = [coords[len(coords) // 2] for _, _, _, coords, _ in ways]
    counties = locate_districts(middles)
    roads: dict[tuple[str, str], _Road] = defaultdict(_Road)
    road_of_node: dict[int, tuple[str, str]] = {}
    crossings: dict[int, set[tuple[str, str]]] = defaultdict(set)
    node_at: dict[int, tuple[float, float]] = {}
    for (way_id, name, others, coords, node_ids), county in zip(ways, counties, strict=True):
        if county is None:
            continue  # outside China's counties: not this centre's road
        key = (name, county)
        merged = roads[key]
        merged.ways.append(way_id)
        merged.lines.append(coords)
        merged.names.update(dict.fromkeys(others))
        for node, coord in zip(node_ids, coords, strict=False):
            seen = road_of_node.setdefault(node, key)
            if seen[0] != name:
                crossings[node].update((seen, key))
                node_at[node] = coord
    road_ids: dict[tuple[str, str], str] = {}
    for (name, county), merged in roads.items():
        road_id = f"osm-road-{county}-w{min(merged.ways)}"
        road_ids[(name, county)] = road_id
        longest = max(merged.lines, key=len)
        lines = [
            LineString([(lon, lat) for lat, lon in line]) for line in merged.lines if len(line) > 1
        ]
        geometry = MultiLineString(lines) if lines else None
        mid = longest[len(longest) // 2]
        yield _row(
            road_id,
            "road",
            name,
            list(merged.names),
            county,
            mid,
            geometry=wkt.dumps(geometry, rounding_precision=6) if geometry is not None else "",
            refs=" ".join(f"w{w}" for w in sorted(merged.ways)),
        )
    crossing_counties = locate_districts([node_at[node] for node in crossings])
    for (node, keys), where in zip(crossings.items(), crossing_counties, strict=True):
        named = sorted(keys)
        names = list(dict.fromkeys(k[0] for k in named))
        county = where or named[0][1]
        first, second = names[0], names[1]
        yield _row(
            f"osm-x{node}",
            "crossing",
            f"{first}与{second}交叉口",
            [f"{first}{second}", f"{second}{first}"],
            county,
            node_at[node],
            parent=road_ids.get(named[0], ""),
            refs=f"n{node}",
        )
    located = locate_districts([(p["lat"], p["lon"]) for p in pois])
    for poi, county in zip(pois, located, strict=True):
        if county is None:
            continue
        point = (poi["lat"], poi["lon"])
        if poi["kind"] == "address":
            on_road = road_ids.get((poi["street"], county), "")
            label = f"{poi['street']}{_number(poi['number'])}号"
            refs = poi["id"][4:-5]
            yield _row(poi["id"], "address", label, [], county, point, parent=on_road, refs=refs)
            continue
        names = poi["names"]
        yield _row(poi["id"], poi["kind"], names[0], names[1:], county, point, refs=poi["id"][4:])


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


def _write_layer(layers_dir: Path, layer: str, rows: list[dict[str, str]]) -> ImportSummary:
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
            if row["id"] in seen or not normalise_text(row["name"]):
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
