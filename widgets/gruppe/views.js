// Views of «Gruppeoversikt»: who answered, per theme (mean, spread, distribution), Nav against
// the county side, what to talk about (with the matching good practices), and each group's
// profile. Numbers always stand as text; the SVG bars repeat them and are hidden from screen
// readers. No inline styles: bar lengths are SVG attributes.

import { DONT_KNOW, matches } from "../selvvurdering/scoring.js";
import { dataTable, h } from "../selvvurdering/dom.js";
import { count, formatMean } from "../selvvurdering/labels.js";
import { ROLES } from "../selvvurdering/state.js";
import { MIN_GROUP, disagreements, groupProfiles, roleCounts, sideGaps, themeStats } from "./stats.js";

const number = (value) => (value === null ? "–" : value.toFixed(1).replace(".", ","));
const signed = (value) => (Math.abs(value) < 0.05 ? "" : value > 0 ? "+" : "−") + number(Math.abs(value));

function section(prefix, key, title, ...children) {
  return h("section", { class: "kb-gr-view", "aria-labelledby": `${prefix}-${key}-h` },
    h("h2", { id: `${prefix}-${key}-h` }, title), ...children);
}

/** The distribution of answers as a stacked SVG bar (1 to 5, then «Vet ikke»). */
function distributionBar(distribution) {
  const keys = [1, 2, 3, 4, 5, DONT_KNOW];
  const total = keys.reduce((n, key) => n + distribution[key], 0);
  let x = 0;
  const parts = total === 0 ? [] : keys.map((key) => {
    const width = (distribution[key] / total) * 100;
    const rect = h("svg:rect", { class: `kb-gr-dist kb-gr-dist--${key}`, x: String(x), width: String(width), height: "10" });
    x += width;
    return rect;
  });
  return h("svg:svg", { class: "kb-gr-bar", viewBox: "0 0 100 10", preserveAspectRatio: "none",
    focusable: "false", "aria-hidden": "true" }, parts);
}

function distributionText(distribution) {
  return `1: ${distribution[1]}, 2: ${distribution[2]}, 3: ${distribution[3]}, 4: ${distribution[4]}, `
    + `5: ${distribution[5]}, vet ikke: ${distribution[DONT_KNOW]}`;
}

export function overview(data, respondents, prefix, pageRoot) {
  const themeIds = data.themes.map((t) => t.id);
  const name = new Map(data.themes.map((t) => [t.id, t.name]));
  const stats = themeStats(data.items, themeIds, respondents);
  const gaps = sideGaps(data.items, themeIds, respondents);
  const roles = roleCounts(respondents, ROLES);

  const who = section(prefix, "who", "Hvem har svart",
    h("p", { class: "kb-gr-total" }, `${count(respondents.length, "svar", "svar")} i oversikten.`),
    dataTable("Antall svar per rolle", ["Rolle", "Antall"], roles.map(([role, n]) => [role, String(n)])));

  const themes = section(prefix, "themes", "Per tema",
    h("p", {}, "Snittet er gjennomsnittet av hver persons snitt for temaet (1 til 5). Spredningen er "
      + "standardavviket: jo høyere, jo mer spriker svarene. Fordelingen teller alle svarene i temaet; "
      + "påstander som beskriver en barriere, er snudd, slik at 5 alltid er best."),
    dataTable("Snitt, spredning og fordeling per tema", ["Tema", "Antall", "Snitt", "Spredning", "Fordeling av svarene"],
      stats.map((s) => [name.get(s.theme), String(s.n), number(s.mean), number(s.sd),
        h("span", { class: "kb-gr-distribution" }, distributionBar(s.distribution),
          h("span", { class: "kb-gr-small" }, distributionText(s.distribution)))])));

  const hiddenAny = gaps.some((g) => g.hidden);
  const sides = section(prefix, "sides", "Nav og fylkeskommunen",
    h("p", {}, "Nav er Nav-kontor og Nav fylke. Fylkeskommunen er fylkeskommunen, Oppfølgingstjenesten (OT) og skolene. "
      + "Forskjellen er Navs snitt minus fylkeskommunens. Antallet bak hvert snitt står i parentes."),
    hiddenAny ? h("p", { class: "kb-gr-hidden-note" }, h("strong", {}, "Noen tall er skjult. "),
      `Vi viser snittet for en side bare når minst ${MIN_GROUP} personer på den siden har svart på temaet, `
      + "slik at ingen kan kjennes igjen på svarene sine.") : null,
    dataTable("Nav og fylkeskommunen per tema", ["Tema", "Nav", "Fylkeskommunen, OT og skole", "Forskjell"],
      gaps.map((g) => g.hidden
        ? [name.get(g.theme), `skjult (${g.navN})`, `skjult (${g.countyN})`, `skjult: færre enn ${MIN_GROUP} på én side`]
        : [name.get(g.theme), `${number(g.nav)} (${g.navN})`, `${number(g.county)} (${g.countyN})`, signed(g.gap)])));

  const talk = disagreements(stats, gaps);
  const prompts = section(prefix, "talk", "Dette bør dere snakke om",
    talk.length === 0
      ? h("p", { class: "kb-gr-keep" }, "Ingen temaer skiller seg ut: svarene spriker lite, og forskjellen mellom Nav og fylkeskommunen er liten eller skjult.")
      : h("ol", { class: "kb-gr-prompts" }, talk.map((t) => {
        const theme = data.themes.find((item) => item.id === t.theme);
        const practices = matches(t.theme, data.catalogue).practices
          .map((id) => data.catalogue.practices.find((p) => p.id === id)).filter(Boolean).slice(0, 3);
        const why = t.reason === "gap"
          ? `Nav og fylkeskommunen ser dette ulikt: forskjellen i snitt er ${signed(t.gap)}.`
          : `Svarene spriker mye (spredning ${number(t.sd)}).`;
        return h("li", {},
          h("h3", {}, theme.name),
          h("p", {}, why),
          h("p", { class: "kb-gr-question" }, `Hva ser dere som gjør at dere vurderer «${theme.name.toLowerCase()}» ulikt? Hva ville gjort det bedre?`),
          practices.length ? h("p", {}, "Gode grep å se på: ", practices.flatMap((p, i) => [i ? ", " : "",
            h("a", { href: `${pageRoot}${p.href}` }, p.title)])) : null);
      })));

  const profiles = groupProfiles(data.items, themeIds, respondents);
  const groups = section(prefix, "groups", "Gruppenes profiler",
    h("p", {}, "Snittet per tema for hver gruppe, etter navnet gruppen skrev inn. Antallet svar står i overskriften. «Ingen svar» betyr at ingen i gruppen svarte noe annet enn «Vet ikke» eller «Ikke aktuelt» i temaet."),
    dataTable("Snitt per tema for hver gruppe", ["Tema", ...profiles.map((p) => `${p.label} (${p.n})`)],
      themeIds.map((theme, index) => [name.get(theme), ...profiles.map((p) => (p.means[index] === null ? "ingen svar" : formatMean(p.means[index])))])));

  return [who, themes, sides, prompts, groups];
}
