// Static-site host for the book's widgets: no kernel, no server, no third-party request.
//
// A page with a widget has <div class="kb-widget" data-kb-widget="NAME"> holding the widget's
// data as JSON. This module gives each one a small anywidget-style model (get / set / on /
// off / save_changes / send) whose reader state is kept in localStorage only, imports
// ./NAME/NAME.js (the same ES module anywidget loads in Jupyter) and calls its render().

const STATE_KEYS = ["answers", "context", "plan", "snapshots"];

export function storageKey(name) {
  return `samarbeidsboka:${name}:v1`;
}

/** Read saved state; a copy that cannot be read is kept aside, never thrown away. */
export function loadSaved(storage, key) {
  const raw = storage.getItem(key);
  if (raw === null) return {};
  try {
    const saved = JSON.parse(raw);
    if (saved && typeof saved === "object" && !Array.isArray(saved)) return saved;
  } catch {
    // fall through
  }
  storage.setItem(`${key}:uleselig-${Date.now()}`, raw);
  return {};
}

export function createModel(data, storage, key, pageRoot) {
  const saved = loadSaved(storage, key);
  const state = { data, page_root: pageRoot };
  for (const name of STATE_KEYS) state[name] = saved[name];
  const listeners = new Map();
  return {
    get: (name) => state[name],
    set(name, value) {
      state[name] = value;
      for (const callback of listeners.get(`change:${name}`) ?? []) callback(value);
    },
    on(event, callback) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(callback);
    },
    off(event, callback) {
      listeners.get(event)?.delete(callback);
    },
    save_changes() {
      const out = { savedAt: new Date().toISOString() };
      for (const name of STATE_KEYS) out[name] = state[name];
      storage.setItem(key, JSON.stringify(out));
    },
    send() {},
  };
}

async function start(container) {
  const name = container.dataset.kbWidget;
  const fallback = container.querySelector(".kb-widget-fallback");
  try {
    const data = JSON.parse(container.querySelector('script[type="application/json"]').textContent);
    const module = await import(new URL(`./${name}/${name}.js`, import.meta.url));
    const root = document.createElement("div");
    const pageRoot = document.documentElement.dataset.content_root ?? "";
    const model = createModel(data, window.localStorage, storageKey(name), pageRoot);
    fallback?.remove();
    container.append(root);
    module.default.render({ model, el: root });
    performance.mark(`kb-widget-ready:${name}`); // read by `make bench`
  } catch (error) {
    if (fallback) {
      fallback.textContent = "Verktøyet kunne ikke starte i denne nettleseren. Svarene du har lagret tidligere, er ikke slettet. Prøv å laste siden på nytt.";
    }
    console.error(error);
  }
}

if (typeof document !== "undefined") {
  for (const container of document.querySelectorAll(".kb-widget[data-kb-widget]")) start(container);
}
