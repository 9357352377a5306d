// View: «Sammenlign med en samarbeidspartner». A partner's file or share code is read beside
// your own answers (never into them, and never saved): per theme and per statement, where you
// agree and where you see it differently.

import { dataTable, fill, h } from "./dom.js";
import { SCALE, formatMean } from "./labels.js";
import { compareAnswers } from "./compare.js";
import { MAX_IMPORT_BYTES, parseImport } from "./transfer.js";
import { knownAnswers } from "./state.js";
import { decodeShareCode, splitCodeLine } from "./sharecode.js";

const THEME_WORDS = { likt: "Dere ser det likt", "litt-ulikt": "Litt ulikt", ulikt: "Dere ser det ulikt", mangler: "Kan ikke sammenlignes" };
const ITEM_WORDS = { enige: "Enige", nesten: "Nesten enige", ulikt: "Ser det ulikt", mangler: "Mangler svar" };
const answerText = (answer) => SCALE.find(([value]) => value === answer)?.[1] ?? "Ikke svart";
const gapText = (gap) => (gap === null ? "–" : (gap > 0 ? "+" : gap < 0 ? "−" : "") + formatMean(Math.abs(gap)));

export function partnerView(ctx) {
  const { data, prefix, themeById } = ctx;
  let partner = null; // { name, answers, label, role }
  const alertBox = h("p", { class: "kb-sv-alert", role: "alert" });
  const result = h("div", { class: "kb-sv-partner-result" });
  const say = (message) => { alertBox.textContent = message; };

  function use(name, answers, context) {
    partner = { name, answers, label: context.label ?? "", role: context.role ?? "" };
    say("");
    update(ctx.state());
    result.querySelector("h3")?.focus();
  }

  async function fromFile() {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = "";
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) { say(`${file.name}: filen er for stor til å være en eksport fra selvvurderingen.`); return; }
    const parsed = parseImport(await file.text(), data.items, data.versions ?? [], data.statement_set);
    if (!parsed.ok) { say(`${file.name}: ${parsed.message} Svarene dine er ikke endret.`); return; }
    use(file.name, knownAnswers(parsed.state.answers, data.items), parsed.state.context);
  }

  function fromCode() {
    const { label, code } = splitCodeLine(codeInput.value);
    const read = decodeShareCode(code, data.items.map((item) => item.id), data.versions ?? []);
    if (!read.ok) { say(`${read.message} Svarene dine er ikke endret.`); return; }
    use(label || "delekoden", read.answers, { ...read.context, label });
  }

  const fileInput = h("input", { type: "file", id: `${prefix}-partner-file`, accept: ".json,application/json", onchange: fromFile });
  const codeInput = h("input", { type: "text", id: `${prefix}-partner-code`, autocomplete: "off", spellcheck: "false" });

  function update(state) {
    if (!partner) { fill(result); return; }
    const rows = compareAnswers(data.items, data.themes.map((t) => t.id), state.answers, partner.answers);
    const who = [partner.label, partner.role].filter(Boolean).join(", ") || partner.name;
    fill(result,
      h("h3", { tabindex: "-1" }, `Dere og ${who}`),
      h("p", {}, "Forskjellen er snittet ditt minus partnerens. Partnerens svar er bare vist her; de lagres ikke og endrer ikke svarene dine."),
      dataTable("Per tema: dine svar og partnerens (snitt fra 1 til 5)", ["Tema", "Du", "Partneren", "Forskjell", "Vurdering"],
        rows.map((row) => [themeById.get(row.theme).name, formatMean(row.mine), formatMean(row.theirs), gapText(row.gap), THEME_WORDS[row.agreement]])),
      rows.map((row) => h("details", { class: "kb-sv-partner-theme" },
        h("summary", {}, `${themeById.get(row.theme).name}: ${THEME_WORDS[row.agreement].toLowerCase()}`),
        dataTable(`Påstandene i «${themeById.get(row.theme).name}»`, ["Påstand", "Du", "Partneren", "Vurdering"],
          row.statements.map((s) => [s.item.text, answerText(s.mine), answerText(s.theirs), ITEM_WORDS[s.agreement]])))),
      h("div", { class: "kb-sv-buttons" }, h("button", { type: "button", class: "kb-sv-secondary", onclick: () => {
        partner = null;
        update(ctx.state());
        say("Sammenligningen er fjernet. Svarene dine er ikke endret.");
        fileInput.focus();
      } }, "Fjern sammenligningen")));
  }

  const node = h("section", { class: "kb-sv-partner", "aria-labelledby": `${prefix}-partner-h` },
    h("h2", { id: `${prefix}-partner-h` }, "Sammenlign med en samarbeidspartner"),
    h("p", {}, "Har en samarbeidspartner svart, for eksempel OT eller Nav-kontoret? Les inn filen eller delekoden deres, "
      + "så ser dere side om side hvor dere er enige og hvor dere ser samarbeidet ulikt. Dine egne svar blir ikke endret."),
    h("div", { class: "kb-sv-field" }, h("label", { for: fileInput.id }, "Velg filen fra samarbeidspartneren"), fileInput),
    h("div", { class: "kb-sv-field" }, h("label", { for: codeInput.id }, "Eller lim inn delekoden deres"), codeInput),
    h("div", { class: "kb-sv-buttons" }, h("button", { type: "button", onclick: fromCode }, "Sammenlign med koden")),
    alertBox, result);
  return { node, update };
}
