// Classic (non-module) script: browsers do not run ES modules from pages opened straight from
// disk (file://), so the widget cannot start there. Say so, and how to open the book instead.
(function () {
  if (window.location.protocol !== "file:") return;
  document.addEventListener("DOMContentLoaded", function () {
    var boxes = document.querySelectorAll(".kb-widget .kb-widget-fallback");
    for (var i = 0; i < boxes.length; i++) {
      boxes[i].textContent =
        "Verktøyet virker ikke når boka er åpnet direkte fra disken (file://). " +
        "Åpne boka fra en nettadresse i stedet: kjør «make serve» i mappen med boka og gå til " +
        "http://127.0.0.1:8000, eller legg mappen _build/html på en vanlig webserver.";
    }
  });
})();
