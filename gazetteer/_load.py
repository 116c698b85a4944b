"""Reading the gazetteer's data files (see `data/README.md`) into places and their links."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

import yaml

from gazetteer._model import PRECISIONS, Admin, Place, PlaceKind, Precision

DEFAULT_DATA_DIR = Path(__file__).parent / "data"
# libyaml's parser, which PyYAML's wheels are built with, reads the place data about ten times
# faster than PyYAML's pure-Python one (the data is most of what building the index costs),
# with the same safe constructors; the pure-Python one is kept for a PyYAML built without it.
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataError(ValueError):
    """A data file that cannot be read as the schema says; names the file and the entry."""


@dataclass
class Lexicon:
    """Filler, generic words, pinyin overrides and look-alike characters from `lexicon.yaml`."""

    fillers: list[str] = field(default_factory=list)
    generic_suffixes: list[str] = field(default_factory=list)
    generic_words: list[str] = field(default_factory=list)
    common_names: list[str] = field(default_factory=list)
    housing_of_every_city: list[str] = field(default_factory=list)
    works_of_every_city: list[str] = field(default_factory=list)
    way_words: list[str] = field(default_factory=list)
    pinyin_overrides: dict[str, list[str]] = field(default_factory=dict)
    look_alike_characters: list[str] = field(default_factory=list)
    city_one_character_names: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class LoadedData:
    """Every place, in file order, with what links them beyond `Place.parent`."""

    places: list[Place]
    # place id -> names of roads and landmarks its entrance or address is on
    nearby_names: dict[str, list[str]]
    ambiguous_aliases: dict[str, list[str]]
    lexicon: Lexicon
    # The files read, for the index cache key and for validation messages.
    files: list[Path]
    # id -> the file it came from
    origin: dict[str, str]


def data_files(data_dir: Path, layers_dir: Path | None = None) -> list[Path]:
    """The files a gazetteer is built from, in a stable order: the shipped data, then the
    layers a centre imported (`gazetteer import`)."""
    from gazetteer._layers import layer_files

    files = [data_dir / "lexicon.yaml"]
    files += sorted((data_dir / "derived").glob("*.csv"))
    files += sorted((data_dir / "curated").glob("*.yaml"))
    files += layer_files(layers_dir)
    return [f for f in files if f.is_file()]


def load_data(data_dir: Path = DEFAULT_DATA_DIR, layers_dir: Path | None = None) -> LoadedData:
    """Read every data file under `data_dir`, and the imported layers under `layers_dir`,
    into places."""
    from gazetteer._layers import read_layers, read_units, read_zone_units

    lexicon = _read_lexicon(data_dir / "lexicon.yaml")
    divisions = _read_divisions(data_dir / "derived" / "divisions.csv")
    admin_of = _AdminLookup(divisions)
    places: dict[str, Place] = {}
    origin: dict[str, str] = {}
    nearby: dict[str, list[str]] = {}
    ambiguous: dict[str, list[str]] = {}
    # Names of derived towns and villages the division codes do not carry (张君墓镇, 考城镇's
    # former name) and callers still say: aliases of the unit.
    unit_aliases: dict[str, list[str]] = {}

    origin_name: dict[Path, str] = {}  # how `origin` names each file, worked out once

    def add(place: Place, source: Path) -> None:
        if place.id in places and origin[place.id] != "derived/institutions.csv":
            raise DataError(f"{source.name}: id {place.id} already defined in {origin[place.id]}")
        places[place.id] = place
        named = origin_name.get(source)
        if named is None:
            relative = source.is_relative_to(data_dir)
            named = origin_name[source] = (
                str(source.relative_to(data_dir)) if relative else source.name
            )
        origin[place.id] = named

    divisions_file = data_dir / "derived" / "divisions.csv"
    for place in divisions.values():
        add(place, divisions_file)
    institutions_file = data_dir / "derived" / "institutions.csv"
    for place in _read_institutions(institutions_file, admin_of):
        add(place, institutions_file)
    units_file = data_dir / "derived" / "henan_towns.csv"
    for place in read_units(units_file, divisions):
        add(place, units_file)

    curated_ids: set[str] = set()
    for path in sorted((data_dir / "curated").glob("*.yaml")):
        document = _read_yaml(path)
        groups: tuple[tuple[str, str, PlaceKind, PlaceKind], ...] = (
            ("institutions", "campuses", "university", "campus"),
            ("hospitals", "branches", "hospital", "hospital_branch"),
        )
        for parent_key, child_key, parent_kind, child_kind in groups:
            for entry in _entries(document, parent_key, path):
                parent, children = _read_site_group(
                    entry, child_key, parent_kind, child_kind, admin_of, path
                )
                if parent.id in curated_ids:
                    raise DataError(f"{path.name}: id {parent.id} defined twice")
                curated_ids.add(parent.id)
                add(parent, path)
                for child, names in children:
                    add(child, path)
                    nearby[child.id] = names
        for entry in _entries(document, "landmarks", path):
            landmark = _read_landmark(entry, admin_of, path)
            add(landmark, path)
            # A landmark's roads (its address's road, held as a place) find it as a campus's do.
            names = [str(n) for n in (entry.get("roads") or []) + (entry.get("landmarks") or [])]
            if names:
                nearby[landmark.id] = names
        file_name = path.name  # read once: a Path's name is worked out anew on each access
        _class_points(places, [i for i, where in origin.items() if where.endswith(file_name)], path)
        for alias, ids in _mapping(document.get("ambiguous_aliases"), path).items():
            ambiguous.setdefault(str(alias), []).extend(str(i) for i in ids)
        for place_id, names in _mapping(document.get("unit_aliases"), path).items():
            unit_aliases.setdefault(str(place_id), []).extend(str(n) for n in names)

    # Units under functional zones follow the curated data, which says where a zone lies.
    for place in read_zone_units(units_file, divisions, list(places.values())):
        add(place, units_file)

    # An alias declared ambiguous names every place listed with it, derived ones included
    # (河大 is 河北大学 too, which only the derived institution list holds).
    for alias, ids in ambiguous.items():
        for place_id in ids:
            found = places.get(place_id)
            if found is not None and alias not in found.aliases and alias != found.name:
                places[place_id] = replace(found, aliases=(*found.aliases, alias))

    for place_id, names in unit_aliases.items():
        found = places.get(place_id)
        if found is None:
            raise DataError(f"unit_aliases: no place {place_id}")
        added = [n for n in names if n not in found.aliases and n != found.name]
        places[place_id] = replace(found, aliases=(*found.aliases, *added))

    for layer_file, place in read_layers(layers_dir, admin_of):
        if place.id in places:
            raise DataError(
                f"{layer_file.name}: id {place.id} already defined in {origin[place.id]}"
            )
        add(place, layer_file)

    return LoadedData(
        places=list(places.values()),
        nearby_names=nearby,
        ambiguous_aliases=ambiguous,
        lexicon=lexicon,
        files=data_files(data_dir, layers_dir),
        origin=origin,
    )


# --- precision of curated points -------------------------------------------------------------

# A curated point without a `precision:` key is classed from the comment on its `lat:` line:
# "# approx" placed from the address alone, "# approx, city-level" standing for the city;
# unmarked points were read from a map at the site.
_ID_LINE = re.compile(r"^\s*-?\s*id:\s*['\"]?([^'\"\s#]+)")
_LAT_LINE = re.compile(r"^\s*lat:[^#]*#\s*approx(.*)$")


def _approx_marks(path: Path) -> dict[str, Precision]:
    marks: dict[str, Precision] = {}
    current = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if found := _ID_LINE.match(line):
            current = found.group(1)
        elif (approx := _LAT_LINE.match(line)) and current:
            marks[current] = "city" if "city" in approx.group(1) else "approx"
    return marks


def _class_points(places: dict[str, Place], ids: list[str], path: Path) -> None:
    """Fill in the precision and source of one file's places where the entries left them;
    an institution or hospital takes its seat's (its first site)."""
    marked = _approx_marks(path)
    seats: dict[str, str] = {}
    for place_id in ids:
        place = places[place_id]
        if place.parent is not None:
            seats.setdefault(place.parent, place_id)
        if not place.source:  # an entry that declared `source:` is kept as it is
            precision = marked.get(place_id, "address")
            places[place_id] = replace(place, precision=precision, source="curated")
    for parent_id, seat_id in seats.items():
        parent, seat = places.get(parent_id), places[seat_id]
        if parent is not None and parent.kind in ("university", "hospital"):
            places[parent_id] = replace(parent, precision=seat.precision, source=seat.source)


