// Selvvurdering: the self-assessment widget, an anywidget front-end module.
//
// It exports anywidget's `render({ model, el })`. In Jupyter, anywidget supplies the model
// (state synced to Python); in the static book, widgets/host.js supplies a small model backed
// by localStorage. This module never stores anything itself and never sends anything anywhere.
// Every text from data or from an imported file is inserted as text (textContent / value),
// never as HTML.

import { assess, DONT_KNOW, isScaleAnswer, scoreThemes } from "./scoring.js";

export const EXPORT_FORMAT = "samarbeidsboka-selvvurdering";
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 512 * 1024;
const MAX_TEXT = { county: 120, what: 600, who: 200, when: 40, label: 120 };

export const SCALE = [
  [1, "Helt uenig"],
  [2, "Litt uenig"],
  [3, "Verken enig eller uenig"],
  [4, "Litt enig"],
  [5, "Helt enig"],
  [DONT_KNOW, "Vet ikke"],
];
export const BANDS = {
  styrke: { text: "Styrke", symbol: "▲", rank: 3 },
  delvis: { text: "Delvis", symbol: "◆", rank: 2 },
  utfordring: { text: "Utfordring", symbol: "▼", rank: 1 },
  "for-fa-svar": { text: "For få svar", symbol: "–", rank: 0 },
};
export const ROLES = ["Nav-kontor", "Nav fylke", "Fylkeskommunen", "Oppfølgingstjenesten (OT)",
  "Skole", "Annet"];
const LEVELS = [["strategisk", "Strategisk (ledelse)"], ["operativt", "Operativt (daglig arbeid)"]];

let instances = 0;

// ---------------------------------------------------------------- pure helpers (tested in node)

/** Keep only what the tool understands; everything text is cut to a sane length. */
export function cleanState(raw, items) {
  const known = new Set(items.map((item) => item.id));
  const answers = {};
  for (const [id, value] of Object.entries(isObject(raw.answers) ? raw.answers : {})) {
    if (known.has(id) && (isScaleAnswer(value) || value === DONT_KNOW)) answers[id] = value;
  }
  const context = isObject(raw.context) ? raw.context : {};
  const plan = Array.isArray(raw.plan) ? raw.plan : [];
  const snapshots = Array.isArray(raw.snapshots) ? raw.snapshots : [];
  return {
    answers,
    context: {
      role: ROLES.includes(context.role) ? context.role : "",
      level: ["strategisk", "operativt"].includes(context.level) ? context.level : "",
      county: text(context.county, MAX_TEXT.county),
    },
    plan: plan.filter(isObject).filter((row) => typeof row.practice === "string").map((row) => ({
      practice: text(row.practice, 80),
      what: text(row.what, MAX_TEXT.what),
      who: text(row.who, MAX_TEXT.who),
      when: text(row.when, MAX_TEXT.when),
    })),
    snapshots: snapshots.filter(isObject).map((snap) => ({
      date: text(snap.date, 40),
      label: text(snap.label, MAX_TEXT.label),
      answers: cleanState({ answers: snap.answers }, items).answers,
    })).filter((snap) => snap.date),
  };
}

/** Parse an imported file's text. Returns { ok: true, state } or { ok: false, message }. */
export function parseImport(content, items) {
  if (typeof content !== "string" || content.length > MAX_IMPORT_BYTES) {
    return { ok: false, message: "Filen er for stor. En eksport fra selvvurderingen er mye mindre." };
  }
  let raw;
  try {
    raw = JSON.parse(content);
  } catch {
    return { ok: false, message: "Filen kunne ikke leses. Velg en JSON-fil som du har lastet ned fra selvvurderingen." };
  }
  if (!isObject(raw) || raw.format !== EXPORT_FORMAT) {
    return { ok: false, message: "Filen er ikke en eksport fra Samarbeidsbokas selvvurdering." };
  }
  if (raw.version !== EXPORT_VERSION) {
    return { ok: false, message: "Filen er laget med en annen versjon av selvvurderingen og kan ikke leses her." };
  }
  return { ok: true, state: cleanState(raw, items) };
}

export function exportJson(state, now = new Date()) {
  return JSON.stringify({
    format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: now.toISOString(),
    answers: state.answers, context: state.context, plan: state.plan, snapshots: state.snapshots,
  }, null, 2);
}

