// The action plan's pure parts: old saved rows, own actions, export/import, the CSV for Excel.
import { test } from "node:test";
import assert from "node:assert/strict";

import { cleanPlan, cleanState } from "../../widgets/selvvurdering/state.js";
import { exportJson, parseImport } from "../../widgets/selvvurdering/transfer.js";
import { PLAN_CSV_HEADER, addOwnRow, describeRows, ownRowId, planCsv, togglePlanRow } from "../../widgets/selvvurdering/plan.js";

const items = [{ id: "a1", theme: "t1", text: "En påstand", reverse: false }];
const practiceById = new Map([
  ["p1", { id: "p1", title: "Felles møter", themes: ["t2", "t1"], source: "IRIS 2017, 4.2.1; AFI 2015, 2.6" }],
]);
const themeById = new Map([["t1", { id: "t1", name: "Felles språk" }], ["t2", { id: "t2", name: "Samarbeidsmøter" }]]);

test("rows saved before own actions existed still load, as grep rows with their text", () => {
  const old = [{ practice: "p1", what: "Møtes hver måned", who: "OT-leder", when: "mars" }];
  assert.deepEqual(cleanPlan(old), [
    { id: "p1", practice: "p1", title: "", theme: "", what: "Møtes hver måned", who: "OT-leder", when: "mars" }]);
  // An old row's theme is the grep's first theme.
  assert.equal(describeRows(cleanPlan(old), practiceById, themeById)[0].theme, "Samarbeidsmøter");
  // And an old export file still reads in.
  const file = JSON.stringify({ format: "samarbeidsboka-selvvurdering", version: 1, plan: old });
  assert.equal(parseImport(file, items).state.plan[0].what, "Møtes hver måned");
});

test("own actions keep title and theme; bad rows and repeats are dropped, long text is cut", () => {
  const plan = cleanPlan([
    { id: "eget-1", title: "Felles kaffe", theme: "t1", what: "x".repeat(900) },
    { id: "eget-1", title: "Igjen" }, { title: "uten id" }, "tekst", null, { id: 5 },
    { practice: "p1", title: "grep rows take the grep's title", what: "" },
  ]);
  assert.deepEqual(plan.map((row) => row.id), ["eget-1", "p1"]);
  assert.equal(plan[0].title, "Felles kaffe");
  assert.equal(plan[0].theme, "t1");
  assert.equal(plan[0].what.length, 600);
  assert.equal(plan[1].title, "");
});

test("own actions survive export and import", () => {
  const state = cleanState({ plan: addOwnRow(togglePlanRow([], "p1", true, "t1"), "eget-9") }, items);
  state.plan[1].title = "Felles kaffe";
  const parsed = parseImport(exportJson(state, items), items);
  assert.deepEqual(parsed.state.plan, state.plan);
  assert.deepEqual(parsed.state.plan.map((row) => [row.id, row.practice, row.theme]), [["p1", "p1", "t1"], ["eget-9", "", ""]]);
});

test("adding and removing grep rows keeps the order and the other rows", () => {
  let plan = addOwnRow([], "eget-1");
  plan = togglePlanRow(plan, "p1", true, "t2");
  assert.deepEqual(plan.map((row) => row.id), ["eget-1", "p1"]);
  assert.deepEqual(togglePlanRow(plan, "p1", false).map((row) => row.id), ["eget-1"]);
  assert.notEqual(ownRowId(1000, 0.1), ownRowId(1000, 0.9));
  assert.match(ownRowId(), /^eget-[a-z0-9]+-[a-z0-9]+$/);
});

test("the plan CSV has a header, ; between cells, grep source and own actions", () => {
  const plan = [
    { id: "p1", practice: "p1", title: "", theme: "t1", what: "Møtes; og snakker\nsammen", who: "OT", when: "mars" },
    { id: "eget-1", practice: "", title: "=Kaffe \"hver\" fredag", theme: "", what: "", who: "", when: "" },
  ];
  const csv = planCsv(describeRows(plan, practiceById, themeById));
  assert.equal(csv.split("\r\n")[0], PLAN_CSV_HEADER.join(";"));
  assert.equal(PLAN_CSV_HEADER.join(";"), "Tema;Tiltak;Godt grep;Hva;Hvem;Når;Kilde");
  assert.ok(csv.includes('Felles språk;Felles møter;ja;"Møtes; og snakker\nsammen";OT;mars;"IRIS 2017, 4.2.1; AFI 2015, 2.6"\r\n'), csv);
  assert.ok(csv.endsWith(';"\'=Kaffe ""hver"" fredag";nei, eget tiltak;;;;\r\n'), csv);
});
