// Moving answers in and out: the JSON export and its import check, and the CSV table.

import { itemValue } from "./scoring.js";
import { cleanState, isObject, knownAnswers, unknownAnswers } from "./state.js";
import { mapAnswers, namedSet } from "./versions.js";

export const EXPORT_FORMAT = "samarbeidsboka-selvvurdering";
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 512 * 1024;

/**
 * Parse an imported file's text. Answers made with an older set of statements (`versions`,
 * the widget data's) are moved to today's ids where the meaning is kept; the others stay as
 * they were, not counted. A file that names its set (`statements`; `today` is this page's set
 * id) is read by that set; an older file, by the sets that hold its ids (versions.js).
 * Returns { ok: true, state, exported, mapped: [[old, new]] } or { ok: false, message }.
 */
export function parseImport(content, items, versions = [], today = null) {
  if (typeof content !== "string" || content.length > MAX_IMPORT_BYTES) {
    return { ok: false, message: "Filen er for stor. En eksport fra selvvurderingen er mye mindre." };
  }
  if (content.trim() === "") {
    return { ok: false, message: "Filen er tom. Velg en JSON-fil som du har lastet ned fra selvvurderingen." };
  }
  let raw;
  try {
    raw = JSON.parse(content);
  } catch {
    return { ok: false, message: "Filen kunne ikke leses. Velg en JSON-fil som du har lastet ned fra selvvurderingen." };
  }
  if (!isObject(raw) || raw.format !== EXPORT_FORMAT) {
    return { ok: false, message: "Filen er ikke en eksport fra Samarbeidsbokas selvvurdering." };
  }
  if (raw.version !== EXPORT_VERSION) {
    return { ok: false, message: "Filen er laget med en annen versjon av selvvurderingen og kan ikke leses her." };
  }
  const state = cleanState(raw, items);
  const ids = items.map((item) => item.id);
  const read = mapAnswers(state.answers, ids, versions, namedSet(raw.statements, ids, versions, today));
  const current = new Set(ids);
  const kept = read.unmapped.filter((id) => !current.has(id)).map((id) => [id, state.answers[id]]);
  state.answers = { ...Object.fromEntries(kept), ...read.answers };
  if (!usable(state, items)) {
    return { ok: false, message: "Filen inneholder ingen svar, handlingsplan eller øyeblikksbilder som kan leses inn." };
  }
  const exported = typeof raw.exported === "string" && !Number.isNaN(Date.parse(raw.exported)) ? raw.exported : null;
  return { ok: true, state, exported, mapped: read.mapped };
}

/** What a file holds, in lines a reader can check before it replaces anything. */
export function describeImport(parsed, items) {
  const { state, exported } = parsed;
  const known = Object.keys(knownAnswers(state.answers, items)).length;
  const unknown = unknownAnswers(state.answers, items).length;
  const date = exported
    ? new Date(exported).toLocaleDateString("nb-NO", { day: "numeric", month: "long", year: "numeric" }) : "ukjent";
  return [
    `Lastet ned: ${date}`,
    state.context.label ? `Gruppe: ${state.context.label}` : null,
    `Rolle: ${state.context.role || "ikke oppgitt"}`,
    state.context.county ? `Fylke: ${state.context.county}` : null,
    `Svar: ${known} av ${items.length} påstander${unknown ? ` (og ${unknown} på påstander denne versjonen ikke kjenner)` : ""}`,
    parsed.mapped?.length ? `Fra en eldre utgave av påstandene: ${parsed.mapped.length} svar er overført til påstandene de svarer til nå` : null,
    `Handlingsplan: ${state.plan.length} tiltak`,
    `Øyeblikksbilder: ${state.snapshots.length}`,
  ].filter(Boolean);
}

/** Something worth reading in: an answer this version knows, context, a plan or a snapshot. */
export function usable(state, items) {
  return Object.keys(knownAnswers(state.answers, items)).length > 0
    || Object.values(state.context).some(Boolean) || state.plan.length > 0 || state.snapshots.length > 0;
}

const NOT_UNDERSTOOD = "Svar på påstander som denne versjonen av selvvurderingen ikke kjenner. "
  + "De er tatt vare på, men ikke med i resultatet.";

/** The export file; `today` (the page's statement set id) tells a later page which set it was. */
export function exportJson(state, items, now = new Date(), today = null) {
  const unknown = unknownAnswers(state.answers, items);
  return JSON.stringify({
    format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: now.toISOString(),
    ...(today ? { statements: today } : {}),
    answers: state.answers, context: state.context, plan: state.plan, snapshots: state.snapshots,
    ...(unknown.length ? { not_understood: { answers: unknown, note: NOT_UNDERSTOOD } } : {}),
  }, null, 2);
}

/**
 * One row per statement, then one per answer to an unknown statement. Cells are quoted; a cell
 * a spreadsheet could read as a formula (leading = + - @ tab or CR) gets a leading apostrophe.
 */
export function exportCsv(items, themes, answers, context = {}) {
  return csvText([CSV_HEADER, ...csvRows(items, themes, answers, context)]);
}

export const CSV_HEADER = ["id", "tema", "påstand", "omvendt", "svar", "verdi", "gruppe", "rolle"];

/** The CSV rows (no header) of one respondent: also used for the group table. */
export function csvRows(items, themes, answers, context = {}) {
  const themeName = new Map(themes.map((theme) => [theme.id, theme.name]));
  const who = [context.label ?? "", context.role ?? ""];
  const rows = [];
  for (const item of items) {
    const answer = answers[item.id];
    rows.push([item.id, themeName.get(item.theme) ?? item.theme, item.text,
      item.reverse ? "ja" : "nei", answer ?? "", itemValue(item, answer) ?? "", ...who]);
  }
  for (const id of unknownAnswers(answers, items)) {
    rows.push([id, "", "(ukjent påstand: tatt vare på, ikke med i resultatet)", "", answers[id], "", ...who]);
  }
  return rows;
}

/** Rows as CSV text; `separator` ";" is what Norwegian Excel opens without asking. */
export function csvText(rows, separator = ",") {
  return rows.map((row) => row.map((value) => csvCell(value, separator)).join(separator)).join("\r\n") + "\r\n";
}

/** `selvvurdering-gruppe-3-2026-12-01.json`: the group's label, made safe for a file name. */
export function fileName(extension, now = new Date(), label = "", stem = "selvvurdering") {
  const slug = label.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
  return `${stem}-${slug ? `${slug}-` : ""}${now.toISOString().slice(0, 10)}.${extension}`;
}

function csvCell(value, separator) {
  let cell = String(value);
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /["\r\n]/.test(cell) || cell.includes(separator) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
