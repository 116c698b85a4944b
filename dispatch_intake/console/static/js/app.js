// The console: sign-in, the live queue, intake of one call at a time, all of it by keyboard.

import { ApiError, callPath, callsFrom, createApi, discoverRole } from "./api.js";
import { $, fill, formatAge, formatClock, h, newIdempotencyKey, parsePosition } from "./dom.js";
import { subscribe } from "./events.js";
import { createKeyHandler, renderHelp, renderKeybar } from "./keys.js";
import { ROLE, label } from "./labels.js";
import { createMap } from "./map.js";
import {
  OPEN_STATUSES,
  answerableQuestion,
  choicesOf,
  mapScene,
  queueOrder,
  queueRow,
  renderCall,
  renderPreview,
  renderTimeline,
} from "./views.js";

const TOKEN_KEY = "dispatch-intake.token";
const PSAP_KEY = "dispatch-intake.psap";
const RESOLVE_DELAY_MS = 250;

const state = {
  api: null,
  role: null,
  psap: "",
  calls: new Map(),
  activeId: null,
  preview: null,
  idempotencyKey: newIdempotencyKey(),
  unsubscribe: null,
  area: null,
};

let map = null;

// ---------------------------------------------------------------- feedback

function showError(error) {
  const text = !error
    ? ""
    : error instanceof ApiError
      ? `${error.status ? `${error.status} ` : ""}${error.message}`
      : String(error.message || error);
  $("error").textContent = text;
  if (error instanceof ApiError && error.status === 401) signOut("令牌已失效，请重新登录");
}

function setStreamState(stateName) {
  const words = {
    connecting: "实时：连接中",
    open: "实时：已连接",
    reconnecting: "实时：重连中",
    denied: "实时：无权限",
    closed: "实时：未连接",
  };
  const element = $("stream-state");
  element.dataset.state = stateName;
  element.textContent = words[stateName] || stateName;
  if (stateName === "open") refillQueue();
}

// ---------------------------------------------------------------- records

function active() {
  return state.activeId ? state.calls.get(state.activeId) || null : null;
}

function timelineLength(record) {
  return Array.isArray(record.timeline) ? record.timeline.length : -1;
}

function store(record) {
  if (!record || !record.id) return null;
  const known = state.calls.get(record.id);
  // An event may arrive after the answer it caused: never step back to an older state.
  if (known && timelineLength(record) >= 0 && timelineLength(record) < timelineLength(known)) {
    return known;
  }
  const merged = known ? { ...known, ...record } : record;
  if (known && !Array.isArray(record.timeline)) merged.timeline = known.timeline;
  state.calls.set(record.id, merged);
  return merged;
}

function recordIn(data) {
  for (const candidate of [data, data && data.call, data && data.record, data && data.data]) {
    if (candidate && typeof candidate === "object" && candidate.id && candidate.status) {
      return candidate;
    }
  }
  return null;
}

async function onEvent(message) {
  let data;
  try {
    data = JSON.parse(message.data);
  } catch {
    return;
  }
  const record = recordIn(data);
  let id = record ? record.id : data && (data.call_id || data.record_id || data.id);
  if (!id) return;
  id = String(id);
  if (record && record.location) {
    store(record);
    if (id === state.activeId && !Array.isArray(record.timeline)) await loadCall(id);
  } else {
    await loadCall(id, { quiet: true });
  }
  render();
}

async function loadCall(id, { quiet = false } = {}) {
  try {
    store(await state.api.get(callPath(id)));
  } catch (error) {
    if (!quiet) showError(error);
  }
}

async function refillQueue() {
  if (!state.api || state.role === "auditor") return;
  try {
    const data = await state.api.get("/v1/calls");
    for (const record of callsFrom(data)) store(record);
    if (state.activeId) await loadCall(state.activeId, { quiet: true });
    render();
  } catch (error) {
    showError(error);
  }
}

function queueRecords() {
  return [...state.calls.values()]
    .filter((record) => OPEN_STATUSES.has(record.status) || record.status === "transferred")
    .filter((record) => !state.psap || !record.psap || record.psap === state.psap)
    .sort(queueOrder);
}

// ---------------------------------------------------------------- rendering

function render() {
  const records = queueRecords();
  $("queue-count").textContent = String(records.length);
  $("queue-empty").hidden = records.length > 0;
  fill(
    $("queue-list"),
    ...records.map((record) =>
      queueRow(record, { active: record.id === state.activeId, onSelect: select }),
    ),
  );
  const record = active();
  $("call").hidden = !record;
  $("idle").hidden = Boolean(record) || Boolean(state.preview);
  if (record) renderCall(record);
  renderPreview(state.preview);
  renderTimeline(record);
  renderKeybar(state.role, record);
  map.show({ ...mapScene(record, state.preview), ...(state.area || {}) });
}

