// The words the widget shows for answers, bands and numbers (Norwegian), in one place.

import { DONT_KNOW, NOT_APPLICABLE } from "./scoring.js";
import { h } from "./dom.js";

export const SCALE = [
  [1, "Helt uenig"],
  [2, "Litt uenig"],
  [3, "Verken enig eller uenig"],
  [4, "Litt enig"],
  [5, "Helt enig"],
  [DONT_KNOW, "Vet ikke"],
];

/** The choices for one statement: the scale, plus «Ikke aktuelt» where it can fail to apply. */
export function scaleFor(item) {
  return item.not_applicable ? [...SCALE, [NOT_APPLICABLE, "Ikke aktuelt"]] : SCALE;
}

export const BANDS = {
  styrke: { text: "Styrke", symbol: "▲", rank: 3 },
  delvis: { text: "Delvis", symbol: "◆", rank: 2 },
  utfordring: { text: "Utfordring", symbol: "▼", rank: 1 },
  "for-fa-svar": { text: "For få svar", symbol: "–", rank: 0 },
};

export function formatMean(mean) {
  return mean === null ? "–" : mean.toFixed(1).replace(".", ",");
}

export function count(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

export function bandBadge(bandId) {
  const band = BANDS[bandId];
  return h("span", { class: `kb-band kb-band--${bandId}` },
    h("span", { "aria-hidden": "true" }, band.symbol), ` ${band.text}`);
}
