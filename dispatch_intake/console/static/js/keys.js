// The keyboard: which key does what, the key bar under the call, and the help table.

import { $, fill, h } from "./dom.js";
import { may } from "./api.js";

export const KEYS = [
  { keys: ["1–8"], text: "确认对应地点", verb: "confirm", needsCall: true },
  { keys: ["Enter"], text: "提交位置（在位置框）", verb: "location" },
  { keys: ["D"], text: "派车", verb: "dispatch", needsCall: true },
  { keys: ["T"], text: "转接", verb: "transfer", needsCall: true },
  { keys: ["E"], text: "上报主管", verb: "escalate", needsCall: true },
  { keys: ["N"], text: "备注", verb: "notes", needsCall: true },
  { keys: ["A"], text: "记录“下一问”的回答", verb: "answers", needsCall: true },
  { keys: ["X"], text: "结束呼叫", verb: "close", needsCall: true },
  { keys: ["F2"], text: "新呼叫", verb: "start" },
  { keys: ["L", "/"], text: "位置输入" },
  { keys: ["C"], text: "主诉输入" },
  { keys: ["↑", "↓"], text: "选择队列中的呼叫" },
  { keys: ["Esc"], text: "离开输入框" },
  { keys: ["R"], text: "刷新" },
  { keys: ["?"], text: "全部快捷键" },
];

// The bar shows what a call-taker reaches for during a call; the rest is in the help table.
const IN_BAR_ONLY_HELP = ["Esc", "R", "?", "C", "X"];

export function renderKeybar(role, record) {
  const shown = KEYS.filter((key) => !IN_BAR_ONLY_HELP.includes(key.keys[0]));
  fill(
    $("keybar"),
    ...shown.map((key) => {
      const allowed = !key.verb || may(role, key.verb);
      const enabled = allowed && (!key.needsCall || Boolean(record));
      return h(
        "span",
        {
          class: `key-hint${enabled ? "" : " disabled"}`,
          title: allowed ? null : "当前角色无此权限",
          dataset: { verb: key.verb || "" },
        },
        ...key.keys.map((k) => h("kbd", {}, k)),
        key.text,
      );
    }),
  );
}

export function renderHelp(role) {
  fill(
    $("help-table"),
    ...KEYS.map((key) =>
      h(
        "tr",
        {},
        h("td", {}, ...key.keys.map((k) => h("kbd", {}, k))),
        h("td", {}, key.text, key.verb && !may(role, key.verb) ? "（当前角色不可用）" : ""),
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
  return function onKeyDown(event) {
    if (!enabled() || event.ctrlKey || event.metaKey) return;
    const key = event.key;
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
        if (onEnter(event.target)) event.preventDefault();
      }
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
