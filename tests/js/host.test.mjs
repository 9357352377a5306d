// The static host's persistence: tabs merge, a full or broken storage never stops the tool
// and never loses answers, and «Slett svarene mine» leaves nothing behind.
import { test } from "node:test";
import assert from "node:assert/strict";

import { createModel, loadSaved } from "../../widgets/host.js";
import { memoryStorage } from "./storage.mjs";

const KEY = "samarbeidsboka:selvvurdering:v1";

function messages(model) {
  const seen = [];
  model.on("msg:custom", (msg) => seen.push(msg.type));
  return seen;
}

test("two tabs: the second tab's save keeps the first tab's answers, county and snapshot", () => {
  const storage = memoryStorage();
  const a = createModel({}, storage, KEY, "");
  const b = createModel({}, storage, KEY, "");
  a.set("answers", { a1: 4 });
  a.set("context", { role: "", level: "", county: "Agder" });
  a.set("snapshots", [{ date: "2026-01-01T00:00:00Z", label: "1.1.2026", answers: { a1: 4 } }]);
  a.save_changes();
  b.set("answers", { ...b.get("answers"), b1: 2 });
  b.save_changes();
  const saved = JSON.parse(storage.getItem(KEY));
  assert.deepEqual(saved.answers, { a1: 4, b1: 2 });
  assert.equal(saved.context.county, "Agder");
  assert.equal(saved.snapshots.length, 1);
  assert.deepEqual(b.get("answers"), { a1: 4, b1: 2 }, "tab B shows the merged answers");
});

test("two tabs: a storage event from the other tab is picked up at once", () => {
  const storage = memoryStorage();
  const a = createModel({}, storage, KEY, "");
  const b = createModel({}, storage, KEY, "");
  const changed = [];
  b.on("change:answers", (value) => changed.push(value));
  a.set("answers", { a1: 5 });
  a.save_changes();
  b.storageChanged(KEY, storage.getItem(KEY));
  assert.deepEqual(changed.at(-1), { a1: 5 });
  b.storageChanged("something-else", "{}");
  assert.equal(changed.length, 1);
  storage.removeItem(KEY);
  b.storageChanged(KEY, null); // deleted in the other tab
  assert.deepEqual(b.get("answers") ?? {}, {});
});

test("storage full: saving never throws and the widget is told", () => {
  const storage = memoryStorage({}, 10);
  const model = createModel({}, storage, KEY, "");
  const seen = messages(model);
  model.set("answers", { a1: 3 });
  assert.doesNotThrow(() => model.save_changes());
  assert.deepEqual(seen, ["save-failed"]);
  assert.deepEqual(model.get("answers"), { a1: 3 }, "the answers stay on the page");
});

test("a large unreadable value: the tool starts, one copy is kept, nothing is copied twice", () => {
  const broken = "{" + "x".repeat(3000);
  const storage = memoryStorage({ [KEY]: broken }, 4000); // room for one copy, not two
  let model;
  assert.doesNotThrow(() => { model = createModel({}, storage, KEY, ""); });
  const copies = () => [...storage.values].filter(([k, v]) => k !== KEY && v === broken).map(([k]) => k);
  assert.equal(copies().length, 1);
  createModel({}, storage, KEY, "");
  assert.equal(copies().length, 1, "a second load makes no second copy");
  model.set("answers", { a1: 1 });
  model.save_changes();
  assert.deepEqual(JSON.parse(storage.getItem(KEY)).answers, { a1: 1 });
  assert.equal(copies().length, 1, "saving never overwrites the copy");
});

test("an unreadable value that cannot be moved is kept, and saving says so instead", () => {
  const broken = "{" + "x".repeat(3000);
  const storage = memoryStorage({ [KEY]: broken }, 3000 + KEY.length + 1);
  const model = createModel({}, storage, KEY, "");
  const seen = messages(model);
  assert.equal(storage.getItem(KEY), broken);
  model.set("answers", { a1: 1 });
  model.save_changes();
  assert.equal(storage.getItem(KEY), broken, "the unreadable value was not overwritten");
  assert.deepEqual(seen, ["save-failed"]);
});

test("delete: every key the tool wrote goes, backups included", () => {
  const storage = memoryStorage({ [KEY]: "{broken", [`${KEY}:uleselig-1700000000000`]: "{old",
    "samarbeidsboka:annet:v1": "{}", other: "keep" });
  const model = createModel({}, storage, KEY, "");
  model.set("answers", { a1: 2 });
  model.save_changes();
  model.send({ type: "delete-all" });
  assert.deepEqual([...storage.values.keys()].sort(), ["other", "samarbeidsboka:annet:v1"]);
});

test("loadSaved reads a saved object and nothing else", () => {
  assert.deepEqual(loadSaved(memoryStorage({ [KEY]: '{"answers":{"a1":4}}' }), KEY), { answers: { a1: 4 } });
  assert.deepEqual(loadSaved(memoryStorage({ [KEY]: "[1,2]" }), KEY), {});
  assert.deepEqual(loadSaved(memoryStorage(), KEY), {});
});
