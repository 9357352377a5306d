// DOM helpers shared by the widget's views: build elements, replace children, download a file.
// Text is always inserted as text nodes, never as HTML.

export function h(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:")
    ? document.createElementNS("http://www.w3.org/2000/svg", tag.slice(4))
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "class") node.setAttribute("class", value);
    else if (key === "value") node.value = value;
    else if (key === "checked") node.checked = Boolean(value);
    else if (key === "style") throw new Error("no inline styles: a strict CSP ignores them");
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replace a node's children; arrays are flattened and empty values skipped. */
export function fill(node, ...children) {
  node.replaceChildren(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
}

export function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = h("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A table whose rows stack into blocks on a narrow screen (CSS, with each cell's column name
 * from data-label), so a phone never scrolls sideways. Explicit roles keep it a table for
 * screen readers when CSS changes its display. rows: [[row header, ...cells]].
 */
export function dataTable(caption, headers, rows) {
  return h("table", { class: "kb-sv-table", role: "table" },
    h("caption", {}, caption),
    h("thead", { role: "rowgroup" }, h("tr", { role: "row" },
      headers.map((text) => h("th", { scope: "col", role: "columnheader" }, text)))),
    h("tbody", { role: "rowgroup" }, rows.map(([head, ...cells]) => h("tr", { role: "row" },
      h("th", { scope: "row", role: "rowheader" }, head),
      cells.map((cell, index) => h("td", { role: "cell", "data-label": headers[index + 1] }, cell))))));
}
