// View: the result per theme (profile chart, table, knowledge gaps). The advice is advice.js.

import { dataTable, h, fill } from "./dom.js";
import { BANDS, bandBadge, count, formatMean } from "./labels.js";

/** The bar's length in a 0–100 box: the mean (1–5) as a share of 5; no mean, no bar. */
export function barLength(mean) {
  return mean === null ? 0 : Math.round((mean / 5) * 1000) / 10;
}

// The bar is SVG whose length is an attribute (never an inline style, which a strict CSP
// ignores); it prints, unlike a background. Lines mark the band limits 3,0 and 4,0.
function bar(score) {
  const svg = (tag, attrs) => h(`svg:${tag}`, attrs);
  return h("svg:svg", { class: "kb-sv-chart-track", viewBox: "0 0 100 10", preserveAspectRatio: "none", focusable: "false" },
    svg("rect", { class: "kb-sv-chart-back", width: "100", height: "10" }),
    svg("rect", { class: `kb-sv-chart-bar kb-band--${score.band}`, width: String(barLength(score.mean)), height: "10" }),
    [60, 80].map((x) => svg("line", { class: "kb-sv-chart-limit", x1: String(x), x2: String(x), y1: "0", y2: "10",
      "vector-effect": "non-scaling-stroke" })));
}

/** The profile as bars (also in the printed plan, plan.js). */
export function profileChart(scores, themeById,
  caption = "Profil per tema (søylen viser snittet fra 1 til 5). Tallene står i tabellen under.") {
  // A visual profile; the table below carries the same numbers as text (the chart is hidden
  // from screen readers so the numbers are not read twice). Band symbols repeat the colour.
  return h("figure", { class: "kb-sv-figure" },
    h("figcaption", {}, caption),
    h("div", { class: "kb-sv-chart", "aria-hidden": "true" }, scores.map((score) =>
      h("div", { class: "kb-sv-chart-row" },
        h("span", { class: "kb-sv-chart-label" }, themeById.get(score.theme).name),
        bar(score),
        h("span", { class: "kb-sv-chart-value" }, `${BANDS[score.band].symbol} ${formatMean(score.mean)}`)))));
}

export function resultsView(ctx) {
  const { themeById } = ctx;
  const body = h("div", { class: "kb-sv-results-body" });

  function update(state, outcome) {
    const table = dataTable("Resultat per tema (snitt fra 1 til 5; «Vet ikke» er ikke med i snittet)",
      ["Tema", "Snitt", "Vurdering", "Vet ikke (kunnskapshull)"],
      outcome.scores.map((score) => [themeById.get(score.theme).name, formatMean(score.mean),
        bandBadge(score.band), String(score.unknown)]));
    const gaps = outcome.scores.filter((s) => s.unknown > 0);
    fill(body,
      h("p", {}, "Styrke: snitt 4,0 eller mer. Delvis: 3,0 til 3,9. Utfordring: under 3,0. "
        + "Et tema der under halvparten av påstandene er besvart, vises som «For få svar»."),
      profileChart(outcome.scores, themeById),
      table,
      gaps.length
        ? h("p", { class: "kb-sv-gaps" }, h("strong", {}, "Kunnskapshull: "),
          `Dere svarte «Vet ikke» på ${count(gaps.reduce((n, s) => n + s.unknown, 0), "påstand", "påstander")}, i ${gaps.length === 1 ? "temaet" : "temaene"} `
          + gaps.map((s) => themeById.get(s.theme).name).join(", ")
          + ". Det er også et funn: finn ut hvordan det er hos dere.")
        : null);
  }
  return { body, update };
}
