// The action plan: rows from the advice (grep) and the reader's own actions, each with theme,
// what, who and when; its CSV download and its printable copy (one or two A4 pages).

import { h, fill, download } from "./dom.js";
import { MAX_TEXT } from "./state.js";
import { csvText, fileName } from "./transfer.js";
import { profileChart } from "./results.js";

const emptyRow = { what: "", who: "", when: "" };

/** The plan with `practiceId` added (on, under `theme`) or removed (off); rows keep their order. */
export function togglePlanRow(plan, practiceId, on, theme = "") {
  const rest = plan.filter((row) => row.practice !== practiceId);
  return on ? [...rest, { id: practiceId, practice: practiceId, title: "", theme, ...emptyRow }] : rest;
}

/** An id for an own action that another tab is unlikely to pick at the same time. */
export function ownRowId(now = Date.now(), random = Math.random()) {
  return `eget-${now.toString(36)}-${Math.floor(random * 36 ** 4).toString(36)}`;
}

export function addOwnRow(plan, id) {
  return [...plan, { id, practice: "", title: "", theme: "", ...emptyRow }];
}

/**
 * What a row shows and exports: title, theme name, whether it is a grep, the grep's source.
 * A grep row without a theme (saved before rows kept one) gets the grep's first theme.
 */
export function describeRows(plan, practiceById, themeById) {
  return plan.map((row) => {
    const practice = practiceById.get(row.practice);
    const themeId = themeById.has(row.theme) ? row.theme : practice?.themes?.[0];
    return {
      id: row.id,
      title: practice ? practice.title : row.title || (row.practice ? row.practice : "Eget tiltak uten navn"),
      theme: themeById.get(themeId)?.name ?? "",
      grep: Boolean(practice),
      source: practice?.source ?? "",
      what: row.what, who: row.who, when: row.when,
    };
  });
}

export const PLAN_CSV_HEADER = ["Tema", "Tiltak", "Godt grep", "Hva", "Hvem", "Når", "Kilde"];

/** The plan as CSV for Norwegian Excel: `;` between cells (the caller adds the BOM). */
export function planCsv(rows) {
  return csvText([PLAN_CSV_HEADER, ...rows.map((row) =>
    [row.theme, row.title, row.grep ? "ja" : "nei, eget tiltak", row.what, row.who, row.when, row.source])], ";");
}

function today(now = new Date()) {
  return now.toLocaleDateString("nb-NO", { day: "numeric", month: "long", year: "numeric" });
}

