// Try it: a chat on the draft (POST /console/api/preview), with what the engine knew beside each answer.
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

function start() {
  const box = document.querySelector(".preview");
  if (!box) return;
  const log = document.getElementById("preview-log");
  const form = document.getElementById("preview-form");
  const input = document.getElementById("preview-text");
  const status = document.getElementById("preview-status");
  const d = box.dataset;
  let conversation = newId();
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

  function inspector(meta) {
    const dl = document.createElement("dl");
    dl.className = "inspector";
    const rows = [[d.inspectorFlow, meta.flow], [d.inspectorStep, meta.step], [d.inspectorTheme, meta.theme],
                  [d.inspectorCrisis, meta.crisis ? d.yes : d.no], [d.inspectorLang, meta.lang]];
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
    let res;
    try {
      res = await fetch("/console/api/preview", {
        method: "POST", credentials: "same-origin",
        headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf()},
        body: JSON.stringify({conversation, lang, ...body}),
      });
    } catch (e) { status.textContent = String(e); return; }
    const data = await res.json();
    status.textContent = data.error || (data.problems ? data.problems.join("\n") : "");
    for (const m of data.messages || []) {
      const el = add("bot", m.text);
      el.appendChild(inspector(m.meta));
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
      log.replaceChildren();
      send({text: lang === "fr" ? "bonjour" : "hello"}, lang === "fr" ? "bonjour" : "hello");
    });
  }
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send({text}, text);
  });
}

document.addEventListener("DOMContentLoaded", start);
