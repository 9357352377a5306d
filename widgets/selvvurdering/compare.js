// Comparing your answers with a partner's (pure): per theme the two means and their difference,
// per statement whether you agree. Reversed statements are turned first, as in the scoring.

import { DONT_KNOW, itemValue, scoreThemes } from "./scoring.js";

/** How far apart two theme means are, in words a reader can act on. */
export function themeAgreement(mine, theirs) {
  if (mine === null || theirs === null) return "mangler";
  const gap = Math.abs(mine - theirs);
  return gap < 0.5 ? "likt" : gap < 1 ? "litt-ulikt" : "ulikt";
}

/** Two answers to one statement: "enige", "nesten" (one step apart), "ulikt" or "mangler". */
export function statementAgreement(item, mine, theirs) {
  const a = itemValue(item, mine);
  const b = itemValue(item, theirs);
  if (a === null || b === null) return "mangler";
  const gap = Math.abs(a - b);
  return gap === 0 ? "enige" : gap === 1 ? "nesten" : "ulikt";
}

export function compareAnswers(items, themeIds, mine, theirs) {
  const myScores = scoreThemes(items, themeIds, mine);
  const theirScores = scoreThemes(items, themeIds, theirs);
  return themeIds.map((theme, index) => {
    const a = myScores[index].mean;
    const b = theirScores[index].mean;
    return {
      theme, mine: a, theirs: b, gap: a === null || b === null ? null : a - b,
      agreement: themeAgreement(a, b),
      statements: items.filter((item) => item.theme === theme).map((item) => ({
        item, mine: mine[item.id], theirs: theirs[item.id],
        agreement: statementAgreement(item, mine[item.id], theirs[item.id]),
      })),
    };
  });
}

export const isDontKnow = (answer) => answer === DONT_KNOW;
