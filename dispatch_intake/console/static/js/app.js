// The console: sign-in, the live queue, intake of one call at a time, all of it by keyboard.

import { alertCritical, unlockSound } from "./alerts.js";
import {
  ApiError,
  MASKED,
  OPTIONAL_ENDPOINTS,
  callPath,
  callsFrom,
  createApi,
  discoverEndpoints,
  discoverRole,
  errorText,
  isMissing,
  may,
} from "./api.js";
import { $, fill, formatAge, formatClock, h, newIdempotencyKey, parsePosition } from "./dom.js";
import { subscribe } from "./events.js";
import { createKeyHandler, renderHelp, renderKeybar } from "./keys.js";
import { ROLE, label } from "./labels.js";
import { createConsoleMap } from "./basemap.js";
import { createSearch } from "./search.js";
import {
  OPEN_STATUSES,
  answerableQuestion,
  awaitingSupervisor,
  choicesOf,
  isBlank,
  mapScene,
  queueOrder,
  queueRow,
  recommendedChoice,
  recommendedStep,
  renderCall,
  renderPreview,
  renderTimeline,
  carryKeys,
  setCentreNames,
  takesInput,
  updateCallClock,
} from "./views.js";

const TOKEN_KEY = "dispatch-intake.token";
const SESSION_KEY = "dispatch-intake.session";
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
  // From GET /v1/me: centres where a call-taker also dispatches (受理调度一体).
  oneSeat: [],
  // Optional endpoints: the paths the service publishes (null: unknown), and verbs found
  // missing at run time (their controls are hidden).
  endpoints: null,
  missing: new Set(),
  // Which call the message in the error banner is about; it goes when that call does.
  errorCall: null,
  // The banner says the service could not be reached; it goes once the service answers again.
  errorUnreachable: false,
  session: false,
  view: "intake",
  search: null,
  // Calls with a step of this console's own on its way.
  // Steps of this seat on their way, per call: counted, since a second step may be sent before
  // the first one's answer (a number key, then D while the confirm is still answering).
  acting: new Map(),
  // A call still taking this console's input though another seat dispatched it.
  keptInput: null,
  // Held calls merged into stored ones (held id → stored id), as the service said so.
  merged: new Map(),
  // The open call came to this console under a held id since merged: said on its panel.
  mergedFrom: null,
  // Numbers a supervisor looked at whole (H), per call, while that call stays open.
  revealed: new Map(),
};

let map = null;

// ---------------------------------------------------------------- feedback

function showError(error, verb = "") {
  $("error").textContent = errorText(error, verb);
  state.errorCall = error ? state.activeId : null;
  state.errorUnreachable = error instanceof ApiError && error.status === 0;
  if (error instanceof ApiError && error.status === 401) signOut("登录已失效，请重新登录");
}

// May this credential do `verb` on `record` (or on a call of this centre)?
function allowed(verb, record = active()) {
  if (verb === "recommended") {
    // Without a recommendation there is nothing to refuse: the key is only idle.
    const step = recommendedStep(record);
    return step ? allowed(step, record) : true;
  }
  const psap = (record && record.psap) || state.psap;
  return may(state.role, verb, { psap, oneSeat: state.oneSeat });
}

// Does this service offer the endpoint `verb` needs?
function offered(verb) {
  if (state.missing.has(verb)) return false;
  const path = OPTIONAL_ENDPOINTS[verb];
  return !path || !state.endpoints || state.endpoints.has(path);
}

// The service answered: a banner saying it cannot be reached is no longer true.
function serviceAnswered() {
  if (state.errorUnreachable) showError(null);
}

function markMissing(verb) {
  state.missing.add(verb);
  render();
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
  if (stateName === "open") {
    serviceAnswered();
    refillQueue();
  }
}

// ---------------------------------------------------------------- records

// A call answered while the store was away (held in the service's journal) may turn out, once
// the store is back, to be a retry of a start the store had taken: it is merged into that call,
// and every answer about it names the stored call (`X-Merged-Into`). The console follows: the
// held call leaves the queue, the open call becomes the stored one, and what is typed stays.
function followMerge(heldId, storedId) {
  state.merged.set(heldId, storedId);
  const held = state.calls.get(heldId);
  state.calls.delete(heldId);
  if (held && !state.calls.has(storedId)) state.calls.set(storedId, { ...held, id: storedId });
  carryKeys(heldId, storedId);
  if (state.activeId === heldId) {
    state.activeId = storedId;
    state.mergedFrom = heldId;
  }
  if (state.keptInput === heldId) state.keptInput = storedId;
  if (state.errorCall === heldId) state.errorCall = storedId;
}

