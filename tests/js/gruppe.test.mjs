// Group statistics and intake for «Gruppeoversikt» (pure functions).
import { test } from "node:test";
import assert from "node:assert/strict";

import { MIN_GROUP, disagreements, groupProfiles, meanSd, roleCounts, sideGaps, themeStats } from "../../widgets/gruppe/stats.js";
import { addCodes, addFiles, emptyGroup } from "../../widgets/gruppe/intake.js";
import { exportJson } from "../../widgets/selvvurdering/transfer.js";
import { emptyState, ROLES } from "../../widgets/selvvurdering/state.js";
import { encodeShareCode } from "../../widgets/selvvurdering/sharecode.js";

const items = [
  { id: "a1", theme: "a", text: "A1", reverse: false },
  { id: "a2", theme: "a", text: "A2", reverse: true },
  { id: "b1", theme: "b", text: "B1", reverse: false },
];
const themes = ["a", "b"];
const person = (id, role, a1, a2, b1, label = "") => ({ id, role, label, answers: { a1, a2, b1 } });

test("mean and sample spread", () => {
  assert.deepEqual(meanSd([]), { n: 0, mean: null, sd: null });
  assert.deepEqual(meanSd([4]), { n: 1, mean: 4, sd: null });
  const { mean, sd } = meanSd([2, 4, 4, 4, 5, 5, 7, 9]);
  assert.equal(mean, 5);
  assert.ok(Math.abs(sd - 2.138) < 0.001);
});

test("roles are counted, with «Ikke oppgitt» for none", () => {
  const people = [person("1", "Skole"), person("2", "Skole"), person("3", ""), person("4", "Nav fylke")];
  assert.deepEqual(roleCounts(people, ROLES), [["Nav fylke", 1], ["Skole", 2], ["Ikke oppgitt", 1]]);
});

test("theme statistics turn reversed statements and count «Vet ikke» apart", () => {
  const people = [person("1", "Skole", 5, 1, 2), person("2", "Skole", 3, "vet-ikke", 4)];
  const [a, b] = themeStats(items, themes, people);
  assert.equal(a.n, 2);
  assert.equal(a.mean, 4); // person 1: (5 + 5) / 2, person 2: 3
  assert.deepEqual(a.distribution, { 1: 0, 2: 0, 3: 1, 4: 0, 5: 2, "vet-ikke": 1 });
  assert.equal(b.mean, 3);
  assert.ok(Math.abs(b.sd - Math.SQRT2) < 1e-9);
});

test("the Nav–county gap is shown only with at least three on each side", () => {
  const nav = [1, 2, 3].map((i) => person(`n${i}`, i === 1 ? "Nav fylke" : "Nav-kontor", 5, 1, 2));
  const county = [1, 2].map((i) => person(`c${i}`, "Oppfølgingstjenesten (OT)", 2, 4, 2));
  const other = person("x", "Annet", 1, 1, 1);
  let gaps = sideGaps(items, themes, [...nav, ...county, other]);
  assert.equal(MIN_GROUP, 3);
  assert.deepEqual(gaps[0], { theme: "a", hidden: true, navN: 3, countyN: 2, nav: null, county: null, gap: null });
  gaps = sideGaps(items, themes, [...nav, ...county, person("c3", "Skole", 2, 4, 2)]);
  assert.deepEqual(gaps[0], { theme: "a", hidden: false, navN: 3, countyN: 3, nav: 5, county: 2, gap: 3 });
  assert.equal(gaps[1].gap, 0);
  const talk = disagreements(themeStats(items, themes, [...nav, ...county, person("c3", "Skole", 2, 4, 2)]), gaps);
  assert.deepEqual(talk.map((t) => [t.theme, t.reason]), [["a", "gap"]]);
});

test("each labelled group gets its own profile", () => {
  const people = [person("1", "Skole", 5, 1, 2, "Gruppe 1"), person("2", "Skole", 1, 5, 4, "Gruppe 2"), person("3", "", 3, 3, 4, "Gruppe 1")];
  assert.deepEqual(groupProfiles(items, themes, people), [
    { label: "Gruppe 1", n: 2, means: [4, 3] }, { label: "Gruppe 2", n: 1, means: [1, 4] }]);
});

const file = (name, state, exported = "2026-12-01T10:00:00.000Z") =>
  ({ name, size: 100, text: exportJson({ ...emptyState(), ...state }, items, new Date(exported)) });

test("files: duplicates, broken, empty, foreign, huge and other-version answers are each named", () => {
  const good = file("a.json", { answers: { a1: 4, b1: 2 }, context: { label: "Gruppe 1", role: "Skole", level: "", county: "" } });
  const { group, messages } = addFiles(emptyGroup(), [
    good,
    { ...good, name: "a-kopi.json" },
    file("b.json", { answers: { a1: 2, gammel: 3 } }, "2026-12-01T11:00:00.000Z"),
    { name: "tom.json", size: 0, text: "" },
    { name: "brukket.json", size: 5, text: "{ nei" },
    { name: "annen.json", size: 10, text: "{\"hei\": 1}" },
    { name: "stor.json", size: 10 * 1024 * 1024, text: null },
    file("bare-gamle.json", { answers: { gammel: 3 } }, "2026-12-01T12:00:00.000Z"),
  ], items);
  assert.deepEqual(group.respondents.map((r) => [r.id, r.label, r.role]), [["a.json", "Gruppe 1", "Skole"], ["b.json", "", ""]]);
  assert.deepEqual(group.respondents[1].answers, { a1: 2 });
  const byName = Object.fromEntries(messages.map((m) => [m.name, m]));
  assert.match(byName["a-kopi.json"].text, /^a-kopi\.json: samme svar som a\.json .*én gang/);
  assert.match(byName["b.json"].text, /1 svar gjelder påstander som denne utgaven ikke har \(gammel\)/);
  assert.match(byName["tom.json"].text, /tom/);
  assert.match(byName["brukket.json"].text, /kunne ikke leses/);
  assert.match(byName["annen.json"].text, /ikke en eksport/);
  assert.match(byName["stor.json"].text, /for stor \(10,0 MB\)/);
  assert.match(byName["bare-gamle.json"].text, /ingen svar|inneholder ingen/);
  assert.equal(byName["b.json"].kind, "note");
  assert.equal(byName["brukket.json"].kind, "error");
});

test("codes: read with their labels; a mistyped or repeated code is named", () => {
  const ids = items.map((i) => i.id);
  const code = encodeShareCode(ids, { a1: 5, b1: "vet-ikke" }, { role: "Nav-kontor" });
  const typo = code.slice(0, -1) + (code.at(-1) === "0" ? "1" : "0");
  const { group, messages } = addCodes(emptyGroup(), `Gruppe 2: ${code}\n\n${typo}\nGruppe 2: ${code}\n`, items);
  assert.deepEqual(group.respondents, [{ id: "Linje 1 (Gruppe 2)", label: "Gruppe 2", role: "Nav-kontor", answers: { a1: 5, b1: "vet-ikke" } }]);
  assert.deepEqual(messages.map((m) => m.name), ["Linje 3", "Linje 4 (Gruppe 2)"]);
  assert.match(messages[0].text, /skrevet feil/);
  assert.match(messages[1].text, /én gang/);
});