# --- divisions -------------------------------------------------------------------------------


class _AdminLookup:
    """Province / city / district names for a six-digit adcode."""

    def __init__(self, divisions: Mapping[str, Place]) -> None:
        self._by_adcode = {p.admin.adcode: p for p in divisions.values() if p.admin.adcode}

    def admin(self, adcode: str | None, *, fallback_city: str | None = None) -> Admin:
        if not adcode:
            return Admin(province="", city=fallback_city)
        division = self._by_adcode.get(adcode)
        if division is not None:
            return division.admin
        province = self._by_adcode.get(adcode[:2] + "0000")
        city = self._by_adcode.get(adcode[:4] + "00")
        return Admin(
            province=province.name if province else "",
            city=city.name if city else fallback_city,
            district=None,
            adcode=adcode,
        )


def _read_divisions(path: Path) -> dict[str, Place]:
    if not path.is_file():
        return {}
    rows = list(_csv_rows(path))
    names = {row["adcode"]: row["name"] for row in rows}
    places: dict[str, Place] = {}
    for row in rows:
        adcode, level = row["adcode"], row["level"]
        province = names.get(adcode[:2] + "0000", "")
        city: str | None = names.get(adcode[:4] + "00") if level != "province" else None
        if level == "district" and city is None:
            # Districts directly under a municipality or province (省直辖县级行政区划).
            city = names.get(row["parent_adcode"]) if row["parent_adcode"] else None
        district = row["name"] if level == "district" else None
        aliases = _split(row.get("short_name", "")) + _split(row.get("aliases", ""))
        aliases += _split(row.get("former_names", ""))
        full_name = "".join(
            dict.fromkeys(part for part in (province, city or "", district or "") if part)
        )
        places[f"adm-{adcode}"] = Place(
            id=f"adm-{adcode}",
            kind=cast(PlaceKind, level),
            name=row["name"],
            full_name=full_name or row["name"],
            admin=Admin(province=province, city=city, district=district, adcode=adcode),
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            aliases=tuple(dict.fromkeys(a for a in aliases if a and a != row["name"])),
            parent=f"adm-{row['parent_adcode']}" if row.get("parent_adcode") else None,
            # A division's point is its seat: it stands for the county or the city.
            precision="district" if level == "district" else "city",
            source="divisions",
        )
    return places


