// The poster's one script: its "Print" button (no inline handlers under the page's CSP).
document.getElementById("print")?.addEventListener("click", () => window.print());
