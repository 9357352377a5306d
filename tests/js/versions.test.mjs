// Answers made with an earlier set of statements: mapped where the meaning is kept, named where not.
import { test } from "node:test";
import assert from "node:assert/strict";

import { mapAnswers, targetOf } from "../../widgets/selvvurdering/versions.js";
import { decodeShareCode, encodeShareCode } from "../../widgets/selvvurdering/sharecode.js";
import { exportJson, parseImport } from "../../widgets/selvvurdering/transfer.js";
import { emptyState } from "../../widgets/selvvurdering/state.js";
import { addCodes, addFiles, emptyGroup } from "../../widgets/gruppe/intake.js";

// v1 had «gammel» (retired) and «felles» with another meaning then; v2 called «ny» «kalt».
const ids = ["a", "felles", "ny"];
const v1 = { id: "v1", items: ["a", "gammel", "felles"], renamed: {}, retired: ["gammel", "felles"] };
const v2 = { id: "v2", items: ["a", "felles", "kalt"], renamed: { kalt: "ny" }, retired: [] };
const versions = [v1, v2];
const items = ids.map((id) => ({ id, theme: "t", text: id, reverse: false }));

test("a version's target: renamed, kept, retired", () => {
  const current = new Set(ids);
  assert.equal(targetOf(v2, "kalt", current), "ny");
  assert.equal(targetOf(v2, "a", current), "a");
  assert.equal(targetOf(v1, "felles", current), null);
  assert.equal(targetOf(v1, "gammel", current), null);
});

test("a known version maps renamed ids and names the retired ones", () => {
  assert.deepEqual(mapAnswers({ a: 4, kalt: 2, felles: 5 }, ids, versions, v2),
    { answers: { a: 4, ny: 2, felles: 5 }, mapped: [["kalt", "ny"]], unmapped: [] });
  assert.deepEqual(mapAnswers({ a: 4, gammel: 2, felles: 5 }, ids, versions, v1),
    { answers: { a: 4 }, mapped: [], unmapped: ["gammel", "felles"] });
});

test("without a version, the sets holding every answered id decide", () => {
  // Only v2 has «kalt»: mapped.
  assert.deepEqual(mapAnswers({ kalt: 2, felles: 3 }, ids, versions).answers, { ny: 2, felles: 3 });
  // Only v1 has «gammel»: its «felles» meant something else, so it is not counted.
  const v1File = mapAnswers({ gammel: 1, felles: 3, a: 5 }, ids, versions);
  assert.deepEqual(v1File.answers, { a: 5 });
  assert.deepEqual(v1File.unmapped, ["gammel", "felles"]);
  // «felles» alone: v1, v2 and today disagree, so it is left out rather than guessed.
  assert.deepEqual(mapAnswers({ felles: 3 }, ids, versions).unmapped, ["felles"]);
  assert.deepEqual(mapAnswers({ felles: 3 }, ids, [v2, v1]).answers, {});
  // Today's answers stay as they are; an answer under today's id wins over a mapped one.
  assert.deepEqual(mapAnswers({ a: 1, ny: 4 }, ids, versions), { answers: { a: 1, ny: 4 }, mapped: [], unmapped: [] });
  assert.deepEqual(mapAnswers({ ny: 4, kalt: 1 }, ids, versions).answers, { ny: 4 });
});

test("a share code from an older set is read with the mapping", () => {
  const code = encodeShareCode(v2.items, { a: 5, felles: 2, kalt: 1 }, { role: "Skole" });
  assert.match(decodeShareCode(code, ids).message, /annen utgave av påstandene/);
  const read = decodeShareCode(code, ids, versions);
  assert.deepEqual(read.answers, { a: 5, felles: 2, ny: 1 });
  assert.deepEqual(read.mapped, [["kalt", "ny"]]);
  const old = decodeShareCode(encodeShareCode(v1.items, { a: 5, gammel: 2, felles: 4 }), ids, versions);
  assert.deepEqual(old.answers, { a: 5 });
  assert.deepEqual(old.unmapped, ["gammel", "felles"]);
});

test("an old file is mapped on import, and what could not be mapped is kept but not counted", () => {
  const file = exportJson({ ...emptyState(), answers: { a: 3, gammel: 2, felles: 4 } }, items);
  const parsed = parseImport(file, items, versions);
  assert.deepEqual(parsed.state.answers, { gammel: 2, a: 3 });
  const renamed = parseImport(exportJson({ ...emptyState(), answers: { kalt: 5, a: 1 } }, items), items, versions);
  assert.deepEqual(renamed.state.answers, { a: 1, ny: 5 });
  assert.deepEqual(renamed.mapped, [["kalt", "ny"]]);
});

test("the group overview says what it mapped and what it left out", () => {
  const text = exportJson({ ...emptyState(), answers: { kalt: 5, a: 1 } }, items);
  const files = addFiles(emptyGroup(), [{ name: "gammel.json", size: text.length, text }], items, versions);
  assert.deepEqual(files.group.respondents[0].answers, { a: 1, ny: 5 });
  assert.match(files.messages[0].text, /^gammel\.json: 1 svar er laget med en eldre utgave av påstandene og er overført/);
  const code = encodeShareCode(v1.items, { a: 5, gammel: 2 });
  const codes = addCodes(emptyGroup(), `Gruppe 1: ${code}`, items, versions);
  assert.deepEqual(codes.group.respondents[0].answers, { a: 5 });
  assert.match(codes.messages[0].text, /Linje 1 \(Gruppe 1\): 1 svar gjelder påstander som denne utgaven ikke har/);
});

test("an export names its statement set, and the import reads it by that set", () => {
  const file = exportJson({ ...emptyState(), answers: { felles: 3, a: 2 } }, items, new Date(), "v3");
  assert.equal(JSON.parse(file).statements, "v3");
  // Named as today's set: «felles» counts (without the name, v1, v2 and today disagree on it).
  assert.deepEqual(parseImport(file, items, versions, "v3").state.answers, { felles: 3, a: 2 });
  assert.deepEqual(mapAnswers({ felles: 3, a: 2 }, ids, versions).answers, { a: 2 });
  // Named as v1: its «felles» meant something else, so that answer is not counted.
  const old = JSON.stringify({ ...JSON.parse(file), statements: "v1" });
  assert.deepEqual(parseImport(old, items, versions, "v3").state.answers, { a: 2 });
  // A set this page does not know (a newer page's): read by the sets that hold its ids.
  const newer = JSON.stringify({ ...JSON.parse(file), statements: "v9" });
  assert.deepEqual(parseImport(newer, items, versions, "v3").state.answers, { a: 2 });
  const group = addFiles(emptyGroup(), [{ name: "f.json", size: file.length, text: file }], items, versions, "v3");
  assert.deepEqual(group.group.respondents[0].answers, { felles: 3, a: 2 });
});
