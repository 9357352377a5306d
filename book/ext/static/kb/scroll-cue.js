// Wide tables scroll inside their own container (pydata-sphinx-theme makes it focusable when it
// scrolls). Where a table is wider than the screen, say so in words above it, and mark the
// container so the stylesheet can draw an edge shadow. See book/ext/reflow.py.
"use strict";
(() => {
  const HINT = "Tabellen er bredere enn skjermen. Rull sideveis for å se hele.";
  const update = () => {
    document.querySelectorAll(".pst-scrollable-table-container").forEach((box) => {
      const scrolls = box.scrollWidth > box.clientWidth + 1;
      box.classList.toggle("kb-scrolls", scrolls);
      let hint = box.previousElementSibling;
      if (!hint || !hint.classList.contains("kb-scroll-hint")) {
        if (!scrolls) return;
        hint = document.createElement("p");
        hint.className = "kb-scroll-hint";
        hint.textContent = HINT;
        box.before(hint);
      }
      hint.hidden = !scrolls;
      if (scrolls) {
        box.tabIndex = 0;
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", "Tabell som kan rulles sideveis");
      } else {
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  };
  let pending = null;
  window.addEventListener("resize", () => {
    clearTimeout(pending);
    pending = setTimeout(update, 150);
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", update);
  else update();
})();
