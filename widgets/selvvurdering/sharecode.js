// The share code: a participant's role, level and answers as a short text to read out or paste
// («SB1-…»). Pure functions; the layout is versioned and ends in a CRC-16, so a mistyped code is
// refused instead of read wrongly.
//
// Bytes: [format 1][statement set tag: 2][role(3 bits) | level(2 bits)][n statements]
// [answers, 3 bits each in statement order: 0 none, 1–5, 6 «Vet ikke»][CRC-16/CCITT: 2],
// written in Crockford base32 (no I, L, O, U; reading is forgiving about case, dashes, I/L/O).

import { DONT_KNOW, isScaleAnswer } from "./scoring.js";
import { LEVELS, ROLES } from "./state.js";
import { mapAnswers } from "./versions.js";

export const CODE_FORMAT = 1;
export const CODE_PREFIX = "SB1";
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function crc16(bytes) {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** The tag of a statement set: a CRC-16 of its ids in order (which statements, in which order). */
export function statementSetTag(ids) {
  return crc16(new TextEncoder().encode(ids.join("\n")));
}

function base32(bytes) {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

function unbase32(text) {
  const bytes = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 255);
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits >= 5) return null;
  // The last character's padding bits are zero in every code this module writes.
  return { bytes, padded: buffer === 0 };
}

const answerCode = (answer) => (isScaleAnswer(answer) ? answer : answer === DONT_KNOW ? 6 : 0);
const codeAnswer = (code) => (code >= 1 && code <= 5 ? code : code === 6 ? DONT_KNOW : undefined);

/** The code for `answers` and `context` to the statements `ids` (in the page's order). */
export function encodeShareCode(ids, answers, context = {}) {
  const tag = statementSetTag(ids);
  const role = ROLES.indexOf(context.role) + 1;
  const level = LEVELS.findIndex(([id]) => id === context.level) + 1;
  const bytes = [CODE_FORMAT, tag >> 8, tag & 255, (role << 2) | level, ids.length];
  let buffer = 0;
  let bits = 0;
  for (const id of ids) {
    buffer = (buffer << 3) | answerCode(answers[id]);
    bits += 3;
    while (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 255);
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) bytes.push((buffer << (8 - bits)) & 255);
  const crc = crc16(bytes);
  bytes.push(crc >> 8, crc & 255);
  const body = base32(bytes).match(/.{1,4}/g).join("-");
  return `${CODE_PREFIX}-${body}`;
}

/** Upper case, no spaces or dashes, and the letters people mix up read as the digits. */
function normalise(text) {
  return text.toUpperCase().replace(/[\s-]+/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
}

/**
 * Read a code. `sets` are the older statement sets the page knows (data.versions: { items,
 * renamed, retired }, or just an array of ids); a code's set is found by its tag, and answers
 * to an older set are mapped to `ids` (versions.js). Returns { ok, answers, context, mapped:
 * [[old, new]], unmapped: [ids of the old set with no counterpart] } or { ok: false, message }.
 */
export function decodeShareCode(code, ids, sets = []) {
  const text = normalise(String(code ?? ""));
  if (!text) return { ok: false, message: "Delekoden er tom." };
  if (!text.startsWith(CODE_PREFIX)) {
    return { ok: false, message: "Dette er ikke en delekode fra selvvurderingen. En delekode begynner med «SB1-»." };
  }
  const read = unbase32(text.slice(CODE_PREFIX.length));
  const bytes = read?.bytes;
  if (!bytes || bytes.length < 8) {
    return { ok: false, message: "Delekoden er ufullstendig eller inneholder tegn som ikke hører hjemme i en delekode. Sjekk at hele koden er med." };
  }
  const body = bytes.slice(0, -2);
  const crc = (bytes.at(-2) << 8) | bytes.at(-1);
  if (crc16(body) !== crc || !read.padded) {
    return { ok: false, message: "Delekoden stemmer ikke: ett eller flere tegn er nok skrevet feil. Sjekk koden tegn for tegn." };
  }
  if (body[0] !== CODE_FORMAT) {
    return { ok: false, message: "Delekoden er laget med en annen versjon av selvvurderingen og kan ikke leses her." };
  }
  const tag = (body[1] << 8) | body[2];
  const older = sets.map((set) => (Array.isArray(set) ? { items: set } : set));
  const known = new Map([...older.map((set) => [statementSetTag(set.items), set]), [statementSetTag(ids), null]]);
  const version = known.get(tag);
  const codeIds = version === null ? ids : version?.items;
  if (!codeIds || codeIds.length !== body[4]) {
    return { ok: false, message: "Delekoden er laget med en annen utgave av påstandene, som denne siden ikke kjenner. Be om filen i stedet." };
  }
  const roleIndex = body[3] >> 2;
  const levelIndex = body[3] & 3;
  const context = { role: ROLES[roleIndex - 1] ?? "", level: LEVELS[levelIndex - 1]?.[0] ?? "" };
  const given = {};
  codeIds.forEach((id, index) => {
    const bitOffset = 40 + index * 3;
    const byte = bitOffset >> 3;
    const word = ((body[byte] << 8) | (body[byte + 1] ?? 0)) >> (13 - (bitOffset & 7));
    const answer = codeAnswer(word & 7);
    if (answer !== undefined) given[id] = answer;
  });
  if (version === null) return { ok: true, answers: given, context, mapped: [], unmapped: [] };
  const { answers, mapped, unmapped } = mapAnswers(given, ids, [], version);
  return { ok: true, answers, context, mapped, unmapped };
}

/** One pasted line, «Gruppe 3: SB1-…» or just the code: { label, code }. */
export function splitCodeLine(line) {
  const at = line.toUpperCase().lastIndexOf(CODE_PREFIX);
  if (at < 0) return { label: "", code: line.trim() };
  return { label: line.slice(0, at).replace(/[\s:;,·–-]+$/, "").trim().slice(0, 60), code: line.slice(at).trim() };
}
