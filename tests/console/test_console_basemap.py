"""The street map: a small PMTiles file made here, served with Range by the service, drawn by
MapLibre in Chromium under the call; and the outline map whenever that cannot be."""

from __future__ import annotations

import base64
import gzip
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import mapbox_vector_tile
import numpy as np
import pytest
import shapely
from playwright.sync_api import BrowserContext, Page, expect
from pmtiles.tile import Compression, TileType, zxy_to_tileid
from pmtiles.writer import Writer
from shapely.geometry import LineString, Point, box
from shapely.geometry.base import BaseGeometry

if TYPE_CHECKING:
    from conftest import LiveService, SignIn
    from numpy.typing import NDArray

# Screenshots for docs/ are written when this names a folder (`CONSOLE_SCREENSHOTS=docs`).
SCREENSHOTS = os.environ.get("CONSOLE_SCREENSHOTS")
AREA = (113.45, 34.62, 113.9, 34.92)  # minLon, minLat, maxLon, maxLat: central 郑州
ZOOMS = range(8, 13)
EARTH_RADIUS = 6378137.0
EXTENT = 4096
# A test map, not a survey: straight roads near 郑大一附院 with real names, one park, one lake.
# Most are in Protomaps' schema; one road is in OpenMapTiles' (`transportation`), so that the
# style for either kind of file is drawn.
ROADS = [
    ("建设东路", "major_road", [(113.45, 34.7568), (113.9, 34.7568)]),
    ("大学路", "major_road", [(113.634, 34.62), (113.634, 34.92)]),
    ("康复前街", "minor_road", [(113.60, 34.7512), (113.70, 34.7512)]),
    ("陇海路", "major_road", [(113.45, 34.735), (113.9, 34.735)]),
    ("桐柏路", "major_road", [(113.61, 34.62), (113.61, 34.92)]),
]
OMT_ROAD = ("政通路", "secondary", [(113.658, 34.62), (113.658, 34.92)])
PARK = box(113.655, 34.760, 113.668, 34.768)
LAKE = Point(113.72, 34.78).buffer(0.008)


def _mercator(lonlat: NDArray[np.float64]) -> NDArray[np.float64]:
    lon, lat = np.radians(lonlat[:, 0]), np.radians(lonlat[:, 1])
    return np.column_stack([lon, np.log(np.tan(np.pi / 4 + lat / 2))]) * EARTH_RADIUS


def _tile_bounds(z: int, x: int, y: int) -> tuple[float, float, float, float]:
    size = 2 * math.pi * EARTH_RADIUS / 2**z
    origin = math.pi * EARTH_RADIUS
    return (x * size - origin, origin - (y + 1) * size, (x + 1) * size - origin, origin - y * size)


def _tile_of(lon: float, lat: float, z: int) -> tuple[int, int]:
    n = 2**z
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    return x, y


def _tile(z: int, x: int, y: int) -> bytes:
    bounds = _tile_bounds(z, x, y)
    size = bounds[2] - bounds[0]

    def to_tile(lonlat: NDArray[np.float64]) -> NDArray[np.float64]:
        # Tile coordinates, y down, computed here: the encoder's own quantizing goes through a
        # shapely function that warns (an error under the test settings).
        xy = _mercator(lonlat)
        return np.column_stack([xy[:, 0] - bounds[0], bounds[3] - xy[:, 1]]) * (EXTENT / size)

    clip = box(0, 0, EXTENT, EXTENT).buffer(EXTENT / 16)

    def features(shapes: list[tuple[BaseGeometry, dict[str, Any]]]) -> list[dict[str, Any]]:
        found = []
        for shape, properties in shapes:
            clipped = shapely.transform(shape, to_tile).intersection(clip)
            if not clipped.is_empty:
                found.append({"geometry": clipped, "properties": properties})
        return found

    layers = [
        {"name": "earth", "features": [{"geometry": box(0, 0, EXTENT, EXTENT), "properties": {}}]},
        {"name": "landuse", "features": features([(PARK, {"kind": "park"})])},
        {"name": "water", "features": features([(LAKE, {"kind": "lake"})])},
        {
            "name": "roads",
            "features": features(
                [(LineString(line), {"kind": kind, "name": name}) for name, kind, line in ROADS]
            ),
        },
        {
            "name": "transportation",
            "features": features([(LineString(OMT_ROAD[2]), {"class": OMT_ROAD[1]})]),
        },
        {
            "name": "transportation_name",
            "features": features(
                [(LineString(OMT_ROAD[2]), {"class": OMT_ROAD[1], "name": OMT_ROAD[0]})]
            ),
        },
        {
            "name": "places",
            "features": features([(Point(113.6, 34.72), {"kind": "locality", "name": "二七区"})]),
        },
    ]
    data: bytes = mapbox_vector_tile.encode(
        [layer for layer in layers if layer["features"]],
        default_options={"y_coord_down": True, "extents": EXTENT},
    )
    return gzip.compress(data)


