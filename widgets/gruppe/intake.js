// Taking in the group's answers: export files and share codes become respondents; everything
// that cannot be used is named in one Norwegian message per file or code, and the rest is kept.
// Pure functions: the page reads the files and passes their names, sizes and texts.

import { MAX_IMPORT_BYTES, parseImport } from "../selvvurdering/transfer.js";
import { knownAnswers, unknownAnswers } from "../selvvurdering/state.js";
import { decodeShareCode, splitCodeLine } from "../selvvurdering/sharecode.js";

/** The same submission read twice gives the same key (a file's content, a code's answers). */
function submissionKey(parsed) {
  const { answers, context } = parsed.state;
  return JSON.stringify([parsed.exported ?? "", Object.entries(answers).sort(), context.label, context.role, context.level]);
}

/**
 * Add files ([{ name, size, text }]; text null when not read because too large) to `group`
 * ({ respondents, keys }); `today` is the page's statement set id (transfer.js, parseImport).
 * Returns { group, messages: [{ name, kind: "error"|"note", text }] }.
 */
export function addFiles(group, files, items, versions = [], today = null) {
  const respondents = [...group.respondents];
  const keys = new Map(group.keys);
  const messages = [];
  for (const file of files) {
    const say = (kind, text) => messages.push({ name: file.name, kind, text: `${file.name}: ${text}` });
    if (file.size > MAX_IMPORT_BYTES || file.text === null) {
      say("error", `filen er for stor (${megabytes(file.size)}) til å være en eksport fra selvvurderingen, og er ikke lest.`);
      continue;
    }
    if (file.text.trim() === "") {
      say("error", "filen er tom.");
      continue;
    }
    const parsed = parseImport(file.text, items, versions, today);
    if (!parsed.ok) {
      say("error", parsed.message);
      continue;
    }
    const key = submissionKey(parsed);
    if (keys.has(key)) {
      say("note", `samme svar som ${keys.get(key)} er allerede med, og er telt bare én gang.`);
      continue;
    }
    const unknown = unknownAnswers(parsed.state.answers, items);
    const answers = knownAnswers(parsed.state.answers, items);
    if (Object.keys(answers).length === 0) {
      say("error", "filen har ingen svar på påstandene i denne utgaven av selvvurderingen.");
      continue;
    }
    if (parsed.mapped.length) {
      say("note", `${parsed.mapped.length} svar er laget med en eldre utgave av påstandene og er overført til påstandene de svarer til nå.`);
    }
    if (unknown.length) {
      say("note", `${unknown.length} svar gjelder påstander som denne utgaven ikke har (${unknown.join(", ")}), og er ikke med. De andre svarene er med.`);
    }
    keys.set(key, file.name);
    respondents.push({ id: file.name, label: parsed.state.context.label, role: parsed.state.context.role, answers });
  }
  return { group: { respondents, keys }, messages };
}

/** Add pasted codes, one per line («Gruppe 3: SB1-…» or the code alone). */
export function addCodes(group, text, items, sets = []) {
  const ids = items.map((item) => item.id);
  const respondents = [...group.respondents];
  const keys = new Map(group.keys);
  const messages = [];
  text.split(/\r?\n/).map((line) => line.trim()).forEach((line, index) => {
    if (!line) return;
    const { label, code } = splitCodeLine(line);
    const name = `Linje ${index + 1}${label ? ` (${label})` : ""}`;
    const read = decodeShareCode(code, ids, sets);
    if (!read.ok) {
      messages.push({ name, kind: "error", text: `${name}: ${read.message}` });
      return;
    }
    const key = JSON.stringify(["code", code.toUpperCase().replace(/[\s-]+/g, ""), label]);
    if (keys.has(key)) {
      messages.push({ name, kind: "note", text: `${name}: samme kode som ${keys.get(key)} er allerede med, og er telt bare én gang.` });
      return;
    }
    if (read.mapped.length) {
      messages.push({ name, kind: "note", text: `${name}: ${read.mapped.length} svar er laget med en eldre utgave av påstandene og er overført til påstandene de svarer til nå.` });
    }
    if (read.unmapped.length) {
      messages.push({ name, kind: "note", text: `${name}: ${read.unmapped.length} svar gjelder påstander som denne utgaven ikke har, og er ikke med.` });
    }
    keys.set(key, name);
    respondents.push({ id: name, label, role: read.context.role, answers: read.answers });
  });
  return { group: { respondents, keys }, messages };
}

export function emptyGroup() {
  return { respondents: [], keys: new Map() };
}

function megabytes(size) {
  return `${(size / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
}