def _read_institutions(path: Path, admin_of: _AdminLookup) -> Iterator[Place]:
    if not path.is_file():
        return
    for row in _csv_rows(path):
        yield Place(
            id=row["id"],
            kind="university",
            name=row["name"],
            full_name=row["name"],
            admin=admin_of.admin(row.get("city_adcode") or None, fallback_city=row.get("city")),
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            precision="city",  # placed at its city's seat
            source="institutions",
        )


# --- curated files ---------------------------------------------------------------------------


def _read_site_group(
    entry: Mapping[str, Any],
    child_key: str,
    parent_kind: PlaceKind,
    child_kind: PlaceKind,
    admin_of: _AdminLookup,
    path: Path,
) -> tuple[Place, list[tuple[Place, list[str]]]]:
    parent_id = _required(entry, "id", path)
    parent_name = _required(entry, "name", path)
    sites = entry.get(child_key) or []
    if not isinstance(sites, list) or not sites:
        raise DataError(f"{path.name}: {parent_id} has no {child_key}")
    children: list[tuple[Place, list[str]]] = []
    for site in sites:
        if not isinstance(site, Mapping):
            raise DataError(f"{path.name}: {parent_id}: each of {child_key} must be a mapping")
        child_id = _required(site, "id", path)
        name = _required(site, "name", path)
        if name.startswith(parent_name) or parent_name.endswith(name):
            full_name = name if name.startswith(parent_name) else parent_name
        else:
            full_name = parent_name + name
        lat, lon = _point(site, path, child_id)
        children.append(
            (
                Place(
                    id=child_id,
                    kind=child_kind,
                    name=name,
                    full_name=full_name,
                    admin=admin_of.admin(str(site.get("adcode") or "") or None),
                    lat=lat,
                    lon=lon,
                    aliases=_aliases(site, name),
                    address=_optional_str(site.get("address")),
                    parent=parent_id,
                    **_declared_precision(site, path, child_id),
                ),
                [str(n) for n in (site.get("roads") or []) + (site.get("landmarks") or [])],
            )
        )
    seat = children[0][0]
    parent = Place(
        id=parent_id,
        kind=parent_kind,
        name=parent_name,
        full_name=parent_name,
        admin=seat.admin,
        lat=seat.lat,
        lon=seat.lon,
        aliases=_aliases(entry, parent_name),
        address=seat.address,
        precision=seat.precision,
        source=seat.source,
    )
    return parent, children