def write_tile_file(path: Path) -> None:
    """A PMTiles archive of Protomaps-schema vector tiles over `AREA`, zooms 8–12."""
    tiles = []
    for z in ZOOMS:
        x0, y0 = _tile_of(AREA[0], AREA[3], z)
        x1, y1 = _tile_of(AREA[2], AREA[1], z)
        tiles += [(z, x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]
    encoded = sorted((zxy_to_tileid(z, x, y), _tile(z, x, y)) for z, x, y in tiles)
    with path.open("wb") as handle:
        writer = Writer(handle)
        for tile_id, data in encoded:
            writer.write_tile(tile_id, data)
        e7 = [round(v * 1e7) for v in AREA]
        writer.finalize(
            {
                "tile_type": TileType.MVT,
                "tile_compression": Compression.GZIP,
                "min_lon_e7": e7[0],
                "min_lat_e7": e7[1],
                "max_lon_e7": e7[2],
                "max_lat_e7": e7[3],
                "center_zoom": 11,
                "center_lon_e7": round((e7[0] + e7[2]) / 2),
                "center_lat_e7": round((e7[1] + e7[3]) / 2),
            },
            {
                "attribution": "测试底图",
                "vector_layers": [
                    {"id": name, "fields": {}}
                    for name in (
                        "earth",
                        "landuse",
                        "water",
                        "roads",
                        "transportation",
                        "transportation_name",
                        "places",
                    )
                ],
            },
        )


@pytest.fixture(scope="module")
def tile_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("basemap") / "zhengzhou.pmtiles"
    write_tile_file(path)
    return path


@pytest.fixture(scope="module")
def service_env(tile_file: Path) -> dict[str, str]:
    return {"DISPATCH_INTAKE_CONSOLE_BASEMAP_PMTILES": str(tile_file)}


def test_the_tile_file_is_served_in_ranges(live_service: LiveService, tile_file: Path) -> None:
    whole = tile_file.read_bytes()
    assert len(whole) < 200_000, "the test's tile file stays small"
    with live_service.api("dispatcher") as api:
        assert api.get("/console/geo/basemap").json()["kind"] == "pmtiles"
        header = api.get("/console/basemap.pmtiles", headers={"Range": "bytes=0-126"})
        assert header.status_code == 206
        assert header.content == whole[:127]
        assert header.headers["content-range"] == f"bytes 0-126/{len(whole)}"
        assert header.headers["accept-ranges"] == "bytes"
        tail = api.get("/console/basemap.pmtiles", headers={"Range": "bytes=-100"})
        assert tail.status_code == 206 and tail.content == whole[-100:]
        beyond = api.get("/console/basemap.pmtiles", headers={"Range": f"bytes={len(whole)}-"})
        assert beyond.status_code == 416
        full = api.get("/console/basemap.pmtiles")
        assert full.status_code == 200 and full.content == whole


def _known_road(context: BrowserContext) -> None:
    """The gazetteer's road lines as a centre's imported layer would give them (a layer here
    would cost the service a fresh index build; the route's own answer is tested in-process)."""
    line = {"type": "LineString", "coordinates": [[113.6, 34.7512], [113.7, 34.7512]]}
    properties = {"id": "osm-kangfu", "name": "康复前街", "precision": "surveyed", "source": "osm"}
    body = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "geometry": line, "properties": properties}],
    }
    context.route("**/console/geo/roads?*", lambda route: route.fulfill(json=body, status=200))


def _record_policy_violations(context: BrowserContext) -> None:
    context.add_init_script(
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )


