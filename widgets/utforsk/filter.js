// Filtering for «Utforsk grepene»: pure functions, no DOM (tested in node, tests/js/).
//
// A practice matches when it passes every chosen filter:
// - tema: it belongs to the theme;  rapport: it cites the study (IRIS' short version is IRIS);
// - nivå: its level is the chosen one, or «begge» (it applies at both levels);
// - aktør: the actor is among its actors, or its actors include «alle»;
// - søk: every word of the search text occurs in its title, description, themes or sources.
// Filters live in the query string (?tema=…&niva=…&aktor=…&rapport=…&sok=…), so a link
// restores them. Unknown values in a link are ignored.

export const DIMENSIONS = [
  { key: "theme", param: "tema", label: "Tema", all: "Alle temaer", options: "themes" },
  { key: "level", param: "niva", label: "Nivå", all: "Alle nivåer", options: "levels" },
  { key: "actor", param: "aktor", label: "Aktør", all: "Alle aktører", options: "actors" },
  { key: "study", param: "rapport", label: "Rapport", all: "Alle rapporter", options: "studies" },
];
export const TEXT_PARAM = "sok";
const MAX_TEXT = 200;

export function emptyFilters() {
  return { theme: "", level: "", actor: "", study: "", text: "" };
}

export function words(text) {
  return String(text ?? "").toLocaleLowerCase("nb").split(/\s+/).filter(Boolean);
}

function haystack(practice) {
  const meta = practice.meta ?? {};
  return [practice.title, practice.description, meta.themes, meta.source]
    .join(" ").toLocaleLowerCase("nb");
}

const TESTS = {
  theme: (p, value) => p.themes.includes(value),
  level: (p, value) => p.level === value || p.level === "begge",
  actor: (p, value) => p.actors.includes(value) || p.actors.includes("alle"),
  study: (p, value) => p.studies.includes(value),
};

/** Does the practice pass every filter (except the dimension named in `skip`)? */
export function matches(practice, filters, skip = null) {
  for (const { key } of DIMENSIONS) {
    if (key !== skip && filters[key] && !TESTS[key](practice, filters[key])) return false;
  }
  const wanted = words(filters.text);
  if (!wanted.length) return true;
  const text = haystack(practice);
  return wanted.every((word) => text.includes(word));
}

export function filterPractices(practices, filters) {
  return practices.filter((practice) => matches(practice, filters));
}

/** How many practices each option would show, given the other filters (as the list counts). */
export function countsFor(practices, filters, key, options) {
  const others = practices.filter((practice) => matches(practice, filters, key));
  const counts = {};
  for (const { id } of options) counts[id] = others.filter((p) => TESTS[key](p, id)).length;
  return { total: others.length, counts };
}

/** Filters from a query string; values that are not options in `data` are dropped. */
export function fromQuery(search, data) {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const { key, param, options } of DIMENSIONS) {
    const value = params.get(param) ?? "";
    if (data[options].some((option) => option.id === value)) filters[key] = value;
  }
  filters.text = (params.get(TEXT_PARAM) ?? "").slice(0, MAX_TEXT);
  return filters;
}

/** The query string for `filters` ("" when nothing is chosen), other parameters kept. */
export function toQuery(filters, search = "") {
  const params = new URLSearchParams(search);
  for (const { key, param } of DIMENSIONS) {
    if (filters[key]) params.set(param, filters[key]);
    else params.delete(param);
  }
  const text = String(filters.text ?? "").trim();
  if (text) params.set(TEXT_PARAM, text.slice(0, MAX_TEXT));
  else params.delete(TEXT_PARAM);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** «Viser 12 av 79 gode grep» (one practice: «1 godt grep»). */
export function countText(shown, total) {
  const noun = total === 1 ? "godt grep" : "gode grep";
  if (shown === total) return `Viser alle ${total} ${noun}.`;
  return `Viser ${shown} av ${total} ${noun}.`;
}
