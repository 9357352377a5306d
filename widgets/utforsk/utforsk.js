// «Utforsk grepene»: the catalogue of good practices with filters, an anywidget front end.
//
// It exports anywidget's `render({ model, el })`. In the static book, widgets/host.js supplies
// the model and the data embedded in the page; the filters then live in the query string, so
// the address restores them. In Jupyter, anywidget supplies the model and the filters and the
// shown ids sync to Python (`filters`, `selected`). Data is inserted as text, never as HTML.

import { DIMENSIONS, countText, countsFor, emptyFilters, filterPractices, fromQuery, toQuery }
  from "./filter.js";

let instances = 0;

function element(tag, attributes = {}, text = "") {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

function practiceItem(practice, root) {
  const item = element("li", { class: "kb-utforsk-item" });
  const heading = element("h3", { class: "kb-utforsk-title" });
  const link = element("a", { href: `${root}${practice.href}` }, practice.title);
  heading.append(link);
  const meta = element("dl", { class: "kb-utforsk-meta" });
  for (const [term, value] of [["Tema", practice.meta.themes], ["Nivå", practice.meta.level],
    ["Aktører", practice.meta.actors], ["Kilder", practice.meta.source]]) {
    const group = element("div");
    group.append(element("dt", {}, term), element("dd", {}, value));
    meta.append(group);
  }
  item.append(heading, element("p", {}, practice.description), meta);
  return item;
}

export function render({ model, el }) {
  const data = model.get("data");
  const id = `kb-utforsk-${++instances}`;
  const useUrl = Boolean(data.url_state) && typeof window !== "undefined" && window.history;
  const root = model.get("page_root") ?? "";
  let filters = useUrl ? fromQuery(window.location.search, data)
    : { ...emptyFilters(), ...(model.get("filters") ?? {}) };

  const form = element("form", { class: "kb-utforsk-form", role: "search",
    "aria-label": "Filtrer de gode grepene" });
  form.addEventListener("submit", (event) => event.preventDefault());
  const selects = {};
  for (const dimension of DIMENSIONS) {
    const field = element("div", { class: "kb-utforsk-field" });
    const select = element("select", { id: `${id}-${dimension.key}` });
    field.append(element("label", { for: select.id }, dimension.label), select);
    select.addEventListener("change", () => update({ [dimension.key]: select.value }));
    selects[dimension.key] = select;
    form.append(field);
  }
  const searchField = element("div", { class: "kb-utforsk-field kb-utforsk-search" });
  const search = element("input", { id: `${id}-text`, type: "search", autocomplete: "off",
    "aria-describedby": `${id}-hint` });
  search.value = filters.text;
  search.addEventListener("input", () => update({ text: search.value }));
  searchField.append(element("label", { for: search.id }, "Søk i grepene"), search);
  const reset = element("button", { type: "button", class: "kb-utforsk-reset" },
    "Nullstill filtrene");
  reset.addEventListener("click", () => {
    search.value = "";
    update(emptyFilters());
  });
  form.append(searchField, reset);
  const hint = element("p", { id: `${id}-hint`, class: "kb-utforsk-hint" },
    "Søket finner grep der alle ordene står i tittelen, beskrivelsen, temaene eller kildene. "
    + "Et grep for begge nivåer eller for alle aktører vises uansett hvilket nivå eller hvilken "
    + "aktør du velger.");
  const status = element("p", { class: "kb-utforsk-count", role: "status" });
  const list = element("ul", { class: "kb-utforsk-list", "aria-label": "Gode grep" });
  el.classList.add("kb-utforsk");
  el.append(form, hint, status, list);

  function fillOptions() {
    for (const dimension of DIMENSIONS) {
      const select = selects[dimension.key];
      const options = data[dimension.options];
      const { total, counts } = countsFor(data.practices, filters, dimension.key, options);
      select.replaceChildren(element("option", { value: "" }, `${dimension.all} (${total})`));
      for (const option of options) {
        select.append(element("option", { value: option.id },
          `${option.name} (${counts[option.id]})`));
      }
      select.value = filters[dimension.key];
    }
  }

  function draw() {
    const shown = filterPractices(data.practices, filters);
    fillOptions();
    status.textContent = countText(shown.length, data.practices.length)
      + (shown.length ? "" : " Prøv å fjerne et filter eller et søkeord.");
    list.replaceChildren(...shown.map((practice) => practiceItem(practice, root)));
    return shown;
  }

  function update(change) {
    filters = { ...filters, ...change };
    const shown = draw();
    if (useUrl) {
      const query = toQuery(filters, window.location.search);
      window.history.replaceState(null, "", `${window.location.pathname}${query}${window.location.hash}`);
    } else {
      model.set("filters", filters);
      model.set("selected", shown.map((practice) => practice.id));
      model.save_changes();
    }
  }

  draw();
}

export default { render };
