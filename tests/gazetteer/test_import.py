"""`gazetteer import`: a centre's OSM extract and own files become layers the resolver uses.

Extracts are written with osmium's own writer in the real formats (.osm.pbf, .osm)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer._import import ImportError_, import_osm, import_points
from gazetteer._validate import validate
from gazetteer.cli import main

from .factories import ZHENGZHOU, divisions_only, write_osm_extract


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Gazetteer]:
    root = tmp_path_factory.mktemp("osm")
    extract = root / "area.osm.pbf"
    write_osm_extract(extract)
    layers = root / "layers"
    summary = import_osm(extract, layers)
    assert summary.counts == {"road": 3, "crossing": 1, "landmark": 2, "address": 1}
    gazetteer = Gazetteer.load(divisions_only(root), layers_dir=layers, cache_dir=root / "c")
    return layers, gazetteer


def test_roads_are_merged_per_name_per_county_with_their_ways(
    imported: tuple[Path, Gazetteer],
) -> None:
    layers, gazetteer = imported
    roads = sorted((p for p in gazetteer if p.kind == "road" and p.source == "osm"), key=str)
    by_county = {(p.name, p.admin.adcode) for p in roads}
    assert by_county == {("文化路", "411002"), ("农业路", "411002"), ("文化路", "410105")}
    xuchang = next(p for p in roads if p.name == "文化路" and p.admin.adcode == "411002")
    assert xuchang.id == "osm-road-411002-w100"
    assert xuchang.precision == "surveyed"
    assert xuchang.polygon is not None and len(xuchang.polygon.geoms) == 2
    rows = (layers / "osm-area.csv").read_text(encoding="utf-8")
    assert "w100 w101" in rows


def test_the_layer_records_its_source_and_the_odbl_attribution(
    imported: tuple[Path, Gazetteer],
) -> None:
    layers, _ = imported
    meta = json.loads((layers / "osm-area.meta.json").read_text(encoding="utf-8"))
    assert meta["source"] == "osm" and meta["licence"] == "ODbL-1.0"
    assert "OpenStreetMap contributors" in meta["attribution"]
    report = validate(layers.parent / "data", layers_dir=layers)
    assert report.ok, report.problems
    assert report.counts["layer osm-area.csv"] == 7
    assert report.counts["places of precision surveyed"] == 7
    assert any("OpenStreetMap" in note for note in report.notes)


def test_a_layer_without_its_record_fails_validation(tmp_path: Path) -> None:
    extract = tmp_path / "area.osm"  # the XML format, written by the same writer
    write_osm_extract(extract)
    import_osm(extract, tmp_path / "layers", layer="mine")
    (tmp_path / "layers" / "mine.meta.json").unlink()
    report = validate(divisions_only(tmp_path), layers_dir=tmp_path / "layers")
    assert any("needs mine.meta.json" in problem for problem in report.problems)


def test_validation_counts_each_layer_by_precision_class(tmp_path: Path) -> None:
    extract = tmp_path / "area.osm.pbf"
    write_osm_extract(extract)
    layers = tmp_path / "layers"
    import_osm(extract, layers)
    own = tmp_path / "points.csv"
    lat, lon = ZHENGZHOU
    own.write_text(
        "name,road,number,lat,lon,precision\n"
        f"金水急救站,,,{lat},{lon},\n"
        f",文化路,12,{lat + 0.001},{lon},\n"
        f"某小区,,,{lat + 0.002},{lon},approx\n",
        encoding="utf-8",
    )
    import_points(own, layers, source="zz-120-survey", licence="own data")
    report = validate(divisions_only(tmp_path), layers_dir=layers)
    assert report.ok, report.problems
    counts = report.counts
    assert counts["layer osm-area.csv"] == counts["osm-area.csv, precision surveyed"] == 7
    assert counts["layer zz-120-survey-points.csv"] == 3
    assert counts["zz-120-survey-points.csv, precision address"] == 2
    assert counts["zz-120-survey-points.csv, precision approx"] == 1
    assert counts["places of precision surveyed"] == 7
    assert "derived/divisions.csv, precision district" in counts
    assert "zz-120-survey-points.csv, precision address: 2" in str(report)


def test_a_city_with_a_road_name_means_that_citys_road(imported: tuple[Path, Gazetteer]) -> None:
    _, gazetteer = imported
    resolution = gazetteer.resolve(["许昌 文化路"])
    assert resolution.best is not None
    assert resolution.best.place.id == "osm-road-411002-w100"
    assert not resolution.contradictions


def test_two_roads_said_together_are_their_crossing(imported: tuple[Path, Gazetteer]) -> None:
    _, gazetteer = imported
    for said in ("文化路和农业路", "农业路文化路交叉口"):
        best = gazetteer.resolve([said]).best
        assert best is not None and best.place.kind == "crossing", said
        assert best.place.id == "osm-x2"


def test_a_house_number_with_an_address_point_is_that_point(
    imported: tuple[Path, Gazetteer],
) -> None:
    _, gazetteer = imported
    resolution = gazetteer.resolve(["许昌文化路80号"])
    assert resolution.best is not None
    assert resolution.best.place.kind == "address"
    assert resolution.best.place.name == "文化路80号"
    assert resolution.question.kind == "confirm"


def test_a_house_number_without_a_point_stays_with_the_road(
    imported: tuple[Path, Gazetteer],
) -> None:
    _, gazetteer = imported
    resolution = gazetteer.resolve(["许昌文化路12号"])
    assert resolution.best is not None
    assert resolution.best.place.kind == "road"
    assert resolution.best.house_number == "12号"


def test_pois_are_found_by_every_name_kind_and_unlisted_kinds_are_left_out(
    imported: tuple[Path, Gazetteer],
) -> None:
    _, gazetteer = imported
    for said in ("许昌测试医院", "许测院", "老测试院"):
        best = gazetteer.resolve([said]).best
        assert best is not None and best.place.source == "osm", said
    assert not any(p.name == "面包店" for p in gazetteer)


def test_a_common_road_name_alone_is_not_confirmed(imported: tuple[Path, Gazetteer]) -> None:
    _, gazetteer = imported
    for said in ("文化路", "文化路80号"):
        assert gazetteer.resolve([said]).question.kind != "confirm", said


def test_a_centres_own_csv_and_geojson_points(tmp_path: Path) -> None:
    csv_file = tmp_path / "points.csv"
    csv_file.write_text(
        "name,road,number,lat,lon,kind,aliases\n"
        "金水测试小区,,,34.781,113.661,landmark,测试小区\n"
        "金水路,,,34.7825,113.6625,road,\n"
        ",金水路,18,34.782,113.662,,\n",
        encoding="utf-8",
    )
    geojson = tmp_path / "places.geojson"
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [113.663, 34.783]},
        "properties": {"name": "金水测试商场", "precision": "surveyed"},
    }
    geojson.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), "utf-8")
    layers = tmp_path / "layers"
    import_points(csv_file, layers, source="zz-survey", licence="own data")
    import_points(geojson, layers, source="zz-survey", licence="own data")
    gazetteer = Gazetteer.load(divisions_only(tmp_path), layers_dir=layers, cache_dir=tmp_path)
    best = gazetteer.resolve(["测试小区"]).best
    assert best is not None and best.place.source == "zz-survey"
    assert best.place.precision == "address"
    mall = gazetteer.resolve(["金水测试商场"]).best
    assert mall is not None and mall.place.precision == "surveyed"
    point = gazetteer.resolve(["金水路18号"]).best
    assert point is not None and point.place.kind == "address"


def test_a_point_outside_china_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,lat,lon\n某地,0.0,0.0\n", encoding="utf-8")
    with pytest.raises(ImportError_, match="outside every county"):
        import_points(bad, tmp_path / "layers", source="x", licence="y")


def test_the_command_imports_validates_and_resolves_with_the_layer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extract = tmp_path / "area.osm.pbf"
    write_osm_extract(extract)
    layers = [
        "--layers-dir",
        str(tmp_path / "layers"),
        "--data-dir",
        str(divisions_only(tmp_path)),
    ]
    assert main(["import", "osm", str(extract), *layers]) == 0
    assert main(["validate", *layers]) == 0
    assert "layer osm-area.csv: 7" in capsys.readouterr().out
    assert main(["resolve", "许昌测试医院", *layers]) == 0
    assert "许昌测试医院 [landmark, surveyed]" in capsys.readouterr().out
