// The quiz's pure part: what the feedback says for a choice.
import { test } from "node:test";
import assert from "node:assert/strict";

import { verdict } from "../../widgets/quiz/quiz.js";

test("no choice asks for one, wrong and right say so", () => {
  assert.equal(verdict(null, 1).kind, "none");
  assert.equal(verdict(0, 1).text, "Ikke riktig.");
  assert.equal(verdict(1, 1).text, "Riktig.");
  assert.equal(verdict(0, 0).kind, "right");
});
