// The console's map: streets from the base map the centre provides (its PMTiles file, served by
// the service, or its own tile server), drawn with MapLibre GL, with the call on top. Until that
// map is ready, and for good when the centre provides none, the file is missing or the browser
// has no WebGL 2, the offline outline map (map.js) is drawn instead: the map is never blank.

import { createMap as createOutlineMap, sceneBox } from "./map.js";

const VENDOR = "/console/static/vendor";
const FONT_URL = "/console/static/fonts/console-sc.woff2";
const FONT = "Console Sans SC";
const READY_TIMEOUT_MS = 15000;
const MIN_SPAN_DEG = 0.03;
const ROAD_MAX_SPAN_DEG = 0.5;
const METRES_PER_DEGREE = 111320;
const CONFIRMED_RADIUS_M = 2000;
const PRECISION_MARK = { approx: "约", district: "区县级", city: "市级" };
const LOCALE = {
  "Map.Title": "街道地图",
  "AttributionControl.ToggleAttribution": "地图数据来源",
  "ScaleControl.Meters": "米",
  "ScaleControl.Kilometers": "公里",
};
// Labels in Chinese first; tiles name things in several fields by schema and age.
const NAME = ["coalesce", ["get", "name:zh-Hans"], ["get", "name:zh"], ["get", "name_zh"], ["get", "name"]];
const INK = "#1d2733";
const ACCENT = "#0b5cad";
const CRITICAL = "#c62828";
const OK = "#2e7d32";
const EMPTY = { type: "FeatureCollection", features: [] };

export function webgl2Available() {
  try {
    return Boolean(document.createElement("canvas").getContext("webgl2"));
  } catch {
    return false;
  }
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.appendChild(script);
  });
}

function loadStylesheet(href) {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  document.head.appendChild(link);
}

function absolute(url) {
  return new URL(url, location.href).href;
}

// --- the style ---------------------------------------------------------------------------------

// Two schemas are common for a region's vector tiles: Protomaps' basemap (a `pmtiles extract`
// of its builds; `kind` fields) and OpenMapTiles (planetiler, tilemaker; `class` fields). Layers
// for both are kept; those whose source layer the tiles lack draw nothing.
function streetLayers(present) {
  const has = (name) => !present || present.has(name);
  const layers = [];
  const add = (sourceLayer, layer) => {
    if (has(sourceLayer)) layers.push({ source: "streets", "source-layer": sourceLayer, ...layer });
  };
  const landuse = (field) => [
    "match",
    ["get", field],
    ["park", "garden", "grass", "forest", "wood", "nature_reserve", "cemetery"],
    "#dbe8d0",
    ["hospital"],
    "#f6dcdc",
    ["school", "college", "university", "kindergarten"],
    "#efe8d3",
    ["industrial", "railway"],
    "#e8e4ec",
    "#eeebe2",
  ];
  add("earth", { id: "pm-earth", type: "fill", paint: { "fill-color": "#f7f5ef" } });
  add("landuse", { id: "pm-landuse", type: "fill", filter: ["has", "kind"], paint: { "fill-color": landuse("kind"), "fill-opacity": 0.9 } });
  add("landcover", { id: "omt-landcover", type: "fill", paint: { "fill-color": landuse("class"), "fill-opacity": 0.6 } });
  if (has("landuse")) {
    layers.push({
      id: "omt-landuse",
      type: "fill",
      source: "streets",
      "source-layer": "landuse",
      filter: ["has", "class"],
      paint: { "fill-color": landuse("class"), "fill-opacity": 0.9 },
    });
  }
  add("park", { id: "omt-park", type: "fill", paint: { "fill-color": "#dbe8d0" } });
  add("water", { id: "water", type: "fill", paint: { "fill-color": "#b9d4ea" } });
  add("waterway", { id: "omt-waterway", type: "line", paint: { "line-color": "#9cc2e3", "line-width": 1.5 } });
  add("buildings", { id: "pm-buildings", type: "fill", minzoom: 14, paint: { "fill-color": "#e4e0d6" } });
  add("building", { id: "omt-building", type: "fill", minzoom: 14, paint: { "fill-color": "#e4e0d6" } });
  // Roads: a grey casing under a white or pale yellow line, wider for larger roads.
  const major = (field) => ["match", ["get", field], ["highway", "motorway", "trunk", "major_road", "primary"], true, false];
  const width = (field, extra) => [
    "interpolate",
    ["linear"],
    ["zoom"],
    10,
    ["case", major(field), 1.2 + extra, 0.4 + extra],
    16,
    ["case", major(field), 10 + extra, 6 + extra],
  ];
  for (const [sourceLayer, field, prefix] of [
    ["roads", "kind", "pm"],
    ["transportation", "class", "omt"],
  ]) {
    add(sourceLayer, {
      id: `${prefix}-road-casing`,
      type: "line",
      layout: { "line-cap": "round", "line-join": "round" },
      paint: { "line-color": "#b5ad9c", "line-width": width(field, 1.5) },
    });
    add(sourceLayer, {
      id: `${prefix}-road`,
      type: "line",
      layout: { "line-cap": "round", "line-join": "round" },
      paint: { "line-color": ["case", major(field), "#fbe0a0", "#ffffff"], "line-width": width(field, 0) },
    });
  }
  add("boundaries", { id: "pm-boundaries", type: "line", paint: { "line-color": "#a89fb8", "line-dasharray": [3, 2] } });
  const roadLabel = {
    type: "symbol",
    minzoom: 12,
    layout: {
      "symbol-placement": "line",
      "text-field": NAME,
      "text-font": [FONT],
      "text-size": 12,
      "text-max-angle": 40,
    },
    paint: { "text-color": "#4a4438", "text-halo-color": "#ffffff", "text-halo-width": 1.5 },
  };
  add("roads", { id: "pm-road-label", ...roadLabel });
  add("transportation_name", { id: "omt-road-label", ...roadLabel });
  const placeLabel = {
    type: "symbol",
    layout: { "text-field": NAME, "text-font": [FONT], "text-size": 13 },
    paint: { "text-color": "#5b5446", "text-halo-color": "#ffffff", "text-halo-width": 1.5 },
  };
  add("places", { id: "pm-place-label", ...placeLabel });
  add("place", { id: "omt-place-label", ...placeLabel });
  add("pois", {
    id: "pm-poi-label",
    type: "symbol",
    minzoom: 15,
    layout: { "text-field": NAME, "text-font": [FONT], "text-size": 11 },
    paint: { "text-color": "#6b6457", "text-halo-color": "#ffffff", "text-halo-width": 1.2 },
  });
  return layers;
}

