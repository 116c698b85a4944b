// The intake API, as the console uses it: one bearer token, JSON in and out, errors a person
// can read.

import { ERROR_BY_CODE, ERROR_BY_STATUS, VERB } from "./labels.js";

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const NETWORK_MESSAGE = "无法连接受理服务，请检查网络";

// The header a service answers with when the call asked for was a held call since merged into
// a stored one: the id the call is known by now.
const MERGED_INTO = "X-Merged-Into";

// `onMerged(askedId, storedId)` hears of every answer given for a merged held call.
export function createApi(token, { onMerged = () => {} } = {}) {
  async function request(method, path, body, { headers = {}, signal } = {}) {
    const init = {
      method,
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json", ...headers },
      signal,
      cache: "no-store",
    };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers["Content-Type"] = "application/json";
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (error) {
      if (error.name === "AbortError") throw error;
      throw new ApiError(0, "network", NETWORK_MESSAGE);
    }
    const text = await response.text();
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (!response.ok) {
      const error = (data && data.error) || {};
      const message =
        error.message ||
        (data && typeof data.detail === "string" && data.detail) ||
        `${response.status} ${response.statusText}`;
      // A path the service has no route for answers the framework's bare "Not Found".
      const routeMissing = response.status === 404 && message === "Not Found";
      const code = routeMissing ? "route_missing" : error.code || String(response.status);
      throw new ApiError(response.status, code, message);
    }
    const into = response.headers.get(MERGED_INTO);
    const asked = /^\/v1\/calls\/([^/?]+)/.exec(path);
    if (into && asked && decodeURIComponent(asked[1]) !== into) {
      onMerged(decodeURIComponent(asked[1]), into);
    }
    return data;
  }

  return {
    token,
    get: (path, options) => request("GET", path, undefined, options),
    post: (path, body, options) => request("POST", path, body ?? {}, options),
    delete: (path, options) => request("DELETE", path, undefined, options),
  };
}

// The refusal in the words of the console, by error code then by HTTP status; `verb` names what
// was being done ("派车失败：…").
export function errorText(error, verb = "") {
  if (!error) return "";
  if (!(error instanceof ApiError)) return String(error.message || error);
  const words =
    ERROR_BY_CODE[error.code] ??
    ERROR_BY_STATUS[error.status] ??
    (error.status >= 500 ? "受理服务出错，请稍后重试" : `操作未成功（${error.status}）`);
  const what = VERB[verb] || "";
  return what ? `${what}失败：${words}` : words;
}

// An endpoint this service does not have (yet): the control that needs it is hidden.
export function isMissing(error) {
  return error instanceof ApiError && (error.status === 405 || error.code === "route_missing");
}

// Which of the optional endpoints this service offers, from its published OpenAPI paths;
// null when that document cannot be read (then every control is shown and a 404/405 hides it).
export async function discoverEndpoints() {
  try {
    const response = await fetch("/openapi.json", { cache: "no-store" });
    if (!response.ok) return null;
    const document = await response.json();
    return new Set(Object.keys((document && document.paths) || {}));
  } catch {
    return null;
  }
}

export const OPTIONAL_ENDPOINTS = {
  complaint: "/v1/calls/{call_id}/complaint",
  priority: "/v1/calls/{call_id}/priority",
  takeover: "/v1/calls/{call_id}/takeover",
  alert: "/v1/calls/{call_id}/alert",
  verify: "/v1/calls/{call_id}/verify",
  evidence: "/v1/calls/{call_id}/evidence",
  sessions: "/v1/sessions",
  oidc: "/v1/sessions/oidc/start",
};

export function callPath(id, verb = "") {
  return `/v1/calls/${encodeURIComponent(id)}${verb ? `/${verb}` : ""}`;
}

// Reads that keep the screen current ask for caller numbers masked, whatever the role: only a
// person's deliberate look at a number shows it whole (and is recorded as a `full_read`).
export const MASKED = "numbers=masked";

export function callsFrom(data) {
  if (Array.isArray(data)) return data;
  if (!data || typeof data !== "object") return [];
  for (const key of ["calls", "items", "records", "data", "results"]) {
    if (Array.isArray(data[key])) return data[key];
  }
  return [];
}

const ROLES = ["call_taker", "dispatcher", "supervisor", "auditor"];

function roleFromIdentity(data) {
  if (!data || typeof data !== "object") return null;
  const role = data.role ?? (Array.isArray(data.roles) ? data.roles[0] : null);
  return ROLES.includes(role) ? role : null;
}

// A probe at a record id that cannot exist: a role that may act is told 404 (or 400/409/422),
// a role that may not is told 403. Nothing is stored either way.
const PROBE_ID = "console-role-probe-0000";

async function mayAct(api, verb, body) {
  try {
    await api.post(callPath(PROBE_ID, verb), body);
    return true;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 0 || error.status === 401) throw error;
    return error.status !== 403;
  }
}

// What the token may do, from the service itself. A service that names the role at /v1/me is
// believed; otherwise the role is worked out from which actions answer 403.
export async function discoverRole(api) {
  try {
    const role = roleFromIdentity(await api.get("/v1/me"));
    if (role) return { role, source: "me" };
  } catch (error) {
    if (error instanceof ApiError && (error.status === 0 || error.status === 401)) throw error;
  }
  try {
    await api.get("/v1/calls?status=provisional");
  } catch (error) {
    // Only the auditor may not read the queue; it still reads timelines.
    if (error instanceof ApiError && error.status === 403)
      return { role: "auditor", source: "probe" };
    throw error;
  }
  const canEscalate = await mayAct(api, "escalate", { reason: "" });
  const canDispatch = await mayAct(api, "dispatch", {});
  if (canEscalate && canDispatch) return { role: "supervisor", source: "probe" };
  if (canDispatch) return { role: "dispatcher", source: "probe" };
  const canUpdate = await mayAct(api, "notes", { text: "" });
  return { role: canUpdate ? "call_taker" : "auditor", source: "probe" };
}

// What each role may do, as the service enforces it (a 403 still explains itself if not).
const CALL_TAKER = ["start", "location", "confirm", "notes", "answers", "complaint", "escalate", "alert"];
const DISPATCHER = [...CALL_TAKER, "dispatch", "transfer", "close", "priority"];
const PERMISSIONS = {
  call_taker: [...CALL_TAKER, "priority"],
  dispatcher: DISPATCHER,
  supervisor: [...DISPATCHER, "takeover", "search_number", "verify", "evidence", "search", "reveal"],
  auditor: ["search", "search_number", "verify", "evidence"],
};
// At a one-seat centre (受理调度一体) the call-taker also dispatches, transfers and closes.
const ONE_SEAT_EXTRA = ["dispatch", "transfer", "close"];

export function may(role, verb, { psap = "", oneSeat = [] } = {}) {
  if ((PERMISSIONS[role] ?? []).includes(verb)) return true;
  return role === "call_taker" && ONE_SEAT_EXTRA.includes(verb) && oneSeat.includes(psap);
}