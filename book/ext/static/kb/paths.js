// Reading paths (book/ext/paths.py): on a page that is on several paths, show only the bars
// of the path the reader came from (?sti=<path>). Without it, or without JavaScript, all show.
"use strict";
(() => {
  const sti = new URLSearchParams(window.location.search).get("sti");
  const bars = [...document.querySelectorAll("nav.kb-path[data-kb-sti]")];
  if (!sti || !bars.some((bar) => bar.dataset.kbSti === sti)) return;
  bars.forEach((bar) => { bar.hidden = bar.dataset.kbSti !== sti; });
})();