// The call's marks are drawn as symbols, never as circle layers: MapLibre places labels only
// around symbols, so a circle was covered by any label placed on it (another candidate's name, a
// street's) and a label's halo painted over a candidate's key. Symbols are placed from the top
// layer down, so the marks, on top and allowed to overlap, are placed first and every label
// (the call's, then the streets') goes where no mark is.
const MARKS = {
  "cand-exact-open": [CRITICAL, "#ffffff", 9, 2],
  "cand-exact-ok": [OK, "#ffffff", 11, 2],
  "cand-approx-open": ["#ffffff", CRITICAL, 9, 3],
  "cand-approx-ok": ["#ffffff", OK, 11, 3],
  station: ["#ffffff", "#17324d", 5, 2],
  "station-chosen": ["#17324d", "#ffffff", 7, 2],
  caller: [ACCENT, ACCENT, 4, 0],
};
// Marks that several candidates share: the same, stretched sideways to hold all their keys.
const SHARED_MARKS = {
  "shared-exact": MARKS["cand-exact-open"],
  "shared-approx": MARKS["cand-approx-open"],
};
const MARK_PIXEL_RATIO = 2;

// A filled disc of `radius` px with a ring of `ring` px outside it, as a circle layer draws one;
// `stretch` px more in width make it a pill whose straight middle MapLibre stretches.
function markImage([fill, stroke, radius, ring], stretch = 0) {
  const half = radius + ring + 1;
  const height = Math.ceil(2 * half * MARK_PIXEL_RATIO);
  const width = Math.ceil((2 * half + stretch) * MARK_PIXEL_RATIO);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  context.scale(MARK_PIXEL_RATIO, MARK_PIXEL_RATIO);
  for (const [colour, r] of [
    [stroke, radius + ring],
    [fill, radius],
  ]) {
    context.beginPath();
    context.roundRect(half - r, half - r, 2 * r + stretch, 2 * r, r);
    context.fillStyle = colour;
    context.fill();
  }
  return context.getImageData(0, 0, width, height);
}

