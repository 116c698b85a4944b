// An offline SVG map: district outlines from the service's gazetteer as the base, with the
// call's candidates, the caller's uncertainty circle and the answering centre's area on top.

const SVG_NS = "http://www.w3.org/2000/svg";
const METRES_PER_DEGREE = 111320;
const MIN_SPAN_DEG = 0.03;
const PAD = 0.12;
const CONFIRMED_SPAN_DEG = 0.04;
const PRECISION_MARK = { approx: "约", district: "区县级", city: "市级" };

function node(name, attrs = {}, parent = null, text = null) {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) element.setAttribute(key, String(value));
  }
  if (text !== null) element.textContent = text;
  if (parent) parent.appendChild(element);
  return element;
}

function finite(...values) {
  return values.every((value) => typeof value === "number" && Number.isFinite(value));
}

function extend(box, lon, lat) {
  if (!finite(lon, lat)) return;
  box[0] = Math.min(box[0], lon);
  box[1] = Math.min(box[1], lat);
  box[2] = Math.max(box[2], lon);
  box[3] = Math.max(box[3], lat);
}

function geometryBox(geometry, box) {
  const walk = (coords) => {
    if (typeof coords[0] === "number") extend(box, coords[0], coords[1]);
    else coords.forEach(walk);
  };
  if (geometry && geometry.coordinates) walk(geometry.coordinates);
  if (geometry && geometry.type === "GeometryCollection") {
    geometry.geometries.forEach((part) => geometryBox(part, box));
  }
}

export function sceneBox(scene) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  // A confirmed place is where the ambulance goes: show its surroundings and nearby stations.
  const confirmed = scene.candidates.find((c) => c.confirmed && finite(c.lon, c.lat));
  if (confirmed) {
    extend(box, confirmed.lon - CONFIRMED_SPAN_DEG, confirmed.lat - CONFIRMED_SPAN_DEG);
    extend(box, confirmed.lon + CONFIRMED_SPAN_DEG, confirmed.lat + CONFIRMED_SPAN_DEG);
    return box;
  }
  for (const candidate of scene.candidates) extend(box, candidate.lon, candidate.lat);
  const caller = scene.caller;
  if (caller && finite(caller.lat, caller.lon)) {
    const radius = Math.min(Number(caller.radius_m) || 0, 50000);
    const dLat = radius / METRES_PER_DEGREE;
    const dLon = dLat / Math.max(0.2, Math.cos((caller.lat * Math.PI) / 180));
    extend(box, caller.lon - dLon, caller.lat - dLat);
    extend(box, caller.lon + dLon, caller.lat + dLat);
  }
  if (!Number.isFinite(box[0])) {
    if (scene.area) for (const feature of scene.area.features) geometryBox(feature.geometry, box);
    for (const station of scene.stations) extend(box, station.lon, station.lat);
  }
  if (!Number.isFinite(box[0])) return null;
  return box;
}

function niceDistance(km) {
  const steps = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200];
  return steps.reduce((best, step) => (step <= km ? step : best), steps[0]);
}

