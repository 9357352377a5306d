// The widget's scoring against the shared fixtures (the Python side runs the same files).
// Each fixture's `expected` holds any of scores, weakest, matches (assess) and advice (advise).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

import { advise, assess } from "../../widgets/selvvurdering/scoring.js";

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, "..", "fixtures", "scoring");
const read = (name) => JSON.parse(readFileSync(join(dir, name), "utf-8"));
const shared = read("catalogue.json");
const cases = readdirSync(dir).filter((n) => n.endsWith(".json") && n !== "catalogue.json");
const KEYS = ["theme", "total", "answered", "unknown", "not_applicable", "sum", "band"];

test("there are fixtures", () => {
  assert.ok(cases.length >= 5);
  assert.ok(cases.filter((name) => "advice" in read(name).expected).length >= 8);
});

for (const name of cases) {
  test(`JS scoring matches fixture ${name}`, () => {
    const fixture = read(name);
    const args = [shared.items, shared.themes, fixture.answers, shared.catalogue, fixture.level];
    const result = assess(...args);
    const expected = fixture.expected;
    if (expected.scores) {
      const picked = result.scores.map((s) => Object.fromEntries(KEYS.map((k) => [k, s[k]])));
      assert.deepEqual(picked, expected.scores);
    }
    for (const s of result.scores) {
      assert.equal(s.mean, s.answered ? s.sum / s.answered : null);
    }
    if (expected.weakest) assert.deepEqual(result.weakest, expected.weakest);
    if (expected.matches) assert.deepEqual(result.matches, expected.matches);
    if (expected.advice) assert.deepEqual(advise(...args), expected.advice);
  });
}