/** One row per statement. Cells are quoted; a leading =+-@ is defused for spreadsheets. */
export function exportCsv(items, themes, answers) {
  const themeName = new Map(themes.map((theme) => [theme.id, theme.name]));
  const rows = [["id", "tema", "påstand", "omvendt", "svar", "verdi"]];
  for (const item of items) {
    const answer = answers[item.id];
    const value = isScaleAnswer(answer) ? (item.reverse ? 6 - answer : answer) : "";
    rows.push([item.id, themeName.get(item.theme) ?? item.theme, item.text,
      item.reverse ? "ja" : "nei", answer ?? "", value]);
  }
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export function formatMean(mean) {
  return mean === null ? "–" : mean.toFixed(1).replace(".", ",");
}

function count(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function csvCell(value) {
  let cell = String(value);
  if (/^[=+\-@]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function text(value, max) {
  return typeof value === "string" ? value.slice(0, max) : "";
}

// ---------------------------------------------------------------- DOM helpers

function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "class") node.className = value;
    // Through CSSOM: a style attribute would be blocked by the site's CSP (style-src 'self').
    else if (key === "style") node.style.cssText = value;
    else if (key === "value") node.value = value;
    else if (key === "checked") node.checked = Boolean(value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replace a node's children; arrays are flattened and empty values skipped. */
function fill(node, ...children) {
  node.replaceChildren(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
}

function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = h("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function bandBadge(bandId) {
  const band = BANDS[bandId];
  return h("span", { class: `kb-band kb-band--${bandId}` },
    h("span", { "aria-hidden": "true" }, band.symbol), ` ${band.text}`);
}

// ---------------------------------------------------------------- the widget

function render({ model, el }) {
  const data = model.get("data");
  const prefix = `kb-sv-${++instances}`;
  const themes = data.themes;
  const themeById = new Map(themes.map((theme) => [theme.id, theme]));
  const practiceById = new Map(data.catalogue.practices.map((p) => [p.id, p]));
  const itemsByTheme = new Map(themes.map((t) => [t.id, data.items.filter((i) => i.theme === t.id)]));
  const pageRoot = model.get("page_root") ?? "";

  let state = cleanState({
    answers: model.get("answers"), context: model.get("context"),
    plan: model.get("plan"), snapshots: model.get("snapshots"),
  }, data.items);

  function save(changes) {
    state = { ...state, ...changes };
    for (const [key, value] of Object.entries(changes)) model.set(key, value);
    model.save_changes();
  }

  const status = h("p", { class: "kb-sv-status", role: "status", "aria-live": "polite" });
  const alertBox = h("p", { class: "kb-sv-alert", role: "alert" });
  let announceTimer;
  function announce(message) {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => { status.textContent = message; }, 400);
  }

  // -- respondent context
  const roleSelect = h("select", { id: `${prefix}-role`, onchange: () => save({ context: { ...state.context, role: roleSelect.value } }) },
    h("option", { value: "" }, "Velg (valgfritt)"),
    ROLES.map((role) => h("option", { value: role }, role)));
  roleSelect.value = state.context.role;
  const countyInput = h("input", { id: `${prefix}-county`, type: "text", maxlength: String(MAX_TEXT.county), autocomplete: "off",
    value: state.context.county, oninput: () => save({ context: { ...state.context, county: countyInput.value } }) });
  const levelInputs = LEVELS.map(([value, label]) => {
    const input = h("input", { type: "radio", name: `${prefix}-level`, id: `${prefix}-level-${value}`, value,
      checked: state.context.level === value,
      onchange: () => { save({ context: { ...state.context, level: value } }); refresh(); } });
    return h("div", { class: "kb-sv-choice" }, input, h("label", { for: input.id }, label));
  });
  const contextSection = h("fieldset", { class: "kb-sv-context" },
    h("legend", {}, "Om dere (valgfritt)"),
    h("div", { class: "kb-sv-field" }, h("label", { for: roleSelect.id }, "Hvor jobber du?"), roleSelect),
    h("fieldset", { class: "kb-sv-level" }, h("legend", {}, "Hvilket nivå svarer du for?"), levelInputs),
    h("div", { class: "kb-sv-field" }, h("label", { for: countyInput.id }, "Fylke (lagres bare i din nettleser)"), countyInput));

  // -- questionnaire
  const progress = h("p", { class: "kb-sv-progress" });
  const themeCounters = new Map();
  const radiosById = new Map();
  const areas = data.areas.map((area) => {
    const areaThemes = themes.filter((theme) => theme.area === area.id);
    return h("section", { class: "kb-sv-area", "aria-labelledby": `${prefix}-area-${area.id}` },
      h("h3", { id: `${prefix}-area-${area.id}` }, area.name),
      areaThemes.map((theme) => {
        const counter = h("span", { class: "kb-sv-theme-count" });
        themeCounters.set(theme.id, counter);
        return h("details", { class: "kb-sv-theme", "data-theme": theme.id },
          h("summary", {}, h("span", { class: "kb-sv-theme-name" }, theme.name), " ", counter),
          itemsByTheme.get(theme.id).map((item) => statement(item)));
      }));
  });

  function statement(item) {
    const name = `${prefix}-${item.id}`;
    const radios = SCALE.map(([value, label]) => {
      const id = `${name}-${value}`;
      const input = h("input", { type: "radio", name, id, value: String(value),
        checked: state.answers[item.id] === value,
        onchange: () => {
          save({ answers: { ...state.answers, [item.id]: value } });
          refresh();
        } });
      return h("div", { class: `kb-sv-choice${value === DONT_KNOW ? " kb-sv-choice--unknown" : ""}` },
        input, h("label", { for: id }, label));
    });
    radiosById.set(item.id, radios.map((wrapper) => wrapper.querySelector("input")));
    return h("fieldset", { class: "kb-sv-item" },
      h("legend", {}, item.text), h("div", { class: "kb-sv-scale" }, radios));
  }

  // -- results
  const resultsBody = h("div", { class: "kb-sv-results-body" });
  const weakBody = h("div", { class: "kb-sv-weak-body" });
  const planBody = h("div", { class: "kb-sv-plan-body" });
  const compareBody = h("div", { class: "kb-sv-compare-body" });
  const snapshotList = h("div", { class: "kb-sv-snapshots" });

  // -- data: export, import, delete
  const importInput = h("input", { type: "file", id: `${prefix}-import`, accept: ".json,application/json",
    onchange: () => importFile(importInput) });
  const dataSection = h("section", { class: "kb-sv-data", "aria-labelledby": `${prefix}-data-h` },
    h("h2", { id: `${prefix}-data-h` }, "Lagre, flytte og slette svarene"),
    h("p", {}, "Svarene lagres bare i denne nettleseren på denne maskinen. Ingenting sendes til noen. "
      + "Vil du ta svarene med deg til en annen maskin, kan du laste dem ned og lese dem inn igjen der."),
    h("div", { class: "kb-sv-buttons" },
      h("button", { type: "button", onclick: () => download(fileName("json"), exportJson(state), "application/json") },
        "Last ned svarene (JSON)"),
      h("button", { type: "button", onclick: () => download(fileName("csv"), "\ufeff" + exportCsv(data.items, themes, state.answers), "text/csv") },
        "Last ned svarene som tabell (CSV)")),
    h("div", { class: "kb-sv-field" }, h("label", { for: importInput.id }, "Les inn svar fra en fil du har lastet ned"), importInput),
    h("div", { class: "kb-sv-buttons" },
      h("button", { type: "button", class: "kb-sv-danger", onclick: clearAll }, "Slett svarene mine")),
    alertBox);

  el.classList.add("kb-sv");
  fill(el,
    h("p", { class: "kb-sv-privacy" }, h("strong", {}, "Personvern: "),
      "Svarene lagres bare i nettleseren din. Ingenting sendes til Samarbeidsboka eller andre."),
    contextSection,
    h("section", { class: "kb-sv-questions", "aria-labelledby": `${prefix}-q-h` },
      h("h2", { id: `${prefix}-q-h` }, "Påstander"),
      h("p", {}, "Ta stilling til hver påstand for ditt fylke. Åpne ett tema om gangen. Velg «Vet ikke» hvis du ikke vet."),
      progress, areas),
    h("section", { class: "kb-sv-results", "aria-labelledby": `${prefix}-r-h` },
      h("h2", { id: `${prefix}-r-h` }, "Resultat"), status, resultsBody),
    h("section", { class: "kb-sv-weak", "aria-labelledby": `${prefix}-w-h` },
      h("h2", { id: `${prefix}-w-h` }, "Dette kan dere jobbe med"), weakBody),
    h("section", { class: "kb-sv-plan", "aria-labelledby": `${prefix}-p-h` },
      h("h2", { id: `${prefix}-p-h` }, "Handlingsplan"), planBody),
    h("section", { class: "kb-sv-follow-up", "aria-labelledby": `${prefix}-s-h` },
      h("h2", { id: `${prefix}-s-h` }, "Følg med over tid"),
      h("p", {}, "Lagre et øyeblikksbilde av svarene nå, og sammenlign med det senere, for eksempel neste år."),
      h("div", { class: "kb-sv-buttons" }, h("button", { type: "button", onclick: takeSnapshot }, "Lagre øyeblikksbilde")),
      snapshotList, compareBody),
    dataSection);

  function fileName(extension) {
    return `selvvurdering-${new Date().toISOString().slice(0, 10)}.${extension}`;
  }

  function result() {
    return assess(data.items, themes.map((t) => t.id), state.answers, data.catalogue, state.context.level || null);
  }

  function refresh() {
    const answeredCount = data.items.filter((item) => state.answers[item.id] !== undefined).length;
    progress.textContent = `${answeredCount} av ${data.items.length} besvart`;
    for (const theme of themes) {
      const items = itemsByTheme.get(theme.id);
      const done = items.filter((item) => state.answers[item.id] !== undefined).length;
      themeCounters.get(theme.id).textContent = `(${done} av ${items.length} besvart)`;
    }
    const outcome = result();
    renderResults(outcome);
    renderWeak(outcome);
    renderPlan();
    renderSnapshots();
    const counts = Object.keys(BANDS).map((id) => [id, outcome.scores.filter((s) => s.band === id).length]);
    announce(`${answeredCount} av ${data.items.length} besvart. `
      + counts.filter(([, n]) => n).map(([id, n]) => `${BANDS[id].text}: ${n}`).join(", ") + ".");
  }

  function renderResults(outcome) {
    const rows = outcome.scores.map((score) => h("tr", {},
      h("th", { scope: "row" }, themeById.get(score.theme).name),
      h("td", {}, formatMean(score.mean)),
      h("td", {}, bandBadge(score.band)),
      h("td", {}, String(score.unknown))));
    const table = h("table", { class: "kb-sv-table" },
      h("caption", {}, "Resultat per tema (snitt fra 1 til 5; «Vet ikke» er ikke med i snittet)"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Tema"), h("th", { scope: "col" }, "Snitt"),
        h("th", { scope: "col" }, "Vurdering"), h("th", { scope: "col" }, "Vet ikke (kunnskapshull)"))),
      h("tbody", {}, rows));
    const gaps = outcome.scores.filter((s) => s.unknown > 0);
    fill(resultsBody,
      h("p", {}, "Styrke: snitt 4,0 eller mer. Delvis: 3,0 til 3,9. Utfordring: under 3,0. "
        + "Et tema der under halvparten av påstandene er besvart, vises som «For få svar»."),
      profileChart(outcome.scores),
      table,
      gaps.length
        ? h("p", { class: "kb-sv-gaps" }, h("strong", {}, "Kunnskapshull: "),
          `Dere svarte «Vet ikke» på ${count(gaps.reduce((n, s) => n + s.unknown, 0), "påstand", "påstander")}, i ${gaps.length === 1 ? "temaet" : "temaene"} `
          + gaps.map((s) => themeById.get(s.theme).name).join(", ")
          + ". Det er også et funn: finn ut hvordan det er hos dere.")
        : null);
  }

  function profileChart(scores) {
    // A visual profile; the table below carries the same numbers as text (the chart is hidden
    // from screen readers so the numbers are not read twice). Band symbols repeat the colour.
    return h("figure", { class: "kb-sv-figure" },
      h("figcaption", {}, "Profil per tema (søylen viser snittet fra 1 til 5). Tallene står i tabellen under."),
      h("div", { class: "kb-sv-chart", "aria-hidden": "true" }, scores.map((score) =>
        h("div", { class: "kb-sv-chart-row" },
          h("span", { class: "kb-sv-chart-label" }, themeById.get(score.theme).name),
          h("span", { class: "kb-sv-chart-track" },
            h("span", { class: `kb-sv-chart-bar kb-band--${score.band}`,
              style: `width: ${score.mean === null ? 0 : (score.mean / 5) * 100}%` })),
          h("span", { class: "kb-sv-chart-value" }, `${BANDS[score.band].symbol} ${formatMean(score.mean)}`)))));
  }

  function themeLink(theme) {
    return h("a", { href: `${pageRoot}${theme.href}` }, `Les mer om ${theme.name.toLowerCase()} i boka`);
  }

  function renderWeak(outcome) {
    if (!outcome.weakest.length) {
      fill(weakBody, h("p", {}, outcome.scores.some((s) => s.band !== "for-fa-svar")
        ? "Ingen temaer er vurdert som utfordring eller delvis. Se likevel gjennom de gode grepene i boka."
        : "Når dere har svart på minst halvparten av påstandene i et tema, ser dere her hvilke gode grep som passer."));
      return;
    }
    const chosen = new Set(state.plan.map((row) => row.practice));
    fill(weakBody,
      h("p", {}, "Her er temaene med lavest snitt, og det forskningen sier at andre fylker har gjort."),
      outcome.weakest.map((themeId) => {
        const theme = themeById.get(themeId);
        const found = outcome.matches[themeId];
        const pick = (list, ids) => ids.map((id) => list.find((entry) => entry.id === id));
        return h("article", { class: "kb-sv-weak-theme" },
          h("h3", {}, theme.name), h("p", {}, themeLink(theme)),
          h("h4", {}, "Gode grep"),
          h("ul", { class: "kb-sv-practices" }, pick(data.catalogue.practices, found.practices).map((practice) => {
            const id = `${prefix}-plan-${practice.id}`;
            return h("li", {},
              h("strong", {}, h("a", { href: `${pageRoot}${practice.href}` }, practice.title)),
              h("p", {}, practice.description),
              practice.examples.length ? h("p", { class: "kb-sv-example" }, h("em", {}, "Eksempel: "),
                `${practice.examples[0].place}: ${practice.examples[0].text} (${practice.examples[0].source})`) : null,
              h("p", { class: "kb-sv-source" }, `Kilde: ${practice.source}`),
              h("div", { class: "kb-sv-choice" },
                h("input", { type: "checkbox", id, checked: chosen.has(practice.id),
                  onchange: (event) => togglePlan(practice.id, event.target.checked) }),
                h("label", { for: id }, `Ta med «${practice.title}» i handlingsplanen`)));
          })),
          found.barriers.length ? [h("h4", {}, "Barrierer å være obs på"),
            h("ul", {}, pick(data.catalogue.barriers, found.barriers).map((barrier) =>
              h("li", {}, h("strong", {}, barrier.title), ` ${barrier.description} `,
                h("span", { class: "kb-sv-source" }, `(Kilde: ${barrier.source})`))))] : null,
          found.recommendations.length ? [h("h4", {}, "Anbefalinger for ditt nivå"),
            h("ul", {}, pick(data.catalogue.recommendations, found.recommendations).map((rec) =>
              h("li", {}, h("strong", {}, rec.title), ` ${rec.description} `,
                h("span", { class: "kb-sv-source" }, `(Til: ${rec.addressees.join(", ")}. Kilde: ${rec.source})`))))] : null);
      }));
  }

  function togglePlan(practiceId, on) {
    const plan = state.plan.filter((row) => row.practice !== practiceId);
    if (on) plan.push({ practice: practiceId, what: "", who: "", when: "" });
    save({ plan });
    renderPlan();
  }

  function renderPlan() {
    if (!state.plan.length) {
      fill(planBody, h("p", {}, "Velg gode grep over for å lage en handlingsplan. Skriv hva dere skal gjøre, hvem som har ansvaret og når det skal være gjort."));
      return;
    }
    fill(planBody,
      state.context.county ? h("p", {}, `Fylke: ${state.context.county}`) : null,
      state.plan.map((row, index) => {
        const practice = practiceById.get(row.practice);
        const field = (key, label, attrs = {}) => {
          const id = `${prefix}-plan-${index}-${key}`;
          const input = h(key === "what" ? "textarea" : "input", { id, ...attrs, maxlength: String(MAX_TEXT[key]),
            oninput: () => {
              const plan = state.plan.map((r) => (r.practice === row.practice ? { ...r, [key]: input.value } : r));
              save({ plan });
            } });
          input.value = row[key];
          return h("div", { class: "kb-sv-field" }, h("label", { for: id }, label), input);
        };
        return h("fieldset", { class: "kb-sv-plan-row" },
          h("legend", {}, practice ? practice.title : row.practice),
          field("what", "Hva skal dere gjøre?", { rows: "2" }),
          field("who", "Hvem har ansvaret?", { type: "text" }),
          field("when", "Innen når?", { type: "text" }));
      }),
      h("div", { class: "kb-sv-buttons" }, h("button", { type: "button", onclick: printPlan }, "Skriv ut handlingsplanen")));
  }

  function printPlan() {
    document.documentElement.classList.add("kb-sv-printing");
    el.classList.add("kb-sv-print-target");
    const done = () => {
      document.documentElement.classList.remove("kb-sv-printing");
      el.classList.remove("kb-sv-print-target");
      window.removeEventListener("afterprint", done);
    };
    window.addEventListener("afterprint", done);
    window.print();
  }

  function takeSnapshot() {
    const now = new Date();
    const snap = { date: now.toISOString(), label: now.toLocaleDateString("nb-NO"), answers: { ...state.answers } };
    save({ snapshots: [...state.snapshots, snap] });
    renderSnapshots();
    announce(`Øyeblikksbilde lagret ${snap.label}.`);
  }

  let compareWith = null;
  function renderSnapshots() {
    if (!state.snapshots.length) {
      fill(snapshotList, h("p", {}, "Dere har ikke lagret noen øyeblikksbilder ennå."));
      fill(compareBody);
      return;
    }
    const select = h("select", { id: `${prefix}-compare`, onchange: () => { compareWith = select.value; renderComparison(); } },
      h("option", { value: "" }, "Velg et øyeblikksbilde"),
      state.snapshots.map((snap) => h("option", { value: snap.date }, `${snap.label} (${new Date(snap.date).toLocaleTimeString("nb-NO", { hour: "2-digit", minute: "2-digit" })})`)));
    select.value = compareWith ?? "";
    fill(snapshotList, h("div", { class: "kb-sv-field" },
      h("label", { for: select.id }, "Sammenlign svarene nå med"), select));
    renderComparison();
  }

  function renderComparison() {
    const snap = state.snapshots.find((s) => s.date === compareWith);
    if (!snap) { fill(compareBody); return; }
    const ids = themes.map((t) => t.id);
    const before = scoreThemes(data.items, ids, snap.answers);
    const now = scoreThemes(data.items, ids, state.answers);
    const change = (a, b) => {
      if (a.mean === null || b.mean === null) return "Kan ikke sammenlignes";
      const diff = b.sum * a.answered - a.sum * b.answered;
      if (diff === 0) return "Uendret";
      return diff > 0 ? "Bedre" : "Svakere";
    };
    fill(compareBody, h("table", { class: "kb-sv-table" },
      h("caption", {}, `Sammenligning med ${snap.label}`),
      h("thead", {}, h("tr", {}, ["Tema", `Da (${snap.label})`, "Nå", "Endring"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, before.map((a, index) => {
        const b = now[index];
        return h("tr", {}, h("th", { scope: "row" }, themeById.get(a.theme).name),
          h("td", {}, formatMean(a.mean), " ", bandBadge(a.band)),
          h("td", {}, formatMean(b.mean), " ", bandBadge(b.band)),
          h("td", {}, change(a, b)));
      }))));
  }

  async function importFile(input) {
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      alertBox.textContent = "Filen er for stor. En eksport fra selvvurderingen er mye mindre. Svarene dine er ikke endret.";
      return;
    }
    const parsed = parseImport(await file.text(), data.items);
    if (!parsed.ok) {
      alertBox.textContent = `${parsed.message} Svarene dine er ikke endret.`;
      return;
    }
    save(parsed.state);
    syncInputs();
    refresh();
    alertBox.textContent = `Svarene er lest inn fra ${file.name}.`;
  }

  function clearAll() {
    if (!window.confirm("Vil du slette alle svarene, handlingsplanen og øyeblikksbildene i denne nettleseren? Det kan ikke angres.")) return;
    save({ answers: {}, context: { role: "", level: "", county: "" }, plan: [], snapshots: [] });
    compareWith = null;
    syncInputs();
    refresh();
    alertBox.textContent = "Svarene dine er slettet fra denne nettleseren.";
  }

  function syncInputs() {
    for (const [itemId, radios] of radiosById) {
      for (const radio of radios) {
        radio.checked = String(state.answers[itemId]) === radio.value;
      }
    }
    roleSelect.value = state.context.role;
    countyInput.value = state.context.county;
    for (const wrapper of levelInputs) {
      const input = wrapper.querySelector("input");
      input.checked = state.context.level === input.value;
    }
  }

  // A link to #sv-tema-<id> (from a theme's page; the anchors are placed by the page) opens
  // that theme.
  const wanted = typeof location !== "undefined" && location.hash.startsWith("#sv-tema-")
    ? location.hash.slice("#sv-tema-".length) : null;
  const target = wanted
    ? [...el.querySelectorAll("details.kb-sv-theme")].find((d) => d.dataset.theme === wanted) : null;
  if (target) {
    target.open = true;
    target.scrollIntoView();
  }

  refresh();
  status.textContent = "";
  return () => clearTimeout(announceTimer);
}

export default { render };
