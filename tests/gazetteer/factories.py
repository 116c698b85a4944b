"""Small gazetteers written to a temporary data folder, for tests that must control the data."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import yaml

from gazetteer import Gazetteer
from gazetteer._build import DIVISION_COLUMNS
from gazetteer._load import DEFAULT_DATA_DIR, load_data


def division(adcode: str, name: str, short: str, level: str, parent: str, lat: float, lon: float):
    return {
        "adcode": adcode,
        "name": name,
        "short_name": short,
        "level": level,
        "parent_adcode": parent,
        "lat": lat,
        "lon": lon,
        "former_names": "",
        "aliases": "",
    }


HENAN_DIVISIONS = [
    division("410000", "河南省", "河南", "province", "", 34.76, 113.75),
    division("410100", "郑州市", "郑州", "city", "410000", 34.75, 113.62),
    division("410105", "金水区", "金水", "district", "410100", 34.80, 113.66),
    division("410200", "开封市", "开封", "city", "410000", 34.80, 114.31),
    division("410203", "顺河回族区", "顺河", "district", "410200", 34.80, 114.36),
]


def campus(institution_id: str, slug: str, name: str, adcode: str, lat: float, lon: float, **extra):
    return {
        "id": f"{institution_id}-{slug}",
        "name": name,
        "adcode": adcode,
        "lat": lat,
        "lon": lon,
        **extra,
    }


def institution(id_: str, name: str, campuses: list[dict[str, Any]], **extra: Any):
    return {"id": id_, "name": name, "level": "本科", "campuses": campuses, **extra}


def write_gazetteer(root: Path, **data: Any) -> Gazetteer:
    """Write a data folder under `root` (with the shipped lexicon) and load it."""
    return Gazetteer.from_data(load_data(write_data(root, **data)))


def write_data(
    root: Path,
    *,
    institutions: list[dict[str, Any]] = (),  # type: ignore[assignment]
    landmarks: list[dict[str, Any]] = (),  # type: ignore[assignment]
    ambiguous: dict[str, list[str]] | None = None,
    divisions: list[dict[str, Any]] = HENAN_DIVISIONS,
) -> Path:
    """Write a data folder under `root` (with the shipped lexicon); return `root`."""
    (root / "derived").mkdir(parents=True)
    (root / "curated").mkdir()
    (root / "lexicon.yaml").write_bytes((DEFAULT_DATA_DIR / "lexicon.yaml").read_bytes())
    with (root / "derived" / "divisions.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=DIVISION_COLUMNS)
        writer.writeheader()
        writer.writerows(divisions)
    document: dict[str, Any] = {
        "institutions": list(institutions),
        "landmarks": list(landmarks),
    }
    if ambiguous:
        document["ambiguous_aliases"] = ambiguous
    (root / "curated" / "test.yaml").write_text(
        yaml.safe_dump(document, allow_unicode=True), encoding="utf-8"
    )
    return root


# 许昌市魏都区 (411002) and 郑州市金水区 (410105): two counties with a road called 文化路.
XUCHANG = (34.030, 113.850)
ZHENGZHOU = (34.780, 113.660)


def write_osm_extract(path: Path) -> None:
    """A small OpenStreetMap extract in the real format (osmium's writer): 文化路 in 许昌 and
    in 郑州, a crossing, a hospital, an address point, a compound and a shop left out."""
    import osmium
    from osmium.osm.mutable import Node, Way

    writer = osmium.SimpleWriter(str(path))
    lat, lon = XUCHANG
    points = {
        1: (lat, lon),
        2: (lat + 0.001, lon + 0.002),
        3: (lat + 0.002, lon + 0.004),
        4: (lat - 0.001, lon + 0.002),
        5: (lat + 0.003, lon + 0.002),
        6: (lat + 0.003, lon + 0.006),
    }
    zlat, zlon = ZHENGZHOU
    points |= {20: (zlat, zlon), 21: (zlat + 0.002, zlon + 0.001)}
    for node, (nlat, nlon) in points.items():
        writer.add_node(Node(id=node, location=(nlon, nlat), tags={}))
    writer.add_node(
        Node(
            id=10,
            location=(lon + 0.003, lat + 0.0012),
            tags={"amenity": "hospital", "name": "许昌测试医院", "alt_name": "测试医院;许测院"},
        )
    )
    writer.add_node(
        Node(
            id=11,
            location=(lon + 0.0031, lat + 0.0013),
            tags={"addr:street": "文化路", "addr:housenumber": "80"},
        )
    )
    writer.add_node(
        Node(id=12, location=(lon + 0.001, lat + 0.001), tags={"shop": "bakery", "name": "面包店"})
    )
    writer.add_way(Way(id=100, nodes=[1, 2], tags={"highway": "primary", "name": "文化路"}))
    writer.add_way(Way(id=101, nodes=[2, 3], tags={"highway": "primary", "name": "文化路"}))
    writer.add_way(Way(id=102, nodes=[4, 2, 5], tags={"highway": "secondary", "name": "农业路"}))
    writer.add_way(
        Way(
            id=103,
            nodes=[5, 6, 3, 5],
            tags={"landuse": "residential", "name": "测试花园小区", "old_name": "老测试院"},
        )
    )
    writer.add_way(Way(id=200, nodes=[20, 21], tags={"highway": "primary", "name": "文化路"}))
    writer.close()


def divisions_only(root: Path) -> Path:
    """The shipped lexicon and divisions alone: enough to place layers, quick to index."""
    data = root / "data"
    (data / "derived").mkdir(parents=True)
    for name in ("lexicon.yaml", "derived/divisions.csv"):
        (data / name).write_bytes((DEFAULT_DATA_DIR / name).read_bytes())
    return data
