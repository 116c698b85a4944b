// Finding a call after the fact (supervisor, auditor): by time, status, centre, staff and, for
// roles that see whole numbers, caller number; then its timeline, a check of its hash chain and
// the evidence bundle, where the service offers them.

import { callPath, errorText, isMissing } from "./api.js";
import { $, fill, formatClock, h, parseTime } from "./dom.js";
import { PRIORITY, ROLE, STATUS, label } from "./labels.js";
import { centreName } from "./views.js";

// "2026-12-05 08:00", "2026-12-05", "2026/12/5 8:00" in the console's own time zone; "" when
// blank, null when unreadable.
export function localToIso(value) {
  const text = String(value || "").trim();
  if (!text) return "";
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})(?:[:：时](\d{1,2}))?)?/.exec(text);
  if (!match) return null;
  const [, y, mo, d, hh = "0", mm = "0"] = match;
  const time = new Date(Number(y), Number(mo) - 1, Number(d), Number(hh), Number(mm));
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

// A role typed as people say it (调度员) is looked up by its code; a staff id as typed.
const ROLE_BY_WORD = new Map(Object.entries(ROLE).map(([code, word]) => [word, code]));
ROLE_BY_WORD.set("主管", "supervisor");

export function searchParams() {
  const params = new URLSearchParams();
  const since = localToIso($("search-since").value);
  const until = localToIso($("search-until").value);
  if (since === null || until === null) return null;
  if (since) params.set("since", since);
  if (until) params.set("until", until);
  for (const [id, key] of [
    ["search-status", "status"],
    ["search-psap", "psap"],
    ["search-actor", "actor"],
    ["search-number", "number"],
  ]) {
    const element = $(id);
    const value = element && !element.closest("[hidden]") ? element.value.trim() : "";
    if (value) params.set(key, key === "actor" ? ROLE_BY_WORD.get(value) || value : value);
  }
  if ($("search-escalated").checked) params.set("escalated", "true");
  params.set("limit", "100");
  return params;
}

function callDay(record) {
  const time = parseTime(record.received_at) ?? parseTime(record.created_at);
  if (time === null) return "";
  const date = new Date(time);
  return `${date.getMonth() + 1}月${date.getDate()}日 ${formatClock(time)}`;
}

function resultRow(record, onOpen) {
  const number = record.caller && record.caller.number;
  return h(
    "li",
    {},
    h(
      "button",
      {
        type: "button",
        class: "result",
        dataset: { id: record.id },
        onclick: () => onOpen(record.id),
      },
      h("span", { class: `badge p-${record.priority || "unknown"}` }, label(PRIORITY, record.priority)),
      h("span", { class: `status s-${record.status}` }, label(STATUS, record.status)),
      h("span", { class: "when" }, callDay(record)),
      h("span", { class: "where" }, centreName(record.psap)),
      h("span", { class: "who" }, number || ""),
      record.escalated || record.escalation ? h("span", { class: "tag" }, "已上报") : null,
      h("span", { class: "rid" }, `#${record.id}`),
    ),
  );
}

export function createSearch({ api, offered, allowed, onOpen, onMissing }) {
  let openId = null;

  async function run() {
    $("search-error").textContent = "";
    const params = searchParams();
    if (!params) {
      $("search-error").textContent = "时间请写成 2026-12-05 08:00 这样";
      return;
    }
    try {
      const records = await api.get(`/v1/calls?${params}`);
      const rows = Array.isArray(records) ? records : [];
      $("search-count").textContent = `${rows.length} 条`;
      fill(
        $("search-results"),
        ...rows.map((record) => resultRow(record, open)),
        rows.length ? null : h("li", { class: "empty" }, "没有符合条件的呼叫"),
      );
      const first = $("search-results").querySelector("button.result");
      if (first) first.focus();
    } catch (error) {
      $("search-error").textContent = errorText(error, "search");
    }
  }

  async function open(id) {
    openId = id;
    for (const row of $("search-results").querySelectorAll("button.result")) {
      row.classList.toggle("active", row.dataset.id === id);
    }
    $("audit-result").textContent = "";
    $("audit-tools").hidden = false;
    $("verify-button").hidden = !(offered("verify") && allowed("verify"));
    $("evidence-button").hidden = !(offered("evidence") && allowed("evidence"));
    await onOpen(id);
  }

  async function verify() {
    if (!openId) return;
    const result = $("audit-result");
    result.className = "audit-result";
    try {
      const answer = await api.get(callPath(openId, "verify"));
      const problems = (answer && answer.problems) || [];
      if (answer && answer.ok) {
        result.textContent = "时间线完整：每一条都与哈希链相符";
        result.classList.add("ok");
      } else {
        result.textContent = `时间线有问题：${problems
          .map((p) => (p.seq == null ? `账本：${p.message}` : `第 ${p.seq} 条 ${p.message}`))
          .join("；")}`;
        result.classList.add("bad");
      }
    } catch (error) {
      if (isMissing(error)) {
        onMissing("verify");
        $("verify-button").hidden = true;
      }
      result.textContent = errorText(error, "verify");
      result.classList.add("bad");
    }
  }

  async function exportEvidence() {
    if (!openId) return;
    const result = $("audit-result");
    result.className = "audit-result";
    try {
      const bundle = await api.get(callPath(openId, "evidence"));
      const blob = new Blob([JSON.stringify(bundle, null, 2)], { type: "application/json" });
      const link = h("a", { href: URL.createObjectURL(blob), download: `call-${openId}-evidence.json` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      result.textContent = `证据包已导出：call-${openId}-evidence.json`;
      result.classList.add("ok");
    } catch (error) {
      if (isMissing(error)) {
        onMissing("evidence");
        $("evidence-button").hidden = true;
      }
      result.textContent = errorText(error, "evidence");
      result.classList.add("bad");
    }
  }

  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  $("verify-button").addEventListener("click", verify);
  $("evidence-button").addEventListener("click", exportEvidence);
  $("search-results").addEventListener("keydown", (event) => {
    const rows = [...$("search-results").querySelectorAll("button.result")];
    const index = rows.indexOf(document.activeElement);
    if (index === -1) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      event.stopPropagation();
      const next = rows[Math.max(0, Math.min(rows.length - 1, index + (event.key === "ArrowDown" ? 1 : -1)))];
      next.focus();
    }
  });
  return { run, verify, exportEvidence };
}