// The id the service keeps a call under now.
function storedId(id) {
  return state.merged.get(id) || id;
}

// A step of this seat on its way for the call (asked for under its own id or a merged one).
function isActing(id) {
  return [...state.acting.keys()].some((asked) => storedId(asked) === id);
}

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
  // Held locally is said only on a held record: once an answer comes without it, the store has
  // the call and the banner goes.
  if (!record.held_locally) delete merged.held_locally;
  state.calls.set(record.id, merged);
  // The open call leaves the input once, at whichever comes first — the answer to the step that
  // ended it, or the event telling of it. Clearing again at the later one would wipe what the
  // call-taker began typing for the next caller in between.
  if (known && record.id === state.activeId && leftInput(known, merged)) {
    // Sent from another seat (a split centre's dispatcher) while this one was taking the call:
    // the call-taker is still with the caller, and what they are typing is theirs.
    if (merged.status === "dispatched" && !isActing(record.id)) {
      state.keptInput = record.id;
    } else leaveInput();
  }
  return merged;
}

// Does what is typed here go to this call? As the service's state says, and also for a call
// dispatched from another seat while this one was taking it: the caller is still on this line.
function inputOpen(record) {
  if (takesInput(record, state.psap)) return true;
  return Boolean(record && record.id === state.keptInput && record.status === "dispatched");
}

function leftInput(before, after) {
  return takesInput(before, state.psap) && !takesInput(after, state.psap);
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
  const before = state.calls.get(id);
  if (record) alertIfNewlyCritical(before, record, data && data.change);
  if (record) alertIfNewlyEscalated(before, record);
  if (record && record.location) {
    store(record);
    if (id === state.activeId && !Array.isArray(record.timeline)) await loadCall(id);
  } else {
    await loadCall(id, { quiet: true });
  }
  // The store answers again: the open call, held meanwhile, is asked after (it was written
  // into the store, or merged into the call it retried).
  const open = active();
  if (open && open.held_locally && open.id !== id) await loadCall(open.id, { quiet: true });
  render();
}

// A dispatcher hears and sees a critical call arrive in this centre (or turn critical).
function alertIfNewlyCritical(before, record, change) {
  if (state.role !== "dispatcher" || record.priority !== "critical") return;
  // A call this console is starting is already in front of this dispatcher.
  if (starting || record.id === state.activeId) return;
  if (state.psap && record.psap !== state.psap) return;
  if (!OPEN_STATUSES.has(record.status) && record.status !== "transferred") return;
  const arrived = !before && (change === "created" || change === undefined || change === "transferred");
  const turned = before && before.priority !== "critical";
  const handedIn = before && before.psap !== record.psap;
  if (arrived || turned || handedIn) alertCritical(record.id);
}

// A supervisor hears and sees a call escalated to them (in their centre, or any when they watch
// all centres).
function alertIfNewlyEscalated(before, record) {
  if (state.role !== "supervisor" || !awaitingSupervisor(record)) return;
  if (before && awaitingSupervisor(before)) return;
  if (state.psap && record.psap !== state.psap) return;
  if (record.id === state.activeId) return;
  alertCritical(record.id);
}

async function loadCall(id, { quiet = false } = {}) {
  try {
    store(await state.api.get(`${callPath(id)}?${MASKED}`));
  } catch (error) {
    if (!quiet) showError(error);
  }
}

// H: a supervisor looks at the open call's number whole. The service records the look on the
// call's timeline (`full_read`); nothing else this console reads shows a number whole.
async function revealNumber() {
  const record = active();
  if (!record || !allowed("reveal", record)) return;
  try {
    const whole = store(await state.api.get(callPath(record.id)));
    const number = whole && whole.caller && whole.caller.number;
    if (number) state.revealed.set(whole.id, number);
    else showError(new Error("本呼叫没有来电号码"));
    render();
  } catch (error) {
    showError(error, "reveal");
  }
}