export function planView(ctx) {
  const { data, prefix, practiceById, themeById } = ctx;
  const form = h("div", { class: "kb-sv-plan-form" });
  const printed = h("div", { class: "kb-sv-plan-print" });
  const body = h("div", { class: "kb-sv-plan-body" }, form, printed);
  let shownOnce = false; // nothing to print before the first update
  let lastOutcome = null;

  const rows = () => describeRows(ctx.state().plan, practiceById, themeById);
  const setRow = (id, key, value) =>
    ctx.save({ plan: ctx.state().plan.map((r) => (r.id === id ? { ...r, [key]: value } : r)) });

  function field(row, index, key, label, attrs = {}) {
    const id = `${prefix}-row-${index}-${key}`;
    const tag = key === "what" ? "textarea" : key === "theme" ? "select" : "input";
    const input = h(tag, { id, ...attrs, ...(tag === "select" ? {} : { maxlength: String(MAX_TEXT[key]) }),
      [tag === "select" ? "onchange" : "oninput"]: () => { setRow(row.id, key, input.value); renderPrint(); } });
    if (tag === "select") {
      input.append(h("option", { value: "" }, "Ikke valgt"),
        ...data.themes.map((theme) => h("option", { value: theme.id }, theme.name)));
    }
    input.value = row[key];
    return h("div", { class: "kb-sv-field" }, h("label", { for: id }, label), input);
  }

  function rowView(row, shown, index, ownNumber) {
    const legend = shown.grep ? shown.title : `Eget tiltak ${ownNumber}`;
    return h("fieldset", { class: "kb-sv-plan-row" },
      h("legend", {}, legend),
      shown.grep
        ? h("p", { class: "kb-sv-plan-meta" }, `Godt grep${shown.theme ? ` i temaet ${shown.theme}` : ""}. `,
          h("span", { class: "kb-sv-source" }, `Kilde: ${shown.source}`))
        : [field(row, index, "title", "Hva heter tiltaket?", { type: "text" }),
          field(row, index, "theme", "Tema (valgfritt)")],
      field(row, index, "what", "Hva skal dere gjøre?", { rows: "3" }),
      field(row, index, "who", "Hvem har ansvaret?", { type: "text" }),
      field(row, index, "when", "Innen når?", { type: "text" }),
      h("button", { type: "button", class: "kb-sv-remove kb-sv-secondary", onclick: () => remove(row.id) },
        `Fjern «${shown.grep ? shown.title : legend}» fra planen`));
  }

  function remove(id) {
    ctx.save({ plan: ctx.state().plan.filter((row) => row.id !== id) });
    ctx.refresh(); // the advice's checkbox for a grep row is unticked too
    body.querySelector(".kb-sv-add")?.focus();
  }

  function addOwn() {
    ctx.save({ plan: addOwnRow(ctx.state().plan, ownRowId()) });
    update(ctx.state());
    form.querySelector(".kb-sv-plan-row:last-of-type input")?.focus();
  }

  function update(state, outcome = lastOutcome) {
    shownOnce = true;
    lastOutcome = outcome;
    const shown = describeRows(state.plan, practiceById, themeById);
    let own = 0;
    fill(form,
      h("p", {}, state.plan.length
        ? "Skriv hva dere skal gjøre, hvem som har ansvaret og når det skal være gjort. Planen lagres bare i nettleseren din."
        : "Velg gode grep over, eller legg til egne tiltak. Skriv hva dere skal gjøre, hvem som har ansvaret og når det skal være gjort."),
      state.context.county ? h("p", {}, `Fylke: ${state.context.county}`) : null,
      state.plan.map((row, index) => rowView(row, shown[index], index, row.practice && shown[index].grep ? 0 : ++own)),
      h("div", { class: "kb-sv-buttons" },
        h("button", { type: "button", class: "kb-sv-add", onclick: addOwn }, "Legg til eget tiltak"),
        state.plan.length ? [
          h("button", { type: "button", onclick: downloadCsv }, "Last ned planen (CSV)"),
          h("button", { type: "button", onclick: print }, "Skriv ut planen")] : null));
    renderPrint();
  }

  function downloadCsv() {
    const { county, label } = ctx.state().context;
    download(fileName("csv", new Date(), county || label, "handlingsplan"), "\ufeff" + planCsv(rows()), "text/csv");
  }

  /** The plan as plain text for paper: textareas print only what fits in their box. */
  function renderPrint() {
    if (!shownOnce) return;
    const state = ctx.state();
    const shown = rows();
    if (!shown.length) {
      fill(printed);
      return;
    }
    const { county, role, label } = state.context;
    const sources = shown.filter((row) => row.grep);
    const facts = [["Fylke", county], ["Rolle", role], ["Gruppe", label], ["Dato", today()]].filter(([, value]) => value);
    fill(printed,
      h("div", { class: "kb-sv-print-head" },
        h("h2", {}, "Handlingsplan for samarbeidet mellom Nav og fylkeskommunen"),
        h("p", { class: "kb-sv-print-facts" }, facts.map(([key, value]) => h("span", {}, h("strong", {}, `${key}:`), ` ${value}`))),
        lastOutcome ? profileChart(lastOutcome.scores, themeById,
          "Profilen fra selvvurderingen: snittet per tema fra 1 til 5 (▲ styrke, ◆ delvis, ▼ utfordring).") : null),
      h("table", { class: "kb-sv-print-plan" },
        h("caption", {}, `Tiltak (${shown.length})`),
        h("thead", {}, h("tr", {}, ["Tiltak", "Hva skal dere gjøre?", "Hvem", "Innen"].map((text) => h("th", { scope: "col" }, text)))),
        h("tbody", {}, shown.map((row, index) => h("tr", {},
          h("th", { scope: "row" }, `${index + 1}. ${row.title}`,
            h("span", { class: "kb-sv-print-theme" }, [row.theme, row.grep ? "godt grep" : "eget tiltak"].filter(Boolean).join(", "))),
          h("td", { class: "kb-sv-print-what" }, row.what || "–"),
          h("td", {}, row.who || "–"),
          h("td", {}, row.when || "–"))))),
      sources.length
        ? h("div", { class: "kb-sv-print-sources" }, h("h3", {}, "Kilder"),
          h("ul", {}, sources.map((row) => h("li", {}, `«${row.title}»: ${row.source}.`))),
          h("p", {}, "De gode grepene er beskrevet i Samarbeidsboka, med kildene over."))
        : null);
  }

  function print() {
    renderPrint();
    document.documentElement.classList.add("kb-sv-printing");
    printed.classList.add("kb-sv-print-target");
    const done = () => {
      document.documentElement.classList.remove("kb-sv-printing");
      printed.classList.remove("kb-sv-print-target");
      window.removeEventListener("afterprint", done);
    };
    window.addEventListener("afterprint", done);
    window.print();
  }
  window.addEventListener("beforeprint", renderPrint);
  return { body, update, dispose: () => window.removeEventListener("beforeprint", renderPrint) };
}
