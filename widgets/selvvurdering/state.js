// The reader's state (answers, context, plan, snapshots): what is allowed in it and how a
// value from storage, Python or a file is cleaned before the widget uses it.

import { DONT_KNOW, isScaleAnswer } from "./scoring.js";

export const STATE_KEYS = ["answers", "context", "plan", "snapshots"];
export const MAX_TEXT = { county: 120, what: 600, who: 200, when: 40, label: 120 };
export const ROLES = ["Nav-kontor", "Nav fylke", "Fylkeskommunen", "Oppfølgingstjenesten (OT)",
  "Skole", "Annet"];
export const LEVELS = [["strategisk", "Strategisk (ledelse)"], ["operativt", "Operativt (daglig arbeid)"]];

export function emptyState() {
  return { answers: {}, context: { role: "", level: "", county: "" }, plan: [], snapshots: [] };
}

/** Keep only what the tool understands; everything text is cut to a sane length. */
export function cleanState(raw, items) {
  const known = new Set(items.map((item) => item.id));
  const answers = {};
  for (const [id, value] of Object.entries(isObject(raw.answers) ? raw.answers : {})) {
    if (known.has(id) && (isScaleAnswer(value) || value === DONT_KNOW)) answers[id] = value;
  }
  const context = isObject(raw.context) ? raw.context : {};
  const plan = Array.isArray(raw.plan) ? raw.plan : [];
  const snapshots = Array.isArray(raw.snapshots) ? raw.snapshots : [];
  return {
    answers,
    context: {
      role: ROLES.includes(context.role) ? context.role : "",
      level: LEVELS.some(([id]) => id === context.level) ? context.level : "",
      county: text(context.county, MAX_TEXT.county),
    },
    plan: plan.filter(isObject).filter((row) => typeof row.practice === "string").map((row) => ({
      practice: text(row.practice, 80),
      what: text(row.what, MAX_TEXT.what),
      who: text(row.who, MAX_TEXT.who),
      when: text(row.when, MAX_TEXT.when),
    })),
    snapshots: snapshots.filter(isObject).map((snap) => ({
      date: text(snap.date, 40),
      label: text(snap.label, MAX_TEXT.label),
      answers: cleanState({ answers: snap.answers }, items).answers,
    })).filter((snap) => snap.date),
  };
}

export function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function text(value, max) {
  return typeof value === "string" ? value.slice(0, max) : "";
}