def _confirm_a_hospital(page: Page) -> None:
    # The caller's phone places them within 400 m, a little north-west of the hospital.
    page.locator("#position-input").fill("34.7585,113.6435,400")
    page.locator("#location-input").fill("郑州大学第一附属医院河医院区")
    page.keyboard.press("Enter")
    expect(page.locator("#call")).to_be_visible()
    page.keyboard.press("Escape")
    page.keyboard.press("1")
    expect(page.locator("#call-status")).to_have_text("位置已确认")


def test_the_street_map_draws_the_tiles_and_the_call_under_the_policy(sign_in: SignIn) -> None:
    tile_answers: list[int] = []

    def prepare(context: BrowserContext) -> None:
        _record_policy_violations(context)
        _known_road(context)
        context.on(
            "response",
            lambda r: tile_answers.append(r.status) if "basemap.pmtiles" in r.url else None,
        )

    page = sign_in("dispatcher", psap="zhengzhou-120", prepare=prepare)
    panel = page.locator(".map.panel")
    expect(panel).to_have_attribute("data-basemap", "pmtiles", timeout=30_000)
    _confirm_a_hospital(page)
    # Generous: WebGL here is software (SwiftShader) on a shared machine.
    page.wait_for_function(
        "() => { const m = document.getElementById('basemap').maplibre;"
        " return m.loaded() && m.querySourceFeatures('candidates').length > 0; }",
        timeout=30_000,
    )
    roads = page.evaluate(
        "() => document.getElementById('basemap').maplibre"
        ".querySourceFeatures('streets', {sourceLayer: 'roads'}).map(f => f.properties.name)"
    )
    assert "建设东路" in roads
    # About 2 km each way around the confirmed place (wider across a wide panel): streets.
    west, south, east, north = page.evaluate(
        "() => document.getElementById('basemap').maplibre.getBounds().toArray().flat()"
    )
    width_km = (east - west) * 111.32 * math.cos(math.radians((north + south) / 2))
    assert 3.5 <= width_km <= 10, width_km
    assert west < 113.647 < east and south < 34.755 < north
    drawn = page.evaluate(
        "() => { const m = document.getElementById('basemap').maplibre;"
        " const names = new Set(m.queryRenderedFeatures().map(f => f.layer.id));"
        " return [...names]; }"
    )
    assert {"pm-road", "pm-road-label", "confirmed", "confirmed-label"} <= set(drawn)
    # The two 康复前街 campuses, a few metres apart on this map, share one mark.
    assert {"candidate-groups", "candidate-group-labels"} <= set(drawn)
    assert {"omt-road", "omt-road-label"} <= set(drawn)
    assert {"caller-area", "caller", "stations", "area", "known-roads"} <= set(drawn)
    # The canvas is not blank: a road's white and the candidate's red are both on it. What the
    # map holds (above) can be a frame ahead of what it has painted — a mark's icon is drawn the
    # first time a layer asks for it — so the picture is taken once the map is idle after a
    # fresh frame, as MapLibre says when all it holds is on the canvas.
    _wait_until_painted(page)
    shot = page.locator("#basemap canvas").screenshot()
    # The confirmed place's green and the roads' white and yellow are all on it.
    green, white, yellow = _colour_counts(page, shot, ["#2e7d32", "#ffffff", "#fbe0a0"])
    assert green > 30 and white > 200 and yellow > 200, (green, white, yellow)
    assert page.evaluate("() => window.__violations") == []
    # The browser read the file in parts, never whole.
    assert tile_answers and set(tile_answers) == {206}, tile_answers
    if SCREENSHOTS:
        page.wait_for_timeout(300)
        page.screenshot(path=str(Path(SCREENSHOTS) / "console-basemap.png"))


