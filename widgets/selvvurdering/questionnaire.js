// Views: «Om dere» (role, level, county) and the statements, grouped by area and theme.

import { DONT_KNOW, NOT_APPLICABLE } from "./scoring.js";
import { h } from "./dom.js";
import { scaleFor } from "./labels.js";
import { LEVELS, MAX_TEXT, ROLES, countAnswered } from "./state.js";

/** The respondent's context. `sync(state)` puts a state into the inputs. */
export function contextView(ctx) {
  const { prefix } = ctx;
  const setContext = (changes, refresh = false) => {
    ctx.save({ context: { ...ctx.state().context, ...changes } });
    if (refresh) ctx.refresh();
  };
  const labelInput = h("input", { id: `${prefix}-label`, type: "text", maxlength: String(MAX_TEXT.group),
    autocomplete: "off", "aria-describedby": `${prefix}-label-hint`,
    oninput: () => setContext({ label: labelInput.value }) });
  const roleSelect = h("select", { id: `${prefix}-role`, onchange: () => setContext({ role: roleSelect.value }) },
    h("option", { value: "" }, "Velg (valgfritt)"),
    ROLES.map((role) => h("option", { value: role }, role)));
  const countyInput = h("input", { id: `${prefix}-county`, type: "text", maxlength: String(MAX_TEXT.county),
    autocomplete: "off", oninput: () => setContext({ county: countyInput.value }) });
  const levelInputs = LEVELS.map(([value]) => h("input", { type: "radio", name: `${prefix}-level`,
    id: `${prefix}-level-${value}`, value, onchange: () => setContext({ level: value }, true) }));
  const node = h("fieldset", { class: "kb-sv-context" },
    h("legend", {}, "Om dere (valgfritt)"),
    h("div", { class: "kb-sv-field" }, h("label", { for: labelInput.id }, "Navn på gruppen"), labelInput,
      h("p", { class: "kb-sv-hint", id: `${prefix}-label-hint` },
        "For eksempel «Gruppe 3» eller «Nav Bergen». Navnet kommer med i filene du laster ned og i delekoden.")),
    h("div", { class: "kb-sv-field" }, h("label", { for: roleSelect.id }, "Hvor jobber du?"), roleSelect),
    h("fieldset", { class: "kb-sv-level" }, h("legend", {}, "Hvilket nivå svarer du for?"),
      LEVELS.map(([, label], index) => h("div", { class: "kb-sv-choice" },
        levelInputs[index], h("label", { for: levelInputs[index].id }, label)))),
    h("div", { class: "kb-sv-field" }, h("label", { for: countyInput.id }, "Fylke (lagres bare i din nettleser)"), countyInput));

  function sync(state) {
    if (document.activeElement !== labelInput) labelInput.value = state.context.label;
    roleSelect.value = state.context.role;
    countyInput.value = state.context.county;
    for (const input of levelInputs) input.checked = state.context.level === input.value;
  }
  return { node, sync };
}

/** The statements. `sync(state)` checks the saved answers; `update(state)` counts them. */
export function questionsView(ctx) {
  const { data, prefix, itemsByTheme } = ctx;
  const progress = h("p", { class: "kb-sv-progress" });
  const themeCounters = new Map();
  const radiosById = new Map();

  function statement(item) {
    const name = `${prefix}-${item.id}`;
    const radios = scaleFor(item).map(([value, label]) => {
      const id = `${name}-${value}`;
      const input = h("input", { type: "radio", name, id, value: String(value),
        onchange: () => {
          ctx.save({ answers: { ...ctx.state().answers, [item.id]: value } });
          ctx.refresh();
        } });
      const apart = value === DONT_KNOW || value === NOT_APPLICABLE;
      return h("div", { class: `kb-sv-choice${apart ? " kb-sv-choice--unknown" : ""}` },
        input, h("label", { for: id }, label));
    });
    radiosById.set(item.id, radios.map((wrapper) => wrapper.querySelector("input")));
    return h("fieldset", { class: "kb-sv-item" },
      h("legend", {}, item.text), h("div", { class: "kb-sv-scale" }, radios));
  }

  const areas = data.areas.map((area) => h("section", { class: "kb-sv-area", "aria-labelledby": `${prefix}-area-${area.id}` },
    h("h3", { id: `${prefix}-area-${area.id}` }, area.name),
    data.themes.filter((theme) => theme.area === area.id).map((theme) => {
      const counter = h("span", { class: "kb-sv-theme-count" });
      themeCounters.set(theme.id, counter);
      return h("details", { class: "kb-sv-theme", "data-theme": theme.id },
        h("summary", {}, h("span", { class: "kb-sv-theme-name" }, theme.name), " ", counter),
        itemsByTheme.get(theme.id).map(statement));
    })));

  // Who «vi» are, how to answer, «Ikke aktuelt»: short texts from data/assessment.yml.
  const notes = Object.entries(data.notes || {}).map(([id, note]) =>
    h("div", { class: "kb-sv-note", "data-note": id }, h("h3", {}, note.title), h("p", {}, note.text)));
  const node = h("section", { class: "kb-sv-questions", "aria-labelledby": `${prefix}-q-h` },
    h("h2", { id: `${prefix}-q-h` }, "Påstander"),
    h("p", {}, "Ta stilling til hver påstand for ditt fylke. Åpne ett tema om gangen."),
    notes, progress, areas);

  function sync(state) {
    for (const [itemId, radios] of radiosById) {
      for (const radio of radios) radio.checked = String(state.answers[itemId]) === radio.value;
    }
  }

  function update(state) {
    const answered = (items) => countAnswered(items, state.answers);
    progress.textContent = `${answered(data.items)} av ${data.items.length} besvart`;
    for (const [themeId, items] of itemsByTheme) {
      themeCounters.get(themeId).textContent = `(${answered(items)} av ${items.length} besvart)`;
    }
  }

  /** Open the theme whose anchor is `hash` (a link from a theme's page); true if found. */
  function open(hash) {
    const theme = data.themes.find((t) => `#${t.anchor}` === hash);
    const details = theme && [...node.querySelectorAll("details.kb-sv-theme")].find((d) => d.dataset.theme === theme.id);
    if (!details) return false;
    details.open = true;
    details.scrollIntoView();
    return true;
  }
  return { node, sync, update, open };
}
