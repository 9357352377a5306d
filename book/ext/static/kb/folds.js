// Folds (<details>): open the one a link points at, and open every fold for printing.
// See book/ext/folds.py. No inline script: loaded as a file (strict CSP).
"use strict";
(() => {
  /** The folds to open so that the element with this id can be seen. */
  const foldsFor = (target) => {
    const found = [];
    for (let d = target.closest("details"); d; d = d.parentElement.closest("details")) found.push(d);
    // An entry's anchor sits on (or just inside) its section, next to the entry's own fold.
    const section = target.matches("section") ? target
      : target.parentElement && target.parentElement.matches("section") ? target.parentElement : null;
    const own = section && section.querySelector(":scope > details.kb-fold");
    if (own) found.push(own);
    return found;
  };

  const openTarget = () => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id && document.getElementById(id);
    if (!target) return;
    const closed = foldsFor(target).filter((d) => !d.open);
    closed.forEach((d) => { d.open = true; });
    if (closed.length) target.scrollIntoView();
  };

  // Printing: open every fold, and close again afterwards those the reader had closed.
  let openedForPrint = [];
  window.addEventListener("beforeprint", () => {
    openedForPrint = [...document.querySelectorAll("details:not([open])")];
    openedForPrint.forEach((d) => { d.open = true; });
  });
  window.addEventListener("afterprint", () => {
    openedForPrint.forEach((d) => { d.open = false; });
    openedForPrint = [];
  });

  window.addEventListener("hashchange", openTarget);
  // A link to the hash already in the address bar fires no hashchange.
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a[href*='#']");
    if (link && link.hash === window.location.hash && link.pathname === window.location.pathname) {
      setTimeout(openTarget, 0);
    }
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", openTarget);
  else openTarget();
})();
