// The projector's key mapping (widgets/projector.js), without a browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { step } from "../../widgets/projector.js";

test("arrow keys step by one and stop at either end", () => {
  assert.equal(step("ArrowRight", 0, 3), 1);
  assert.equal(step("PageDown", 2, 3), 2);
  assert.equal(step("ArrowLeft", 1, 3), 0);
  assert.equal(step("ArrowUp", 0, 3), 0);
});

test("Home and End jump; other keys are not ours", () => {
  assert.equal(step("Home", 2, 3), 0);
  assert.equal(step("End", 0, 3), 2);
  assert.equal(step("Enter", 1, 3), null);
  assert.equal(step(" ", 1, 3), null);
});
