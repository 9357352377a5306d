// The profile chart's bar length: meaning carried by an SVG attribute, proportional to the mean.
import { test } from "node:test";
import assert from "node:assert/strict";

import { barLength } from "../../widgets/selvvurdering/results.js";

test("a bar is the mean as a share of 5; no mean, no bar", () => {
  assert.equal(barLength(1), 20);
  assert.equal(barLength(5), 100);
  assert.equal(barLength(10 / 3), 66.7);
  assert.equal(barLength(null), 0);
});