function tick() {
  const now = Date.now();
  for (const element of document.querySelectorAll("[data-since]")) {
    const since = Number(element.dataset.since);
    element.textContent = element.dataset.since && since ? formatAge(since, now) : "";
  }
  $("clock").textContent = formatClock(now);
}

// ---------------------------------------------------------------- keys

function commandMode() {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  $("call").focus({ preventScroll: true });
}

function moveInQueue(step) {
  const records = queueRecords();
  if (!records.length) return;
  const index = records.findIndex((record) => record.id === state.activeId);
  const next = index === -1 ? (step > 0 ? 0 : records.length - 1) : index + step;
  const target = records[Math.max(0, Math.min(records.length - 1, next))];
  select(target.id);
}

// Enter in a box of the intake form; true when it was taken.
function onEnter(target) {
  if (target.id === "location-input") submitLocation();
  else if (target.id === "complaint-input") submitComplaint();
  else if (target.closest("#intake-form")) {
    if (!active()) startCall();
  } else return false;
  return true;
}

const onKeyDown = createKeyHandler({
  enabled: () => Boolean(state.api) && !$("dialog").open && !$("help").open,
  newCall: () => startCall(),
  confirm: (key) => confirmChoice(key),
  leaveInput: () => commandMode(),
  onEnter,
  commands: {
    d: () => dispatch(),
    t: () => openDialog("transfer"),
    e: () => openDialog("escalate"),
    n: () => openDialog("notes"),
    a: () => openDialog("answers"),
    x: () => openDialog("close"),
    l: () => $("location-input").focus(),
    "/": () => $("location-input").focus(),
    c: () => $("complaint-input").focus(),
    r: () => refillQueue(),
    "?": () => openHelp(),
    ArrowDown: () => moveInQueue(1),
    j: () => moveInQueue(1),
    ArrowUp: () => moveInQueue(-1),
    k: () => moveInQueue(-1),
    Escape: () => showError(null),
  },
});

// ---------------------------------------------------------------- actions

function callerPosition() {
  return parsePosition($("position-input").value);
}

function select(id) {
  state.activeId = id;
  state.preview = null;
  $("location-input").value = "";
  showError(null);
  render();
  loadCall(id).then(render);
}

async function act(verb, body, { focusLocationAfter = false } = {}) {
  const record = active();
  if (!record) {
    showError(new Error("请先选择或新建一个呼叫"));
    return null;
  }
  try {
    const updated = store(await state.api.post(callPath(record.id, verb), body));
    showError(null);
    render();
    if (focusLocationAfter) $("location-input").focus();
    return updated;
  } catch (error) {
    showError(error);
    return null;
  }
}

function needsLocation(record) {
  const kind = record && record.prompt && record.prompt.kind;
  return kind === "ask_location" || kind === "ask_more";
}

let starting = false;

async function startCall() {
  if (starting) return;
  starting = true;
  const body = {};
  if (state.psap) body.psap = state.psap;
  const location = $("location-input").value.trim();
  const complaint = $("complaint-input").value.trim();
  const number = $("number-input").value.trim();
  const position = callerPosition();
  if (location) body.location_text = location;
  if (complaint) body.complaint_text = complaint;
  if (number) body.caller_number = number;
  if (position) body.caller_position = position;
  try {
    const record = store(
      await state.api.post("/v1/calls", body, {
        headers: { "Idempotency-Key": state.idempotencyKey },
      }),
    );
    state.idempotencyKey = newIdempotencyKey();
    state.activeId = record.id;
    state.preview = null;
    for (const id of ["location-input", "complaint-input", "number-input", "position-input"]) {
      $(id).value = "";
    }
    showError(null);
    render();
    if (needsLocation(record)) $("location-input").focus();
    else commandMode();
  } catch (error) {
    showError(error);
  } finally {
    starting = false;
  }
}

async function submitLocation() {
  const input = $("location-input");
  const text = input.value.trim();
  const record = active();
  if (!record || !OPEN_STATUSES.has(record.status)) {
    await startCall();
    return;
  }
  if (!text) return;
  const body = { text };
  const position = callerPosition();
  if (position) body.caller_position = position;
  // The box is cleared at once so the next words can be typed while the service answers.
  input.value = "";
  clearTimeout(resolveTimer);
  state.preview = null;
  const updated = await act("location", body);
  if (!updated) {
    if (!input.value) input.value = text;
    return;
  }
  // Leave the box only if nothing new was typed meanwhile.
  if (input.value || document.activeElement !== input) return;
  if (!needsLocation(updated)) commandMode();
}