async function refillQueue() {
  if (!state.api || state.role === "auditor") return;
  try {
    const data = await state.api.get(
      `/v1/calls?status=provisional,location_confirmed,dispatched,transferred&${MASKED}`,
    );
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
    .sort(
      (a, b) =>
        // A supervisor sees the calls escalated to them first, as the service lists them.
        (state.role === "supervisor" ? awaitingSupervisor(b) - awaitingSupervisor(a) : 0) ||
        queueOrder(a, b),
    );
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
  if ($("call").dataset.id !== (record ? record.id : undefined)) $("call").scrollTop = 0;
  if (state.errorCall !== state.activeId) {
    $("error").textContent = "";
    state.errorCall = null;
  }
  const inputCall = inputOpen(record);
  document.body.dataset.view = state.view;
  $("search").hidden = state.view !== "search";
  $("intake").hidden = state.view === "search";
  $("call").hidden = !record;
  $("idle").hidden = Boolean(record) || Boolean(state.preview);
  $("intake-form").dataset.next = record && !inputCall ? "true" : "false";
  $("intake-form").dataset.taking = inputCall ? "true" : "false";
  $("location-input").placeholder =
    record && !inputCall
      ? "输入即开始下一个呼叫，Enter 提交"
      : "来电人说的地点，Enter 提交";
  if (record) {
    renderCall(record, {
      mayStep: (step) => allowed(step, record),
      inputPsap: state.psap,
      kept: record.id === state.keptInput && inputCall,
      mergedFrom: state.mergedFrom,
      revealed: state.revealed.get(record.id) || "",
      mayReveal: allowed("reveal", record),
    });
  }
  renderPreview(state.preview);
  renderTimeline(record);
  renderKeybar((verb) => allowed(verb, record), record, offered);
  map.show({ ...mapScene(record, state.preview), ...(state.area || {}) });
}

function tick() {
  const now = Date.now();
  for (const element of document.querySelectorAll("[data-since]")) {
    const since = Number(element.dataset.since);
    element.textContent = element.dataset.since && since ? formatAge(since, now) : "";
  }
  $("clock").textContent = formatClock(now);
  updateCallClock(now);
}

// ---------------------------------------------------------------- keys

function commandMode() {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  $("call").focus({ preventScroll: true });
  revealDecision();
}

// Keys act on the sentence and the action: after Tab has scrolled a zoomed screen elsewhere,
// the call comes back into view from its clock down (a screen where they show does not move).
function revealDecision() {
  if ($("call").hidden) return;
  const shown = (element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  };
  if (shown($("call-clock-box")) && shown($("prompt-text")) && shown($("action"))) return;
  // The page to the call's column, its form still on top; within the call its top part (clock,
  // sentence, action) is sticky, so it shows whatever the call is scrolled to.
  $("intake").scrollIntoView({ block: "start" });
  if (!shown($("action"))) $("action").scrollIntoView({ block: "nearest" });
}

// PageDown / PageUp on the call move it by the part that scrolls under its sticky top (clock,
// sentence, action), less a place's height: the browser's own step is nearly the call's whole
// height and would carry places past unseen under the top. Elsewhere (the timeline, the queue)
// the focused list moves by most of its height, as the browser's own step would.
function pageCall(direction) {
  const call = $("call");
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused !== document.body && !call.contains(focused)) {
    focused.scrollBy({ top: direction * focused.clientHeight * 0.875 });
    return;
  }
  if (call.hidden) return;
  const row = call.querySelector("#options .option");
  const band = call.clientHeight - $("call-top").offsetHeight;
  call.scrollBy({ top: direction * Math.max(16, band - (row ? row.offsetHeight : 32)) });
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
  else if (target.id === "number-input" && inputOpen(active())) submitNumber();
  else if (target.closest("#intake-form")) {
    if (!inputOpen(active())) startCall();
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
    Enter: () => actOnRecommendation(),
    d: () => dispatch(),
    t: () => openDialog("transfer"),
    b: () => alertCentre(),
    e: () => openDialog("escalate"),
    n: () => openDialog("notes"),
    a: () => openDialog("answers"),
    x: () => openDialog("close"),
    p: () => openDialog("priority"),
    g: () => takeOver(),
    h: () => revealNumber(),
    f: () => showSearch(),
    l: () => $("location-input").focus(),
    "/": () => $("location-input").focus(),
    c: () => $("complaint-input").focus(),
    r: () => refillQueue(),
    "?": () => openHelp(),
    PageDown: () => pageCall(1),
    PageUp: () => pageCall(-1),
    ArrowDown: () => moveInQueue(1),
    j: () => moveInQueue(1),
    ArrowUp: () => moveInQueue(-1),
    k: () => moveInQueue(-1),
    Escape: () => (state.view === "search" && state.role !== "auditor" ? showIntake() : showError(null)),
  },
});

