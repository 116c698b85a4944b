// What the console draws from a record: the queue rows, the call panel, the timeline.

import { $, fill, formatAge, formatClock, formatDistance, h, parseTime } from "./dom.js";
import {
  ACTION,
  FIELD,
  KIND,
  PRECISION,
  PRIORITY,
  PRIORITY_RANK,
  QUESTION,
  READ_VIA,
  ROLE,
  STATUS,
  TIMELINE,
  label,
  warningText,
} from "./labels.js";

export const OPEN_STATUSES = new Set(["provisional", "location_confirmed", "dispatched"]);

// The answer-to-dispatch target the call clock counts against.
export const DISPATCH_TARGET_SECONDS = 60;

// Centre ids become names once the console knows them (set at sign-in).
let centreNames = new Map();

export function setCentreNames(names) {
  centreNames = names;
}

export function centreName(id) {
  if (!id) return "";
  return centreNames.get(id) || id;
}

// Whether what is typed now goes to this call: a dispatched, closed or handed-away call has
// left the input, and typing starts the next call.
export function takesInput(record, psap) {
  if (!record) return false;
  if (record.status === "provisional" || record.status === "location_confirmed") return true;
  return record.status === "transferred" && (!psap || record.psap === psap);
}

// A call on which nothing was said or entered yet: F2 again does not stack another.
export function isBlank(record) {
  const location = record.location || {};
  const complaint = record.complaint || {};
  return (
    takesInput(record) &&
    !(location.text || []).length &&
    !(complaint.text || []).length &&
    !(record.caller && record.caller.number) &&
    !(record.answers && Object.keys(record.answers).length) &&
    !(record.notes || []).length
  );
}

export function receivedAt(record) {
  return (
    parseTime(record.received_at) ??
    parseTime(record.created_at) ??
    parseTime(record.timeline && record.timeline[0] && record.timeline[0].at)
  );
}