export function createMap(svg, { loadDistricts }) {
  let scene = { candidates: [], caller: null, area: null, stations: [] };
  let districts = { type: "FeatureCollection", features: [] };
  let districtsKey = "";

  function projection(box, width, height) {
    const lat0 = (box[1] + box[3]) / 2;
    const k = Math.cos((lat0 * Math.PI) / 180);
    let spanX = Math.max((box[2] - box[0]) * k, MIN_SPAN_DEG * k);
    let spanY = Math.max(box[3] - box[1], MIN_SPAN_DEG);
    spanX *= 1 + 2 * PAD;
    spanY *= 1 + 2 * PAD;
    // Grow the short side so the map keeps true proportions in the panel.
    if (spanX / spanY > width / height) spanY = (spanX * height) / width;
    else spanX = (spanY * width) / height;
    const cx = ((box[0] + box[2]) / 2) * k;
    const cy = (box[1] + box[3]) / 2;
    const scale = width / spanX;
    const project = (lon, lat) => [
      (lon * k - cx) * scale + width / 2,
      (cy - lat) * scale + height / 2,
    ];
    const view = [cx / k - spanX / 2 / k, cy - spanY / 2, cx / k + spanX / 2 / k, cy + spanY / 2];
    return { project, scale, view, kmPerPixel: METRES_PER_DEGREE / 1000 / scale };
  }

  function pathOf(geometry, project) {
    const ring = (coords) =>
      coords
        .map(([lon, lat], i) => {
          const [x, y] = project(lon, lat);
          return `${i ? "L" : "M"}${x.toFixed(1)} ${y.toFixed(1)}`;
        })
        .join("") + "Z";
    if (!geometry) return "";
    if (geometry.type === "Polygon") return geometry.coordinates.map(ring).join("");
    if (geometry.type === "MultiPolygon") {
      return geometry.coordinates.map((polygon) => polygon.map(ring).join("")).join("");
    }
    if (geometry.type === "GeometryCollection") {
      return geometry.geometries.map((part) => pathOf(part, project)).join("");
    }
    return "";
  }

  async function refreshDistricts(view) {
    const key = view.map((value) => value.toFixed(2)).join(",");
    if (key === districtsKey) return;
    districtsKey = key;
    try {
      const collection = await loadDistricts(view);
      if (key !== districtsKey) return;
      districts = collection && Array.isArray(collection.features) ? collection : districts;
      draw();
    } catch {
      // The base layer is a courtesy; the candidates are drawn without it.
    }
  }

  function draw() {
    const width = svg.clientWidth || 460;
    const height = svg.clientHeight || 300;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.replaceChildren();
    node("rect", { x: 0, y: 0, width, height, class: "sea" }, svg);
    const box = sceneBox(scene);
    if (!box) {
      node("text", { x: width / 2, y: height / 2, class: "map-empty" }, svg, "暂无可显示的位置");
      return;
    }
    const { project, scale, view, kmPerPixel } = projection(box, width, height);
    refreshDistricts(view);

    const base = node("g", { class: "districts" }, svg);
    const baseLabels = node("g", { class: "district-labels" }, svg);
    for (const feature of districts.features) {
      node("path", { d: pathOf(feature.geometry, project), class: "district" }, base);
      const props = feature.properties || {};
      if (finite(props.label_lon, props.label_lat) && props.name) {
        const [x, y] = project(props.label_lon, props.label_lat);
        // Only a name that fits whole: one cut at the edge reads as another place.
        const half = (String(props.name).length * 11) / 2 + 2;
        if (x - half > 0 && x + half < width && y > 12 && y < height - 2) {
          node("text", { x, y, class: "district-label" }, baseLabels, props.name);
        }
      }
    }
    if (scene.area) {
      const area = node("g", { class: "area" }, svg);
      for (const feature of scene.area.features) {
        node("path", { d: pathOf(feature.geometry, project), class: "area-outline" }, area);
      }
    }
    const shapes = node("g", { class: "shapes" }, svg);
    for (const candidate of scene.candidates) {
      if (candidate.polygon) {
        node("path", { d: pathOf(candidate.polygon, project), class: "campus" }, shapes);
      }
    }
    const caller = scene.caller;
    // Where labels must not go: the caller's dot, the scale, the legend over the map.
    const kept = [];
    if (caller && finite(caller.lat, caller.lon)) {
      const [x, y] = project(caller.lon, caller.lat);
      kept.push([x - 6, y - 6, x + 6, y + 6]);
      const r = Math.max(3, ((Number(caller.radius_m) || 0) / METRES_PER_DEGREE) * scale);
      node("circle", { cx: x, cy: y, r, class: "caller-circle" }, shapes);
      node("circle", { cx: x, cy: y, r: 3, class: "caller-dot" }, shapes);
    }
    let chosenStation = null;
    for (const station of scene.stations) {
      if (!finite(station.lon, station.lat)) continue;
      const [x, y] = project(station.lon, station.lat);
      const chosen = station.id === scene.stationId;
      const size = chosen ? 12 : 8;
      const mark = node("rect", {
        x: x - size / 2,
        y: y - size / 2,
        width: size,
        height: size,
        class: chosen ? "station chosen" : "station",
      });
      node("title", {}, mark, station.name || "站点");
      shapes.appendChild(mark);
      kept.push([x - size / 2, y - size / 2, x + size / 2, y + size / 2]);
      if (chosen && station.name) chosenStation = { x, y, label: station.name };
    }

    const km = niceDistance(kmPerPixel * width * 0.25);
    const barPx = km / kmPerPixel;
    const scaleText = `${km} 公里`;
    const scaleBox = [4, height - 24, 18 + barPx + scaleText.length * 9, height - 2];
    kept.push(scaleBox);
    const legend = svg.parentElement && svg.parentElement.querySelector(".legend");
    if (legend && !legend.hidden) {
      const at = svg.getBoundingClientRect();
      const box = legend.getBoundingClientRect();
      kept.push([box.left - at.left, box.top - at.top, box.right - at.left, box.bottom - at.top]);
    }

    const marks = node("g", { class: "marks" }, svg);
    const placed = [...kept];
    const ordered = [...scene.candidates].reverse();
    for (const candidate of ordered) {
      if (!finite(candidate.lon, candidate.lat)) continue;
      const [x, y] = project(candidate.lon, candidate.lat);
      const group = node("g", { class: `mark${candidate.confirmed ? " confirmed" : ""}` }, marks);
      node("title", {}, group, candidate.title || candidate.label || "");
      node("circle", { cx: x, cy: y, r: candidate.confirmed ? 11 : 9 }, group);
      node("text", { x, y: y + 4, class: "mark-key" }, group, candidate.key || "•");
    }
    // Labels after all marks, where they cover neither a mark nor another label.
    for (const candidate of scene.candidates) {
      if (!finite(candidate.lon, candidate.lat)) continue;
      const [x, y] = project(candidate.lon, candidate.lat);
      placed.push([x - 11, y - 11, x + 11, y + 11]);
    }
    const overlaps = (b) =>
      placed.some((p) => b[0] < p[2] && b[2] > p[0] && b[1] < p[3] && b[3] > p[1]);
    const labels = [];
    for (const candidate of scene.candidates) {
      if (!finite(candidate.lon, candidate.lat) || !candidate.label) continue;
      const [x, y] = project(candidate.lon, candidate.lat);
      const mark = PRECISION_MARK[candidate.precision];
      const label = mark ? `${candidate.label}（${mark}）` : candidate.label;
      labels.push({ x, y, label, kind: "mark-label" });
    }
    if (chosenStation) {
      placed.push([
        chosenStation.x - 7,
        chosenStation.y - 7,
        chosenStation.x + 7,
        chosenStation.y + 7,
      ]);
      labels.push({ ...chosenStation, kind: "station-label" });
    }
    const inside = (b) => b[0] >= 0 && b[2] <= width && b[1] >= 0 && b[3] <= height;
    for (const { x, y, label, kind } of labels) {
      const w = label.length * 12 + 6;
      const spots = [
        [x + 13, y - 8],
        [x - 13 - w, y - 8],
        [x - w / 2, y - 30],
        [x - w / 2, y + 14],
      ].map(([left, top]) => [left, top, left + w, top + 16]);
      let spot = spots.find((b) => inside(b) && !overlaps(b));
      if (!spot) {
        spot = spots.find(inside) || spots[0];
        while (overlaps(spot) && spot[3] < height) {
          spot = [spot[0], spot[1] + 16, spot[2], spot[3] + 16];
        }
      }
      // No free room: the label is left out (the mark's key and the options name it), never
      // written over another label or a mark, as the street map does.
      if (overlaps(spot) || !inside(spot)) continue;
      placed.push(spot);
      const [left, top] = spot;
      node("rect", { x: left - 2, y: top, width: w, height: 16, class: `${kind}-bg` }, marks);
      node("text", { x: left + 1, y: top + 12, class: kind }, marks, label);
    }

    // On a ground of its own: a district's name under it does not run into the figure.
    const scaleBar = node("g", { class: "scalebar" }, svg);
    node(
      "rect",
      {
        x: scaleBox[0],
        y: scaleBox[1],
        width: scaleBox[2] - scaleBox[0],
        height: scaleBox[3] - scaleBox[1],
        class: "scalebar-bg",
      },
      scaleBar,
    );
    node("path", { d: `M10 ${height - 12}h${barPx.toFixed(1)}` }, scaleBar);
    node("text", { x: 14 + barPx, y: height - 8 }, scaleBar, scaleText);
  }

  new ResizeObserver(() => draw()).observe(svg);

  return {
    show(next) {
      scene = { candidates: [], caller: null, area: null, stations: [], ...next };
      draw();
    },
  };
}
