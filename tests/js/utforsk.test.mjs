// «Utforsk grepene»: the filter rules and the query string (pure parts of widgets/utforsk).
import { test } from "node:test";
import assert from "node:assert/strict";

import { countText, countsFor, emptyFilters, filterPractices, fromQuery, matches, toQuery }
  from "../../widgets/utforsk/filter.js";

const practices = [
  { id: "a", title: "Skriv korte avtaler", description: "Avtalen er kort.", themes: ["avtale"],
    level: "strategisk", actors: ["nav", "fylkeskommunen"], studies: ["iris2017", "afi2015"],
    meta: { themes: "Samarbeidsavtalen", source: "IRIS 2017, 4.1.1" } },
  { id: "b", title: "Møt ungdommen", description: "Med respekt.", themes: ["relasjoner"],
    level: "operativt", actors: ["ot"], studies: ["iris2017"], meta: { themes: "Relasjoner", source: "" } },
  { id: "c", title: "Felles møter", description: "Møtes jevnlig.", themes: ["moter", "avtale"],
    level: "begge", actors: ["alle"], studies: ["sintef2010"], meta: { themes: "Møter", source: "" } },
];
const data = {
  practices,
  themes: [{ id: "avtale" }, { id: "relasjoner" }, { id: "moter" }],
  levels: [{ id: "strategisk" }, { id: "operativt" }],
  actors: [{ id: "nav" }, { id: "ot" }],
  studies: [{ id: "iris2017" }, { id: "sintef2010" }, { id: "afi2015" }],
};
const ids = (list) => list.map((p) => p.id);
const f = (change) => ({ ...emptyFilters(), ...change });

test("each filter reduces the list, and clearing it restores the list", () => {
  assert.deepEqual(ids(filterPractices(practices, f({ theme: "avtale" }))), ["a", "c"]);
  assert.deepEqual(ids(filterPractices(practices, f({ study: "iris2017" }))), ["a", "b"]);
  assert.deepEqual(ids(filterPractices(practices, f({ theme: "avtale", study: "iris2017" }))), ["a"]);
  assert.deepEqual(ids(filterPractices(practices, f({}))), ["a", "b", "c"]);
});

test("«begge» levels and «alle» actors match every choice", () => {
  assert.deepEqual(ids(filterPractices(practices, f({ level: "operativt" }))), ["b", "c"]);
  assert.deepEqual(ids(filterPractices(practices, f({ actor: "nav" }))), ["a", "c"]);
});

test("free text needs every word, in any case, in title, description, themes or source", () => {
  assert.deepEqual(ids(filterPractices(practices, f({ text: "KORT avtale" }))), ["a"]);
  assert.deepEqual(ids(filterPractices(practices, f({ text: "møter" }))), ["c"]);
  assert.deepEqual(ids(filterPractices(practices, f({ text: "4.1.1" }))), ["a"]);
  assert.equal(matches(practices[1], f({ text: "  " })), true);
});

test("option counts follow the other filters", () => {
  const { total, counts } = countsFor(practices, f({ study: "iris2017" }), "theme", data.themes);
  assert.equal(total, 2);
  assert.deepEqual(counts, { avtale: 1, relasjoner: 1, moter: 0 });
});

test("filters round-trip through the query string; unknown values are dropped", () => {
  const filters = f({ theme: "avtale", level: "strategisk", text: "korte avtaler" });
  const query = toQuery(filters, "?annet=1");
  assert.equal(query, "?annet=1&tema=avtale&niva=strategisk&sok=korte+avtaler");
  assert.deepEqual(fromQuery(query, data), filters);
  assert.deepEqual(fromQuery("?tema=finnes-ikke&rapport=<script>", data), emptyFilters());
  assert.equal(toQuery(emptyFilters()), "");
});

test("the count is said in Norwegian", () => {
  assert.equal(countText(3, 79), "Viser 3 av 79 gode grep.");
  assert.equal(countText(79, 79), "Viser alle 79 gode grep.");
});
