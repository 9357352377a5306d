// The page's group statistics against the shared fixtures (book/group.py runs the same files).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

import { disagreements, groupProfiles, roleCounts, sideGaps, themeStats } from "../../widgets/gruppe/stats.js";
import { ROLES } from "../../widgets/selvvurdering/state.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "group");
const cases = readdirSync(dir).filter((n) => n.endsWith(".json"));

/** Equal, with numbers compared to 1e-9 (the two languages may round the last bit differently). */
function close(actual, expected, path = "") {
  if (typeof expected === "number") {
    assert.ok(typeof actual === "number" && Math.abs(actual - expected) < 1e-9, `${path}: ${actual} != ${expected}`);
  } else if (expected && typeof expected === "object") {
    assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), path);
    for (const key of Object.keys(expected)) close(actual[key], expected[key], `${path}.${key}`);
  } else {
    assert.equal(actual, expected, path);
  }
}

test("there are group fixtures", () => assert.ok(cases.length >= 2));

for (const name of cases) {
  test(`JS group statistics match fixture ${name}`, () => {
    const f = JSON.parse(readFileSync(join(dir, name), "utf-8"));
    close(JSON.parse(JSON.stringify(themeStats(f.items, f.themes, f.respondents))), f.expected.stats, "stats");
    close(sideGaps(f.items, f.themes, f.respondents), f.expected.gaps, "gaps");
    close(roleCounts(f.respondents, ROLES), f.expected.roles, "roles");
    const stats = themeStats(f.items, f.themes, f.respondents);
    close(disagreements(stats, sideGaps(f.items, f.themes, f.respondents)), f.expected.disagreements, "disagreements");
    close(groupProfiles(f.items, f.themes, f.respondents), f.expected.profiles, "profiles");
  });
}
