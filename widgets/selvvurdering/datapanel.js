// View: «Lagre, flytte og slette svarene»: download (JSON, CSV), read a file in, delete all.

import { h, download } from "./dom.js";
import { emptyState } from "./state.js";
import { MAX_IMPORT_BYTES, exportCsv, exportJson, fileName, parseImport } from "./transfer.js";

export function dataPanel(ctx) {
  const { data, prefix } = ctx;
  const alertBox = h("p", { class: "kb-sv-alert", role: "alert" });
  const say = (message) => { alertBox.textContent = message; };

  async function importFile(input) {
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      say("Filen er for stor. En eksport fra selvvurderingen er mye mindre. Svarene dine er ikke endret.");
      return;
    }
    const parsed = parseImport(await file.text(), data.items);
    if (!parsed.ok) {
      say(`${parsed.message} Svarene dine er ikke endret.`);
      return;
    }
    ctx.replace(parsed.state);
    say(`Svarene er lest inn fra ${file.name}.`);
  }

  function clearAll() {
    if (!window.confirm("Vil du slette alle svarene, handlingsplanen og øyeblikksbildene i denne nettleseren? Det kan ikke angres.")) return;
    ctx.replace(emptyState());
    ctx.deleteStored();
    say("Svarene dine er slettet fra denne nettleseren.");
  }

  const downloadJson = () => download(fileName("json"), exportJson(ctx.state(), data.items), "application/json");
  const importInput = h("input", { type: "file", id: `${prefix}-import`, accept: ".json,application/json",
    onchange: () => importFile(importInput) });
  const node = h("section", { class: "kb-sv-data", "aria-labelledby": `${prefix}-data-h` },
    h("h2", { id: `${prefix}-data-h` }, "Lagre, flytte og slette svarene"),
    h("p", {}, "Svarene lagres bare i denne nettleseren på denne maskinen. Ingenting sendes til noen. "
      + "Vil du ta svarene med deg til en annen maskin, kan du laste dem ned og lese dem inn igjen der."),
    h("div", { class: "kb-sv-buttons" },
      h("button", { type: "button", onclick: () => downloadJson() },
        "Last ned svarene (JSON)"),
      h("button", { type: "button", onclick: () => download(fileName("csv"), "\ufeff" + exportCsv(data.items, data.themes, ctx.state().answers), "text/csv") },
        "Last ned svarene som tabell (CSV)")),
    h("div", { class: "kb-sv-field" }, h("label", { for: importInput.id }, "Les inn svar fra en fil du har lastet ned"), importInput),
    h("div", { class: "kb-sv-buttons" },
      h("button", { type: "button", class: "kb-sv-danger", onclick: clearAll }, "Slett svarene mine")),
    alertBox);
  // Shown when the browser refuses to save: at once, and kept in view while answering.
  const unsaved = h("div", { class: "kb-sv-unsaved", role: "alert" });
  function saveFailed(failed) {
    if (!failed) { unsaved.replaceChildren(); return; }
    if (unsaved.childElementCount) return;
    unsaved.append(
      h("p", {}, h("strong", {}, "Svarene blir ikke lagret. "),
        "Nettleseren tar ikke imot flere data (lagringsplassen er full eller sperret). "
        + "Det du har svart, forsvinner når du lukker siden. Last ned svarene nå, så kan du lese dem inn igjen senere."),
      h("button", { type: "button", onclick: downloadJson }, "Last ned svarene nå"));
  }

  return { node, say, unsaved, saveFailed };
}
