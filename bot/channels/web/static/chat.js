// Entraide web chat: one WebSocket to the app that served this page, nothing from anywhere else.
//
// The conversation lives in this tab only (sessionStorage: gone when the tab closes, kept across a
// reload). Every message the page sends carries an id and stays queued until the server says it is
// committed ("done"), so a message sent while offline goes when the connection is back, and one resent
// after a reconnect is recognised by the server and not handled twice. Every reply carries a reference:
// the page acknowledges each one once stored, and drops one it already has, so none is lost or shown twice.
// A reply naming an earlier one (`edit`) rewrites that message in place instead (a peer helper's offer,
// once taken or withdrawn).

const cfg = JSON.parse(document.getElementById("config").textContent);
const $ = (id) => document.getElementById(id);
const logEl = $("log"), textEl = $("text"), statusEl = $("status"), countEl = $("count");
const KEY = "entraide";
const CLOSE_POLICY = 1008, CLOSE_BUSY = 1013, CLOSE_IDLE = 4000;

// ---- state kept in the tab -------------------------------------------------------------------
function load() {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY) || "null");
    if (s && Array.isArray(s.log) && Array.isArray(s.queue) && Array.isArray(s.refs)) return s;
  } catch (e) { /* a damaged entry: start afresh */ }
  return fresh();
}
function fresh() { return { token: null, refs: [], log: [], queue: [], lang: cfg.lang, started: false }; }
let state = load();
function save() {
  try { sessionStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* storage full or off: keep going */ }
}
const t = (key) => (cfg.texts[state.lang] || cfg.texts[cfg.lang])[key] || "";
const newId = () => {
  const b = new Uint8Array(12);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
};

// ---- language: the page follows the conversation --------------------------------------------
function applyLang(lang) {
  if (!cfg.texts[lang]) return;
  state.lang = lang;
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
  for (const el of document.querySelectorAll("[data-t-label]")) el.setAttribute("aria-label", t(el.dataset.tLabel));
  const other = cfg.languages.find((l) => l !== lang) || lang;
  const btn = $("lang");
  btn.lang = other;
  btn.textContent = t("other_language");
  btn.setAttribute("aria-label", t("other_language_name"));
  btn.hidden = cfg.languages.length < 2;
  updateCount();
}

// ---- rendering ------------------------------------------------------------------------------
const LINK = /(https?:\/\/[^\s<>()]+|\b(?:[a-z0-9-]+\.)+(?:ca|com|org|net|info|quebec)(?:\/[^\s<>()]*)?|\b1-\d{3}-\d{3}-\d{4}\b|\b\d{3}-\d{3}-\d{4}\b|\b(?:911|988|811)\b)/gi;

function linkify(parent, text) {
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    let found = m[0].replace(/[.,;:!?»]+$/, "");
    parent.append(text.slice(last, m.index));
    const a = document.createElement("a");
    if (/^[\d-]+$/.test(found)) {
      a.href = "tel:" + found.replace(/-/g, "");
    } else {
      a.href = /^https?:/i.test(found) ? found : "https://" + found;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
    }
    a.textContent = found;
    parent.append(a);
    last = m.index + found.length;
  }
  parent.append(text.slice(last));
}

function render(entry) {
  const el = document.createElement("div");
  el.className = "msg " + entry.k + (entry.crisis ? " crisis" : "");
  el.lang = entry.lang || state.lang;
  const key = keyOf(entry);
  if (key) el.dataset.key = key;
  const who = document.createElement("span");
  who.className = "who";
  who.textContent = entry.k === "me" ? cfg.texts[el.lang].you : cfg.texts[el.lang].bot;
  if (entry.edited) {
    const mark = document.createElement("span");
    mark.className = "edited";
    mark.textContent = ` (${cfg.texts[el.lang].updated})`;
    who.append(mark);
  }
  el.append(who);
  const body = document.createElement("span");
  body.className = "text";
  if (entry.k === "me") body.textContent = entry.text; else linkify(body, entry.text);
  el.append(body);
  if (entry.pending) {
    const p = document.createElement("span");
    p.className = "pending";
    p.textContent = cfg.texts[el.lang].sending;
    el.append(p);
  }
  if (entry.buttons && entry.buttons.length) el.append(choices(entry));
  return el;
}

