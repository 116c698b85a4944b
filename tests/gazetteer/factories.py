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
