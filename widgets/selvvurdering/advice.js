// View: «Dette kan dere jobbe med», the advice that follows the answers (advise() in
// scoring.js): for the weakest statements first, the grep that address them and why, in the
// reader's own answers; the theme's other grep, barriers and recommendations folded away.

import { h, fill } from "./dom.js";
import { count, scaleFor } from "./labels.js";

export function adviceView(ctx) {
  const { data, prefix, pageRoot, themeById } = ctx;
  const body = h("div", { class: "kb-sv-weak-body" });
  const index = (list) => new Map(list.map((entry) => [entry.id, entry]));
  const practices = index(data.catalogue.practices);
  const barriers = index(data.catalogue.barriers);
  const recommendations = index(data.catalogue.recommendations);
  const items = index(data.items);

  const answerText = (item, answer) => (scaleFor(item).find(([value]) => value === answer) || [null, String(answer)])[1];

  // A practice is offered for the plan once (its checkbox id must be unique); later mentions
  // link back to it.
  function practiceItem(id, chosen, seen, theme = "") {
    const practice = practices.get(id);
    const more = h("a", { href: `${pageRoot}${practice.href}` }, `Les mer om «${practice.title}»`);
    if (seen.has(id)) {
      return h("li", { class: "kb-sv-practice" }, h("strong", {}, practice.title), " (se over). ", more);
    }
    seen.add(id);
    const box = `${prefix}-plan-${id}`;
    return h("li", { class: "kb-sv-practice" },
      h("strong", {}, practice.title), " ", practice.summary, " ", more,
      h("div", { class: "kb-sv-choice" },
        h("input", { type: "checkbox", id: box, checked: chosen.has(id),
          onchange: (event) => ctx.togglePlan(id, event.target.checked, theme) }),
        h("label", { for: box }, `Ta med «${practice.title}» i handlingsplanen`)));
  }

  const folded = (summary, list) => (list.length
    ? h("details", { class: "kb-sv-more" }, h("summary", {}, summary), h("ul", {}, list)) : null);

  function recommendationItem(id) {
    const rec = recommendations.get(id);
    return h("li", {}, h("strong", {}, rec.title), ` ${rec.description} `,
      h("span", { class: "kb-sv-source" }, `(Til: ${rec.addressees.join(", ")}. Kilde: ${rec.source})`));
  }

  function themeSection(entry, tied, chosen, seen) {
    const theme = themeById.get(entry.theme);
    return h("article", { class: "kb-sv-weak-theme" },
      h("h3", {}, `${entry.rank}. ${theme.name}`, tied ? " (delt plass)" : ""),
      h("ul", { class: "kb-sv-reasons" }, entry.statements.map((statement) => {
        const item = items.get(statement.item);
        return h("li", {}, `Dere svarte «${answerText(item, statement.answer)}» på «${item.text}»`);
      })),
      h("h4", {}, "Gode grep som svarer på dette"),
      h("ul", { class: "kb-sv-practices" }, entry.practices.map((id) => practiceItem(id, chosen, seen, entry.theme))),
      folded(`Flere gode grep i temaet (${entry.more_practices.length})`,
        entry.more_practices.map((id) => practiceItem(id, chosen, seen, entry.theme))),
      folded(`Barrierer å være obs på (${entry.barriers.length})`, entry.barriers.map((id) => {
        const barrier = barriers.get(id);
        return h("li", {}, h("strong", {}, barrier.title), ` ${barrier.summary} `,
          h("span", { class: "kb-sv-source" }, `(Kilde: ${barrier.source})`));
      })),
      h("p", {}, h("a", { href: `${pageRoot}${theme.href}` }, `Les mer om ${theme.name.toLowerCase()} i boka`)));
  }

  function weaknesses(advice, chosen, seen) {
    const ranks = advice.themes.map((entry) => entry.rank);
    const moreThemes = advice.more_themes.map((id) => themeById.get(id));
    return [
      h("p", {}, "Temaene med de svakeste svarene først. Under hvert tema står svarene deres som "
        + "gjorde at det kom med, og de gode grepene som svarer på dem."),
      advice.themes.map((entry) => themeSection(entry, ranks.filter((r) => r === entry.rank).length > 1, chosen, seen)),
      moreThemes.length
        ? h("details", { class: "kb-sv-more" },
          h("summary", {}, `${count(moreThemes.length, "tema til", "temaer til")} har svake svar`),
          h("ul", {}, moreThemes.map((theme) => h("li", {}, h("a", { href: `${pageRoot}${theme.href}` }, theme.name)))))
        : null,
      folded(`Anbefalinger for ditt nivå (${advice.recommendations.length})`,
        advice.recommendations.map(recommendationItem)),
      advice.national.length
        ? h("aside", { class: "kb-sv-national", "aria-label": "Ta opp med sentralt nivå" },
          h("h4", {}, "Ta opp med sentralt nivå"),
          h("p", {}, "Dette kan ikke fylket løse alene. Forskerne retter disse anbefalingene til nasjonale myndigheter:"),
          h("ul", {}, advice.national.map(recommendationItem)))
        : null,
    ];
  }

  function findOut(advice) {
    return [
      h("h3", {}, "Finn ut først"),
      h("p", {}, `Dere svarte «Vet ikke» på ${count(advice.find_out.length, "påstand", "påstander")}. `
        + "Det er også et funn. Finn ut hvordan det er hos dere, for eksempel ved å spørre den andre parten:"),
      h("ul", {}, advice.find_out.map((entry) => h("li", {}, items.get(entry.item).text))),
    ];
  }

  function update(state, outcome) {
    const advice = outcome.advice;
    const chosen = new Set(state.plan.map((row) => row.practice));
    const seen = new Set();
    if (advice.status === "svakheter") fill(body, weaknesses(advice, chosen, seen));
    else if (advice.status === "finn-ut-forst") fill(body, findOut(advice));
    else if (advice.status === "sterk") {
      fill(body,
        h("p", {}, "Ingen av svarene er svake. Her er grep som holder et godt samarbeid ved like, "
          + "for eksempel når folk slutter eller et prosjekt går over i drift:"),
        h("ul", { class: "kb-sv-practices" }, advice.sustain.map((id) => practiceItem(id, chosen, seen))));
    } else {
      fill(body, h("p", {}, "Når dere har svart på påstandene, ser dere her hva dere kan jobbe med."));
    }
  }
  return { body, update };
}