function choices(entry) {
  const group = document.createElement("div");
  group.className = "choices";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", cfg.texts[entry.lang || state.lang].choices);
  for (const [label, payload] of entry.buttons) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    if (entry.chosen != null) {
      b.disabled = true;
      if (entry.chosen === payload) {
        b.classList.add("chosen");
        b.setAttribute("aria-label", `${label} (${cfg.texts[entry.lang || state.lang].chosen})`);
      }
    }
    b.addEventListener("click", () => choose(entry, label, payload));
    group.append(b);
  }
  return group;
}

function nearBottom() { return logEl.scrollHeight - logEl.scrollTop - logEl.clientHeight < 80; }
function scrollDown() { logEl.scrollTop = logEl.scrollHeight; }

function append(entry, keep = true) {
  const stick = nearBottom();
  if (keep) state.log.push(entry);
  logEl.append(render(entry));
  if (stick || entry.k === "me") scrollDown();
}

function keyOf(entry) { return entry.id || (entry.ref ? "r" + entry.ref.replace(".", "-") : ""); }
function elementOf(entry) {
  const key = keyOf(entry);
  return key ? logEl.querySelector(`[data-key="${key}"]`) : null;
}
function redraw(entry) { elementOf(entry)?.replaceWith(render(entry)); }

// An offer to a peer helper, taken by someone else or withdrawn: the desk sends its new words naming the
// message they replace, as Telegram edits one. Same place in the log, no buttons left; the log (a polite
// live region) announces the rewritten message once, as it would a new one.
function rewrite(f) {
  const entry = state.log.find((e) => e.ref === f.edit);
  if (!entry) return;  // erased from this tab since: nothing to show
  const focused = elementOf(entry)?.contains(document.activeElement);
  Object.assign(entry, { text: f.text, lang: f.lang, crisis: !!f.crisis, buttons: [], chosen: null, edited: true });
  redraw(entry);
  if (focused) textEl.focus();  // its button was removed from under the keyboard
}

function setStatus(key) { statusEl.textContent = key ? t(key) : ""; }

function updateCount() {
  const left = cfg.maxChars - textEl.value.length;
  countEl.textContent = left < 200 ? t("chars_left").replace("{left}", String(left)) : "";
}

// ---- the connection -------------------------------------------------------------------------
let ws = null, ready = false, attempts = 0, retryTimer = null, stopped = false;

function connect() {
  if (stopped || (ws && ws.readyState <= WebSocket.OPEN)) return;
  clearTimeout(retryTimer);
  ready = false;
  if (attempts > 0) setStatus("reconnecting"); else if (!state.log.length) setStatus("connecting");
  const sock = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws");
  ws = sock;
  sock.addEventListener("open", () => {
    sock.send(JSON.stringify({ t: "hello", token: state.token, lang: state.lang }));
  });
  sock.addEventListener("message", (ev) => {
    let f;
    try { f = JSON.parse(ev.data); } catch (e) { return; }
    receive(f);
  });
  sock.addEventListener("close", (ev) => {
    if (ws === sock) { ws = null; ready = false; }
    if (stopped) return;
    if (ev.code === CLOSE_POLICY) { setStatus("refused"); return; }
    if (ev.code === CLOSE_IDLE) { setStatus("idle"); attempts = 0; return; }  // back on the next keystroke
    setStatus(ev.code === CLOSE_BUSY ? "busy" : "reconnecting");
    attempts += 1;
    const delay = Math.min(10000, 500 * 2 ** Math.min(attempts, 5)) * (0.5 + Math.random() / 2);
    retryTimer = setTimeout(connect, delay);
  });
}

function send(frame) {
  if (ws && ready) ws.send(JSON.stringify(frame));
  else connect();
}