# The layers that draw the call's points, and what every other symbol layer is checked against.
MARK_LAYERS = ["stations", "caller", "candidates", "candidate-groups", "confirmed"]
STYLE_PLACEMENT = """(marks) => {
  const layers = document.getElementById('basemap').maplibre.getStyle().layers;
  const on = (layer, name) => Boolean((layer.layout || {})[name]);
  const faults = [];
  const labels = layers.filter((l) => l.type === 'symbol' && !marks.includes(l.id));
  const seen = new Set();
  for (const l of labels) {
    for (const name of ['text-allow-overlap', 'text-ignore-placement', 'icon-allow-overlap',
                        'icon-ignore-placement']) {
      if (on(l, name)) faults.push(`${l.id} sets ${name}`);
    }
    const drawn = JSON.stringify([l.source, l['source-layer'], l.filter]);
    if (seen.has(drawn)) faults.push(`${l.id} labels what another layer labels`);
    seen.add(drawn);
  }
  const lastLabel = Math.max(...labels.map((l) => layers.indexOf(l)));
  for (const id of marks) {
    const i = layers.findIndex((l) => l.id === id);
    const mark = layers[i];
    if (!mark) { faults.push(`${id} missing`); continue; }
    if (mark.type !== 'symbol') faults.push(`${id} is a ${mark.type} layer: labels go over it`);
    if (on(mark, 'icon-ignore-placement') || on(mark, 'text-ignore-placement')) {
      faults.push(`${id} keeps no room against labels`);
    }
    if (i < lastLabel) faults.push(`${id} is placed after a label layer`);
  }
  for (const l of layers) {
    if (l.type === 'circle') faults.push(`${l.id} draws circles outside label placement`);
  }
  return faults;
}"""
# Labels placed on a mark of the call: queried where each mark is drawn, by the boxes MapLibre
# placed the labels in; and unconfirmed marks drawn on one another.
LABELS_ON_MARKS = """(marks) => {
  const m = document.getElementById('basemap').maplibre;
  const layers = m.getStyle().layers;
  const labels = layers.filter((l) => l.type === 'symbol' && !marks.includes(l.id))
    .map((l) => l.id);
  const call = marks.filter((id) => m.getLayer(id) && id !== 'stations' && id !== 'caller');
  const drawn = m.queryRenderedFeatures({ layers: call });
  const faults = [];
  const points = [];
  for (const mark of drawn) {
    const p = m.project(mark.geometry.coordinates);
    const near = [[p.x - 6, p.y - 6], [p.x + 6, p.y + 6]];
    for (const over of m.queryRenderedFeatures(near, { layers: labels })) {
      const said = over.properties.name || over.properties.label;
      faults.push(`${over.layer.id} ${said} on a mark`);
    }
    if (mark.layer.id !== 'confirmed') points.push(p);
  }
  points.forEach((p, i) => points.slice(i + 1).forEach((q) => {
    if (Math.hypot(p.x - q.x, p.y - q.y) < 16) faults.push('two marks on one another');
  }));
  return [drawn.length, faults];
}"""


def test_labels_keep_clear_of_each_other_and_of_the_marks(sign_in: SignIn) -> None:
    """Every label is placed by MapLibre's collision check, after the call's marks: none covers
    a mark or another label, and candidates a few metres apart share one mark with both keys."""
    page = sign_in("dispatcher", psap="zhengzhou-120")
    expect(page.locator(".map.panel")).to_have_attribute("data-basemap", "pmtiles", timeout=30_000)
    _confirm_a_hospital(page)
    page.wait_for_function(
        "() => { const m = document.getElementById('basemap').maplibre;"
        " return m.loaded() && m.querySourceFeatures('candidates').length > 0; }",
        timeout=30_000,
    )
    assert page.evaluate(STYLE_PLACEMENT, MARK_LAYERS) == []
    drawn, faults = page.evaluate(LABELS_ON_MARKS, MARK_LAYERS)
    assert drawn >= 2 and faults == [], (drawn, faults)
    shared = page.evaluate(
        "() => document.getElementById('basemap').maplibre"
        ".queryRenderedFeatures({layers: ['candidate-groups']}).map(f => f.properties.point_count)"
    )
    assert shared == [2], shared


def _wait_until_painted(page: Page) -> None:
    """Until the street map has drawn a frame after this call and has nothing left to draw."""
    painted = page.evaluate(
        """() => new Promise((resolve) => {
          const map = document.getElementById('basemap').maplibre;
          setTimeout(() => resolve(false), 20000);
          map.once('idle', () => resolve(true));
          map.triggerRepaint();
        })"""
    )
    assert painted, "the street map was still drawing 20 s later"


