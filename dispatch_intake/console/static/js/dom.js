// Small DOM and formatting tools shared by the console's views.

export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") element.className = value;
    else if (key === "dataset") Object.assign(element.dataset, value);
    else if (key.startsWith("on")) element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

// Like element.replaceChildren, but skips null and false instead of printing them.
export function fill(element, ...children) {
  element.replaceChildren(
    ...children.flat().filter((child) => child !== null && child !== undefined && child !== false),
  );
  return element;
}

export function $(id) {
  return document.getElementById(id);
}

export function parseTime(value) {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

export function formatAge(since, now = Date.now()) {
  if (since === null) return "";
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  if (seconds < 60) return `${seconds}秒`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}分${String(seconds % 60).padStart(2, "0")}秒`;
  const hours = Math.floor(minutes / 60);
  return `${hours}时${String(minutes % 60).padStart(2, "0")}分`;
}

export function formatClock(value) {
  const time = typeof value === "number" ? value : parseTime(value);
  if (time === null) return "";
  return new Date(time).toLocaleTimeString("zh-CN", { hour12: false });
}

export function formatDistance(km) {
  if (typeof km !== "number" || !Number.isFinite(km)) return "";
  return km < 1 ? `${Math.round(km * 1000)} 米` : `${km.toFixed(km < 10 ? 1 : 0)} 公里`;
}

export function newIdempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `console-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

// Caller position typed as "lat,lon[,radius_m]"; null when blank or unreadable.
export function parsePosition(text) {
  const parts = String(text || "")
    .split(/[,，\s]+/)
    .filter(Boolean)
    .map(Number);
  if (parts.length < 2 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lat, lon, radius] = parts;
  return { lat, lon, radius_m: radius ?? 1000, source: "operator" };
}
