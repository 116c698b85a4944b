"""Which base map the console is told to draw, its policy, and the gazetteer's road lines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import ValidationError
from shapely.geometry import LineString, MultiLineString

from dispatch_intake.console import geo
from dispatch_intake.console.router import router
from dispatch_intake.settings import Settings
from gazetteer import Admin, Place


def _client(settings: Settings) -> TestClient:
    app = FastAPI()
    app.state.settings = settings
    app.state.gazetteer = _Roads()
    app.include_router(router)
    return TestClient(app)


@pytest.fixture
def var_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path


def test_without_a_file_or_server_the_console_draws_outlines(var_dir: Path) -> None:
    with _client(Settings(var_dir=var_dir)) as client:
        assert client.get("/console/geo/basemap").json() == {
            "kind": "none",
            "url": "",
            "attribution": "",
        }
        assert client.get("/console/basemap.pmtiles").status_code == 404


def test_the_file_in_the_data_folder_is_found_without_a_restart(var_dir: Path) -> None:
    settings = Settings(var_dir=var_dir, console_basemap_attribution="© OpenStreetMap contributors")
    with _client(settings) as client:
        assert client.get("/console/geo/basemap").json()["kind"] == "none"
        (var_dir / "basemap.pmtiles").write_bytes(b"PMTiles\x03" + bytes(119))
        described = client.get("/console/geo/basemap").json()
        assert described == {
            "kind": "pmtiles",
            "url": "/console/basemap.pmtiles",
            "attribution": "© OpenStreetMap contributors",
        }
        part = client.get("/console/basemap.pmtiles", headers={"Range": "bytes=0-6"})
        assert part.status_code == 206 and part.content == b"PMTiles"


def test_a_file_that_is_no_pmtiles_archive_is_not_offered(
    var_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (var_dir / "basemap.pmtiles").write_bytes(b"\x1f\x8b" + bytes(200))  # a gzip, say
    with _client(Settings(var_dir=var_dir)) as client:
        assert client.get("/console/geo/basemap").json()["kind"] == "none"
        assert client.get("/console/basemap.pmtiles").status_code == 404
    assert "is not a PMTiles version 3 file" in caplog.text


def test_a_named_file_that_is_absent_is_logged(
    var_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    missing = var_dir / "tiles" / "zz.pmtiles"
    with _client(Settings(var_dir=var_dir, console_basemap_pmtiles=str(missing))) as client:
        assert client.get("/console/geo/basemap").json()["kind"] == "none"
    assert f"console_basemap_pmtiles {missing} cannot be read" in caplog.text


def test_a_tile_server_wins_and_only_its_origin_joins_the_policy(var_dir: Path) -> None:
    (var_dir / "basemap.pmtiles").write_bytes(b"PMTiles\x03" + bytes(119))
    settings = Settings(
        var_dir=var_dir, console_basemap_tile_url="https://gis.zz120.cn/wmts/{z}/{x}/{y}.png"
    )
    with _client(settings) as client:
        assert client.get("/console/geo/basemap").json()["kind"] == "raster"
        for path in ("/console", "/console/static/vendor/maplibre-gl-worker.mjs"):
            policy = client.get(path).headers["content-security-policy"]
            assert "img-src 'self' data: https://gis.zz120.cn;" in policy
            assert "connect-src 'self' https://gis.zz120.cn;" in policy
            assert "script-src 'self';" in policy and "blob:" not in policy
            assert "unsafe" not in policy


def test_the_vendored_map_modules_are_served_as_javascript(var_dir: Path) -> None:
    with _client(Settings(var_dir=var_dir)) as client:
        for name in ("maplibre-gl.mjs", "maplibre-gl-worker.mjs", "pmtiles.js"):
            response = client.get(f"/console/static/vendor/{name}")
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/javascript")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("gis.zz120.cn/{z}/{x}/{y}.png", "must start with"),
        ("https://gis.zz120.cn/tiles.png", "{z}, {x} and {y}"),
    ],
)
def test_a_tile_url_that_is_no_template_stops_the_start(url: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Settings(console_basemap_tile_url=url)


def _road(place_id: str, name: str, line: LineString | MultiLineString | None) -> Place:
    point = line.representative_point() if line is not None else None
    return Place(
        id=place_id,
        kind="road",
        name=name,
        full_name=f"郑州市{name}",
        admin=Admin(province="河南省", city="郑州市", adcode="410105"),
        lat=point.y if point is not None else 34.77,
        lon=point.x if point is not None else 113.68,
        polygon=line,
        precision="surveyed",
        source="osm",
    )


class _Roads(list[Place]):
    def district_outline(self, adcode: str) -> None:
        return None


def test_road_lines_in_view_come_with_name_precision_and_source() -> None:
    roads = _Roads(
        [
            _road("osm-jinshuilu", "金水路", LineString([(113.62, 34.769), (113.74, 34.770)])),
            _road(
                "osm-huayuanlu",
                "花园路",
                MultiLineString(
                    [[(113.674, 34.76), (113.674, 34.80)], [(113.674, 34.81), (113.675, 34.83)]]
                ),
            ),
            _road("osm-far", "远处路", LineString([(114.3, 34.79), (114.4, 34.79)])),
            _road("lm-point-only", "建设东路", None),
        ]
    )
    district_map = geo.DistrictMap(roads)  # type: ignore[arg-type]
    view = (113.65, 34.75, 113.70, 34.79)
    found = district_map.road_collection(view)["features"]
    assert [f["properties"]["name"] for f in found] == ["金水路", "花园路"]
    assert found[0]["properties"] == {
        "id": "osm-jinshuilu",
        "name": "金水路",
        "precision": "surveyed",
        "source": "osm",
    }
    # Clipped near the view, not the whole road.
    lons = [lon for lon, _ in found[0]["geometry"]["coordinates"]]
    assert min(lons) >= 113.63 and max(lons) <= 113.72
    assert district_map.road_collection((113.0, 34.5, 114.0, 35.0))["features"] == []


def test_roads_ask_for_a_usable_view() -> None:
    app = FastAPI()
    app.state.gazetteer = _Roads()
    app.include_router(router)
    with TestClient(app) as client:
        assert client.get("/console/geo/roads?bbox=113.6,34.7").status_code == 400
        empty = client.get("/console/geo/roads?bbox=113.6,34.7,113.7,34.8").json()
        assert empty == {"type": "FeatureCollection", "features": []}
