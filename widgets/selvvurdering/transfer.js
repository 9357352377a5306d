// Moving answers in and out: the JSON export and its import check, and the CSV table.

import { itemValue } from "./scoring.js";
import { cleanState, isObject } from "./state.js";

export const EXPORT_FORMAT = "samarbeidsboka-selvvurdering";
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 512 * 1024;

/** Parse an imported file's text. Returns { ok: true, state } or { ok: false, message }. */
export function parseImport(content, items) {
  if (typeof content !== "string" || content.length > MAX_IMPORT_BYTES) {
    return { ok: false, message: "Filen er for stor. En eksport fra selvvurderingen er mye mindre." };
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
  return { ok: true, state: cleanState(raw, items) };
}

export function exportJson(state, now = new Date()) {
  return JSON.stringify({
    format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: now.toISOString(),
    answers: state.answers, context: state.context, plan: state.plan, snapshots: state.snapshots,
  }, null, 2);
}

/** One row per statement. Cells are quoted; a leading =+-@ is defused for spreadsheets. */
export function exportCsv(items, themes, answers) {
  const themeName = new Map(themes.map((theme) => [theme.id, theme.name]));
  const rows = [["id", "tema", "påstand", "omvendt", "svar", "verdi"]];
  for (const item of items) {
    const answer = answers[item.id];
    rows.push([item.id, themeName.get(item.theme) ?? item.theme, item.text,
      item.reverse ? "ja" : "nei", answer ?? "", itemValue(item, answer) ?? ""]);
  }
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export function fileName(extension, now = new Date()) {
  return `selvvurdering-${now.toISOString().slice(0, 10)}.${extension}`;
}

function csvCell(value) {
  let cell = String(value);
  if (/^[=+\-@]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
