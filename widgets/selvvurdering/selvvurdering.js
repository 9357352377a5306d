// Selvvurdering: the self-assessment widget, an anywidget front-end module.
//
// It exports anywidget's `render({ model, el })`. In Jupyter, anywidget supplies the model
// (state synced with Python both ways); in the static book, widgets/host.js supplies a small
// model backed by localStorage. This module only wires the parts together: state rules in
// state.js, scoring in scoring.js, files in transfer.js, and one view module per section.
// It never stores anything itself and never sends anything anywhere. Every text from data or
// from an imported file is inserted as text, never as HTML.

import { advise, assess } from "./scoring.js";
import { h, fill } from "./dom.js";
import { BANDS } from "./labels.js";
import { STATE_KEYS, cleanState, countAnswered } from "./state.js";
import { contextView, questionsView } from "./questionnaire.js";
import { resultsView } from "./results.js";
import { adviceView } from "./advice.js";
import { planView, togglePlanRow } from "./plan.js";
import { snapshotsView } from "./snapshots.js";
import { dataPanel } from "./datapanel.js";
import { partnerView } from "./partner.js";

let instances = 0;

/** An id prefix no other copy of the widget on the page uses (Jupyter may load the module twice). */
function uniquePrefix() {
  let prefix;
  do prefix = `kb-sv-${++instances}`; while (document.getElementById(`${prefix}-q-h`));
  return prefix;
}

function section(prefix, key, title, className, ...children) {
  return h("section", { class: className, "aria-labelledby": `${prefix}-${key}-h` },
    h("h2", { id: `${prefix}-${key}-h` }, title), ...children);
}

function render({ model, el }) {
  const data = model.get("data");
  const themeIds = data.themes.map((t) => t.id);
  const fromModel = () => cleanState(Object.fromEntries(STATE_KEYS.map((key) => [key, model.get(key)])), data.items);
  let state = fromModel();
  let saving = false;
  let announceTimer;

  const status = h("p", { class: "kb-sv-status", role: "status", "aria-live": "polite" });
  const ctx = {
    data, el, prefix: uniquePrefix(), pageRoot: model.get("page_root") ?? "",
    themeById: new Map(data.themes.map((theme) => [theme.id, theme])),
    practiceById: new Map(data.catalogue.practices.map((p) => [p.id, p])),
    itemsByTheme: new Map(data.themes.map((t) => [t.id, data.items.filter((i) => i.theme === t.id)])),
    state: () => state,
    save(changes) {
      state = { ...state, ...changes };
      saving = true;
      try {
        for (const [key, value] of Object.entries(changes)) model.set(key, value);
      } finally {
        saving = false;
      }
      model.save_changes();
    },
    /** Replace the whole state (import, delete) and show it. */
    replace(next) {
      ctx.save(next);
      snapshots.reset();
      syncInputs();
      refresh();
    },
    refresh: () => refresh(),
    /** Ask the host to remove every stored copy (the static host; Python ignores it). */
    deleteStored: () => model.send({ type: "delete-all" }),
    togglePlan(practiceId, on, theme) {
      ctx.save({ plan: togglePlanRow(state.plan, practiceId, on, theme) });
      plan.update(state);
    },
    announce(message) {
      clearTimeout(announceTimer);
      announceTimer = setTimeout(() => { status.textContent = message; }, 400);
    },
  };

  const context = contextView(ctx);
  const questions = questionsView(ctx);
  const results = resultsView(ctx);
  const advice = adviceView(ctx);
  const plan = planView(ctx);
  const snapshots = snapshotsView(ctx);
  const panel = dataPanel(ctx);
  const partner = partnerView(ctx);

  el.classList.add("kb-sv");
  fill(el,
    h("p", { class: "kb-sv-privacy" }, h("strong", {}, "Personvern: "),
      "Svarene lagres bare i nettleseren din. Ingenting sendes til Samarbeidsboka eller andre."),
    context.node,
    questions.node,
    section(ctx.prefix, "r", "Resultat", "kb-sv-results", status, results.body),
    section(ctx.prefix, "w", "Dette kan dere jobbe med", "kb-sv-weak", advice.body),
    section(ctx.prefix, "p", "Handlingsplan", "kb-sv-plan", plan.body),
    snapshots.node,
    partner.node,
    panel.node,
    panel.unsaved);

  function syncInputs() {
    context.sync(state);
    questions.sync(state);
  }

  function refresh() {
    const level = state.context.level || null;
    const outcome = assess(data.items, themeIds, state.answers, data.catalogue, level);
    outcome.advice = advise(data.items, themeIds, state.answers, data.catalogue, level);
    questions.update(state);
    results.update(state, outcome);
    advice.update(state, outcome);
    plan.update(state, outcome);
    snapshots.update(state);
    partner.update(state);
    const answered = countAnswered(data.items, state.answers);
    const counts = Object.keys(BANDS).map((id) => [id, outcome.scores.filter((s) => s.band === id).length]);
    ctx.announce(`${answered} av ${data.items.length} besvart. `
      + counts.filter(([, n]) => n).map(([id, n]) => `${BANDS[id].text}: ${n}`).join(", ") + ".");
  }

  // Changes from outside (Python in Jupyter, another tab in the static book): one update for
  // a burst of changed keys; the widget's own model.set calls are not echoed back.
  let pending = false;
  const adopt = () => {
    if (saving || pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      state = fromModel();
      syncInputs();
      refresh();
    });
  };
  for (const key of STATE_KEYS) model.on(`change:${key}`, adopt);
  const onMessage = (message) => {
    if (message?.type === "save-failed") panel.saveFailed(true);
    else if (message?.type === "saved") panel.saveFailed(false);
  };
  model.on("msg:custom", onMessage);

  syncInputs();
  if (typeof location !== "undefined") questions.open(location.hash);
  refresh();
  status.textContent = "";
  return () => {
    clearTimeout(announceTimer);
    for (const key of STATE_KEYS) model.off(`change:${key}`, adopt);
    model.off("msg:custom", onMessage);
    plan.dispose();
  };
}

export default { render };