function addMark(map, id) {
  if (map.hasImage(id)) return;
  if (MARKS[id]) {
    map.addImage(id, markImage(MARKS[id]), { pixelRatio: MARK_PIXEL_RATIO });
  } else if (SHARED_MARKS[id]) {
    const [, , radius, ring] = SHARED_MARKS[id];
    const middle = (radius + ring + 1) * MARK_PIXEL_RATIO;
    const image = markImage(SHARED_MARKS[id], 2);
    map.addImage(id, image, {
      pixelRatio: MARK_PIXEL_RATIO,
      stretchX: [[middle, middle + 2 * MARK_PIXEL_RATIO]],
      content: [middle, 0, middle + 2 * MARK_PIXEL_RATIO, image.height],
    });
  }
}

function markLayout(image) {
  return { "icon-image": image, "icon-allow-overlap": true, "icon-ignore-placement": false };
}

const label = (size) => ({ "text-font": [FONT], "text-size": size, "text-allow-overlap": false });

// A candidate's label beside its mark, on whichever side is free, far enough (in ems) that its
// own mark does not block that side. A shared mark is wider the more keys it holds: its label
// goes above or below it.
function candidateLabel(anchors) {
  return {
    ...label(13),
    "text-field": ["get", "label"],
    "text-variable-anchor": anchors,
    "text-radial-offset": 1.5,
    "text-justify": "auto",
  };
}

// A mark's keys are a bit set (key k is 2^k), so that the keys of candidates sharing a mark add
// up in any order and are written in ascending order: "2·3". No key is written "•".
const KEYS_TEXT = [
  "case",
  ["==", ["get", "keys"], 0],
  "•",
  [
    "slice",
    [
      "concat",
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((key) => [
        "case",
        ["==", ["%", ["floor", ["/", ["get", "keys"], 2 ** key]], 2], 1],
        `·${key}`,
        "",
      ]),
    ],
    1,
  ],
];
// Closer than this many pixels, candidates share a mark: about a mark's width.
const SHARED_MARK_PX = 16;

