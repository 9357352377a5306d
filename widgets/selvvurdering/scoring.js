// The self-assessment's scoring specification (JavaScript side).
// Same rules as book/scoring.py, whose docstring is the specification; the shared fixtures in
// tests/fixtures/scoring/ run against both (tests/js/scoring.test.mjs and tests/test_scoring.py).

export const DONT_KNOW = "vet-ikke";
export const NOT_APPLICABLE = "ikke-aktuelt";
export const MAX_WEAKEST = 3;
export const MAX_THEMES = 3;
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

export function isNotApplicable(item, answer) {
  return answer === NOT_APPLICABLE && Boolean(item.not_applicable);
}

export function band(answered, total, sum, notApplicable = 0) {
  const applicable = total - notApplicable;
  if (applicable === 0 || 2 * answered < applicable) return "for-fa-svar";
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
    const skipped = themeItems.filter((item) => isNotApplicable(item, answers[item.id])).length;
    const sum = counted.reduce((total, value) => total + value, 0);
    return {
      theme,
      total: themeItems.length,
      answered: counted.length,
      unknown,
      not_applicable: skipped,
      sum,
      mean: counted.length ? sum / counted.length : null,
      band: band(counted.length, themeItems.length, sum, skipped),
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

// --- Advice: what to work on, following the answers (rules in book/scoring.py) -------------

const unique = (ids) => [...new Set(ids)];

export function weakStatements(items, scores, answers) {
  const byTheme = new Map(scores.map((score) => [score.theme, score]));
  const weak = [];
  for (const item of items) {
    const value = itemValue(item, answers[item.id]);
    const score = byTheme.get(item.theme);
    if (value === null || score === undefined) continue;
    if (value <= 2 || (value === 3 && score.sum < 4 * score.answered)) {
      weak.push({ item: item.id, theme: item.theme, answer: answers[item.id], value,
        practices: [...(item.practices ?? [])] });
    }
  }
  return weak;
}

// Negative when theme a is weaker; 0 is a tie (same lowest value, exactly the same mean).
function compareThemes(a, b) {
  if (a.lowest !== b.lowest) return a.lowest - b.lowest;
  const left = a.score.sum * b.score.answered;
  const right = b.score.sum * a.score.answered;
  return left === right ? 0 : left < right ? -1 : 1;
}

// The weak themes to show, each with its rank (ties share one), and the ids of the rest.
export function rankThemes(scores, weak) {
  const lowest = new Map();
  for (const s of weak) lowest.set(s.theme, Math.min(s.value, lowest.get(s.theme) ?? 5));
  const ranked = scores
    .map((score, order) => ({ score, order, lowest: lowest.get(score.theme) }))
    .filter((entry) => entry.lowest !== undefined)
    .sort((a, b) => compareThemes(a, b) || a.order - b.order);
  const shown = [];
  const more = [];
  ranked.forEach((entry, index) => {
    const first = ranked.findIndex((other) => compareThemes(other, entry) === 0);
    const rank = first + 1; // the first theme with this key: competition ranking
    if (index < MAX_THEMES || compareThemes(ranked[MAX_THEMES - 1], entry) === 0) {
      shown.push({ rank, score: entry.score });
    } else more.push(entry.score.theme);
  });
  return { shown, more };
}

// One shown theme: its weak statements (lowest first), their practices, the rest folded.
export function themeAdvice(rank, score, weak, catalogue) {
  const theme = score.theme;
  const statements = weak.filter((s) => s.theme === theme)
    .sort((a, b) => a.value - b.value); // stable: data order within a value
  const first = unique(statements.flatMap((s) => s.practices));
  return {
    theme, rank, band: score.band,
    statements: statements.map(({ item, answer, value, practices }) =>
      ({ item, answer, value, practices })),
    practices: first,
    more_practices: catalogue.practices
      .filter((p) => p.themes.includes(theme) && !first.includes(p.id)).map((p) => p.id),
    barriers: catalogue.barriers.filter((b) => b.themes.includes(theme)).map((b) => b.id),
  };
}

export function adviceStatus(weak, unknown, counted) {
  if (weak) return "svakheter";
  if (unknown && unknown >= counted) return "finn-ut-forst";
  return counted ? "sterk" : "ingen-svar";
}

export function advise(items, themes, answers, catalogue, level = null) {
  const scores = scoreThemes(items, themes, answers);
  const weak = weakStatements(items, scores, answers);
  const { shown, more } = rankThemes(scores, weak);
  const shownThemes = shown.map(({ rank, score }) => themeAdvice(rank, score, weak, catalogue));
  const named = new Set(shownThemes.map((entry) => entry.theme));
  const levels = LEVEL_RECOMMENDATIONS[level ?? "none"] ?? LEVEL_RECOMMENDATIONS.none;
  const recommendations = catalogue.recommendations
    .filter((r) => r.themes.some((theme) => named.has(theme)));
  const unknown = items.filter((item) => answers[item.id] === DONT_KNOW);
  const status = adviceStatus(weak.length, unknown.length,
    scores.reduce((n, score) => n + score.answered, 0));
  return {
    status,
    themes: shownThemes,
    more_themes: more,
    practices: unique(shownThemes.flatMap((entry) => entry.practices)),
    recommendations: recommendations.filter((r) => levels.includes(r.level)).map((r) => r.id),
    national: recommendations.filter((r) => r.level === "nasjonalt").map((r) => r.id),
    find_out: unknown.map((item) => ({ item: item.id, theme: item.theme,
      practices: [...(item.practices ?? [])] })),
    sustain: status === "sterk"
      ? catalogue.practices.filter((p) => p.sustains).map((p) => p.id) : [],
  };
}
