// Pure parts of the widget module: import validation, export formats, number formatting.
import { test } from "node:test";
import assert from "node:assert/strict";

import { cleanState } from "../../widgets/selvvurdering/state.js";
import { exportCsv, exportJson, parseImport, EXPORT_FORMAT } from "../../widgets/selvvurdering/transfer.js";
import { formatMean } from "../../widgets/selvvurdering/labels.js";
import { createModel, loadSaved } from "../../widgets/host.js";

const items = [{ id: "a1", theme: "t", text: "=Påstand, med komma", reverse: false },
  { id: "a2", theme: "t", text: "To", reverse: true }];
const themes = [{ id: "t", name: "Tema" }];

test("a valid export round-trips", () => {
  const state = cleanState({ answers: { a1: 4, a2: "vet-ikke" }, context: { county: "Agder" } }, items);
  const parsed = parseImport(exportJson(state), items);
  assert.equal(parsed.ok, true);
  assert.deepEqual(parsed.state.answers, { a1: 4, a2: "vet-ikke" });
  assert.equal(parsed.state.context.county, "Agder");
});

test("broken, foreign, future and oversized files are refused with a Norwegian message", () => {
  assert.match(parseImport("{ nei", items).message, /kunne ikke leses/);
  assert.match(parseImport(JSON.stringify({ answers: {} }), items).message, /ikke en eksport/);
  assert.match(parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 2 }), items).message,
    /annen versjon/);
  assert.match(parseImport(" ".repeat(600 * 1024), items).message, /for stor/);
});

test("unknown items, invalid answers and over-long text are dropped or cut", () => {
  const state = cleanState({ answers: { a1: 9, a2: "5", zz: 3 }, context: { county: "x".repeat(500), role: "Hacker" } }, items);
  assert.deepEqual(state.answers, {});
  assert.equal(state.context.county.length, 120);
  assert.equal(state.context.role, "");
});

test("CSV has one row per item, quotes cells and defuses formulas", () => {
  const csv = exportCsv(items, themes, { a1: 2, a2: 1 });
  const lines = csv.trim().split("\r\n");
  assert.equal(lines.length, 3);
  assert.equal(lines[1], `a1,Tema,"'=Påstand, med komma",nei,2,2`);
  assert.equal(lines[2], "a2,Tema,To,ja,1,5");
});

test("means are shown with a Norwegian decimal comma", () => {
  assert.equal(formatMean(3.6666), "3,7");
  assert.equal(formatMean(null), "–");
});

function memoryStorage(initial = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (k) => (values.has(k) ? values.get(k) : null), setItem: (k, v) => values.set(k, String(v)), values };
}

test("the static host keeps state in storage and never loses an unreadable copy", () => {
  const storage = memoryStorage({ key: "{broken" });
  assert.deepEqual(loadSaved(storage, "key"), {});
  const backups = [...storage.values.keys()].filter((k) => k.startsWith("key:uleselig-"));
  assert.equal(backups.length, 1);
  assert.equal(storage.values.get(backups[0]), "{broken");

  const model = createModel({ items }, storage, "key2", "../");
  let seen = null;
  model.on("change:answers", (value) => { seen = value; });
  model.set("answers", { a1: 5 });
  model.save_changes();
  assert.deepEqual(seen, { a1: 5 });
  assert.deepEqual(JSON.parse(storage.getItem("key2")).answers, { a1: 5 });
  assert.deepEqual(createModel({ items }, storage, "key2", "").get("answers"), { a1: 5 });
});