// ---------------------------------------------------------------- actions

function callerPosition() {
  return parsePosition($("position-input").value);
}

// Another call on screen: what was typed for the one before is not this call's, and must never
// reach it with its next turn (a number as its callback, a complaint as its own).
function select(id) {
  if (id !== state.activeId) leaveInput();
  if (id !== state.activeId) state.revealed.clear();
  if (id !== state.activeId) state.mergedFrom = null;
  state.activeId = id;
  state.preview = null;
  $("location-input").value = "";
  showError(null);
  render();
  loadCall(id).then(render);
}

async function act(verb, body, { focusLocationAfter = false, options } = {}) {
  const record = active();
  if (!record) {
    showError(new Error("请先选择或新建一个呼叫"));
    return null;
  }
  try {
    // Only the step that ends the call's input clears the form (in `store`): what is typed
    // after it is the next caller's.
    beginActing(record.id);
    const updated = store(await state.api.post(callPath(record.id, verb), body, options));
    showError(null);
    render();
    if (focusLocationAfter) $("location-input").focus();
    return updated;
  } catch (error) {
    if (isMissing(error)) markMissing(verb);
    showError(error, verb);
    return null;
  } finally {
    endActing(record.id);
  }
}

// A step's answer ends only its own mark: when the first of two steps answered last, clearing
// the call's mark made the second step's event (its dispatch, told before its answer) look like
// a dispatch from another seat, and the call kept the input and its options.
function beginActing(id) {
  state.acting.set(id, (state.acting.get(id) || 0) + 1);
}

function endActing(id) {
  const left = (state.acting.get(id) || 0) - 1;
  if (left > 0) state.acting.set(id, left);
  else state.acting.delete(id);
}

// A call that was dispatched, closed or handed away leaves the input: what is in the form
// belongs to the next caller.
function leaveInput() {
  state.keptInput = null;
  clearTimeout(resolveTimer);
  state.preview = null;
  state.idempotencyKey = newIdempotencyKey();
  for (const id of ["location-input", "complaint-input", "number-input", "position-input"]) {
    $(id).value = "";
  }
}

function needsLocation(record) {
  const kind = record && record.prompt && record.prompt.kind;
  return kind === "ask_location" || kind === "ask_more";
}

// The start in flight, if any: what is typed and entered meanwhile waits for it, then goes to
// the call it made.
let starting = null;

// How many times the location box has taken the focus: a call-taker who goes back to it (L, a
// click) while the service answers the words just sent is about to type more, and the answer
// must not take the box away again.
let locationFocusCount = 0;

const FORM_INPUTS = ["location-input", "complaint-input", "number-input", "position-input"];

function formIsEmpty() {
  return FORM_INPUTS.every((id) => !$(id).value.trim());
}

function startCall() {
  if (starting) return starting;
  const current = active();
  // F2 again on an empty form, while the open call is still blank, is the same call.
  if (formIsEmpty() && current && isBlank(current) && inputOpen(current)) {
    $("location-input").focus();
    return Promise.resolve();
  }
  starting = sendStart().finally(() => {
    starting = null;
  });
  return starting;
}

async function sendStart() {
  const body = {};
  if (state.psap) body.psap = state.psap;
  const sent = Object.fromEntries(FORM_INPUTS.map((id) => [id, $(id).value]));
  const location = sent["location-input"].trim();
  const complaint = sent["complaint-input"].trim();
  const number = sent["number-input"].trim();
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
    state.mergedFrom = null;
    state.keptInput = null;
    state.preview = null;
    // Only what the start carried is cleared: words typed while it was on its way stay, for
    // this call's next turn.
    let typedMeanwhile = false;
    for (const id of FORM_INPUTS) {
      if ($(id).value === sent[id]) $(id).value = "";
      else typedMeanwhile = true;
    }
    showError(null);
    render();
    if (typedMeanwhile) return;
    if (needsLocation(record)) $("location-input").focus();
    else commandMode();
  } catch (error) {
    showError(error, "start");
  }
}