// The call on top of the streets: the same things, in the same colours, as the outline map.
function overlayLayers() {
  return [
    // County borders, dashed and faint, so that they are not taken for roads.
    {
      id: "districts",
      type: "line",
      source: "districts",
      paint: { "line-color": "#8a7f9e", "line-width": 1.2, "line-opacity": 0.6, "line-dasharray": [4, 3] },
    },
    {
      id: "area",
      type: "line",
      source: "area",
      paint: { "line-color": ACCENT, "line-width": 2, "line-dasharray": [3, 2] },
    },
    {
      id: "known-roads",
      type: "line",
      source: "known-roads",
      layout: { "line-cap": "round" },
      paint: { "line-color": "#6a4fb0", "line-width": 3, "line-opacity": 0.55 },
    },
    { id: "campus", type: "fill", source: "campus", paint: { "fill-color": CRITICAL, "fill-opacity": 0.15 } },
    { id: "caller-area", type: "fill", source: "caller-area", paint: { "fill-color": ACCENT, "fill-opacity": 0.14 } },
    { id: "caller-edge", type: "line", source: "caller-area", paint: { "line-color": ACCENT, "line-width": 1.5 } },
    // Labels, lowest priority first: placed after the marks above them, around them.
    {
      id: "known-road-labels",
      type: "symbol",
      source: "known-roads",
      layout: { ...label(12), "symbol-placement": "line", "text-field": ["get", "name"] },
      paint: { "text-color": "#4b3592", "text-halo-color": "#ffffff", "text-halo-width": 1.5 },
    },
    {
      id: "station-labels",
      type: "symbol",
      source: "stations",
      filter: ["get", "chosen"],
      layout: { ...label(12), "text-field": ["get", "name"], "text-offset": [0, 1.3], "text-anchor": "top" },
      paint: { "text-color": "#17324d", "text-halo-color": "#ffffff", "text-halo-width": 2 },
    },
    {
      id: "candidate-labels",
      type: "symbol",
      source: "candidates",
      filter: ["!", ["has", "point_count"]],
      layout: candidateLabel(["left", "right", "top", "bottom"]),
      paint: { "text-color": INK, "text-halo-color": "#ffffff", "text-halo-width": 2 },
    },
    {
      id: "candidate-group-labels",
      type: "symbol",
      source: "candidates",
      filter: ["has", "point_count"],
      layout: candidateLabel(["top", "bottom"]),
      paint: { "text-color": INK, "text-halo-color": "#ffffff", "text-halo-width": 2 },
    },
    {
      id: "confirmed-label",
      type: "symbol",
      source: "confirmed",
      layout: candidateLabel(["left", "right", "top", "bottom"]),
      paint: { "text-color": INK, "text-halo-color": "#ffffff", "text-halo-width": 2 },
    },
    // The marks, always drawn (even on one another), each holding its place against labels.
    {
      id: "stations",
      type: "symbol",
      source: "stations",
      layout: markLayout(["case", ["get", "chosen"], "station-chosen", "station"]),
    },
    { id: "caller", type: "symbol", source: "caller", layout: markLayout("caller") },
    // A candidate whose point is not exact (约, 区县级, 市级) is a hollow ring, not a solid mark;
    // its key is written on the mark. Candidates closer than a mark's width share one mark
    // with all their keys (the source's clusters), so no key lies under another's mark.
    {
      id: "candidates",
      type: "symbol",
      source: "candidates",
      filter: ["!", ["has", "point_count"]],
      layout: {
        ...markLayout(["case", ["get", "exact"], "cand-exact-open", "cand-approx-open"]),
        ...label(13),
        "text-field": KEYS_TEXT,
        "text-allow-overlap": true,
      },
      paint: { "text-color": ["case", ["get", "exact"], "#ffffff", INK] },
    },
    {
      id: "candidate-groups",
      type: "symbol",
      source: "candidates",
      filter: ["has", "point_count"],
      layout: {
        ...markLayout(["case", ["get", "exact"], "shared-exact", "shared-approx"]),
        ...label(13),
        "text-field": KEYS_TEXT,
        "text-allow-overlap": true,
        "icon-text-fit": "width",
        "icon-text-fit-padding": [0, 4, 0, 4],
      },
      paint: { "text-color": ["case", ["get", "exact"], "#ffffff", INK] },
    },
    // The confirmed place, on top of all: where the crew goes.
    {
      id: "confirmed",
      type: "symbol",
      source: "confirmed",
      layout: {
        ...markLayout(["case", ["get", "exact"], "cand-exact-ok", "cand-approx-ok"]),
        ...label(13),
        "text-field": KEYS_TEXT,
        "text-allow-overlap": true,
      },
      paint: { "text-color": ["case", ["get", "exact"], "#ffffff", INK] },
    },
  ];
}

function styleFor(source, present) {
  const geojson = { type: "geojson", data: EMPTY };
  return {
    version: 8,
    // No glyph server: every label is drawn in the browser from the console's own font.
    "font-faces": { [FONT]: absolute(FONT_URL) },
    sources: {
      streets: source,
      districts: { ...geojson },
      area: { ...geojson },
      "known-roads": { ...geojson },
      campus: { ...geojson },
      "caller-area": { ...geojson },
      caller: { ...geojson },
      stations: { ...geojson },
      candidates: {
        ...geojson,
        cluster: true,
        clusterRadius: SHARED_MARK_PX,
        clusterProperties: {
          keys: ["+", ["get", "keys"]],
          exact: ["all", ["get", "exact"]],
          // Their common label, or none when they differ: the options name each.
          label: [["case", ["==", ["accumulated"], ["get", "label"]], ["accumulated"], ""], ["get", "label"]],
        },
      },
      confirmed: { ...geojson },
    },
    layers: [
      { id: "background", type: "background", paint: { "background-color": "#f3f1ea" } },
      ...(source.type === "raster" ? [{ id: "tiles", type: "raster", source: "streets" }] : streetLayers(present)),
      ...overlayLayers(),
    ],
  };
}

// --- the scene as GeoJSON ----------------------------------------------------------------------

function finite(...values) {
  return values.every((value) => typeof value === "number" && Number.isFinite(value));
}

function point(lon, lat, properties) {
  return { type: "Feature", geometry: { type: "Point", coordinates: [lon, lat] }, properties };
}

function collection(features) {
  return { type: "FeatureCollection", features };
}

function circlePolygon(lon, lat, radiusM) {
  const dLat = radiusM / METRES_PER_DEGREE;
  const dLon = dLat / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
  const ring = [];
  for (let i = 0; i <= 64; i += 1) {
    const a = (i / 64) * 2 * Math.PI;
    ring.push([lon + dLon * Math.cos(a), lat + dLat * Math.sin(a)]);
  }
  return { type: "Feature", geometry: { type: "Polygon", coordinates: [ring] }, properties: {} };
}

