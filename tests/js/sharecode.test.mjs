// The share code: round trip, a mistyped character refused, another statement set mapped by id.
import { test } from "node:test";
import assert from "node:assert/strict";

import { decodeShareCode, encodeShareCode, splitCodeLine } from "../../widgets/selvvurdering/sharecode.js";

const ids = Array.from({ length: 31 }, (_, i) => `s${i}`);
const answers = Object.fromEntries(ids.map((id, i) => [id, i % 7 === 6 ? "vet-ikke" : (i % 7) || undefined]).filter(([, v]) => v !== undefined));
const context = { role: "Oppfølgingstjenesten (OT)", level: "strategisk" };

test("a code round-trips answers, role and level, and is short", () => {
  const code = encodeShareCode(ids, answers, context);
  assert.match(code, /^SB1-[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  assert.ok(code.replace(/-/g, "").length <= 36, code);
  const read = decodeShareCode(code, ids);
  assert.equal(read.ok, true);
  assert.deepEqual(read.answers, answers);
  assert.deepEqual(read.context, context);
  assert.deepEqual(read.unmapped, []);
  // Read out and typed again: lower case, spaces instead of dashes, O for 0.
  const typed = code.toLowerCase().replace(/-/g, " ").replace(/0/g, "o");
  assert.deepEqual(decodeShareCode(typed, ids).answers, answers);
});

test("no answers and no context still make a valid code", () => {
  const read = decodeShareCode(encodeShareCode(ids, {}), ids);
  assert.deepEqual(read, { ok: true, answers: {}, context: { role: "", level: "" }, mapped: [], unmapped: [] });
});

test("every single mistyped character is refused with a Norwegian message", () => {
  const code = encodeShareCode(ids, answers, context);
  const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  for (let at = 4; at < code.length; at += 1) {
    if (code[at] === "-") continue;
    const other = alphabet[(alphabet.indexOf(code[at]) + 7) % 32];
    const read = decodeShareCode(code.slice(0, at) + other + code.slice(at + 1), ids);
    assert.equal(read.ok, false, `position ${at}`);
    assert.match(read.message, /skrevet feil|ufullstendig/);
  }
  assert.match(decodeShareCode(code.slice(0, -5), ids).message, /skrevet feil|ufullstendig/);
  assert.match(decodeShareCode("hei på deg", ids).message, /ikke en delekode/);
  assert.match(decodeShareCode("", ids).message, /tom/);
});

test("a code for another set of statements is mapped by id; the rest is named", () => {
  const older = ["s0", "gammel", "s2", "s1"];
  const code = encodeShareCode(older, { s0: 5, gammel: 2, s2: 1, s1: "vet-ikke" });
  assert.match(decodeShareCode(code, ids).message, /annen utgave av påstandene/);
  const read = decodeShareCode(code, ids, [older]);
  assert.deepEqual(read.answers, { s0: 5, s2: 1, s1: "vet-ikke" });
  assert.deepEqual(read.unmapped, ["gammel"]);
});

test("a pasted line may carry the group's label", () => {
  assert.deepEqual(splitCodeLine("Gruppe 3: SB1-ABCD"), { label: "Gruppe 3", code: "SB1-ABCD" });
  assert.deepEqual(splitCodeLine("  sb1-abcd "), { label: "", code: "sb1-abcd" });
});

import { compareAnswers, statementAgreement } from "../../widgets/selvvurdering/compare.js";

test("a partner's answers are compared per theme and per statement", () => {
  const items = [{ id: "a1", theme: "a", reverse: false }, { id: "a2", theme: "a", reverse: true },
    { id: "b1", theme: "b", reverse: false }];
  const mine = { a1: 5, a2: 1, b1: 2 };
  const theirs = { a1: 4, a2: 5, b1: "vet-ikke" };
  const [a, b] = compareAnswers(items, ["a", "b"], mine, theirs);
  assert.equal(a.mine, 5);
  assert.equal(a.theirs, 2.5);
  assert.equal(a.gap, 2.5);
  assert.equal(a.agreement, "ulikt");
  assert.deepEqual(a.statements.map((s) => s.agreement), ["nesten", "ulikt"]);
  assert.equal(b.agreement, "mangler");
  assert.equal(statementAgreement(items[1], 2, 2), "enige");
  assert.deepEqual(mine, { a1: 5, a2: 1, b1: 2 }, "your own answers are not touched");
});
