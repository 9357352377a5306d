// Snapshots: the answers saved at a moment, and the comparison of now with one of them.

import { scoreThemes } from "./scoring.js";
import { dataTable, h, fill } from "./dom.js";
import { bandBadge, formatMean } from "./labels.js";

export function makeSnapshot(answers, now = new Date(), label = now.toLocaleDateString("nb-NO")) {
  return { date: now.toISOString(), label, answers: { ...answers } };
}

/** «Bedre», «Svakere», «Uendret» or «Kan ikke sammenlignes»; means compared exactly. */
export function change(before, now) {
  if (before.mean === null || now.mean === null) return "Kan ikke sammenlignes";
  const diff = now.sum * before.answered - before.sum * now.answered;
  if (diff === 0) return "Uendret";
  return diff > 0 ? "Bedre" : "Svakere";
}

export function snapshotsView(ctx) {
  const { data, prefix, themeById } = ctx;
  const list = h("div", { class: "kb-sv-snapshots" });
  const compareBody = h("div", { class: "kb-sv-compare-body" });
  let compareWith = null;

  function take() {
    const snap = makeSnapshot(ctx.state().answers);
    ctx.save({ snapshots: [...ctx.state().snapshots, snap] });
    update(ctx.state());
    ctx.announce(`Øyeblikksbilde lagret ${snap.label}.`);
  }

  const node = h("section", { class: "kb-sv-follow-up", "aria-labelledby": `${prefix}-s-h` },
    h("h2", { id: `${prefix}-s-h` }, "Følg med over tid"),
    h("p", {}, "Lagre et øyeblikksbilde av svarene nå, og sammenlign med det senere, for eksempel neste år."),
    h("div", { class: "kb-sv-buttons" }, h("button", { type: "button", onclick: take }, "Lagre øyeblikksbilde")),
    list, compareBody);

  function update(state) {
    if (!state.snapshots.length) {
      fill(list, h("p", {}, "Dere har ikke lagret noen øyeblikksbilder ennå."));
      fill(compareBody);
      return;
    }
    const select = h("select", { id: `${prefix}-compare`, onchange: () => { compareWith = select.value; compare(ctx.state()); } },
      h("option", { value: "" }, "Velg et øyeblikksbilde"),
      state.snapshots.map((snap) => h("option", { value: snap.date }, `${snap.label} (${new Date(snap.date).toLocaleTimeString("nb-NO", { hour: "2-digit", minute: "2-digit" })})`)));
    select.value = compareWith ?? "";
    fill(list, h("div", { class: "kb-sv-field" }, h("label", { for: select.id }, "Sammenlign svarene nå med"), select));
    compare(state);
  }

  function compare(state) {
    const snap = state.snapshots.find((s) => s.date === compareWith);
    if (!snap) { fill(compareBody); return; }
    const ids = data.themes.map((t) => t.id);
    const before = scoreThemes(data.items, ids, snap.answers);
    const now = scoreThemes(data.items, ids, state.answers);
    fill(compareBody, dataTable(`Sammenligning med ${snap.label}`, ["Tema", `Da (${snap.label})`, "Nå", "Endring"],
      before.map((a, index) => [themeById.get(a.theme).name, [formatMean(a.mean), " ", bandBadge(a.band)],
        [formatMean(now[index].mean), " ", bandBadge(now[index].band)], change(a, now[index])])));
  }

  function reset() { compareWith = null; }
  return { node, update, reset };
}