async function submitComplaint() {
  const input = $("complaint-input");
  const text = input.value.trim();
  if (!active()) {
    await startCall();
    return;
  }
  if (!text) return;
  if (await act("notes", { text: `主诉补充：${text}` })) input.value = "";
}

async function confirmChoice(key) {
  const record = active();
  if (!record) return;
  const choice = choicesOf(record).find((item) => item.key === key);
  if (!choice) {
    showError(new Error(`没有选项 ${key}`));
    return;
  }
  await act("confirm", choice.body);
}

async function dispatch() {
  const record = active();
  if (!record) return;
  const action = record.recommended_action || {};
  await act("dispatch", action.unit ? { unit: action.unit } : {});
}

// ---------------------------------------------------------------- dialogs

let dialogVerb = null;

function openDialog(verb) {
  const record = active();
  if (!record) {
    showError(new Error("请先选择或新建一个呼叫"));
    return;
  }
  const question = answerableQuestion(record);
  if (verb === "answers" && !question) {
    showError(new Error("现在没有待回答的问题"));
    return;
  }
  dialogVerb = verb;
  const action = record.recommended_action || {};
  const titles = {
    transfer: "转接（热转移，来电人无需重拨）",
    escalate: "上报主管",
    notes: "备注",
    close: "结束呼叫",
    answers: question ? `回答：${question.text}` : "",
  };
  $("dialog-title").textContent = titles[verb];
  $("dialog-psap-row").hidden = verb !== "transfer";
  $("dialog-psap").value =
    verb === "transfer" ? action.to_psap || action.psap || action.target_psap || "" : "";
  $("dialog-text").value =
    verb === "transfer" && action.kind === "transfer" ? action.reason || "" : "";
  $("dialog-error").textContent = "";
  $("dialog").showModal();
  (verb === "transfer" && !$("dialog-psap").value ? $("dialog-psap") : $("dialog-text")).focus();
}

async function submitDialog() {
  const text = $("dialog-text").value.trim();
  let body;
  if (dialogVerb === "transfer") {
    const toPsap = $("dialog-psap").value.trim();
    if (!toPsap) {
      $("dialog-error").textContent = "请填写转至的中心";
      return;
    }
    body = { to_psap: toPsap, reason: text };
  } else if (dialogVerb === "escalate" || dialogVerb === "close") {
    body = { reason: text };
  } else if (dialogVerb === "answers") {
    if (!text) {
      $("dialog-error").textContent = "请填写来电人的回答";
      return;
    }
    body = { question: answerableQuestion(active()).id, answer: text };
  } else {
    if (!text) {
      $("dialog-error").textContent = "备注不能为空";
      return;
    }
    body = { text };
  }
  try {
    const record = active();
    store(await state.api.post(callPath(record.id, dialogVerb), body));
    $("dialog").close();
    showError(null);
    render();
    commandMode();
  } catch (error) {
    $("dialog-error").textContent =
      error instanceof ApiError ? `${error.status} ${error.message}` : String(error);
  }
}

function openHelp() {
  renderHelp(state.role);
  $("help").showModal();
}

// ---------------------------------------------------------------- live candidates

let resolveTimer = null;
let resolveAbort = null;

function scheduleResolve() {
  clearTimeout(resolveTimer);
  resolveTimer = setTimeout(resolvePreview, RESOLVE_DELAY_MS);
}

async function resolvePreview() {
  const text = $("location-input").value.trim();
  if (resolveAbort) resolveAbort.abort();
  if (!text) {
    state.preview = null;
    render();
    return;
  }
  resolveAbort = new AbortController();
  const record = active();
  const open = record && OPEN_STATUSES.has(record.status);
  // With a call open, the candidates are for everything said so far plus what is being typed.
  const said = open ? (record.location && record.location.text) || [] : [];
  const params = new URLSearchParams();
  for (const utterance of [...said, text]) params.append("q", utterance);
  const psap = open ? record.psap : state.psap;
  if (psap) params.set("psap", psap);
  const position = callerPosition() || (open && record.caller && record.caller.position);
  if (position) {
    params.set("lat", position.lat);
    params.set("lon", position.lon);
    if (position.radius_m) params.set("radius_m", position.radius_m);
  }
  try {
    const result = await state.api.get(`/v1/resolve?${params}`, { signal: resolveAbort.signal });
    if ($("location-input").value.trim() !== text) return;
    state.preview = { ...(result || {}), caller: position || null };
    render();
  } catch (error) {
    if (error.name !== "AbortError") showError(error);
  }
}

// ---------------------------------------------------------------- sign-in

const psapNames = new Map();