// Escalated to a supervisor and not yet taken over.
export function awaitingSupervisor(record) {
  const escalation = record && record.escalation;
  return Boolean(escalation && !escalation.taken_over_by);
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

// A place of the call by its id, in the words a person reads.
function placeName(record, placeId) {
  if (!placeId) return "";
  const location = record.location || {};
  const place =
    (location.confirmed && location.confirmed.place_id === placeId && location.confirmed) ||
    candidates(record).find((candidate) => candidate.place_id === placeId);
  return place ? place.full_name || place.label || place.name : "";
}

function lastDispatch(record) {
  const dispatches = Array.isArray(record.dispatches) ? record.dispatches : [];
  return dispatches[dispatches.length - 1] || null;
}

// A crew was sent before the caller's place was confirmed (a critical caller is sent first):
// the place is still being asked about, and a number key still confirms it.
export function sentUnconfirmed(record) {
  const location = (record && record.location) || {};
  return Boolean(record && record.status === "dispatched" && !location.confirmed && lastDispatch(record));
}

function placeTitle(record) {
  const location = record.location || {};
  if (location.confirmed) return location.confirmed.full_name || location.confirmed.name;
  const sent = sentUnconfirmed(record) && placeName(record, lastDispatch(record).place_id);
  if (sent) return `派往 ${sent}（未确认）`;
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
      [complaintText(record), record.caller && record.caller.number, centreName(record.psap)]
        .filter(Boolean)
        .join(" · "),
    ),
    awaitingSupervisor(record)
      ? h(
          "div",
          { class: "row-escalated" },
          `已上报主管${record.escalation.reason ? `：${record.escalation.reason}` : ""}`,
        )
      : null,
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

function precisionTag(candidate) {
  const mark = candidate && PRECISION[candidate.precision];
  return mark
    ? h("span", { class: `tag precision p-${candidate.precision}`, title: "坐标不是精确位置" }, mark)
    : null;
}

// One line a place (console.css): its name and tags whole, its details after them, cut short
// (whole in the tooltip) where the column is narrow, so that six places fit a zoomed screen.
function candidateItem(key, text, candidate, { confirmed = false } = {}) {
  const outside = candidate && candidate.in_jurisdiction === false;
  const details = candidateDetails(candidate).join(" · ");
  return h(
    "li",
    { class: `option${confirmed ? " confirmed" : ""}${outside ? " outside" : ""}` },
    h("kbd", { class: "key" }, key),
    h(
      "div",
      { class: "option-body" },
      h(
        "div",
        { class: "option-label" },
        text,
        precisionTag(candidate),
        outside ? h("span", { class: "tag outside" }, "辖区外") : null,
        confirmed ? h("span", { class: "tag ok" }, "已确认") : null,
      ),
      h("div", { class: "option-details", title: details || null }, details),
    ),
  );
}

// Numbered choices for the call: the prompt's options under their own keys, then every other
// candidate under the next free keys (confirmed by place id), up to 8.
function freshChoices(record) {
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

// The key each place was first shown under, per call. While the caller narrows, the service
// ranks the places anew each turn; a place keeps its number all the same, so a key read a moment
// ago (or said back to the caller) still means that place. A number goes to another place only
// when all eight are taken and its own place is no longer offered.
const shownKeys = new Map();

function keyedPlaces(callId, placeIds, { remember }) {
  const known = shownKeys.get(callId) || new Map();
  const keys = new Map(known);
  const offered = new Set(placeIds);
  for (const placeId of placeIds) {
    if (keys.has(placeId)) continue;
    const taken = new Set(keys.values());
    let key = ["1", "2", "3", "4", "5", "6", "7", "8"].find((k) => !taken.has(k));
    if (!key) {
      const gone = [...keys].find(([id]) => !offered.has(id));
      if (!gone) continue;
      keys.delete(gone[0]);
      key = gone[1];
    }
    keys.set(placeId, key);
  }
  if (remember) shownKeys.set(callId, keys);
  return keys;
}

export function choicesOf(record) {
  const fresh = freshChoices(record);
  if (!record.id) return fresh;
  const placeIds = fresh.map((choice) => choice.candidate && choice.candidate.place_id);
  const keys = keyedPlaces(record.id, placeIds.filter(Boolean), { remember: true });
  const stable = fresh
    .map((choice) => {
      const placeId = choice.candidate && choice.candidate.place_id;
      const key = placeId ? keys.get(placeId) : choice.key;
      if (!key) return null;
      // The prompt's own option number is sent only while it is the number shown.
      const body = key === choice.key || !placeId ? choice.body : { place_id: placeId };
      return { ...choice, key, body };
    })
    .filter(Boolean);
  const seen = new Set();
  return stable
    .filter((choice) => !seen.has(choice.key) && seen.add(choice.key))
    .sort((a, b) => Number(a.key) - Number(b.key));
}

// A held call merged into a stored one keeps its places' numbers under the stored id.
export function carryKeys(fromId, toId) {
  const keys = shownKeys.get(fromId);
  if (keys && !shownKeys.has(toId)) shownKeys.set(toId, keys);
  shownKeys.delete(fromId);
}

// The keys the open call's places would show under if what is being typed were said: the
// preview numbers them as the call will.
function previewKeys(callId, placeIds) {
  return keyedPlaces(callId, placeIds, { remember: false });
}

// The choice Enter confirms: the place the service asks the caller about, under its number.
export function recommendedChoice(record) {
  const choices = choicesOf(record);
  const prompt = record.prompt || {};
  const action = record.recommended_action || {};
  const first = Array.isArray(prompt.options) && prompt.options.length ? prompt.options[0] : null;
  const placeId = action.place_id || (first && first.place_id);
  return (
    choices.find((choice) => placeId && choice.candidate && choice.candidate.place_id === placeId) ||
    (first && choices.find((choice) => choice.body.option === String(first.key))) ||
    choices[0] ||
    null
  );
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
  if (last) {
    const where = placeName(record, last.place_id);
    parts.push(
      `已派车：${last.unit || "（未指定车组）"}${where ? ` → ${where}` : ""}${dispatches.length > 1 ? `（第 ${dispatches.length} 次）` : ""}`,
    );
  }
  const transfer = record.transfer;
  if (transfer && transfer.to_psap) parts.push(`已转接至 ${centreName(transfer.to_psap)}`);
  const told = centresAlerted(record);
  if (told.length) parts.push(`已通知 ${told.join("、")}`);
  if (record.escalation) parts.push(record.escalation.taken_over_by ? "主管已接管" : "已上报主管");
  if (record.status === "closed") parts.push("已结束");
  return parts.join(" · ");
}

function dispatchedAt(record) {
  const dispatches = Array.isArray(record.dispatches) ? record.dispatches : [];
  const first = dispatches[0];
  if (first && parseTime(first.at)) return parseTime(first.at);
  const event = (record.timeline || []).find((entry) => entry.type === "dispatched");
  return event ? parseTime(event.at) : null;
}

function formatClockSeconds(seconds) {
  const value = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(value / 60)).padStart(2, "0")}:${String(value % 60).padStart(2, "0")}`;
}

// The large call clock: time since the call came in, against the answer-to-dispatch target;
// it stops at the first dispatch and says how long that took.
export function updateCallClock(now = Date.now()) {
  const clock = $("call-clock");
  if (!clock) return;
  const since = Number(clock.dataset.since) || null;
  const stop = Number(clock.dataset.stop) || null;
  if (!since) {
    clock.textContent = "--:--";
    return;
  }
  const seconds = ((stop ?? now) - since) / 1000;
  clock.textContent = formatClockSeconds(seconds);
  const box = $("call-clock-box");
  box.classList.toggle("over", seconds > DISPATCH_TARGET_SECONDS);
  box.classList.toggle("stopped", Boolean(stop));
  $("call-target").textContent = stop
    ? seconds > DISPATCH_TARGET_SECONDS
      ? `派车用时超过 ${DISPATCH_TARGET_SECONDS} 秒目标`
      : "派车用时（目标内）"
    : seconds > DISPATCH_TARGET_SECONDS
      ? `已超过派车目标 ${DISPATCH_TARGET_SECONDS} 秒`
      : `派车目标 ${DISPATCH_TARGET_SECONDS} 秒`;
}

const POSITION_SOURCE = { cell: "基站", gps: "卫星", operator: "人工", wifi: "WiFi", aml: "AML" };

function positionText(position) {
  if (!position || position.lat == null) return "无定位";
  const radius = position.radius_m ? `±${formatDistance(position.radius_m / 1000)}` : "";
  const source = position.source ? `（${POSITION_SOURCE[position.source] || "其他"}）` : "";
  return `定位 ${radius}${source}`;
}

// Measured from a county's or city's seat, a station's distance says nothing about the place.
const SEAT_PRECISION = { district: "地点只知区县，距离不可靠", city: "地点只知城市，距离不可靠" };

function stationText(station) {
  const rough = SEAT_PRECISION[station.place_precision];
  if (rough) return `最近站点 ${station.name}（${rough}）`;
  const distance = station.distance_km != null ? formatDistance(station.distance_km) : "";
  return `最近站点 ${station.name}${distance ? `（${distance}）` : ""}`;
}

function actionExtras(action) {
  const station = action.station;
  return [
    action.unit ? `车组 ${action.unit}` : "",
    station && station.name ? stationText(station) : "",
    action.to_psap ? `转至 ${centreName(action.to_psap)}` : "",
  ].filter(Boolean);
}

// What one key does with the recommendation, as the action box shows it (null: nothing to do).
export function recommendedStep(record) {
  const action = (record && record.recommended_action) || {};
  if (action.kind === "dispatch_now" || action.kind === "dispatch") return "dispatch";
  if (action.kind === "transfer" && action.to_psap) return "transfer";
  if (action.kind === "confirm") return "confirm";
  if (action.kind === "disambiguate" || action.kind === "ask_more") return "location";
  return null;
}

const STEP_WORDS = {
  dispatch: "派车",
  transfer: "转接",
  confirm: "确认地点",
  location: "继续询问位置",
};

function stepWords(step, record) {
  if (step !== "confirm") return STEP_WORDS[step];
  const choice = recommendedChoice(record);
  return choice ? `确认 ${choice.key} 号地点` : STEP_WORDS.confirm;
}

// The other centre the service still asks to be told of this call, if any.
export function pendingAlert(record) {
  const alert = ((record && record.recommended_action) || {}).parallel_alert;
  return alert && alert.to_psap ? alert : null;
}

// The centres this call's timeline says were told (B), by name, once each.
function centresAlerted(record) {
  const told = (record.timeline || [])
    .filter((entry) => entry.type === "parallel_alerted" && entry.data && entry.data.to_psap)
    .map((entry) => centreName(entry.data.to_psap));
  return [...new Set(told)];
}

export function renderCall(
  record,
  {
    mayStep = () => true,
    inputPsap = "",
    kept = false,
    mergedFrom = null,
    revealed = "",
    mayReveal = false,
  } = {},
) {
  const location = record.location || {};
  const confirmed = location.confirmed;
  const since = receivedAt(record);

  $("call-priority").replaceWith(
    Object.assign(priorityBadge(record.priority), { id: "call-priority" }),
  );
  const status = $("call-status");
  status.textContent = label(STATUS, record.status);
  status.className = `status s-${record.status}`;
  const clock = $("call-clock");
  clock.dataset.since = since ?? "";
  clock.dataset.stop = dispatchedAt(record) ?? "";
  updateCallClock();

  const caller = record.caller || {};
  // A masked number, to one who may look at it whole, says how (H, recorded).
  const masked = !revealed && mayReveal && caller.number && caller.number.includes("*");
  fill(
    $("call-caller-number"),
    revealed || caller.number || "号码未知",
    masked ? h("span", { class: "reveal-hint" }, h("kbd", {}, "H"), "查看完整号码") : null,
  );
  $("call-caller-position").textContent = positionText(caller.position);
  const earlier = Array.isArray(record.related_calls) ? record.related_calls.length : 0;
  $("call-repeat").textContent = earlier ? `重复来电：此前 ${earlier} 次` : "首次来电";
  $("call-repeat").classList.toggle("is-repeat", earlier > 0);
  $("call").dataset.id = record.id;
  $("call").dataset.status = record.status;
  $("call-id").textContent = `#${record.id}`;
  $("call-id").title = `${centreName(record.psap)} #${record.id}`;

  const left = !kept && !takesInput(record, inputPsap);
  // Sent first, the place is still asked about: its question and options stay, and a number
  // key confirms where the caller is; typing is still the next caller's.
  const locating = left && sentUnconfirmed(record);
  const asking = !left || locating;
  $("call-left").hidden = !left && !kept;
  $("call-left").classList.toggle("locating", locating);
  $("call-left").textContent = kept
    ? "另一席位已派车。来电人还在线：在“位置”“主诉”里输入仍补充到本呼叫；下一个来电按 F2。"
    : locating
    ? "已先派车，位置尚未确认：问清来电人在哪里，按数字键确认。在“位置”或“主诉”里输入即开始下一个呼叫。"
    : left
      ? `本呼叫${label(STATUS, record.status)}，已离开输入。在“位置”或“主诉”里输入即开始下一个呼叫。`
      : "";

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
  // While nothing is said, the location question is the sentence itself: not said twice.
  const repeatsPrompt = Boolean(questionText) && questionText === prompt.text;
  $("prompt-text").textContent = !asking ? "" : promoted ? questionText : prompt.text || "";
  $("prompt-text").classList.toggle("is-question", promoted);
  const answers =
    question && question.id !== "location" && Array.isArray(question.answers)
      ? question.answers.join(" / ")
      : "";
  const hint = answerableQuestion(record) ? "[A] 记录回答" : "";
  $("next-question").textContent = !asking
    ? ""
    : promoted
      ? [answers && `可能的回答：${answers}`, hint].filter(Boolean).join("　")
      : questionText && !repeatsPrompt
        ? `下一问：${questionText}${answers ? `（${answers}）` : ""}　${hint}`
        : "";
  $("next-question").hidden = !$("next-question").textContent;

  const confirmedId = confirmed && confirmed.place_id;
  const choices = asking ? choicesOf(record) : [];
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
  const step = left ? null : recommendedStep(record);
  const stepAllowed = step ? mayStep(step) : false;
  const alert = pendingAlert(record);
  // Sent first, the other centre may still be untold: that stays in front of the call-taker,
  // under B, after the call has left the input.
  const alertOnly = Boolean(alert) && (left || !action.kind || action.kind === "none");
  const extra = alertOnly ? [] : actionExtras(action);
  $("action").hidden = !alertOnly && (left || !action.kind || action.kind === "none");
  $("action").classList.toggle("alert-pending", alertOnly);
  if (alertOnly) {
    fill(
      $("action"),
      h("span", { class: "action-label" }, "待办"),
      h(
        "strong",
        {
          class: "action-kind a-parallel_alert",
          title: alert.label ? `来电人也可能在${alert.label}` : null,
        },
        `通知 ${centreName(alert.to_psap)}`,
      ),
      h(
        "span",
        { class: `action-key${mayStep("alert") ? "" : " disabled"}`, dataset: { step: "alert" } },
        h("kbd", {}, "B"),
        "已通知后记录",
      ),
    );
  } else {
    fill(
      $("action"),
      h("span", { class: "action-label" }, "建议"),
      h("strong", { class: `action-kind a-${action.kind}` }, label(ACTION, action.kind)),
      step
        ? h(
            "span",
            {
              class: `action-key${stepAllowed ? "" : " disabled"}`,
              dataset: { step },
              title: stepAllowed ? null : "当前角色无此权限",
            },
            h("kbd", {}, "Enter"),
            stepAllowed ? stepWords(step, record) : `${stepWords(step, record)}（需调度员）`,
          )
        : null,
      // B records that the other centre was told.
      alert
        ? h(
            "span",
            {
              class: `action-key action-alert${mayStep("alert") ? "" : " disabled"}`,
              dataset: { step: "alert" },
              title: alert.label ? `来电人也可能在${alert.label}` : null,
            },
            h("kbd", {}, "B"),
            `同时通知 ${centreName(alert.to_psap)}`,
          )
        : null,
      extra.length ? h("span", { class: "action-extra" }, extra.join(" · ")) : null,
      h("span", { class: "action-reason" }, action.reason || ""),
    );
  }

  const warnings = [...(record.warnings || [])];
  // The caller was confirmed somewhere other than where the crew was sent.
  const sent = lastDispatch(record);
  if (sent && sent.place_id && confirmed && confirmed.place_id !== sent.place_id) {
    const elsewhere = confirmed.psap && confirmed.psap !== record.psap ? centreName(confirmed.psap) : "";
    warnings.unshift({
      field: "dispatch",
      message: `车组派往 ${placeName(record, sent.place_id) || "另一地点"}，来电人确认在 ${
        confirmed.full_name || confirmed.name
      }：立即告知车组${elsewhere ? `，并通知 ${elsewhere}` : ""}`,
    });
  }
  if (mergedFrom) {
    warnings.unshift({
      field: "store",
      message: `本机暂存的 #${mergedFrom} 已并入本呼叫 #${record.id}，已输入的内容保留`,
    });
  }
  if (record.held_locally) {
    warnings.unshift({
      field: "store",
      message: "记录暂存在本机：中心数据库暂时没有应答，恢复后自动写入",
    });
  }
  for (const contradiction of location.contradictions || []) {
    warnings.push({ field: "location", message: contradiction.message || String(contradiction) });
  }
  // The service may say one contradiction both as a warning and in the location's own list:
  // it is read once.
  const seen = new Set();
  const distinct = warnings.filter((warning) => {
    const key = `${warning.field}\u0000${warning.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  fill(
    $("warnings"),
    ...distinct.map((warning) =>
      h(
        "li",
        {},
        h("span", { class: "field" }, label(FIELD, warning.field)),
        warningText(warning.message, centreName),
      ),
    ),
  );

  const complaint = complaintText(record);
  // A priority raised by what a note said names the note, so nobody looks for it in the complaint.
  const fromNote = ((record.triage && record.triage.reasons) || []).includes("note");
  $("complaint-said").textContent =
    (complaint ? `主诉：${complaint}` : "主诉：尚未记录") + (fromNote ? "（分级依据备注）" : "");
  const said = location.text || [];
  $("said").textContent = said.length ? `来电人说过：${said.join(" → ")}` : "来电人尚未说出位置";
}

// The preview's candidates under the keys they would have: for words added to the open call,
// the call's own numbers; for the next call, in the order found.
function previewChoices(preview) {
  const list = ((preview && preview.candidates) || []).slice(0, 8);
  if (!preview || !preview.callId) {
    return list.map((candidate, index) => ({ key: String(index + 1), candidate }));
  }
  const keys = previewKeys(
    preview.callId,
    list.map((candidate) => candidate.place_id).filter(Boolean),
  );
  return list
    .map((candidate, index) => ({
      key: keys.get(candidate.place_id) || String(index + 1),
      candidate,
    }))
    .sort((a, b) => Number(a.key) - Number(b.key));
}

export function renderPreview(result) {
  const list = (result && result.candidates) || [];
  $("preview").hidden = !result;
  const contradictions = (result && result.contradictions) || [];
  $("preview-note").textContent = contradictions.map((c) => c.message).join("；");
  fill(
    $("preview-list"),
    ...previewChoices(result).map(({ key, candidate }) =>
      candidateItem(key, candidate.full_name || candidate.name, candidate),
    ),
    list.length ? null : h("li", { class: "empty" }, "没有匹配的地点，请继续询问"),
  );
}

function clip(text, limit = 90) {
  const value = String(text);
  return value.length > limit ? `${value.slice(0, limit)}…` : value;
}

// A value of an entry the console has no sentence for, in words: a place or centre by its
// name, a list by its length; never raw JSON.
function plainValue(key, value) {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "number" || typeof value === "string") {
    return key.endsWith("psap") ? centreName(String(value)) : clip(String(value), 60);
  }
  if (Array.isArray(value)) return `${value.length} 项`;
  const name = value.label || value.full_name || value.name || value.text;
  return name ? clip(String(name), 60) : "";
}

function plainSummary(data) {
  return Object.entries(data)
    .map(([key, value]) => {
      const text = plainValue(key, value);
      return text ? `${FIELD[key] || key}：${text}` : "";
    })
    .filter(Boolean)
    .join(" · ");
}

function psapMove(d) {
  return `${centreName(d.from_psap)} → ${centreName(d.to_psap)}`;
}

// One line per timeline entry, in the words a dispatcher uses.
const SUMMARIES = {
  created: (d) =>
    [centreName(d.psap), d.caller_number && `来电 ${d.caller_number}`, d.complaint_text]
      .filter(Boolean)
      .join(" · "),
  location_said: (d) => `“${d.text}”`,
  complaint_said: (d) => `“${d.text}”`,
  complaint_added: (d) => `“${d.text}”`,
  position_updated: (d) => {
    const p = d.caller_position || {};
    return p.lat != null ? `${p.lat}, ${p.lon} ±${formatDistance((p.radius_m || 0) / 1000)}` : "";
  },
  candidates_changed: (d) =>
    d.top ? `首选 ${d.top}（共 ${(d.place_ids || []).length} 处）` : "没有候选地点",
  contradiction: (d) => (d.messages || []).join("；"),
  prompt_shown: (d) => clip(d.text || ""),
  priority_changed: (d) => `${label(PRIORITY, d.from)} → ${label(PRIORITY, d.to)}`,
  priority_set: (d) =>
    [`${label(PRIORITY, d.from)} → ${label(PRIORITY, d.to || d.priority)}`, d.reason]
      .filter(Boolean)
      .join(" · "),
  action_recommended: (d) =>
    [
      label(ACTION, d.kind),
      d.to_psap ? `转至 ${centreName(d.to_psap)}` : "",
      d.reason ? clip(d.reason, 60) : "",
    ]
      .filter(Boolean)
      .join("：") || label(ACTION, d.kind),
  parallel_alerted: (d) =>
    [centreName(d.to_psap), d.label, d.reason].filter(Boolean).join(" · "),
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
  transferred: (d) => [psapMove(d), d.reason].filter(Boolean).join(" · "),
  escalated: (d) => d.reason || "",
  taken_over: (d) => d.reason || "主管已接管本呼叫",
  held_call_merged: (d) => {
    const carried = Array.isArray(d.carried) ? d.carried.length : 0;
    const said = carried ? `，带入其后 ${carried} 条操作` : "";
    return `存储不可用时本地暂存的重复受理 ${d.held_id} 已并入本呼叫${said}`;
  },
  closed: (d) => d.reason || "",
  note: (d) => d.text || "",
  answer: (d) => `${label(QUESTION, d.question)}：${d.answer}`,
  full_read: (d) => `经${label(READ_VIA, d.via)}`,
  erased: (d) => {
    const days = /retention_days=([\d.]+)/.exec(String(d.rule || ""));
    return `${days ? `结束后保存 ${days[1]} 天已满，` : ""}来电号码和原话已删除`;
  },
  repeat_caller: (d) =>
    `此号码此前来电 ${Array.isArray(d.earlier_calls) ? d.earlier_calls.length : 1} 次`,
};

// Entries the service writes as a consequence of another; drawn quieter.
const DERIVED = new Set([
  "candidates_changed",
  "prompt_shown",
  "action_recommended",
  "priority_changed",
  "full_read",
]);

function timelineSummary(type, data) {
  if (data === null || data === undefined) return "";
  if (typeof data !== "object") return String(data);
  const summary = SUMMARIES[type];
  if (summary) {
    try {
      return summary(data);
    } catch {
      return plainSummary(data);
    }
  }
  return plainSummary(data);
}

// "dispatcher#1a2b3c4d" → "调度员 1a2b"; a staff id or name is shown as it is.
export function actorText(actor) {
  const [role, id] = String(actor || "").split("#");
  if (ROLE[role]) return id ? `${ROLE[role]} ${id.slice(0, 4)}` : ROLE[role];
  return String(actor || "");
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
          title: entry.hash ? `校验值 ${entry.hash}` : null,
        },
        h("span", { class: "seq" }, entry.seq ?? ""),
        h("time", { datetime: entry.at || "" }, formatClock(entry.at)),
        h("span", { class: "type" }, TIMELINE[entry.type] || "其他记录"),
        h("span", { class: "actor", title: entry.actor || "" }, actorText(entry.actor)),
        h("span", { class: "summary" }, timelineSummary(entry.type, entry.data)),
      ),
    ),
  );
  list.scrollTop = list.scrollHeight;
}

export function mapScene(record, preview) {
  if (preview) {
    return {
      candidates: previewChoices(preview).map(({ key, candidate: c }) => ({
        key,
        lat: c.lat,
        lon: c.lon,
        label: c.name || c.full_name,
        title: c.full_name,
        precision: c.precision,
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
      precision: choice.candidate.precision,
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
      precision: confirmed.precision,
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