async function submitLocation() {
  if (starting) await starting;
  const input = $("location-input");
  const text = input.value.trim();
  const record = active();
  if (!inputOpen(record)) {
    await startCall();
    return;
  }
  if (!text) return;
  const body = { text };
  const position = callerPosition();
  if (position) body.caller_position = position;
  // The box is cleared at once so the next words can be typed while the service answers.
  input.value = "";
  const focusSeen = locationFocusCount;
  clearTimeout(resolveTimer);
  state.preview = null;
  const updated = await act("location", body);
  if (!updated) {
    if (!input.value) input.value = text;
    return;
  }
  await submitNumber();
  // Leave the box only if nothing new was typed meanwhile, and the box was not taken again
  // (the live stream may show the words before this answer comes).
  if (input.value || document.activeElement !== input || locationFocusCount !== focusSeen) return;
  if (!needsLocation(updated)) commandMode();
}

// A complaint said after the call started is a complaint (re-triaged by the service), not a
// note; a service without the complaint endpoint keeps it as a note.
async function submitComplaint() {
  if (starting) await starting;
  const input = $("complaint-input");
  const text = input.value.trim();
  if (!inputOpen(active())) {
    await startCall();
    return;
  }
  if (!text) return;
  let updated = null;
  if (offered("complaint")) updated = await act("complaint", { text });
  if (!updated && !offered("complaint")) {
    updated = await act("notes", { text: `主诉补充：${text}` });
  }
  if (updated) {
    input.value = "";
    await submitNumber();
  }
}

// A number typed while a call takes input is the number to call back on: it goes to that
// call as the script's callback answer (which also fills an unknown caller number), never
// left in the box as if it were stored.
async function submitNumber() {
  if (starting) await starting;
  const input = $("number-input");
  const number = input.value.trim();
  if (!number || !inputOpen(active())) return;
  const updated = await act("answers", { question: "callback_number", answer: number });
  if (updated && input.value.trim() === number) input.value = "";
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
  revealDecision();
}

function dispatchBody(record) {
  const action = record.recommended_action || {};
  return action.unit ? { unit: action.unit } : {};
}

// One key sends an ambulance once: on a call that already has one, D asks before it sends
// another (a key pressed twice, or a call reopened from the queue, is not a second crew).
// A step this seat may not take where taking and dispatching are split: said in words, and
// nothing is sent (the call is already in the dispatchers' queue).
function refusedHere(verb, record) {
  if (allowed(verb, record)) return false;
  const what = { dispatch: "派车", transfer: "转接", close: "结束呼叫" }[verb];
  if (!what || state.role !== "call_taker") return false;
  const centre = psapTitle(record.psap || state.psap);
  showError(new Error(`${centre}受理和调度分席：${what}由调度员执行，本呼叫已在调度员的队列中`));
  return true;
}

async function dispatch() {
  const record = active();
  if (!record || refusedHere("dispatch", record)) return;
  if (Array.isArray(record.dispatches) && record.dispatches.length) {
    openDialog("dispatch");
    return;
  }
  await act("dispatch", dispatchBody(record));
  revealDecision();
}

// Enter outside a text box does what the service recommends, in one key.
async function actOnRecommendation() {
  const record = active();
  if (!record || !inputOpen(record)) return;
  const step = recommendedStep(record);
  const action = record.recommended_action || {};
  if (step === "dispatch") await dispatch();
  else if (step === "transfer") {
    if (refusedHere("transfer", record)) return;
    await act("transfer", { to_psap: action.to_psap, reason: action.reason || "" });
  } else if (step === "confirm") {
    const choice = recommendedChoice(record);
    if (choice) await confirmChoice(choice.key);
  }
  else if (step === "location") $("location-input").focus();
}

// B: the other centre the recommendation names was told (a phone call, a radio word); the
// timeline records it, once per press (a retried request is the same alert).
async function alertCentre() {
  const record = active();
  if (!record || !offered("alert")) return;
  const alert = (record.recommended_action || {}).parallel_alert;
  if (!alert || !alert.to_psap) {
    showError(new Error("当前建议中没有需要通知的另一中心"));
    return;
  }
  await act(
    "alert",
    { to_psap: alert.to_psap, place_id: alert.place_id || null },
    { options: { headers: { "Idempotency-Key": newIdempotencyKey() } } },
  );
  revealDecision();
}

