// Gruppeoversikt: the trainer reads in many export files (choose or drop) or pasted share codes
// and sees the group's answers together (views.js). Nothing is stored or sent: the overview
// lives in this page only, and «Tøm oversikten» or a reload clears it. In Jupyter (the model's
// `sync` is true, see widgets/gruppe/__init__.py) the respondents also go to Python; the static
// host never saves them.

import { download, fill, h } from "../selvvurdering/dom.js";
import { CSV_HEADER, MAX_IMPORT_BYTES, csvRows, csvText, fileName } from "../selvvurdering/transfer.js";
import { addCodes, addFiles, emptyGroup } from "./intake.js";
import { overview } from "./views.js";

let instances = 0;

/** Read the files the browser gave us; one larger than an export could be is not read at all. */
export async function readFiles(fileList) {
  return Promise.all([...fileList].map(async (file) => ({
    name: file.name, size: file.size, text: file.size > MAX_IMPORT_BYTES ? null : await file.text(),
  })));
}

/** One CSV row per respondent and statement, with the group's label and role. */
export function groupCsv(data, respondents) {
  const rows = [["svar-nr", ...CSV_HEADER]];
  respondents.forEach((r, index) => {
    for (const row of csvRows(data.items, data.themes, r.answers, { label: r.label, role: r.role })) {
      rows.push([String(index + 1), ...row]);
    }
  });
  return csvText(rows);
}

function render({ model, el }) {
  const data = model.get("data");
  const pageRoot = model.get("page_root") ?? "";
  const prefix = `kb-gr-${++instances}`;
  let group = emptyGroup();

  const messages = h("ul", { class: "kb-gr-messages" });
  const status = h("p", { class: "kb-gr-status", role: "status", "aria-live": "polite" });
  const views = h("div", { class: "kb-gr-views" });
  const actions = h("div", { class: "kb-sv-buttons kb-gr-actions", hidden: true },
    h("button", { type: "button", onclick: () => download(fileName("csv", new Date(), "", "gruppeoversikt"),
      "\ufeff" + groupCsv(data, group.respondents), "text/csv") }, "Last ned gruppens svar (CSV)"),
    h("button", { type: "button", onclick: printSummary }, "Skriv ut oversikten"),
    h("button", { type: "button", class: "kb-sv-danger", onclick: clear }, "Tøm oversikten"));

  /** Print only the overview, on one page (print CSS under html.kb-gr-printing). */
  function printSummary() {
    const root = document.documentElement;
    root.classList.add("kb-gr-printing");
    window.addEventListener("afterprint", () => root.classList.remove("kb-gr-printing"), { once: true });
    window.print();
  }

  /** Hand the respondents to Python in Jupyter; the static page's model only keeps them in memory. */
  function publish() {
    model.set("respondents", group.respondents);
    if (model.get("sync") === true) model.save_changes();
  }

  function show(newMessages) {
    publish();
    for (const m of newMessages) {
      messages.append(h("li", { class: `kb-gr-message kb-gr-message--${m.kind}` },
        h("strong", {}, m.kind === "error" ? "Ikke lest: " : "Merk: "), m.text));
    }
    const n = group.respondents.length;
    // All that the list holds, not only this batch's: the status points to the list.
    const errors = messages.querySelectorAll(".kb-gr-message--error").length;
    status.textContent = `${n} svar i oversikten.${errors ? ` ${errors} ${errors === 1 ? "fil eller kode" : "filer eller koder"} kunne ikke leses; se listen.` : ""}`;
    actions.hidden = n === 0;
    const day = new Date().toLocaleDateString("nb-NO", { day: "numeric", month: "long", year: "numeric" });
    fill(views, n === 0 ? h("p", {}, "Ingen svar er lagt inn ennå.") : [
      h("p", { class: "kb-gr-print-head" }, `Gruppeoversikt fra Samarbeidsboka, ${day}: ${n} svar`),
      overview(data, group.respondents, prefix, pageRoot)]);
  }

  async function takeFiles(fileList) {
    if (!fileList || fileList.length === 0) return;
    const result = addFiles(group, await readFiles(fileList), data.items, data.versions ?? [], data.statement_set);
    group = result.group;
    show(result.messages);
  }

  function clear() {
    group = emptyGroup();
    fill(messages);
    codes.value = "";
    show([]);
    status.textContent = "Oversikten er tømt.";
  }

  const fileInput = h("input", { type: "file", id: `${prefix}-files`, multiple: true, accept: ".json,application/json",
    onchange: async () => { await takeFiles(fileInput.files); fileInput.value = ""; } });
  const codes = h("textarea", { id: `${prefix}-codes`, rows: "4", "aria-describedby": `${prefix}-codes-hint`, spellcheck: "false" });
  const drop = h("div", { class: "kb-gr-drop",
    ondragover: (event) => { event.preventDefault(); drop.classList.add("kb-gr-drop--over"); },
    ondragleave: () => drop.classList.remove("kb-gr-drop--over"),
    ondrop: (event) => { event.preventDefault(); drop.classList.remove("kb-gr-drop--over"); takeFiles(event.dataTransfer?.files); } },
  h("div", { class: "kb-sv-field" }, h("label", { for: fileInput.id }, "Velg filer med svar (du kan velge mange samtidig)"), fileInput),
  h("p", { class: "kb-gr-drop-hint" }, "Eller dra filene hit og slipp dem."));

  el.classList.add("kb-gr");
  fill(el,
    h("p", { class: "kb-sv-privacy" }, h("strong", {}, "Personvern: "),
      "Alt skjer i denne nettleseren. Filene og kodene sendes ingen steder og lagres ikke: "
      + "lukker eller laster du siden på nytt, er oversikten tom."),
    h("section", { class: "kb-gr-intake", "aria-labelledby": `${prefix}-in-h` },
      h("h2", { id: `${prefix}-in-h` }, "Legg inn svarene"),
      drop,
      h("div", { class: "kb-sv-field" }, h("label", { for: codes.id }, "Lim inn delekoder, én per linje"), codes,
        h("p", { class: "kb-sv-hint", id: `${prefix}-codes-hint` }, "For eksempel «Gruppe 3: SB1-…». Navnet foran koden er valgfritt.")),
      h("div", { class: "kb-sv-buttons" }, h("button", { type: "button", onclick: () => {
        const result = addCodes(group, codes.value, data.items, data.versions ?? []);
        group = result.group;
        codes.value = "";
        show(result.messages);
      } }, "Legg til kodene")),
      status, messages, actions),
    views);
  show([]);
  status.textContent = "";
  return () => {};
}

export default { render };
