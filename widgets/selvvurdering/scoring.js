// The self-assessment's scoring specification (JavaScript side).
// Same rules as book/scoring.py, which documents them; the shared fixtures in
// tests/fixtures/scoring/ run against both (tests/js/scoring.test.mjs and tests/test_scoring.py).

export const DONT_KNOW = "vet-ikke";
export const MAX_WEAKEST = 3;
const LEVEL_RECOMMENDATIONS = {
  strategisk: ["fylke"],
  operativt: ["lokalt"],
  none: ["fylke", "lokalt"],
};

export function isScaleAnswer(answer) {
  return Number.isInteger(answer) && answer >= 1 && answer <= 5;
}

export function itemValue(item, answer) {
  if (!isScaleAnswer(answer)) return null;
  return item.reverse ? 6 - answer : answer;
}

export function band(answered, total, sum) {
  if (total === 0 || 2 * answered < total) return "for-fa-svar";
  if (sum >= 4 * answered) return "styrke";
  if (sum >= 3 * answered) return "delvis";
  return "utfordring";
}

export function scoreThemes(items, themes, answers) {
  return themes.map((theme) => {
    const themeItems = items.filter((item) => item.theme === theme);
    const counted = themeItems
      .map((item) => itemValue(item, answers[item.id]))
      .filter((value) => value !== null);
    const unknown = themeItems.filter((item) => answers[item.id] === DONT_KNOW).length;
    const sum = counted.reduce((total, value) => total + value, 0);
    return {
      theme,
      total: themeItems.length,
      answered: counted.length,
      unknown,
      sum,
      mean: counted.length ? sum / counted.length : null,
      band: band(counted.length, themeItems.length, sum),
    };
  });
}

export function weakestThemes(scores, limit = MAX_WEAKEST) {
  const order = new Map(scores.map((score, index) => [score.theme, index]));
  return scores
    .filter((score) => score.band === "utfordring" || score.band === "delvis")
    .sort((a, b) => {
      const left = a.sum * b.answered;
      const right = b.sum * a.answered;
      if (left !== right) return left < right ? -1 : 1;
      return order.get(a.theme) - order.get(b.theme);
    })
    .slice(0, limit)
    .map((score) => score.theme);
}

export function matches(theme, catalogue, level = null) {
  const levels = LEVEL_RECOMMENDATIONS[level ?? "none"] ?? LEVEL_RECOMMENDATIONS.none;
  return {
    practices: catalogue.practices.filter((p) => p.themes.includes(theme)).map((p) => p.id),
    barriers: catalogue.barriers.filter((b) => b.themes.includes(theme)).map((b) => b.id),
    recommendations: catalogue.recommendations
      .filter((r) => r.themes.includes(theme) && levels.includes(r.level))
      .map((r) => r.id),
  };
}

export function assess(items, themes, answers, catalogue, level = null) {
  const scores = scoreThemes(items, themes, answers);
  const weakest = weakestThemes(scores);
  const found = {};
  for (const theme of weakest) found[theme] = matches(theme, catalogue, level);
  return { scores, weakest, matches: found };
}