function sceneData(scene) {
  const candidates = scene.candidates.filter((c) => finite(c.lon, c.lat));
  const caller = scene.caller && finite(scene.caller.lon, scene.caller.lat) ? scene.caller : null;
  const marks = candidates.map((c) => {
    const mark = PRECISION_MARK[c.precision];
    const key = Number(c.key);
    return point(c.lon, c.lat, {
      keys: Number.isInteger(key) && key >= 1 && key <= 8 ? 2 ** key : 0,
      label: mark ? `${c.label || ""}（${mark}）` : c.label || "",
      confirmed: Boolean(c.confirmed),
      exact: !mark,
    });
  });
  return {
    candidates: collection(marks.filter((c) => !c.properties.confirmed)),
    confirmed: collection(marks.filter((c) => c.properties.confirmed)),
    campus: collection(
      candidates.filter((c) => c.polygon).map((c) => ({ type: "Feature", geometry: c.polygon, properties: {} })),
    ),
    caller: collection(caller ? [point(caller.lon, caller.lat, {})] : []),
    "caller-area": collection(
      caller && Number(caller.radius_m) > 0
        ? [circlePolygon(caller.lon, caller.lat, Math.min(Number(caller.radius_m), 50000))]
        : [],
    ),
    stations: collection(
      scene.stations
        .filter((s) => finite(s.lon, s.lat))
        .map((s) => point(s.lon, s.lat, { name: s.name || "站点", chosen: s.id === scene.stationId })),
    ),
    area: scene.area || EMPTY,
  };
}

// A confirmed place is shown closer than on the outline map: the streets around it, about
// CONFIRMED_RADIUS_M each way, are what the dispatcher reads to the crew.
function streetBox(scene) {
  const confirmed = scene.candidates.find((c) => c.confirmed && finite(c.lon, c.lat));
  if (!confirmed) return null;
  const dLat = CONFIRMED_RADIUS_M / METRES_PER_DEGREE;
  const dLon = dLat / Math.max(0.2, Math.cos((confirmed.lat * Math.PI) / 180));
  return [confirmed.lon - dLon, confirmed.lat - dLat, confirmed.lon + dLon, confirmed.lat + dLat];
}

function paddedBounds(box) {
  const grow = (low, high) => {
    const extra = Math.max(0, MIN_SPAN_DEG - (high - low)) / 2;
    return [low - extra, high + extra];
  };
  const [west, east] = grow(box[0], box[2]);
  const [south, north] = grow(box[1], box[3]);
  return [
    [west, south],
    [east, north],
  ];
}

// --- the street map ----------------------------------------------------------------------------

async function streetSource(description) {
  if (description.kind === "raster") {
    return { source: { type: "raster", tiles: [absolute(description.url)], tileSize: 256 }, present: null };
  }
  if (description.kind === "vector") {
    return { source: { type: "vector", tiles: [absolute(description.url)], maxzoom: 14 }, present: null };
  }
  await loadScript(`${VENDOR}/pmtiles.js`);
  const { PMTiles } = globalThis.pmtiles;
  const archive = new PMTiles(absolute(description.url));
  // Reading the header first tells a missing or unreadable file before any map is made.
  const header = await archive.getHeader();
  const metadata = (await archive.getMetadata()) || {};
  const layers = Array.isArray(metadata.vector_layers) ? metadata.vector_layers : null;
  return {
    archive,
    source: {
      type: "vector",
      url: `pmtiles://${archive.source.getKey()}`,
      attribution: typeof metadata.attribution === "string" ? metadata.attribution : undefined,
    },
    present: layers ? new Set(layers.map((layer) => layer.id)) : null,
    bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
  };
}