def _read_landmark(entry: Mapping[str, Any], admin_of: _AdminLookup, path: Path) -> Place:
    place_id = _required(entry, "id", path)
    name = _required(entry, "name", path)
    kind = str(entry.get("kind") or "landmark")
    if kind not in ("landmark", "road", "station"):
        raise DataError(f"{path.name}: {place_id}: kind must be landmark, road or station")
    lat, lon = _point(entry, path, place_id)
    admin = admin_of.admin(str(entry.get("adcode") or "") or None)
    prefix = admin.city or ""
    return Place(
        id=place_id,
        kind=cast(PlaceKind, kind),
        name=name,
        full_name=name if name.startswith(prefix) else prefix + name,
        admin=admin,
        lat=lat,
        lon=lon,
        aliases=_aliases(entry, name),
        address=_optional_str(entry.get("address")),
        **_declared_precision(entry, path, place_id),
    )


def _declared_precision(entry: Mapping[str, Any], path: Path, place_id: str) -> dict[str, Any]:
    """The `precision:` and `source:` keys of a curated entry, checked; empty when absent
    (the comment on its `lat:` line decides, see `_approx_marks`)."""
    precision = entry.get("precision")
    source = entry.get("source")
    if precision is None and source is None:
        return {}
    if precision not in PRECISIONS:
        raise DataError(
            f"{path.name}: {place_id}: precision must be one of {', '.join(PRECISIONS)}, "
            f"not {precision!r}"
        )
    if not isinstance(source, str) or not source.strip():
        raise DataError(f"{path.name}: {place_id}: a precision needs its source: key")
    return {"precision": precision, "source": source.strip()}


# --- small readers ---------------------------------------------------------------------------


def _read_lexicon(path: Path) -> Lexicon:
    if not path.is_file():
        return Lexicon()
    document = _read_yaml(path)
    overrides = _mapping(document.get("pinyin_overrides"), path)
    one_character = _mapping(document.get("city_one_character_names"), path)
    return Lexicon(
        fillers=[str(f) for f in document.get("fillers") or []],
        generic_suffixes=[str(f) for f in document.get("generic_suffixes") or []],
        generic_words=[str(f) for f in document.get("generic_words") or []],
        common_names=[str(f) for f in document.get("common_names") or []],
        housing_of_every_city=[str(f) for f in document.get("housing_of_every_city") or []],
        works_of_every_city=[str(f) for f in document.get("works_of_every_city") or []],
        way_words=[str(f) for f in document.get("way_words") or []],
        pinyin_overrides={str(k): [str(s) for s in v] for k, v in overrides.items()},
        look_alike_characters=[str(g) for g in document.get("look_alike_characters") or []],
        city_one_character_names={str(k): [str(c) for c in v] for k, v in one_character.items()},
    )


def read_yaml_text(text: str) -> Any:
    """One YAML document, read safely (no tags that build Python objects).

    >>> read_yaml_text("{adcode: '0410', name: 开封, no: no}")
    {'adcode': '0410', 'name': '开封', False: False}
    """
    return yaml.load(text, Loader=_SAFE_LOADER)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        document = read_yaml_text(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise DataError(f"{path.name}: not valid YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise DataError(f"{path.name}: the top level must be a mapping")
    return document


def _entries(document: Mapping[str, Any], key: str, path: Path) -> list[Mapping[str, Any]]:
    entries = document.get(key) or []
    if not isinstance(entries, list) or not all(isinstance(e, Mapping) for e in entries):
        raise DataError(f"{path.name}: {key} must be a list of mappings")
    return entries


def _mapping(value: object, path: Path) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise DataError(f"{path.name}: expected a mapping, found {type(value).__name__}")
    return value


def _required(entry: Mapping[str, Any], key: str, path: Path) -> str:
    value = entry.get(key)
    if value is None or str(value).strip() == "":
        raise DataError(f"{path.name}: an entry lacks {key!r}: {dict(entry).get('id', entry)}")
    return str(value).strip()


def _point(entry: Mapping[str, Any], path: Path, place_id: str) -> tuple[float, float]:
    try:
        return float(entry["lat"]), float(entry["lon"])
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"{path.name}: {place_id} needs numeric lat and lon") from exc


def _aliases(entry: Mapping[str, Any], name: str) -> tuple[str, ...]:
    raw = entry.get("aliases") or []
    if isinstance(raw, str):
        raw = [raw]
    return tuple(dict.fromkeys(str(a).strip() for a in raw if str(a).strip() and a != name))


def _optional_str(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def _csv_rows(path: Path) -> Iterable[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)
