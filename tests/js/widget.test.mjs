// Pure parts of the widget module: import validation, export formats, number formatting.
import { test } from "node:test";
import assert from "node:assert/strict";

import { cleanState, emptyState } from "../../widgets/selvvurdering/state.js";
import { describeImport, exportCsv, exportJson, fileName, parseImport, EXPORT_FORMAT } from "../../widgets/selvvurdering/transfer.js";
import { formatMean } from "../../widgets/selvvurdering/labels.js";
import { createModel } from "../../widgets/host.js";
import { memoryStorage } from "./storage.mjs";

const items = [{ id: "a1", theme: "t", text: "=Påstand, med komma", reverse: false },
  { id: "a2", theme: "t", text: "To", reverse: true }];
const themes = [{ id: "t", name: "Tema" }];

test("a valid export round-trips", () => {
  const state = cleanState({ answers: { a1: 4, a2: "vet-ikke" }, context: { county: "Agder" } }, items);
  const parsed = parseImport(exportJson(state, items), items);
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

test("an empty file is named as empty, not as unreadable", () => {
  assert.match(parseImport("", items).message, /^Filen er tom\./);
  assert.match(parseImport("  \n", items).message, /^Filen er tom\./);
});

test("invalid answers and over-long text are dropped or cut; unknown statements are kept", () => {
  const state = cleanState({ answers: { a1: 9, a2: "5", zz: 3, "<b>": 2 }, context: { county: "x".repeat(500), role: "Hacker" } }, items);
  assert.deepEqual(state.answers, { zz: 3 });
  assert.equal(state.context.county.length, 120);
  assert.equal(state.context.role, "");
});

test("CSV has one row per item, quotes cells and defuses formulas", () => {
  const csv = exportCsv(items, themes, { a1: 2, a2: 1 });
  const lines = csv.trim().split("\r\n");
  assert.equal(lines.length, 3);
  assert.equal(lines[0], "id,tema,påstand,omvendt,svar,verdi,gruppe,rolle");
  assert.equal(lines[1], `a1,Tema,"'=Påstand, med komma",nei,2,2,,`);
  assert.equal(lines[2], "a2,Tema,To,ja,1,5,,");
  const labelled = exportCsv(items, themes, { a1: 2 }, { label: "Nav Bergen", role: "Nav-kontor" }).trim().split("\r\n");
  assert.equal(labelled[1], `a1,Tema,"'=Påstand, med komma",nei,2,2,Nav Bergen,Nav-kontor`);
});

test("file names carry the group's label, made safe", () => {
  const day = new Date("2026-12-01T10:00:00Z");
  assert.equal(fileName("json", day), "selvvurdering-2026-12-01.json");
  assert.equal(fileName("json", day, "Gruppe 3"), "selvvurdering-gruppe-3-2026-12-01.json");
  assert.equal(fileName("csv", day, " Nav Bergen/Øst: ../"), "selvvurdering-nav-bergen-øst-2026-12-01.csv");
});

test("means are shown with a Norwegian decimal comma", () => {
  assert.equal(formatMean(3.6666), "3,7");
  assert.equal(formatMean(null), "–");
});

test("the static host keeps state in storage", () => {
  const storage = memoryStorage();
  const model = createModel({ items }, storage, "key2", "../");
  let seen = null;
  model.on("change:answers", (value) => { seen = value; });
  model.set("answers", { a1: 5 });
  model.save_changes();
  assert.deepEqual(seen, { a1: 5 });
  assert.deepEqual(JSON.parse(storage.getItem("key2")).answers, { a1: 5 });
  assert.deepEqual(createModel({ items }, storage, "key2", "").get("answers"), { a1: 5 });
});

const FULL = {
  answers: { a1: 4, a2: "vet-ikke" },
  context: { label: "Gruppe 3", role: "Skole", level: "operativt", county: "Agder" },
  plan: [{ id: "p1", practice: "p1", title: "", theme: "t", what: "Møtes", who: "OT-leder", when: "mars" },
    { id: "eget-1", practice: "", title: "Felles kaffe", theme: "", what: "Hver fredag", who: "Alle", when: "nå" }],
  snapshots: [{ date: "2026-01-01T10:00:00.000Z", label: "1.1.2026", answers: { a1: 2 } }],
};

test("every saved field survives saving and reloading, and export and import", () => {
  assert.deepEqual(cleanState(JSON.parse(JSON.stringify(FULL)), items), FULL);
  const parsed = parseImport(exportJson(FULL, items), items);
  assert.deepEqual(parsed.state, FULL);
  for (const key of Object.keys(FULL)) assert.deepEqual(cleanState({ [key]: FULL[key] }, items)[key], FULL[key], key);
});

test("odd answer types count as not answered", () => {
  const state = cleanState({ answers: { a1: true, a2: 4.5, zz: "3", yy: null, xx: [3] } }, items);
  assert.deepEqual(state.answers, {});
  assert.deepEqual(cleanState({ answers: { a1: 4.0, a2: 0, zz: 6 } }, items).answers, { a1: 4 });
});

test("snapshots are cleaned: no date, no snapshot; bad answers and long labels go", () => {
  const state = cleanState({ snapshots: [
    { label: "uten dato", answers: { a1: 3 } }, "tekst", null,
    { date: "2026-02-02", label: "y".repeat(500), answers: { a1: 7, a2: 2, zz: "x" }, extra: "<script>" },
  ] }, items);
  assert.deepEqual(state.snapshots, [{ date: "2026-02-02", label: "y".repeat(120), answers: { a2: 2 } }]);
});

test("a file with nothing usable is refused and says so", () => {
  const only = (extra) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, ...extra });
  for (const content of [only({}), only({ answers: { a1: "x", a2: 9 } }), only({ answers: { zz: 3 } }),
    only({ context: { role: "Hacker" }, plan: [{}], snapshots: [{ label: "x" }] })]) {
    const parsed = parseImport(content, items);
    assert.equal(parsed.ok, false, content);
    assert.match(parsed.message, /ingen svar/);
  }
  assert.equal(parseImport(only({ answers: { a1: 2 } }), items).ok, true);
  assert.equal(parseImport(only({ context: { county: "Agder" } }), items).ok, true);
});

