// The reader's state (answers, context, plan, snapshots): what is allowed in it and how a
// value from storage, Python or a file is cleaned before the widget uses it.

import { DONT_KNOW, NOT_APPLICABLE, isScaleAnswer } from "./scoring.js";

export const STATE_KEYS = ["answers", "context", "plan", "snapshots"];
export const MAX_TEXT = { county: 120, title: 200, what: 600, who: 200, when: 40, label: 120, group: 60 };
export const ROLES = ["Nav-kontor", "Nav fylke", "Fylkeskommunen", "Oppfølgingstjenesten (OT)",
  "Skole", "Annet"];
export const LEVELS = [["strategisk", "Strategisk (ledelse)"], ["operativt", "Operativt (daglig arbeid)"]];

export function emptyState() {
  return { answers: {}, context: { label: "", role: "", level: "", county: "" }, plan: [], snapshots: [] };
}

export const MAX_UNKNOWN = 200;
const STATEMENT_ID = /^[a-z0-9][a-z0-9_-]{0,79}$/i;

/**
 * Keep only valid values; everything text is cut to a sane length. Answers to statements this
 * version does not know are kept (a later version may know them; see `unknownAnswers`).
 */
export function cleanState(raw, items) {
  const known = new Set(items.map((item) => item.id));
  const answers = {};
  let unknown = 0;
  for (const [id, value] of Object.entries(isObject(raw.answers) ? raw.answers : {})) {
    if (!isScaleAnswer(value) && value !== DONT_KNOW && value !== NOT_APPLICABLE) continue;
    if (known.has(id)) answers[id] = value;
    else if (STATEMENT_ID.test(id) && unknown++ < MAX_UNKNOWN) answers[id] = value;
  }
  const context = isObject(raw.context) ? raw.context : {};
  const snapshots = Array.isArray(raw.snapshots) ? raw.snapshots : [];
  return {
    answers,
    context: {
      label: text(context.label, MAX_TEXT.group).trim(),
      role: ROLES.includes(context.role) ? context.role : "",
      level: LEVELS.some(([id]) => id === context.level) ? context.level : "",
      county: text(context.county, MAX_TEXT.county),
    },
    plan: cleanPlan(raw.plan),
    snapshots: snapshots.filter(isObject).map((snap) => ({
      date: text(snap.date, 40),
      label: text(snap.label, MAX_TEXT.label),
      answers: cleanState({ answers: snap.answers }, items).answers,
    })).filter((snap) => snap.date),
  };
}

/**
 * The plan's rows as this version keeps them: `{ id, practice, title, theme, what, who, when }`.
 * A row from the advice has `practice` (a grep id) and no title; an own action has a title and
 * no practice. Rows saved before own actions existed (`{ practice, what, who, when }`) load as
 * grep rows with the grep id as their id. Rows without an id are dropped, and so are repeats.
 */
export function cleanPlan(plan) {
  const seen = new Set();
  const rows = [];
  for (const row of Array.isArray(plan) ? plan : []) {
    if (!isObject(row)) continue;
    const practice = text(row.practice, 80);
    const id = text(row.id, 80) || practice;
    if (!id || seen.has(id)) continue;
    seen.add(id);
    rows.push({
      id, practice,
      title: practice ? "" : text(row.title, MAX_TEXT.title),
      theme: text(row.theme, 80),
      what: text(row.what, MAX_TEXT.what),
      who: text(row.who, MAX_TEXT.who),
      when: text(row.when, MAX_TEXT.when),
    });
  }
  return rows;
}

/** Ids of the answers that belong to no statement of this version. */
export function unknownAnswers(answers, items) {
  const known = new Set(items.map((item) => item.id));
  return Object.keys(answers).filter((id) => !known.has(id));
}

/** How many of `items` have an answer («Vet ikke» included). */
export function countAnswered(items, answers) {
  return items.filter((item) => answers[item.id] !== undefined).length;
}

/** Answers to this version's statements only. */
export function knownAnswers(answers, items) {
  return Object.fromEntries(items.filter((item) => item.id in answers).map((item) => [item.id, answers[item.id]]));
}

export function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function text(value, max) {
  return typeof value === "string" ? value.slice(0, max) : "";
}
