// Try it: a chat on the draft (POST /console/api/preview) started at a chosen flow in French or English,
// with what the engine knew beside each answer; "save as a test" (POST /console/api/preview/test).
"use strict";

function csrf() {
  const m = document.querySelector('meta[name="csrf-token"]');
  return m ? m.getAttribute("content") : "";
}

function newId() {
  const a = new Uint8Array(12);
  crypto.getRandomValues(a);
  return Array.from(a, (b) => b.toString(16).padStart(2, "0")).join("");
}

async function post(url, body) {
  const res = await fetch(url, {
    method: "POST", credentials: "same-origin",
    headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf()},
    body: JSON.stringify(body),
  });
  let data = {};
  try { data = await res.json(); } catch (e) { data = {error: res.status + " " + res.statusText}; }
  return data;
}

function start() {
  const box = document.querySelector(".preview");
  if (!box) return;
  const log = document.getElementById("preview-log");
  const form = document.getElementById("preview-form");
  const input = document.getElementById("preview-text");
  const status = document.getElementById("preview-status");
  const flowPicker = document.getElementById("preview-flow");
  const d = box.dataset;
  let conversation = newId();
  let started = false;
  let lang = document.documentElement.lang;

  function add(cls, text) {
    const p = document.createElement("div");
    p.className = "msg " + cls;
    const body = document.createElement("p");
    body.textContent = text;
    p.appendChild(body);
    log.appendChild(p);
    log.scrollTop = log.scrollHeight;
    return p;
  }

  function slots(s) {
    const pairs = Object.entries(s || {}).map(([k, v]) => k + " = " + v);
    return pairs.length ? pairs.join(", ") : null;
  }

  function inspector(meta) {
    const dl = document.createElement("dl");
    dl.className = "inspector";
    const rows = [[d.inspectorFlow, meta.flow], [d.inspectorStep, meta.step], [d.inspectorSlots, slots(meta.slots)],
                  [d.inspectorTheme, meta.theme], [d.inspectorCrisis, meta.crisis ? d.yes : d.no],
                  [d.inspectorLevel, meta.level || null], [d.inspectorLang, meta.lang]];
    for (const [k, v] of rows) {
      const dt = document.createElement("dt"); dt.textContent = k;
      const dd = document.createElement("dd"); dd.textContent = v == null ? "-" : String(v);
      dl.append(dt, dd);
    }
    return dl;
  }

  async function send(body, shown) {
    if (shown) add("you", d.you + " " + shown);
    status.textContent = "…";
    let data;
    try {
      data = await post("/console/api/preview", {conversation, lang, ...body});
    } catch (e) { status.textContent = String(e); return; }
    status.textContent = data.error || (data.problems ? data.problems.join("\n") : "");
    for (const m of data.messages || []) {
      started = true;
      const el = add("bot", m.text);
      el.appendChild(inspector(m.meta));
      lang = m.meta.lang || lang;
      if (m.buttons.length) {
        const row = document.createElement("div");
        row.className = "buttons";
        for (const b of m.buttons) {
          const btn = document.createElement("button");
          btn.type = "button";
          btn.textContent = b.label;
          btn.addEventListener("click", () => send({button: b.payload}, b.label));
          row.appendChild(btn);
        }
        el.appendChild(row);
      }
    }
  }

  for (const b of box.querySelectorAll("button[data-lang]")) {
    b.addEventListener("click", () => {
      lang = b.dataset.lang;
      conversation = newId();
      started = false;
      log.replaceChildren();
      const flow = flowPicker ? flowPicker.value : "";
      const name = document.getElementById("test-name");
      if (name) name.value = d.testName + " (" + flow + ", " + lang + ")";
      send({start: flow || "main"}, "");
    });
    b.disabled = false;  // served disabled: a click before this script has run would do nothing
  }
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send({text}, text);
  });

  const saveForm = document.getElementById("save-test");
  if (!saveForm) return;
  const saveStatus = document.getElementById("save-test-status");
  saveForm.addEventListener("submit", async (e) => {
    e.preventDefault();
    saveStatus.replaceChildren();
    if (!started) { saveStatus.textContent = d.testStartFirst; return; }
    const f = new FormData(saveForm);
    saveStatus.textContent = d.testSaving;
    let data;
    try {
      data = await post("/console/api/preview/test", {conversation, name: f.get("name"), file: f.get("file"),
                                                       new_file: f.get("new_file")});
    } catch (err) { saveStatus.textContent = String(err); return; }
    const p = document.createElement("p");
    p.className = data.error ? "problem" : "ok";
    p.textContent = data.error || data.message;
    saveStatus.replaceChildren(p);
    if (data.failures && data.failures.length) {
      const ul = document.createElement("ul");
      for (const x of data.failures) {
        const li = document.createElement("li");
        li.textContent = [x.where, x.expected, x.came].filter(Boolean).join(" · ");
        ul.appendChild(li);
      }
      saveStatus.appendChild(ul);
    }
    if (data.saved) {
      const select = document.getElementById("test-file");
      if (select && ![...select.options].some((o) => o.value === data.saved)) {
        const o = document.createElement("option");
        o.value = data.saved; o.textContent = data.saved;
        select.appendChild(o);
      }
    }
  });
}

document.addEventListener("DOMContentLoaded", start);