test("answers to unknown statements are kept through import and named in the exports", () => {
  const state = { ...emptyState(), answers: { a1: 3, "ny-9": 5 } };
  const exported = JSON.parse(exportJson(state, items));
  assert.deepEqual(exported.answers, { a1: 3, "ny-9": 5 });
  assert.deepEqual(exported.not_understood.answers, ["ny-9"]);
  assert.match(exported.not_understood.note, /ikke kjenner/);
  assert.equal(JSON.parse(exportJson({ ...state, answers: { a1: 3 } }, items)).not_understood, undefined);
  assert.deepEqual(parseImport(JSON.stringify(exported), items).state.answers, { a1: 3, "ny-9": 5 });
  const csv = exportCsv(items, themes, state.answers).trim().split("\r\n");
  assert.equal(csv.length, 4);
  assert.match(csv[3], /^ny-9,,"\(ukjent påstand.*\)",,5,,,$/);
});

test("CSV export is safe: every formula start is defused, quotes and line breaks are kept in one cell", () => {
  const hostile = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", 'a "quoted", text\nnext'];
  for (const text of hostile) {
    const csv = exportCsv([{ id: "a1", theme: "t", text, reverse: false }], themes, {});
    const cell = csv.split("\r\n")[1].split(",").slice(2).join(",");
    assert.ok(!/^"?[=+\-@\t\r]/.test(cell), `${JSON.stringify(text)} -> ${cell}`);
  }
  const csv = exportCsv([{ id: "a1", theme: "t", text: 'a "quoted", text\nnext', reverse: false }], themes, {});
  assert.match(csv, /"a ""quoted"", text\nnext"/);
});

test("an import says what the file holds before anything is replaced", () => {
  const file = JSON.stringify({ format: EXPORT_FORMAT, version: 1, exported: "2026-03-05T12:00:00.000Z",
    answers: { a1: 4, "ny-1": 2 }, context: { role: "Skole", county: "Agder" },
    plan: [{ practice: "p1" }], snapshots: [] });
  const parsed = parseImport(file, items);
  assert.equal(parsed.exported, "2026-03-05T12:00:00.000Z");
  assert.deepEqual(describeImport(parsed, items), [
    "Lastet ned: 5. mars 2026", "Rolle: Skole", "Fylke: Agder",
    "Svar: 1 av 2 påstander (og 1 på påstander denne versjonen ikke kjenner)",
    "Handlingsplan: 1 tiltak", "Øyeblikksbilder: 0"]);
  const bare = parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 1, exported: "<script>", answers: { a2: 1 } }), items);
  assert.equal(bare.exported, null);
  assert.deepEqual(describeImport(bare, items).slice(0, 3), ["Lastet ned: ukjent", "Rolle: ikke oppgitt", "Svar: 1 av 2 påstander"]);
});
