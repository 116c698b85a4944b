"""The shipped data is checked as a call-taker relies on it: every curated point says how exact
it is and where it came from, lies in its county, no name leads to institutions in two cities,
and every ambulance station stands at its hospital. Each rule is also shown to catch a fault."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from gazetteer._geo import haversine_km
from gazetteer._load import DEFAULT_DATA_DIR, LoadedData, load_data
from gazetteer._polygons import district_polygon, locate_district
from gazetteer._validate import (
    curated_point_problems,
    institution_alias_problems,
    precision_counts,
    validate,
)
from tests.gazetteer.factories import campus, institution, write_data

ROOT = Path(__file__).resolve().parents[2]
SOURCES_FILE = ROOT / "gazetteer" / "SOURCES.md"
PSAPS_FILE = ROOT / "config" / "psaps.toml"
# A station is the emergency department of a 院区: it may stand at a side gate, no farther.
STATION_TOLERANCE_KM = 1.0


def source_keys(text: str) -> frozenset[str]:
    """The keys of the point-sources table in SOURCES.md: rows that start with `| `key` |`."""
    return frozenset(re.findall(r"^\| `([a-z0-9-]+)` \|", text, flags=re.MULTILINE))


def station_problems(psaps: dict[str, object], data: LoadedData) -> list[str]:
    """Stations must name the 院区 they stand at (`place`) and lie within 1 km of it."""
    places = {p.id: p for p in data.places}
    problems = []
    for psap in psaps.get("psap", []):  # type: ignore[attr-defined]
        for station in psap.get("station", []):
            site = places.get(station.get("place", ""))
            if site is None or site.kind != "hospital_branch":
                problems.append(f"station {station['id']} names no hospital 院区 as its place")
                continue
            km = float(
                haversine_km(station["lat"], station["lon"], [site.lat], [site.lon])[0]  # type: ignore[arg-type]
            )
            if km > STATION_TOLERANCE_KM:
                problems.append(f"station {station['id']} is {km:.1f} km from {site.id}")
    return problems


@pytest.fixture(scope="module")
def shipped() -> LoadedData:
    return load_data(DEFAULT_DATA_DIR)


# --- the shipped data -----------------------------------------------------------------------


def test_every_curated_point_has_a_precision_class_and_a_listed_source() -> None:
    keys = source_keys(SOURCES_FILE.read_text(encoding="utf-8"))
    assert {"own", "division-seat", "wikipedia"} <= keys
    assert curated_point_problems(DEFAULT_DATA_DIR, keys) == []


def test_every_curated_point_lies_in_its_county(shipped: LoadedData) -> None:
    outside = [
        p for p in validate(DEFAULT_DATA_DIR).problems if "outside" in p or "from the seat" in p
    ]
    assert outside == []
    # The point-in-outline test the check relies on, on one shipped campus.
    henu = next(p for p in shipped.places if p.id == "edu-4141010475-longzihu")
    assert locate_district(henu.lat, henu.lon) == henu.admin.adcode
    assert district_polygon(henu.admin.adcode or "") is not None


def test_no_name_leads_to_institutions_in_two_cities(shipped: LoadedData) -> None:
    assert institution_alias_problems(shipped) == []


def test_every_station_stands_at_its_hospital(shipped: LoadedData) -> None:
    psaps = tomllib.loads(PSAPS_FILE.read_text(encoding="utf-8"))
    stations = [s for p in psaps["psap"] for s in p.get("station", [])]
    assert len(stations) >= 10
    assert station_problems(psaps, shipped) == []


# --- each rule catches its fault -------------------------------------------------------------


def _one_institution(tmp_path: Path, **site: object) -> Path:
    point = campus("edu-1", "x", "本部", "410105", 34.80, 113.66, **site)
    return write_data(tmp_path / "data", institutions=[institution("edu-1", "某大学", [point])])


def test_a_point_without_precision_or_with_an_unlisted_source_is_reported(
    tmp_path: Path,
) -> None:
    keys = frozenset({"own"})
    good = _one_institution(tmp_path / "good", precision="approx", source="own")
    assert curated_point_problems(good, keys) == []
    missing = _one_institution(tmp_path / "missing", source="own")
    assert any("precision" in p for p in curated_point_problems(missing, keys))
    unlisted = _one_institution(tmp_path / "unlisted", precision="city", source="tencent")
    assert any("tencent" in p for p in curated_point_problems(unlisted, keys))


def test_a_point_outside_its_county_is_reported(tmp_path: Path) -> None:
    # 开封's coordinates under 郑州's 金水区.
    point = campus("edu-1", "x", "本部", "410105", 34.81, 114.36, precision="approx", source="own")
    data = write_data(tmp_path / "data", institutions=[institution("edu-1", "某大学", [point])])
    assert any("edu-1-x" in p and "outside" in p for p in validate(data).problems)


def test_a_name_of_institutions_in_two_cities_is_reported(tmp_path: Path) -> None:
    zz = institution("edu-1", "甲学院", [campus("edu-1", "x", "本部", "410105", 34.80, 113.66)])
    kf = institution("edu-2", "乙学院", [campus("edu-2", "y", "本部", "410203", 34.81, 114.36)])
    kf["aliases"] = ["甲学院"]
    both = load_data(write_data(tmp_path / "a", institutions=[zz, kf]))
    assert any("甲学院" in p for p in institution_alias_problems(both))
    declared = write_data(
        tmp_path / "b", institutions=[zz, kf], ambiguous={"甲学院": ["edu-1", "edu-2"]}
    )
    assert institution_alias_problems(load_data(declared)) == []


def test_a_station_far_from_its_hospital_is_reported(shipped: LoadedData) -> None:
    station = {"id": "s", "name": "急救站", "place": "hosp-zzu-1-heyi", "lat": 34.80, "lon": 113.75}
    far = station_problems({"psap": [{"station": [station]}]}, shipped)
    assert far and "km from hosp-zzu-1-heyi" in far[0]
    unnamed = dict(station, place="")
    assert station_problems({"psap": [{"station": [unnamed]}]}, shipped)


def test_source_keys_are_read_from_the_table_rows_only() -> None:
    text = "| key | what |\n| --- | --- |\n| `own` | placed by hand |\nsee `other` too\n"
    assert source_keys(text) == frozenset({"own"})


def test_validate_counts_points_per_precision_class(tmp_path: Path) -> None:
    rough = campus("edu-1", "x", "本部", "410105", 34.80, 113.66, precision="city", source="own")
    close = campus("edu-1", "y", "分部", "410105", 34.80, 113.66, precision="address", source="own")
    data = write_data(
        tmp_path / "data", institutions=[institution("edu-1", "某大学", [rough, close])]
    )
    assert precision_counts(data) == {"precision city": 1, "precision address": 1}
    assert validate(data).counts["precision city"] == 1
