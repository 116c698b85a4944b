// Server-sent events read through fetch, so the bearer token travels in a header (EventSource
// cannot send one). Reconnects by itself with capped, jittered backoff.

const MAX_DELAY_MS = 15000;
const FIRST_DELAY_MS = 500;
// sse-starlette pings every 15 s; a stream silent for longer than this is dead.
const SILENCE_LIMIT_MS = 45000;

function sleep(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

// Splits a byte stream into SSE messages ({event, data, id}) per the WHATWG rules.
export function createParser(onMessage) {
  let buffer = "";
  let event = "";
  let data = [];
  let id = null;

  function line(text) {
    if (text === "") {
      if (data.length) onMessage({ event: event || "message", data: data.join("\n"), id });
      event = "";
      data = [];
      return;
    }
    if (text.startsWith(":")) return;
    const colon = text.indexOf(":");
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? "" : text.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
    else if (field === "id" && !value.includes("\0")) id = value;
  }

  return function feed(chunk) {
    buffer += chunk;
    let match;
    while ((match = /\r\n|\r|\n/.exec(buffer)) !== null) {
      // A lone \r at the end may be the first half of \r\n: wait for more.
      if (match[0] === "\r" && match.index === buffer.length - 1) break;
      line(buffer.slice(0, match.index));
      buffer = buffer.slice(match.index + match[0].length);
    }
  };
}

export function subscribe({ url, token, onMessage, onState }) {
  const stop = new AbortController();
  let lastEventId = null;
  let opened = false;

  async function readOnce() {
    const attempt = new AbortController();
    const abortAttempt = () => attempt.abort();
    stop.signal.addEventListener("abort", abortAttempt);
    let watchdog = null;
    const armWatchdog = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(abortAttempt, SILENCE_LIMIT_MS);
    };
    try {
      const headers = { Authorization: `Bearer ${token}`, Accept: "text/event-stream" };
      if (lastEventId) headers["Last-Event-ID"] = lastEventId;
      armWatchdog();
      const response = await fetch(url, { headers, signal: attempt.signal, cache: "no-store" });
      if (response.status === 401 || response.status === 403) return "denied";
      if (!response.ok || !response.body) return "failed";
      opened = true;
      onState("open");
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      const feed = createParser((message) => {
        if (message.id) lastEventId = message.id;
        onMessage(message);
      });
      for (;;) {
        armWatchdog();
        const { value, done } = await reader.read();
        if (done) return "ended";
        feed(value);
      }
    } catch {
      return "failed";
    } finally {
      clearTimeout(watchdog);
      stop.signal.removeEventListener("abort", abortAttempt);
    }
  }

  (async () => {
    let failures = 0;
    while (!stop.signal.aborted) {
      onState(failures ? "reconnecting" : "connecting");
      opened = false;
      const outcome = await readOnce();
      if (stop.signal.aborted) break;
      if (outcome === "denied") {
        onState("denied");
        break;
      }
      // A stream that did open starts the backoff over; one that never opened backs off further.
      failures = opened ? 1 : failures + 1;
      const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - 1));
      onState("reconnecting");
      await sleep(base * (0.75 + Math.random() * 0.5), stop.signal);
    }
    onState("closed");
  })();

  return () => stop.abort();
}