async function createStreetMap(container, description, { loadDistricts, loadRoads }) {
  const maplibregl = await import(`${VENDOR}/maplibre-gl.mjs`);
  loadStylesheet(`${VENDOR}/maplibre-gl.css`);
  const street = await streetSource(description);
  if (street.archive) {
    const protocol = new globalThis.pmtiles.Protocol();
    protocol.add(street.archive);
    maplibregl.addProtocol("pmtiles", protocol.tile);
  }
  if (description.attribution) {
    const own = street.source.attribution;
    street.source.attribution = own ? `${own} | ${description.attribution}` : description.attribution;
  }
  const map = new maplibregl.Map({
    container,
    style: styleFor(street.source, street.present),
    // Until the first call, the tiles' own extent.
    ...(street.bounds && street.bounds.every(Number.isFinite)
      ? { bounds: [street.bounds.slice(0, 2), street.bounds.slice(2)] }
      : { center: [0, 0], zoom: 1 }),
    keyboard: false,
    attributionControl: { compact: true },
    locale: LOCALE,
    maxZoom: 18,
    fadeDuration: 0,
  });
  // The marks are drawn here, not fetched: MapLibre asks for each the first time a layer needs it.
  map.on("styleimagemissing", ({ id }) => addMark(map, id));
  // The console's keys belong to the call, not to panning the map: the canvas takes no Tab stop.
  map.getCanvas().setAttribute("tabindex", "-1");
  map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-left");
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the street map did not load")), READY_TIMEOUT_MS);
    map.once("load", () => {
      clearTimeout(timer);
      resolve();
    });
  }).catch((error) => {
    map.remove();
    throw error;
  });

  let scene = null;
  let districtsKey = "";
  let roadsKey = "";
  const setData = (id, data) => map.getSource(id).setData(data);

  // Outlines and the gazetteer's road lines are a courtesy: a failed fetch leaves the last ones.
  function refreshBase() {
    const b = map.getBounds();
    const view = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    const key = view.map((v) => v.toFixed(2)).join(",");
    if (key !== districtsKey) {
      districtsKey = key;
      loadDistricts(view)
        .then((found) => key === districtsKey && found && setData("districts", found))
        .catch(() => {});
    }
    const narrow = view[2] - view[0] <= ROAD_MAX_SPAN_DEG && view[3] - view[1] <= ROAD_MAX_SPAN_DEG;
    const roadKey = narrow ? view.map((v) => v.toFixed(3)).join(",") : "";
    if (roadKey !== roadsKey) {
      roadsKey = roadKey;
      if (!narrow) setData("known-roads", EMPTY);
      else {
        loadRoads(view)
          .then((found) => roadKey === roadsKey && found && setData("known-roads", found))
          .catch(() => {});
      }
    }
  }
  map.on("moveend", refreshBase);
  refreshBase();

  function draw() {
    if (!scene) return;
    for (const [id, data] of Object.entries(sceneData(scene))) setData(id, data);
    const box = streetBox(scene) || sceneBox(scene);
    if (box) map.fitBounds(paddedBounds(box), { padding: 28, maxZoom: 16, duration: 0 });
  }

  // Kept on the element for diagnosis from the browser's console (and the browser tests).
  container.maplibre = map;
  return {
    map,
    show(next) {
      scene = { candidates: [], caller: null, area: null, stations: [], ...next };
      draw();
    },
  };
}

// The map for `svg` (outlines) and `container` (streets): outlines at once, streets when ready.
export function createConsoleMap(svg, container, { loadDistricts, loadRoads, loadBasemap }) {
  const outline = createOutlineMap(svg, { loadDistricts });
  let current = outline;
  let scene = null;
  const panel = svg.parentElement;
  panel.dataset.basemap = "outline";

  // Which of the two shows is the panel's `data-basemap` (console.css): `outline` or the kind.
  function fallBack(reason) {
    if (current === outline) return;
    current = outline;
    panel.dataset.basemap = "outline";
    console.warn(`街道地图不可用，改用区划轮廓图：${reason}`);
    if (scene) outline.show(scene);
  }

  (async () => {
    const description = await loadBasemap();
    if (!description || description.kind === "none") return;
    if (!webgl2Available()) {
      panel.dataset.basemapSkipped = "no-webgl2";
      return;
    }
    const street = await createStreetMap(container, description, { loadDistricts, loadRoads });
    street.map.getCanvas().addEventListener("webglcontextlost", () => fallBack("WebGL context lost"));
    current = street;
    panel.dataset.basemap = description.kind;
    if (scene) street.show(scene);
  })().catch((error) => {
    panel.dataset.basemapSkipped = "failed";
    console.warn(`街道地图未能加载，使用区划轮廓图：${error && error.message}`);
  });

  return {
    show(next) {
      scene = next;
      current.show(next);
    },
  };
}