async function loadPsapList() {
  try {
    const response = await fetch("/console/geo/psaps");
    if (!response.ok) return;
    const data = await response.json();
    for (const psap of data.psaps || []) psapNames.set(psap.id, psap.name);
    if (!state.api && !$("signin-psap").value && data.default)
      $("signin-psap").value = data.default;
    fill(
      $("psap-options"),
      ...[...psapNames].map(([id, name]) => h("option", { value: id }, name)),
    );
    if (state.api) $("psap-name").textContent = psapTitle(state.psap);
  } catch {
    // Free text still works without the list.
  }
}

function psapTitle(psap) {
  if (!psap) return "全部中心";
  return psapNames.has(psap) ? `${psapNames.get(psap)}（${psap}）` : psap;
}

async function loadArea() {
  state.area = null;
  if (!state.psap) return;
  try {
    const response = await fetch(`/console/geo/psaps/${encodeURIComponent(state.psap)}`);
    if (!response.ok) return;
    const data = await response.json();
    state.area = { area: data.area || null, stations: data.stations || [] };
    render();
  } catch {
    // Without the area outline the map still shows the call.
  }
}

async function signIn(token, psap) {
  const api = createApi(token);
  const { role } = await discoverRole(api);
  state.api = api;
  state.role = role;
  state.psap = psap;
  sessionStorage.setItem(TOKEN_KEY, token);
  sessionStorage.setItem(PSAP_KEY, psap);
  $("role").textContent = label(ROLE, role);
  $("role").dataset.role = role;
  $("psap-name").textContent = psapTitle(psap);
  $("signin").hidden = true;
  document.body.dataset.role = role;
  if (role === "auditor") {
    $("queue-empty").textContent =
      "审计员不能查看队列与记录，只能读取时间线（GET /v1/calls/{id}/timeline）";
    return;
  }
  $("queue-empty").textContent = "暂无未结束的呼叫";
  // Focus moves once, as the form appears: keys typed after sign-in never land elsewhere later.
  $("location-input").focus();
  state.unsubscribe = subscribe({
    url: "/v1/events",
    token,
    onMessage: onEvent,
    onState: setStreamState,
  });
  await refillQueue();
  loadArea();
}

function signOut(reason = "") {
  if (state.unsubscribe) state.unsubscribe();
  sessionStorage.removeItem(TOKEN_KEY);
  Object.assign(state, { api: null, role: null, activeId: null, preview: null, unsubscribe: null });
  state.calls.clear();
  render();
  $("role").textContent = "";
  $("signin-error").textContent = reason;
  $("signin").hidden = false;
  $("signin-token").value = "";
  $("signin-token").focus();
}

async function onSignInSubmit(event) {
  event.preventDefault();
  const token = $("signin-token").value.trim();
  const psap = $("signin-psap").value.trim();
  $("signin-error").textContent = "";
  try {
    await signIn(token, psap);
  } catch (error) {
    const message =
      error instanceof ApiError && error.status === 401
        ? "令牌无效"
        : String(error.message || error);
    $("signin-error").textContent = message;
  }
}

// ---------------------------------------------------------------- start

function boot() {
  map = createMap($("map"), {
    loadDistricts: async (view) => {
      const response = await fetch(`/console/geo/districts?bbox=${view.map((v) => v.toFixed(4))}`);
      return response.ok ? response.json() : null;
    },
  });
  $("call").tabIndex = -1;
  $("signin-form").addEventListener("submit", onSignInSubmit);
  $("signout").addEventListener("click", () => signOut());
  $("help-button").addEventListener("click", openHelp);
  $("new-call").addEventListener("click", startCall);
  $("intake-form").addEventListener("submit", (event) => event.preventDefault());
  $("location-input").addEventListener("input", scheduleResolve);
  $("dialog-form").addEventListener("submit", (event) => {
    event.preventDefault();
    submitDialog();
  });
  $("dialog-cancel").addEventListener("click", () => $("dialog").close());
  $("dialog-text").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submitDialog();
    }
  });
  $("dialog").addEventListener("close", () => commandMode());
  document.addEventListener("keydown", onKeyDown);
  setInterval(tick, 1000);
  tick();
  loadPsapList();

  const token = sessionStorage.getItem(TOKEN_KEY);
  $("signin-psap").value = sessionStorage.getItem(PSAP_KEY) || localStorage.getItem(PSAP_KEY) || "";
  $("signin-psap").addEventListener("change", (event) =>
    localStorage.setItem(PSAP_KEY, event.target.value.trim()),
  );
  render();
  if (token) {
    signIn(token, $("signin-psap").value.trim()).catch(() => signOut("请重新登录"));
  } else {
    signOut();
  }
}

boot();