async function takeOver() {
  if (!offered("takeover")) return;
  await act("takeover", { reason: "" });
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
  if (refusedHere(verb, record)) return;
  dialogVerb = verb;
  const action = record.recommended_action || {};
  if (verb === "priority" && !offered("priority")) return;
  const titles = {
    transfer: "转接（热转移，来电人无需重拨）",
    escalate: "上报主管",
    notes: "备注",
    close: "结束呼叫",
    priority: "调整分级（人工，记入时间线）",
    dispatch: `本呼叫已派车 ${(record.dispatches || []).length} 次，再派一辆？`,
    answers: question ? `回答：${question.text}` : "",
  };
  $("dialog-title").textContent = titles[verb];
  $("dialog-psap-row").hidden = verb !== "transfer";
  $("dialog-priority-row").hidden = verb !== "priority";
  $("dialog-text-row").hidden = verb === "dispatch";
  $("dialog-hint").textContent =
    verb === "dispatch" ? "Enter 再派一辆 · Esc 不派" : "Enter 提交 · Shift+Enter 换行 · Esc 取消";
  $("dialog-submit").textContent = verb === "dispatch" ? "再派一辆 (Enter)" : "提交 (Enter)";
  $("dialog-priority").value = record.priority || "unknown";
  const choices = [...psapNames].filter(([id]) => id !== record.psap);
  fill(
    $("dialog-psap"),
    h("option", { value: "" }, "（选择中心）"),
    ...choices.map(([id, name]) => h("option", { value: id }, name)),
  );
  $("dialog-psap").value =
    verb === "transfer" ? action.to_psap || action.psap || action.target_psap || "" : "";
  $("dialog-text").value =
    verb === "transfer" && action.kind === "transfer" ? action.reason || "" : "";
  $("dialog-error").textContent = "";
  $("dialog").showModal();
  if (verb === "dispatch") $("dialog-submit").focus();
  else (verb === "transfer" && !$("dialog-psap").value ? $("dialog-psap") : $("dialog-text")).focus();
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
  } else if (dialogVerb === "dispatch") {
    body = dispatchBody(active());
  } else if (dialogVerb === "priority") {
    body = { priority: $("dialog-priority").value, reason: text };
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
  const record = active();
  beginActing(record.id);
  try {
    store(await state.api.post(callPath(record.id, dialogVerb), body));
    $("dialog").close();
    showError(null);
    render();
    commandMode();
  } catch (error) {
    if (isMissing(error)) markMissing(dialogVerb);
    $("dialog-error").textContent = errorText(error, dialogVerb);
  } finally {
    endActing(record.id);
  }
}

function openHelp() {
  renderHelp((verb) => allowed(verb), offered);
  $("help").showModal();
}

// ---------------------------------------------------------------- search (supervisor, auditor)

function showSearch() {
  if (!allowed("search")) return;
  state.view = "search";
  render();
  $("search-since").focus();
}

function showIntake() {
  state.view = "intake";
  render();
  commandMode();
}

async function openFound(id) {
  if (id !== state.activeId) leaveInput();
  if (id !== state.activeId) state.mergedFrom = null;
  state.activeId = id;
  if (state.role === "auditor") {
    try {
      const found = await state.api.get(callPath(id, "timeline"));
      store({ ...(state.calls.get(id) || { id }), timeline: found.timeline || [] });
    } catch (error) {
      $("search-error").textContent = errorText(error);
    }
  } else {
    await loadCall(id);
  }
  render();
  $("timeline").focus();
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
  const open = inputOpen(record);
  // Enter adds to the open call, which resolves everything said so far with it; when typing
  // starts the next call, only what is typed counts.
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
    serviceAnswered();
    if ($("location-input").value.trim() !== text) return;
    state.preview = { ...(result || {}), caller: position || null, callId: open ? record.id : null };
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
    setCentreNames(psapNames);
    const wanted = $("signin-psap").dataset.wanted;
    $("signin-psap").dataset.default = data.default || "";
    fill(
      $("signin-psap"),
      h("option", { value: "" }, "全部中心"),
      ...[...psapNames].map(([id, name]) => h("option", { value: id }, name)),
    );
    $("signin-psap").value = wanted !== undefined ? wanted : data.default || "";
    fill(
      $("search-psap"),
      h("option", { value: "" }, "全部中心"),
      ...[...psapNames].map(([id, name]) => h("option", { value: id }, name)),
    );
    if (state.api) $("psap-name").textContent = psapTitle(state.psap);
    render();
  } catch {
    // Free text still works without the list.
  }
}

