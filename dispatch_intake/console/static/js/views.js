// What the console draws from a record: the queue rows, the call panel, the timeline.

import { $, formatAge, formatClock, formatDistance, h, parseTime } from "./dom.js";
import { ACTION, KIND, PRIORITY, PRIORITY_RANK, STATUS, TIMELINE, label } from "./labels.js";

export const OPEN_STATUSES = new Set(["provisional", "location_confirmed", "dispatched"]);

export function receivedAt(record) {
  return (
    parseTime(record.received_at) ??
    parseTime(record.created_at) ??
    parseTime(record.timeline && record.timeline[0] && record.timeline[0].at)
  );
}

export function queueOrder(a, b) {
  const rank = (r) => PRIORITY_RANK[r.priority] ?? PRIORITY_RANK.unknown;
  return rank(a) - rank(b) || (receivedAt(b) ?? 0) - (receivedAt(a) ?? 0);
}

function adminText(admin) {
  if (!admin) return "";
  const parts = [admin.city, admin.district].filter(Boolean);
  return [...new Set(parts)].join(" ");
}

function candidates(record) {
  return (record.location && record.location.candidates) || [];
}

function placeTitle(record) {
  const location = record.location || {};
  if (location.confirmed) return location.confirmed.full_name || location.confirmed.name;
  const best = candidates(record)[0];
  if (best) return `${best.full_name || best.name}？`;
  const said = location.text || [];
  return said.length ? `“${said[said.length - 1]}”` : "未说位置";
}

function priorityBadge(priority) {
  return h("span", { class: `badge p-${priority || "unknown"}` }, label(PRIORITY, priority));
}

export function queueRow(record, { active, onSelect }) {
  const since = receivedAt(record);
  return h(
    "li",
    {
      class: `queue-item${active ? " active" : ""}`,
      dataset: { id: record.id, status: record.status },
      "aria-current": active ? "true" : null,
      onclick: () => onSelect(record.id),
    },
    h(
      "div",
      { class: "row1" },
      priorityBadge(record.priority),
      h("span", { class: `status s-${record.status}` }, label(STATUS, record.status)),
      h("span", { class: "age", dataset: { since: since ?? "" } }, formatAge(since)),
    ),
    h("div", { class: "row2" }, placeTitle(record)),
    h(
      "div",
      { class: "row3" },
      [record.complaint_text, record.caller && record.caller.number, record.psap]
        .filter(Boolean)
        .join(" · "),
    ),
  );
}

function candidateDetails(candidate) {
  if (!candidate) return [];
  const details = [label(KIND, candidate.kind), adminText(candidate.admin)];
  const distance = formatDistance(candidate.distance_km);
  if (distance) details.push(`距来电 ${distance}`);
  if (typeof candidate.score === "number") details.push(`匹配 ${Math.round(candidate.score * 100)}%`);
  return details.filter((text) => text && text !== "—");
}

function candidateItem(key, text, candidate, { confirmed = false } = {}) {
  const outside = candidate && candidate.in_jurisdiction === false;
  return h(
    "li",
    { class: `option${confirmed ? " confirmed" : ""}${outside ? " outside" : ""}` },
    h("kbd", { class: "key" }, key),
    h(
      "div",
      { class: "option-body" },
      h("div", { class: "option-label" }, text),
      h(
        "div",
        { class: "option-details" },
        candidateDetails(candidate).join(" · "),
        outside ? h("span", { class: "tag outside" }, "辖区外") : null,
        confirmed ? h("span", { class: "tag ok" }, "已确认") : null,
      ),
    ),
  );
}

// Numbered choices for the call: the prompt's options when it has them, else every candidate
// (confirmed by place id).
export function choicesOf(record) {
  const prompt = record.prompt || {};
  const byId = new Map(candidates(record).map((c) => [c.place_id, c]));
  if (Array.isArray(prompt.options) && prompt.options.length) {
    return prompt.options.map((option) => ({
      key: String(option.key),
      body: { option: String(option.key) },
      text: option.label || (byId.get(option.place_id) || {}).full_name || option.place_id,
      candidate: byId.get(option.place_id) || null,
    }));
  }
  return candidates(record)
    .slice(0, 8)
    .map((candidate, index) => ({
      key: String(index + 1),
      body: { place_id: candidate.place_id },
      text: candidate.full_name || candidate.name,
      candidate,
    }));
}

function nextQuestionText(value) {
  if (!value) return "";
  if (typeof value === "string") return value;
  return value.text || value.question || "";
}

