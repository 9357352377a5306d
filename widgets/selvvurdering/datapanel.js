// View: «Lagre, flytte og slette svarene»: download (JSON, CSV), read a file in (after showing
// what it holds and asking; the current answers can be kept as a snapshot), delete all; and the
// warning shown when the browser refuses to save.

import { h, download, fill } from "./dom.js";
import { makeSnapshot } from "./snapshots.js";
import { emptyState } from "./state.js";
import { encodeShareCode } from "./sharecode.js";
import { MAX_IMPORT_BYTES, describeImport, exportCsv, exportJson, fileName, parseImport } from "./transfer.js";

export function dataPanel(ctx) {
  const { data, prefix } = ctx;
  const alertBox = h("p", { class: "kb-sv-alert", role: "alert" });
  const say = (message) => { alertBox.textContent = message; };

  async function importFile(input) {
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      say(`${file.name}: Filen er for stor. En eksport fra selvvurderingen er mye mindre. Svarene dine er ikke endret.`);
      return;
    }
    const parsed = parseImport(await file.text(), data.items, data.versions ?? [], data.statement_set);
    if (!parsed.ok) {
      say(`${file.name}: ${parsed.message} Svarene dine er ikke endret.`);
      return;
    }
    ask(parsed, file.name);
  }

  const question = h("div", { class: "kb-sv-import", role: "group", "aria-labelledby": `${prefix}-import-h`, hidden: true });
  function ask(parsed, name) {
    const has = Object.keys(ctx.state().answers).length > 0;
    const keep = h("input", { type: "checkbox", id: `${prefix}-import-keep`, checked: has });
    const heading = h("h3", { id: `${prefix}-import-h`, tabindex: "-1" }, `Vil du lese inn ${name}?`);
    const close = (message) => {
      fill(question);
      question.hidden = true;
      say(message);
      importInput.focus();
    };
    const accept = () => {
      const next = { ...parsed.state };
      let kept = "";
      if (has && keep.checked) {
        const now = new Date();
        const snap = makeSnapshot(ctx.state().answers, now, `Før innlesing ${now.toLocaleDateString("nb-NO")}`);
        next.snapshots = [...next.snapshots, snap];
        kept = ` Svarene du hadde, er lagret som øyeblikksbildet «${snap.label}».`;
      }
      ctx.replace(next);
      close(`Svarene er lest inn fra ${name}.${kept}`);
    };
    fill(question, heading, h("p", {}, "Filen inneholder:"),
      h("ul", {}, describeImport(parsed, data.items).map((line) => h("li", {}, line))),
      h("p", {}, "Leser du den inn, erstatter den svarene, fylket, handlingsplanen og øyeblikksbildene som er lagret i denne nettleseren nå."),
      has ? h("div", { class: "kb-sv-choice" }, keep, h("label", { for: keep.id }, "Ta vare på svarene jeg har nå som et øyeblikksbilde først")) : null,
      h("div", { class: "kb-sv-buttons" },
        h("button", { type: "button", onclick: accept }, "Les inn og erstatt"),
        h("button", { type: "button", class: "kb-sv-secondary", onclick: () => close("Innlesingen er avbrutt. Svarene dine er ikke endret.") }, "Avbryt")));
    question.hidden = false;
    say("");
    heading.focus();
  }

  function clearAll() {
    if (!window.confirm("Vil du slette alle svarene, handlingsplanen og øyeblikksbildene i denne nettleseren? Det kan ikke angres.")) return;
    ctx.replace(emptyState());
    ctx.deleteStored();
    say("Svarene dine er slettet fra denne nettleseren.");
  }

  const codeBox = h("div", { class: "kb-sv-code", hidden: true });
  function showCode() {
    const { answers, context } = ctx.state();
    const code = encodeShareCode(data.items.map((item) => item.id), answers, context);
    const field = h("input", { type: "text", id: `${prefix}-code`, readonly: true, value: context.label ? `${context.label}: ${code}` : code,
      class: "kb-sv-code-text", onfocus: () => field.select() });
    fill(codeBox, h("label", { for: field.id }, "Delekoden din"), field,
      h("p", { class: "kb-sv-code-read" }, "Til å lese opp: ", h("span", { class: "kb-sv-code-text" }, code)),
      h("p", {}, "Les koden høyt eller lim den inn der kursholderen samler svarene (siden «Gruppeoversikt»). "
        + "Den inneholder svarene, rollen, nivået og navnet på gruppen, ikke fylket eller handlingsplanen. "
        + "Svarer du mer, lager du en ny kode."));
    codeBox.hidden = false;
    field.focus();
  }

  const downloadJson = () => download(fileName("json", new Date(), ctx.state().context.label), exportJson(ctx.state(), data.items, new Date(), data.statement_set), "application/json");
  const importInput = h("input", { type: "file", id: `${prefix}-import`, accept: ".json,application/json",
    onchange: () => importFile(importInput) });
  const node = h("section", { class: "kb-sv-data", "aria-labelledby": `${prefix}-data-h` },
    h("h2", { id: `${prefix}-data-h` }, "Lagre, flytte og slette svarene"),
    h("p", {}, "Svarene lagres bare i denne nettleseren på denne maskinen. Ingenting sendes til noen. "
      + "Vil du ta svarene med deg til en annen maskin, kan du laste dem ned og lese dem inn igjen der."),
    h("div", { class: "kb-sv-buttons" },
      h("button", { type: "button", onclick: () => downloadJson() },
        "Last ned svarene (JSON)"),
      h("button", { type: "button", onclick: () => download(fileName("csv", new Date(), ctx.state().context.label), "\ufeff" + exportCsv(data.items, data.themes, ctx.state().answers, ctx.state().context), "text/csv") },
        "Last ned svarene som tabell (CSV)"),
      h("button", { type: "button", onclick: showCode }, "Vis delekode")),
    codeBox,
    h("div", { class: "kb-sv-field" }, h("label", { for: importInput.id }, "Les inn svar fra en fil du har lastet ned"), importInput),
    question,
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
