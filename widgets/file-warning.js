// Classic (non-module) script: browsers do not run ES modules from pages opened straight from
// disk (file://), so the widget cannot start there. Say so, and how to open the book instead.
// The offline edition (`make offline`) loads the widgets as a classic script that does run
// from disk; there no module script loads the host, and this warning stays silent.
(function () {
  if (window.location.protocol !== "file:") return;
  document.addEventListener("DOMContentLoaded", function () {
    if (!document.querySelector('script[type="module"][src*="widgets/host.js"]')) return;
    var boxes = document.querySelectorAll(".kb-widget .kb-widget-fallback");
    for (var i = 0; i < boxes.length; i++) {
      boxes[i].textContent =
        "Verktøyet virker ikke når boka er åpnet direkte fra disken (file://). " +
        "Åpne boka fra en nettadresse i stedet: kjør «make serve» i mappen med boka og gå til " +
        "http://127.0.0.1:8000, bruk den frakoblede utgaven (make offline), " +
        "eller legg mappen _build/html på en vanlig webserver.";
    }
  });
})();