def _colour_counts(page: Page, png: bytes, colours: list[str]) -> list[int]:
    """How many pixels of a screenshot are near each `#rrggbb`, counted by the browser itself."""
    return list(
        page.evaluate(
            """async ([data, colours]) => {
              const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
              const image = await createImageBitmap(new Blob([bytes], {type: "image/png"}));
              const canvas = new OffscreenCanvas(image.width, image.height);
              const context = canvas.getContext("2d");
              context.drawImage(image, 0, 0);
              const pixels = context.getImageData(0, 0, image.width, image.height).data;
              const wanted = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.substr(i, 2), 16)));
              const counts = wanted.map(() => 0);
              for (let i = 0; i < pixels.length; i += 4) {
                wanted.forEach((rgb, k) => {
                  if (rgb.every((v, c) => Math.abs(pixels[i + c] - v) <= 6)) counts[k] += 1;
                });
              }
              return counts;
            }""",
            [base64.b64encode(png).decode("ascii"), colours],
        )
    )


def _outlines_drawn(page: Page) -> None:
    expect(page.locator("#map .district").first).to_be_attached()
    expect(page.locator("#map")).to_be_visible()
    expect(page.locator("#map .mark")).not_to_have_count(0)


def test_a_missing_tile_file_leaves_the_outline_map(sign_in: SignIn) -> None:
    def tile_file_gone(context: BrowserContext) -> None:
        context.route("**/console/basemap.pmtiles", lambda route: route.fulfill(status=404))

    page = sign_in("dispatcher", psap="zhengzhou-120", prepare=tile_file_gone)
    panel = page.locator(".map.panel")
    expect(panel).to_have_attribute("data-basemap-skipped", "failed")
    expect(panel).to_have_attribute("data-basemap", "outline")
    _confirm_a_hospital(page)
    _outlines_drawn(page)


def test_without_webgl_the_outline_map_is_drawn(sign_in: SignIn) -> None:
    def no_webgl(context: BrowserContext) -> None:
        context.add_init_script(
            "const getContext = HTMLCanvasElement.prototype.getContext;"
            "HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {"
            "  if (String(kind).startsWith('webgl')) return null;"
            "  return getContext.call(this, kind, ...rest);"
            "};"
        )

    page = sign_in("dispatcher", psap="zhengzhou-120", prepare=no_webgl)
    panel = page.locator(".map.panel")
    expect(panel).to_have_attribute("data-basemap-skipped", "no-webgl2")
    _confirm_a_hospital(page)
    _outlines_drawn(page)


@pytest.mark.parametrize("zoom", [1, 1.5], ids=["100%", "150%"])
def test_the_street_map_keeps_the_keyboard_walk(sign_in: SignIn, zoom: float) -> None:
    """With the street map drawn, Tab goes round every control and never stays in the map, and
    the call still goes from the caller's words to dispatch without the mouse."""
    page = sign_in("dispatcher", psap="zhengzhou-120", scale=zoom)
    expect(page.locator(".map.panel")).to_have_attribute("data-basemap", "pmtiles", timeout=30_000)
    page.keyboard.type("郑州大学第一附属医院河医院区")
    page.keyboard.press("Enter")
    expect(page.locator("#call")).to_be_visible()
    page.wait_for_function(
        "() => document.getElementById('basemap').maplibre.loaded()", timeout=30_000
    )
    stops = []
    for _ in range(40):
        page.keyboard.press("Tab")
        stops.append(
            page.evaluate("() => document.activeElement.id || document.activeElement.tagName")
        )
    in_map = page.evaluate(
        "() => document.getElementById('basemap').contains(document.activeElement)"
    )
    assert not in_map
    assert {"location-input", "complaint-input", "options", "timeline"} <= set(stops), stops
    # Round and round: the cycle is the same each time, so no control swallows Tab.
    start = stops.index("location-input")
    cycle = stops[start:].index("location-input", 1)
    assert stops[start : start + cycle] == stops[start + cycle : start + 2 * cycle], stops

    page.keyboard.press("Escape")
    page.keyboard.press("1")
    expect(page.locator("#call-status")).to_have_text("位置已确认")
    expect(page.locator("#action .action-kind")).to_be_in_viewport(ratio=1)
    if SCREENSHOTS:
        page.screenshot(path=str(Path(SCREENSHOTS) / f"console-basemap-keys-{int(zoom * 100)}.png"))
    page.keyboard.press("Enter")
    expect(page.locator("#call-status")).to_have_text("已派车")
