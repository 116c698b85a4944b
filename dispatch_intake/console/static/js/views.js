// What the console draws from a record: the queue rows, the call panel, the timeline.

import { $, fill, formatAge, formatClock, formatDistance, h, parseTime } from "./dom.js";
import { ACTION, FIELD, KIND, PRIORITY, PRIORITY_RANK, STATUS, TIMELINE, label } from "./labels.js";

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

function complaintText(record) {
  const texts = (record.complaint && record.complaint.text) || [];
  return Array.isArray(texts) ? texts.join("；") : String(texts);
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
      [complaintText(record), record.caller && record.caller.number, record.psap]
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
  if (typeof candidate.score === "number")
    details.push(`匹配 ${Math.round(candidate.score * 100)}%`);
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

// Numbered choices for the call: the prompt's options under their own keys, then every other
// candidate under the next free keys (confirmed by place id), up to 8.
export function choicesOf(record) {
  const prompt = record.prompt || {};
  const all = candidates(record);
  const byId = new Map(all.map((c) => [c.place_id, c]));
  const choices = (Array.isArray(prompt.options) ? prompt.options : []).map((option) => ({
    key: String(option.key),
    body: { option: String(option.key) },
    text: option.label || (byId.get(option.place_id) || {}).full_name || option.place_id,
    candidate: byId.get(option.place_id) || null,
  }));
  const offered = new Set(choices.map((choice) => choice.candidate && choice.candidate.place_id));
  const used = new Set(choices.map((choice) => choice.key));
  let next = 1;
  for (const candidate of all) {
    if (offered.has(candidate.place_id)) continue;
    while (used.has(String(next))) next += 1;
    if (next > 8) break;
    used.add(String(next));
    choices.push({
      key: String(next),
      body: { place_id: candidate.place_id },
      text: candidate.full_name || candidate.name,
      candidate,
    });
  }
  return choices.slice(0, 8);
}

// A question the call-taker answers with A; the location question is answered by confirming.
export function answerableQuestion(record) {
  const question = record && record.next_question;
  if (!question || typeof question !== "object" || !question.id || question.id === "location") {
    return null;
  }
  return question;
}

function outcomeText(record) {
  const parts = [];
  const dispatches = Array.isArray(record.dispatches) ? record.dispatches : [];
  const last = dispatches[dispatches.length - 1];
  if (last)
    parts.push(
      `已派车：${last.unit || "（未指定车组）"}${dispatches.length > 1 ? `（第 ${dispatches.length} 次）` : ""}`,
    );
  const transfer = record.transfer;
  if (transfer && transfer.to_psap) parts.push(`已转接至 ${transfer.to_psap}`);
  if (record.escalation) parts.push("已上报主管");
  return parts.join(" · ");
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
  $("call").dataset.id = record.id;
  $("call-id").textContent = `#${record.id}`;
  $("call-id").title = `${record.psap || ""} #${record.id}`;

  const confirmedLine = $("call-confirmed");
  confirmedLine.hidden = !confirmed;
  confirmedLine.textContent = confirmed
    ? `已确认：${confirmed.full_name || confirmed.name}（${adminText(confirmed.admin)}）`
    : "";

  const outcome = outcomeText(record);
  $("call-outcome").hidden = !outcome;
  $("call-outcome").textContent = outcome;

  const prompt = record.prompt || {};
  // Once the place is confirmed the location sentence is spent: the next scripted question
  // becomes the sentence to read.
  const question = record.next_question;
  const questionText = question && typeof question === "object" ? question.text : question;
  const promoted = Boolean(confirmed && questionText);
  $("prompt-text").textContent = promoted ? questionText : prompt.text || "";
  $("prompt-text").classList.toggle("is-question", promoted);
  const answers =
    question && question.id !== "location" && Array.isArray(question.answers)
      ? question.answers.join(" / ")
      : "";
  const hint = answerableQuestion(record) ? "[A] 记录回答" : "";
  $("next-question").textContent = promoted
    ? [answers && `可能的回答：${answers}`, hint].filter(Boolean).join("　")
    : questionText
      ? `下一问：${questionText}${answers ? `（${answers}）` : ""}　${hint}`
      : "";
  $("next-question").hidden = !$("next-question").textContent;

  const confirmedId = confirmed && confirmed.place_id;
  const choices = choicesOf(record);
  $("options").classList.toggle("many", choices.length > 4);
  fill(
    $("options"),
    ...choices.map((choice) =>
      candidateItem(choice.key, choice.text, choice.candidate, {
        confirmed: Boolean(
          confirmedId && choice.candidate && choice.candidate.place_id === confirmedId,
        ),
      }),
    ),
  );

  const action = record.recommended_action || {};
  const station = action.station;
  const extra = [
    action.unit ? `车组 ${action.unit}` : "",
    station && station.name
      ? `最近站点 ${station.name}${station.distance_km != null ? `（${formatDistance(station.distance_km)}）` : ""}`
      : "",
    action.to_psap ? `转至 ${action.to_psap}` : "",
  ].filter(Boolean);
  fill(
    $("action"),
    h("span", { class: "action-label" }, "建议"),
    h("strong", { class: `action-kind a-${action.kind}` }, label(ACTION, action.kind)),
    extra.length ? h("span", { class: "action-extra" }, extra.join(" · ")) : null,
    h("span", { class: "action-reason" }, action.reason || ""),
  );

  const warnings = [...(record.warnings || [])];
  for (const contradiction of location.contradictions || []) {
    warnings.push({ field: "location", message: contradiction.message || String(contradiction) });
  }
  fill(
    $("warnings"),
    ...warnings.map((warning) =>
      h(
        "li",
        {},
        h("span", { class: "field", title: warning.field || "" }, label(FIELD, warning.field)),
        warning.message || "",
      ),
    ),
  );

  const said = location.text || [];
  $("said").textContent = said.length ? `来电人说过：${said.join(" → ")}` : "来电人尚未说出位置";
}

export function renderPreview(result) {
  const list = (result && result.candidates) || [];
  $("preview").hidden = !result;
  const contradictions = (result && result.contradictions) || [];
  $("preview-note").textContent = contradictions.map((c) => c.message).join("；");
  fill(
    $("preview-list"),
    ...list
      .slice(0, 8)
      .map((candidate, index) =>
        candidateItem(String(index + 1), candidate.full_name || candidate.name, candidate),
      ),
    list.length ? null : h("li", { class: "empty" }, "没有匹配的地点，请继续询问"),
  );
}

function clip(text, limit = 90) {
  const value = String(text);
  return value.length > limit ? `${value.slice(0, limit)}…` : value;
}

function compactJson(data) {
  const json = JSON.stringify(data);
  return json === "{}" || json === "null" ? "" : clip(json, 140);
}

// One line per timeline entry, in the words a dispatcher uses; unknown types show their data.
const SUMMARIES = {
  created: (d) =>
    [d.psap, d.caller_number && `来电 ${d.caller_number}`, d.complaint_text]
      .filter(Boolean)
      .join(" · "),
  location_said: (d) => `“${d.text}”`,
  position_updated: (d) => {
    const p = d.caller_position || {};
    return p.lat != null ? `${p.lat}, ${p.lon} ±${formatDistance((p.radius_m || 0) / 1000)}` : "";
  },
  candidates_changed: (d) =>
    d.top ? `首选 ${d.top}（共 ${(d.place_ids || []).length} 处）` : "没有候选地点",
  contradiction: (d) => (d.messages || []).join("；"),
  prompt_shown: (d) => clip(d.text || ""),
  priority_changed: (d) => `${label(PRIORITY, d.from)} → ${label(PRIORITY, d.to)}`,
  action_recommended: (d) => `${label(ACTION, d.kind)}${d.reason ? `：${clip(d.reason, 60)}` : ""}`,
  confirmed: (d) =>
    [d.option && `选项 ${d.option}`, d.label || d.place_id].filter(Boolean).join(" · "),
  dispatched: (d) =>
    [
      d.unit,
      d.recommended_station && d.recommended_station.name !== d.unit
        ? `最近站点 ${d.recommended_station.name}`
        : "",
    ]
      .filter(Boolean)
      .join(" · ") || "已派车",
  transferred: (d) =>
    [`${d.from_psap || ""} → ${d.to_psap || ""}`, d.reason].filter(Boolean).join(" · "),
  escalated: (d) => d.reason || "",
  closed: (d) => d.reason || "",
  note: (d) => d.text || "",
  answer: (d) => `${d.question}：${d.answer}`,
};

// Entries the service writes as a consequence of another; drawn quieter.
const DERIVED = new Set([
  "candidates_changed",
  "prompt_shown",
  "action_recommended",
  "priority_changed",
]);

function timelineSummary(type, data) {
  if (data === null || data === undefined) return "";
  if (typeof data !== "object") return String(data);
  const summary = SUMMARIES[type];
  if (summary) {
    try {
      return summary(data);
    } catch {
      return compactJson(data);
    }
  }
  return compactJson(data);
}

export function renderTimeline(record) {
  const entries = (record && record.timeline) || [];
  const list = $("timeline");
  fill(
    list,
    ...entries.map((entry) =>
      h(
        "li",
        {
          class: `entry t-${entry.type}${DERIVED.has(entry.type) ? " derived" : ""}`,
          title: entry.hash ? `hash ${entry.hash}` : null,
        },
        h("span", { class: "seq" }, entry.seq ?? ""),
        h("time", { datetime: entry.at || "" }, formatClock(entry.at)),
        h("span", { class: "type" }, label(TIMELINE, entry.type)),
        h("span", { class: "actor" }, entry.actor || ""),
        h("span", { class: "summary" }, timelineSummary(entry.type, entry.data)),
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
  const dispatches = Array.isArray(record.dispatches) ? record.dispatches : [];
  const last = dispatches[dispatches.length - 1];
  const action = record.recommended_action || {};
  const station = (last && last.recommended_station) || action.station || null;
  return {
    candidates: shown,
    caller: (record.caller && record.caller.position) || null,
    stationId: station ? station.id : null,
  };
}