export function renderCall(record) {
  const location = record.location || {};
  const confirmed = location.confirmed;
  const since = receivedAt(record);

  $("call-priority").replaceWith(
    Object.assign(priorityBadge(record.priority), { id: "call-priority" }),
  );
  const status = $("call-status");
  status.textContent = label(STATUS, record.status);
  status.className = `status s-${record.status}`;
  const age = $("call-age");
  age.dataset.since = since ?? "";
  age.textContent = formatAge(since);
  const caller = record.caller || {};
  const position = caller.position;
  $("call-caller").textContent = [
    caller.number ? `来电 ${caller.number}` : "",
    position && position.radius_m ? `定位±${formatDistance(position.radius_m / 1000)}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
  $("call-id").textContent = `${record.psap || ""} #${record.id}`;

  const confirmedLine = $("call-confirmed");
  confirmedLine.hidden = !confirmed;
  confirmedLine.textContent = confirmed
    ? `已确认：${confirmed.full_name || confirmed.name}（${adminText(confirmed.admin)}）`
    : "";

  const prompt = record.prompt || {};
  $("prompt-text").textContent = prompt.text || "";
  const next = nextQuestionText(record.next_question);
  $("next-question").hidden = !next;
  $("next-question").textContent = next ? `下一问：${next}` : "";

  const confirmedId = confirmed && confirmed.place_id;
  $("options").replaceChildren(
    ...choicesOf(record).map((choice) =>
      candidateItem(choice.key, choice.text, choice.candidate, {
        confirmed: Boolean(confirmedId && choice.candidate && choice.candidate.place_id === confirmedId),
      }),
    ),
  );

  const action = record.recommended_action || {};
  const extra = [
    action.unit ? `车组 ${action.unit}` : "",
    action.to_psap ? `转至 ${action.to_psap}` : "",
  ].filter(Boolean);
  $("action").replaceChildren(
    h("span", { class: "action-label" }, "建议"),
    h("strong", { class: `action-kind a-${action.kind}` }, label(ACTION, action.kind)),
    extra.length ? h("span", { class: "action-extra" }, extra.join(" · ")) : null,
    h("span", { class: "action-reason" }, action.reason || ""),
  );

  const warnings = [...(record.warnings || [])];
  for (const contradiction of location.contradictions || []) {
    warnings.push({ field: "location", message: contradiction.message || String(contradiction) });
  }
  $("warnings").replaceChildren(
    ...warnings.map((warning) =>
      h("li", {}, h("span", { class: "field" }, warning.field || ""), warning.message || ""),
    ),
  );

  const said = location.text || [];
  $("said").textContent = said.length ? `来电人说过：${said.join(" → ")}` : "来电人尚未说出位置";
}

export function renderPreview(result) {
  const list = (result && result.candidates) || [];
  $("preview").hidden = !result;
  $("preview-list").replaceChildren(
    ...list.slice(0, 8).map((candidate, index) =>
      candidateItem(String(index + 1), candidate.full_name || candidate.name, candidate),
    ),
    list.length ? null : h("li", { class: "empty" }, "没有匹配的地点，请继续询问"),
  );
}

const TIMELINE_FIELDS = [
  "text",
  "location_text",
  "complaint_text",
  "option",
  "unit",
  "to_psap",
  "from_psap",
  "reason",
  "status",
  "priority",
];

function timelineSummary(data) {
  if (data === null || data === undefined) return "";
  if (typeof data !== "object") return String(data);
  const parts = [];
  const place = data.place || data.confirmed;
  if (place && typeof place === "object") parts.push(place.full_name || place.name || "");
  if (typeof data.full_name === "string") parts.push(data.full_name);
  for (const field of TIMELINE_FIELDS) {
    const value = data[field];
    if (value === null || value === undefined || value === "") continue;
    if (field === "status") parts.push(label(STATUS, value));
    else if (field === "priority") parts.push(label(PRIORITY, value));
    else if (field === "option") parts.push(`选项 ${value}`);
    else if (field === "to_psap") parts.push(`→ ${value}`);
    else parts.push(Array.isArray(value) ? value.join(" / ") : String(value));
  }
  if (parts.length) return parts.filter(Boolean).join(" · ");
  const json = JSON.stringify(data);
  return json === "{}" ? "" : json.length > 140 ? `${json.slice(0, 140)}…` : json;
}

export function renderTimeline(record) {
  const entries = (record && record.timeline) || [];
  const list = $("timeline");
  list.replaceChildren(
    ...entries.map((entry) =>
      h(
        "li",
        { class: `entry t-${entry.type}`, title: entry.hash ? `hash ${entry.hash}` : null },
        h("span", { class: "seq" }, entry.seq ?? ""),
        h("time", { datetime: entry.at || "" }, formatClock(entry.at)),
        h("span", { class: "type" }, label(TIMELINE, entry.type)),
        h("span", { class: "actor" }, entry.actor || ""),
        h("span", { class: "summary" }, timelineSummary(entry.data)),
      ),
    ),
  );
  list.scrollTop = list.scrollHeight;
}

export function mapScene(record, preview) {
  if (preview) {
    return {
      candidates: ((preview && preview.candidates) || []).slice(0, 8).map((c, i) => ({
        key: String(i + 1),
        lat: c.lat,
        lon: c.lon,
        label: c.name || c.full_name,
        title: c.full_name,
        polygon: c.polygon || c.geometry || null,
      })),
      caller: preview.caller || null,
    };
  }
  if (!record) return { candidates: [], caller: null };
  const confirmed = record.location && record.location.confirmed;
  const shown = choicesOf(record)
    .filter((choice) => choice.candidate)
    .map((choice) => ({
      key: choice.key,
      lat: choice.candidate.lat,
      lon: choice.candidate.lon,
      label: choice.candidate.name || choice.text,
      title: choice.text,
      polygon: choice.candidate.polygon || choice.candidate.geometry || null,
      confirmed: Boolean(confirmed && confirmed.place_id === choice.candidate.place_id),
    }));
  if (confirmed && !shown.some((mark) => mark.confirmed)) {
    shown.push({
      key: "✓",
      lat: confirmed.lat,
      lon: confirmed.lon,
      label: confirmed.name || confirmed.full_name,
      title: confirmed.full_name,
      polygon: confirmed.polygon || confirmed.geometry || null,
      confirmed: true,
    });
  }
  return { candidates: shown, caller: (record.caller && record.caller.position) || null };
}
