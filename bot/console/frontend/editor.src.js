// The console's YAML editor: CodeMirror 6 over the page's <textarea>, the validator's problems shown at
// their line as you type (POST /console/api/check). Without this script the textarea still works.
import {EditorView, basicSetup} from "codemirror";
import {yaml} from "@codemirror/lang-yaml";
import {linter, lintGutter} from "@codemirror/lint";

function csrf() {
  const m = document.querySelector('meta[name="csrf-token"]');
  return m ? m.getAttribute("content") : "";
}

function start() {
  const area = document.getElementById("source");
  if (!area) return;
  const path = area.dataset.path;
  const n = document.querySelector('meta[name="csp-nonce"]');
  const nonce = n ? n.getAttribute("content") : "";  // the console's CSP admits CodeMirror's <style> by it
  const status = document.getElementById("check-status");
  const check = linter(async (view) => {
    const text = view.state.doc.toString();
    let body;
    try {
      const res = await fetch("/console/api/check", {
        method: "POST", credentials: "same-origin",
        headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf()},
        body: JSON.stringify({path, text}),
      });
      if (!res.ok) return [];
      body = await res.json();
    } catch (e) { return []; }
    if (status) status.textContent = body.summary || "";
    const doc = view.state.doc;
    return (body.problems || []).filter((p) => p.file === path).map((p) => {
      const line = doc.line(Math.min(Math.max(p.line, 1), doc.lines));
      return {from: line.from, to: line.to, severity: p.severity === "error" ? "error" : "warning",
              message: p.message};
    });
  }, {delay: 600});
  const view = new EditorView({
    doc: area.value,
    extensions: [EditorView.cspNonce.of(nonce), basicSetup, yaml(), lintGutter(), check, EditorView.lineWrapping,
                 EditorView.contentAttributes.of({"aria-label": area.getAttribute("aria-label") || path, tabindex: "0"})],
  });
  area.hidden = true;
  area.parentNode.insertBefore(view.dom, area);
  area.form.addEventListener("submit", () => { area.value = view.state.doc.toString(); });
  window.consoleEditor = view;  // the browser tests type through it
}

document.addEventListener("DOMContentLoaded", start);
