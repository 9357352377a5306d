// Group statistics for «Gruppeoversikt»: respondents by role, per theme the mean, spread and
// distribution, the Nav–county gap (hidden below the minimum group size), the themes the group
// disagrees most on, and each group's profile. Pure functions on cleaned respondents
// ({ id, label, role, answers }); a respondent's theme score is the self-assessment's own
// (scoreThemes in ../selvvurdering/scoring.js).

import { DONT_KNOW, itemValue, scoreThemes } from "../selvvurdering/scoring.js";

export const MIN_GROUP = 3;
export const NAV_ROLES = ["Nav-kontor", "Nav fylke"];
export const COUNTY_ROLES = ["Fylkeskommunen", "Oppfølgingstjenesten (OT)", "Skole"];
export const NO_ROLE = "Ikke oppgitt";

/** "nav", "county" or null (Annet, not given). */
export function side(role) {
  if (NAV_ROLES.includes(role)) return "nav";
  if (COUNTY_ROLES.includes(role)) return "county";
  return null;
}

/** [[role, n]] in the order of `roles`, then «Ikke oppgitt»; roles nobody has are left out. */
export function roleCounts(respondents, roles) {
  const counts = new Map([...roles, NO_ROLE].map((role) => [role, 0]));
  for (const r of respondents) {
    const key = counts.has(r.role) && r.role !== "" ? r.role : NO_ROLE;
    counts.set(key, counts.get(key) + 1);
  }
  return [...counts].filter(([, n]) => n > 0);
}

/** Mean and sample standard deviation of numbers; null mean for none, null sd below two. */
export function meanSd(values) {
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { n, mean, sd: null };
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  return { n, mean, sd: Math.sqrt(variance) };
}

/** Each respondent's theme means: Map theme → [{ respondent, mean }] (only those with a mean). */
export function themeMeans(items, themeIds, respondents) {
  const out = new Map(themeIds.map((id) => [id, []]));
  for (const respondent of respondents) {
    for (const score of scoreThemes(items, themeIds, respondent.answers)) {
      if (score.mean !== null) out.get(score.theme).push({ respondent, mean: score.mean });
    }
  }
  return out;
}

/**
 * Per theme: n respondents with a mean, the mean of their means, its spread (sd), and the
 * distribution of all answers in the theme (reversed statements turned, so 5 is always good):
 * counts for 1–5 and «Vet ikke».
 */
export function themeStats(items, themeIds, respondents) {
  const means = themeMeans(items, themeIds, respondents);
  return themeIds.map((theme) => {
    const themeItems = items.filter((item) => item.theme === theme);
    const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, [DONT_KNOW]: 0 };
    for (const r of respondents) {
      for (const item of themeItems) {
        const answer = r.answers[item.id];
        if (answer === DONT_KNOW) distribution[DONT_KNOW] += 1;
        else if (itemValue(item, answer) !== null) distribution[itemValue(item, answer)] += 1;
      }
    }
    return { theme, ...meanSd(means.get(theme).map((m) => m.mean)), distribution };
  });
}

/**
 * The Nav side against the county side (fylkeskommunen, OT, school) per theme, with n behind
 * each mean. Where either side has fewer than `min` respondents with a mean, the means are
 * withheld (hidden: true) so nobody can be singled out.
 */
export function sideGaps(items, themeIds, respondents, min = MIN_GROUP) {
  const means = themeMeans(items, themeIds, respondents);
  return themeIds.map((theme) => {
    const nav = meanSd(means.get(theme).filter((m) => side(m.respondent.role) === "nav").map((m) => m.mean));
    const county = meanSd(means.get(theme).filter((m) => side(m.respondent.role) === "county").map((m) => m.mean));
    const hidden = nav.n < min || county.n < min;
    return {
      theme, hidden, navN: nav.n, countyN: county.n,
      nav: hidden ? null : nav.mean, county: hidden ? null : county.mean,
      gap: hidden ? null : nav.mean - county.mean,
    };
  });
}

/**
 * The themes to talk about: largest spread first, or a large Nav–county gap (shown gaps
 * only); ties in theme order. Returns up to `limit` of { theme, sd, gap, reason }.
 */
export function disagreements(stats, gaps, limit = 3) {
  const gapOf = new Map(gaps.filter((g) => !g.hidden).map((g) => [g.theme, g.gap]));
  return stats
    .map((s, index) => ({ theme: s.theme, sd: s.sd, gap: gapOf.get(s.theme) ?? null, index,
      weight: Math.max(s.sd ?? 0, Math.abs(gapOf.get(s.theme) ?? 0)) }))
    .filter((s) => s.weight >= 0.5)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .slice(0, limit)
    .map(({ theme, sd, gap }) => ({ theme, sd, gap,
      reason: gap !== null && Math.abs(gap) >= (sd ?? 0) ? "gap" : "spread" }));
}

/** Each labelled group's profile: [{ label, n, means: [theme mean or null] }], in first-seen order. */
export function groupProfiles(items, themeIds, respondents) {
  const groups = new Map();
  for (const r of respondents) {
    const label = r.label || "Uten gruppenavn";
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label).push(r);
  }
  return [...groups].map(([label, members]) => {
    const means = themeMeans(items, themeIds, members);
    return { label, n: members.length,
      means: themeIds.map((theme) => meanSd(means.get(theme).map((m) => m.mean)).mean) };
  });
}