function psapTitle(psap) {
  if (!psap) return "全部中心";
  return psapNames.get(psap) || psap;
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

async function loadIdentity(api) {
  try {
    const me = await api.get("/v1/me");
    state.oneSeat = Array.isArray(me && me.one_seat_psaps) ? me.one_seat_psaps : [];
    return me || {};
  } catch {
    state.oneSeat = [];
    return {};
  }
}

async function signIn(token, psap, { session = false } = {}) {
  const api = createApi(token, { onMerged: followMerge });
  const { role } = await discoverRole(api);
  const me = await loadIdentity(api);
  state.api = api;
  state.role = role;
  state.psap = psap;
  state.session = session;
  state.view = role === "auditor" ? "search" : "intake";
  sessionStorage.setItem(TOKEN_KEY, token);
  sessionStorage.setItem(PSAP_KEY, psap);
  if (session) sessionStorage.setItem(SESSION_KEY, "1");
  else sessionStorage.removeItem(SESSION_KEY);
  const who = me.name || me.staff_id || "";
  $("role").textContent = who ? `${label(ROLE, role)} · ${who}` : label(ROLE, role);
  $("role").dataset.role = role;
  $("psap-name").textContent = psapTitle(psap);
  $("signin").hidden = true;
  document.body.dataset.role = role;
  $("search-number-row").hidden = !allowed("search_number");
  // An auditor has no intake to go back to.
  $("search-close").hidden = role === "auditor";
  $("search-psap").value = psap;
  if (!state.search) {
    state.search = createSearch({ api, offered, allowed, onOpen: openFound, onMissing: markMissing });
  }
  render();
  // An auditor follows no live stream: a grey "未连接" would read as a fault.
  $("stream-state").hidden = role === "auditor";
  if (role === "auditor") {
    $("queue-empty").textContent = "审计员在“查询”中按时间、状态、中心、人员或号码查找呼叫";
    $("search-since").focus();
    return;
  }
  $("queue-empty").textContent = "暂无未结束的呼叫";
  // Focus moves once, as the form appears: keys typed after sign-in never land elsewhere later.
  $("location-input").focus();
  state.unsubscribe = subscribe({
    url: `/v1/events?${MASKED}`,
    token,
    onMessage: onEvent,
    onState: setStreamState,
  });
  await refillQueue();
  loadArea();
}

function signOut(reason = "") {
  if (state.unsubscribe) state.unsubscribe();
  // A staff session is revoked at the service, not only forgotten here.
  if (state.api && state.session) state.api.delete("/v1/sessions/current").catch(() => {});
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(SESSION_KEY);
  Object.assign(state, {
    api: null,
    role: null,
    activeId: null,
    preview: null,
    unsubscribe: null,
    session: false,
    search: null,
    view: "intake",
    mergedFrom: null,
  });
  state.calls.clear();
  state.merged.clear();
  state.revealed.clear();
  render();
  $("role").textContent = "";
  $("signin-error").textContent = reason;
  $("signin").hidden = false;
  $("signin-token").value = "";
  $("signin-password").value = "";
  (offered("sessions") ? $("signin-staff") : $("signin-token")).focus();
}

// Staff id and password open a session (POST /v1/sessions); a role token still signs in
// directly (development, tests).
async function onSignInSubmit(event) {
  event.preventDefault();
  unlockSound();
  const token = $("signin-token").value.trim();
  const staffId = $("signin-staff").value.trim();
  const password = $("signin-password").value;
  const psap = $("signin-psap").value.trim();
  $("signin-error").textContent = "";
  try {
    if (token || !staffId) {
      if (!token) {
        $("signin-error").textContent = "请填写工号和密码，或令牌";
        return;
      }
      await signIn(token, psap);
      return;
    }
    const api = createApi("");
    let opened;
    try {
      opened = await api.post("/v1/sessions", { staff_id: staffId, password });
    } catch (error) {
      if (isMissing(error)) {
        markMissing("sessions");
        renderSignIn();
        $("signin-error").textContent = "本服务尚未开放工号登录，请用令牌登录";
        return;
      }
      throw error;
    }
    await signIn(opened.token, psap, { session: true });
  } catch (error) {
    const message =
      error instanceof ApiError && error.status === 401
        ? staffId && !token
          ? "工号或密码错误"
          : "令牌无效"
        : errorText(error);
    $("signin-error").textContent = message;
  }
}

function renderSignIn() {
  $("signin-staff-rows").hidden = !offered("sessions");
  // Only where the service says it is configured: a guess would send people to a 404.
  $("signin-oidc").hidden = !(state.endpoints && state.endpoints.has(OPTIONAL_ENDPOINTS.oidc));
}

// The centre's identity provider signs the person in and sends the browser back to
// /console#session=… (or #signin_error=…); the chosen centre waits in this tab meanwhile.
function signInWithProvider() {
  sessionStorage.setItem(PSAP_KEY, $("signin-psap").value.trim());
  location.assign(OPTIONAL_ENDPOINTS.oidc);
}

// Back from the provider: keep the session for this tab and wipe the fragment from the address
// (and so from history) at once.
function takeProviderAnswer() {
  const answer = new URLSearchParams(location.hash.slice(1));
  if (!answer.has("session") && !answer.has("signin_error")) return "";
  history.replaceState(null, "", location.pathname + location.search);
  if (answer.get("session")) {
    sessionStorage.setItem(TOKEN_KEY, answer.get("session"));
    sessionStorage.setItem(SESSION_KEY, "1");
  }
  return answer.get("signin_error") || "";
}

// ---------------------------------------------------------------- start

function boot() {
  const geoJson = async (url) => {
    const response = await fetch(url);
    return response.ok ? response.json() : null;
  };
  map = createConsoleMap($("map"), $("basemap"), {
    loadDistricts: (view) => geoJson(`/console/geo/districts?bbox=${view.map((v) => v.toFixed(4))}`),
    loadRoads: (view) => geoJson(`/console/geo/roads?bbox=${view.map((v) => v.toFixed(5))}`),
    loadBasemap: () => geoJson("/console/geo/basemap"),
  });
  $("call").tabIndex = -1;
  // A place brought into view (Tab to the list, a search of the page) lands below the call's
  // sticky top, not under it.
  new ResizeObserver(([entry]) => {
    $("call").style.scrollPaddingTop = `${Math.ceil(entry.borderBoxSize[0].blockSize) + 4}px`;
  }).observe($("call-top"));
  $("signin-form").addEventListener("submit", onSignInSubmit);
  $("signin-oidc").addEventListener("click", signInWithProvider);
  $("signout").addEventListener("click", () => signOut());
  $("help-button").addEventListener("click", openHelp);
  $("new-call").addEventListener("click", startCall);
  $("intake-form").addEventListener("submit", (event) => event.preventDefault());
  $("location-input").addEventListener("input", scheduleResolve);
  $("location-input").addEventListener("focus", () => {
    locationFocusCount += 1;
  });
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
  // The close event comes in a task of its own, and a key is handled before it (input goes
  // first): a key pressed right after Esc may have opened the dialog again, which keeps its focus.
  $("dialog").addEventListener("close", () => {
    if (!$("dialog").open) commandMode();
  });
  document.addEventListener("keydown", onKeyDown);
  $("search-close").addEventListener("click", showIntake);
  $("timeline").tabIndex = 0;
  setInterval(tick, 1000);
  tick();

  const refused = takeProviderAnswer();
  const token = sessionStorage.getItem(TOKEN_KEY);
  const wanted = sessionStorage.getItem(PSAP_KEY) ?? localStorage.getItem(PSAP_KEY);
  if (wanted !== null) $("signin-psap").dataset.wanted = wanted;
  $("signin-psap").addEventListener("change", (event) => {
    localStorage.setItem(PSAP_KEY, event.target.value.trim());
    $("signin-psap").dataset.wanted = event.target.value.trim();
  });
  render();
  const ready = Promise.all([
    loadPsapList(),
    discoverEndpoints().then((paths) => {
      state.endpoints = paths;
      renderSignIn();
    }),
  ]);
  if (token) {
    const session = sessionStorage.getItem(SESSION_KEY) === "1";
    ready
      .then(() => signIn(token, wanted || "", { session }))
      .catch(() => signOut("请重新登录"));
  } else {
    signOut(refused);
  }
}

boot();
