// The keyboard: which key does what, the key bar under the call, and the help table.

import { $, fill, h } from "./dom.js";

export const KEYS = [
  { keys: ["Enter"], text: "执行建议（不在输入框时）", bar: "执行建议", verb: "recommended", needsCall: true },
  { keys: ["1–8"], text: "确认对应地点", verb: "confirm", needsCall: true },
  { keys: ["D"], text: "派车", verb: "dispatch", needsCall: true },
  { keys: ["T"], text: "转接", verb: "transfer", needsCall: true },
  { keys: ["B"], text: "记录已通知建议的另一中心（并行通报）", verb: "alert", needsCall: true },
  { keys: ["E"], text: "上报主管", verb: "escalate", needsCall: true },
  { keys: ["N"], text: "备注", verb: "notes", needsCall: true },
  { keys: ["A"], text: "记录“下一问”的回答", bar: "记录回答", verb: "answers", needsCall: true },
  { keys: ["X"], text: "结束呼叫", verb: "close", needsCall: true },
  { keys: ["P"], text: "调整分级", verb: "priority", needsCall: true },
  { keys: ["G"], text: "主管接管", verb: "takeover", needsCall: true },
  { keys: ["H"], text: "查看完整来电号码（记入时间线）", verb: "reveal", needsCall: true },
  { keys: ["F"], text: "查询呼叫", verb: "search" },
  { keys: ["F2"], text: "新呼叫", verb: "start" },
  { keys: ["L", "/"], text: "位置输入" },
  { keys: ["C"], text: "主诉输入（呼叫中 Enter 补充主诉并重新分级）" },
  { keys: ["↑", "↓"], text: "选择队列中的呼叫" },
  { keys: ["PgDn", "PgUp"], text: "翻看呼叫下方的地点（句子和建议留在上方）" },
  { keys: ["Esc"], text: "离开输入框" },
  { keys: ["R"], text: "刷新" },
  { keys: ["?"], text: "全部快捷键" },
];

// The bar shows what a call-taker reaches for during a call; the rest is in the help table.
// B is shown on the action line itself, beside the alert it records, when one is recommended.
// H is shown beside the masked number, to those who may look; the number keys on the options
// themselves, F2 on its button. The bar stays one line: its room is the call's.
const IN_BAR_ONLY_HELP = ["Esc", "R", "?", "C", "L", "P", "G", "↑", "PgDn", "B", "H", "1–8", "F2"];

// `allowed(verb)` says what this credential may do on this call; verbs the service does not
// offer are left out entirely.
export function renderKeybar(allowed, record, offered = () => true) {
  const shown = KEYS.filter(
    (key) =>
      !IN_BAR_ONLY_HELP.includes(key.keys[0]) &&
      (!key.verb || offered(key.verb)) &&
      // Search is a supervisor's and auditor's tool; others are not shown it at all.
      (key.verb !== "search" || allowed(key.verb)),
  );
  fill(
    $("keybar"),
    ...shown.map((key) => {
      const permitted = !key.verb || allowed(key.verb);
      const idle = key.needsCall && !record;
      return h(
        "span",
        {
          class: `key-hint${permitted ? "" : " disabled"}${idle ? " idle" : ""}`,
          title: permitted ? null : "当前角色无此权限",
          dataset: { verb: key.verb || "" },
        },
        ...key.keys.map((k) => h("kbd", {}, k)),
        key.bar || key.text,
      );
    }),
  );
}

export function renderHelp(allowed, offered = () => true) {
  fill(
    $("help-table"),
    ...KEYS.filter(
      (key) => (!key.verb || offered(key.verb)) && (key.verb !== "reveal" || allowed(key.verb)),
    ).map((key) =>
      h(
        "tr",
        {},
        h("td", {}, ...key.keys.map((k) => h("kbd", {}, k))),
        h("td", {}, key.text, key.verb && !allowed(key.verb) ? "（当前角色不可用）" : ""),
      ),
    ),
    h(
      "tr",
      {},
      h("td", {}, h("kbd", {}, "Alt"), "+", h("kbd", {}, "1–8")),
      h("td", {}, "在输入框中也可确认"),
    ),
  );
}

function isTyping(target) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

// One keydown handler for the page. In a text box keys type text, except Esc (leave the box),
// Enter (submit that box), F2 and Alt+digit; outside, single keys are commands.
export function createKeyHandler({ enabled, newCall, confirm, leaveInput, onEnter, commands }) {
  // An Enter that submitted a text box moves focus out of it; a second press of the same
  // stroke (held or bounced) must not also act on the recommendation.
  let lastTypedEnter = Number.NEGATIVE_INFINITY;
  return function onKeyDown(event) {
    if (!enabled() || event.ctrlKey || event.metaKey) return;
    const key = event.key;
    // Any other key in between makes the next Enter deliberate.
    if (key !== "Enter") lastTypedEnter = Number.NEGATIVE_INFINITY;
    if (key === "F2") {
      event.preventDefault();
      newCall();
      return;
    }
    if (event.altKey) {
      const digit = event.code && event.code.startsWith("Digit") ? event.code.slice(5) : "";
      if (/^[1-8]$/.test(digit)) {
        event.preventDefault();
        confirm(digit);
      }
      return;
    }
    if (isTyping(event.target)) {
      if (key === "Escape") {
        event.preventDefault();
        leaveInput();
      } else if (key === "Enter" && !event.isComposing && !event.shiftKey) {
        lastTypedEnter = event.timeStamp;
        if (onEnter(event.target)) event.preventDefault();
      }
      return;
    }
    // Enter on a button or a search result is that control's own.
    if (key === "Enter" && event.target instanceof Element && event.target.closest("button, a, [data-own-enter]")) {
      return;
    }
    if (key === "Enter" && (event.repeat || event.timeStamp - lastTypedEnter < 400)) {
      event.preventDefault();
      return;
    }
    if (/^[1-8]$/.test(key)) {
      event.preventDefault();
      confirm(key);
      return;
    }
    const command = commands[key.length === 1 ? key.toLowerCase() : key];
    if (command) {
      event.preventDefault();
      command();
    }
  };
}