function receive(f) {
  if (f.t === "welcome") {
    state.token = f.token;
    ready = true;
    attempts = 0;
    setStatus("");
    if (!state.started) {  // a new tab: the bot says hello first, as Telegram's Start button does
      state.started = true;
      state.queue.push({ t: "do", id: newId(), command: "start", arg: cfg.start || "" });
    }
    save();
    for (const frame of state.queue) ws.send(JSON.stringify(frame));
  } else if (f.t === "msg") {
    if (!state.refs.includes(f.ref)) {  // else already stored: a reconnect pushed it again
      state.refs = [...state.refs.slice(-299), f.ref];
      if (f.edit) {
        rewrite(f);
      } else {
        applyLang(f.lang);
        append({ k: "bot", ref: f.ref, text: f.text, lang: f.lang, crisis: !!f.crisis, buttons: f.buttons, chosen: null });
      }
      save();
    }
    send({ t: "ack", refs: [f.ref] });
  } else if (f.t === "done") {
    settle(f.id);
    save();
  } else if (f.t === "refused") {
    const frame = state.queue.find((q) => q.id === f.id);
    settle(f.id, true);
    if (frame && frame.t === "say" && !textEl.value) { textEl.value = frame.text; updateCount(); }
    if (f.text) append({ k: "note", text: f.text, lang: f.lang || state.lang }, false);
    save();
  } else if (f.t === "note") {
    append({ k: "note", text: f.text, lang: f.lang || state.lang, crisis: !!f.crisis }, false);
  }
}

function settle(id, drop = false) {
  state.queue = state.queue.filter((q) => q.id !== id);
  const i = state.log.findIndex((e) => e.id === id);
  if (i < 0) return;
  const entry = state.log[i];
  if (drop) {
    elementOf(entry)?.remove();
    state.log.splice(i, 1);
  } else if (entry.pending) {
    entry.pending = false;
    redraw(entry);
  }
}

// ---- what the person does --------------------------------------------------------------------
function submit(frame, shown) {
  frame.id = newId();
  state.queue.push(frame);
  if (shown) append({ k: "me", id: frame.id, text: shown, lang: state.lang, pending: true });
  save();
  send(frame);
}

function choose(entry, label, payload) {
  if (entry.chosen != null) return;
  entry.chosen = payload;
  redraw(entry);
  submit({ t: "press", payload }, label);
  textEl.focus();
}

$("composer").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const text = textEl.value;
  if (!text.trim()) return;
  textEl.value = "";
  updateCount();
  submit({ t: "say", text }, text);
});
textEl.addEventListener("keydown", (ev) => {
  if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
    ev.preventDefault();
    $("composer").requestSubmit();
  }
});
textEl.addEventListener("input", () => { updateCount(); if (!ws) connect(); });
textEl.addEventListener("focus", () => { if (!ws) connect(); });

$("restart").addEventListener("click", () => submit({ t: "do", command: "restart" }, t("restart")));
$("lang").addEventListener("click", () => {
  const other = cfg.languages.find((l) => l !== state.lang) || state.lang;
  submit({ t: "do", command: "lang", arg: other }, t("other_language"));
});

const dialog = $("erase-dialog");
$("erase").addEventListener("click", () => dialog.showModal());
$("erase-cancel").addEventListener("click", () => dialog.close());
$("erase-yes").addEventListener("click", () => {
  dialog.close();
  state.log = [];
  state.queue = state.queue.filter((q) => q.t !== "press");
  logEl.replaceChildren();
  submit({ t: "do", command: "forget" }, null);
  textEl.focus();
});

// Quick exit: erase on the server (a beacon outlives the page), forget everything here, and replace
// this page (no Back to it) with a neutral site. Escape twice within 1.5 s does the same.
function quickExit() {
  stopped = true;
  const token = state.token;
  if (token) {
    try { navigator.sendBeacon("/exit", new Blob([JSON.stringify({ token })], { type: "text/plain" })); } catch (e) { /* gone anyway */ }
  }
  state = fresh();
  try { sessionStorage.clear(); } catch (e) { /* nothing stored */ }
  logEl.replaceChildren();
  textEl.value = "";
  if (ws) ws.close(1000);
  try {
    if (window.top !== window.self) { window.top.location.replace(cfg.exitUrl); return; }
  } catch (e) { /* a site embedding us may forbid it: leave this frame at least */ }
  location.replace(cfg.exitUrl);
}
$("exit").addEventListener("click", quickExit);
let lastEscape = 0;
document.addEventListener("keydown", (ev) => {
  if (ev.key !== "Escape") return;
  const now = Date.now();
  if (now - lastEscape < 1500) quickExit(); else lastEscape = now;
});

window.addEventListener("online", () => { attempts = 0; connect(); });

// ---- start: draw what this tab already has, then connect ------------------------------------
applyLang(state.lang || cfg.lang);
for (const entry of state.log) logEl.append(render(entry));
scrollDown();
connect();
