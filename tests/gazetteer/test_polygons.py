"""Datum conversion and division outlines: accuracy, known places, speed."""

from __future__ import annotations

import csv
import math
import time
from pathlib import Path

import pytest
import shapely

from gazetteer import _polygons
from gazetteer._coords import gcj02_to_wgs84, wgs84_to_gcj02
from gazetteer._polygons import district_polygon, locate_district, locate_districts

DERIVED = Path(__file__).parents[2] / "gazetteer" / "data" / "derived"


def _metres(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    d_lat = math.radians(lat2 - lat1)
    d_lon = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6_371_000.0 * math.hypot(d_lat, d_lon)


def _divisions() -> dict[str, dict[str, str]]:
    with (DERIVED / "divisions.csv").open(encoding="utf-8", newline="") as stream:
        return {row["adcode"]: row for row in csv.DictReader(stream)}


def test_gcj02_round_trip_is_sub_metre_across_china() -> None:
    worst = 0.0
    for lat10 in range(185, 530, 15):
        for lon10 in range(740, 1350, 15):
            lat, lon = lat10 / 10, lon10 / 10
            shifted = wgs84_to_gcj02(lat, lon)
            # GCJ-02 moves every mainland point by tens to hundreds of metres.
            assert 1.0 < _metres(lat, lon, *shifted) < 1_500.0
            back = gcj02_to_wgs84(*shifted)
            worst = max(worst, _metres(lat, lon, *back))
    assert worst < 0.01


def test_gcj02_inverse_beats_the_one_step_approximation() -> None:
    lat, lon = 34.8177, 114.3521
    g_lat, g_lon = wgs84_to_gcj02(lat, lon)
    one_step = (
        2 * g_lat - wgs84_to_gcj02(g_lat, g_lon)[0],
        2 * g_lon - wgs84_to_gcj02(g_lat, g_lon)[1],
    )
    iterated = gcj02_to_wgs84(g_lat, g_lon)
    assert _metres(lat, lon, *iterated) < _metres(lat, lon, *one_step)
    assert _metres(lat, lon, *iterated) < 0.001


def test_points_outside_china_are_not_shifted() -> None:
    assert wgs84_to_gcj02(51.5, -0.12) == (51.5, -0.12)
    assert gcj02_to_wgs84(51.5, -0.12) == (51.5, -0.12)


def test_henan_university_minglun_campus_is_in_longting() -> None:
    # 河南大学明伦校区, old town of 开封, inside the city wall north of 鼓楼.
    assert locate_district(34.81, 114.35) == "410202"


def test_outlines_nest_county_in_city_in_province() -> None:
    jinshui = district_polygon("410105")
    zhengzhou = district_polygon("410100")
    henan = district_polygon("410000")
    assert jinshui is not None and zhengzhou is not None and henan is not None
    inner = jinshui.representative_point()
    assert zhengzhou.contains(inner) and henan.contains(inner)
    kaifeng = district_polygon("410200")
    assert kaifeng is not None and not kaifeng.contains(inner)


def test_merged_district_outline_is_the_union_of_its_predecessors() -> None:
    liangjiang = district_polygon("500157")  # 江北区 + 渝北区 since 2025
    jiangbei = _polygons.package_outlines("district")["500105"]
    yubei = _polygons.package_outlines("district")["500112"]
    assert liangjiang is not None
    assert liangjiang.area == pytest.approx(jiangbei.area + yubei.area, rel=1e-3)
    inside_old_jiangbei = jiangbei.representative_point()
    assert locate_district(inside_old_jiangbei.y, inside_old_jiangbei.x) == "500157"


def test_unknown_and_undrawn_divisions_have_no_outline() -> None:
    assert district_polygon("999999") is None
    assert district_polygon("653228") is None  # 和康县, created after the outlines were drawn


def test_points_outside_county_level_divisions() -> None:
    assert locate_district(30.0, 125.0) is None  # East China Sea
    assert locate_district(48.85, 2.35) is None  # Paris
    assert locate_district(22.28, 114.16) == "810000"  # Hong Kong has no county-level code
    assert locate_district(23.02, 113.75) == "441900"  # 东莞 has no counties


def test_nearly_every_county_seat_lies_in_its_own_outline() -> None:
    divisions = _divisions()
    counties = [row for row in divisions.values() if row["level"] == "district"]
    found = locate_districts((float(row["lat"]), float(row["lon"])) for row in counties)
    misses = [
        row["adcode"] for row, code in zip(counties, found, strict=True) if code != row["adcode"]
    ]
    # A county's seat may sit in the city it surrounds (安阳县 was seated in 安阳).
    assert len(misses) < 0.01 * len(counties)


def test_locating_a_thousand_points_takes_seconds_not_minutes() -> None:
    points = [(34.0 + (i % 40) * 0.05, 112.0 + (i // 40) * 0.1) for i in range(1000)]
    started = time.perf_counter()
    found = locate_districts(points)
    assert time.perf_counter() - started < 5.0
    assert len(found) == 1000
    assert sum(code is not None and code.startswith("41") for code in found) > 500
    assert found == tuple(locate_district(lat, lon) for lat, lon in points[:50]) + found[50:]


def test_outlines_are_valid_geometries() -> None:
    outline = district_polygon("410212")
    assert outline is not None
    assert shapely.is_valid(outline)
    minx, miny, maxx, maxy = outline.bounds
    assert 113.5 < minx < maxx < 115.5 and 34.0 < miny < maxy < 35.5
