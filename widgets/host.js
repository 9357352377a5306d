// Static-site host for the book's widgets: no kernel, no server, no third-party request.
//
// A page with a widget has <div class="kb-widget" data-kb-widget="NAME"> holding the widget's
// data as JSON. This module gives each one a small anywidget-style model (get / set / on /
// off / save_changes / send) whose reader state is kept in localStorage only, imports
// ./NAME/NAME.js (the same ES module anywidget loads in Jupyter) and calls its render().
// Persistence rules: tabs merge (three-way, per answer), a failed write is reported to the
// widget as the custom message {type: "save-failed"}, an unreadable saved value is moved
// aside once and never overwritten, and {type: "delete-all"} removes every key the tool wrote.

const STATE_KEYS = ["answers", "context", "plan", "snapshots"];

export function storageKey(name) {
  return `samarbeidsboka:${name}:v1`;
}

const backupKey = (key) => `${key}:uleselig`;

/** Every key this tool has written under `key`: the state and its backup copies. */
export function ownKeys(storage, key) {
  const keys = [];
  for (let i = 0; i < storage.length; i += 1) {
    const name = storage.key(i);
    if (name === key || name?.startsWith(`${key}:`)) keys.push(name);
  }
  return keys;
}

function parse(raw) {
  try {
    const value = JSON.parse(raw);
    return value && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/** The saved state as an object; {} when there is none or it cannot be read. */
export function loadSaved(storage, key) {
  const raw = storage.getItem(key);
  return raw === null ? {} : parse(raw) ?? {};
}

/**
 * Move an unreadable saved value aside (freeing its place first, so a large value fits once
 * rather than twice). A value already kept is not copied again. False when it could not be
 * moved: then it stays where it is.
 */
function moveAside(storage, key, raw) {
  const backups = ownKeys(storage, key).filter((name) => name !== key);
  if (backups.some((name) => storage.getItem(name) === raw)) {
    storage.removeItem(key);
    return true;
  }
  const target = backups.includes(backupKey(key)) ? `${backupKey(key)}-${Date.now()}` : backupKey(key);
  try {
    storage.removeItem(key);
    storage.setItem(target, raw);
    return true;
  } catch {
    try { storage.setItem(key, raw); } catch { /* nothing more can be done */ }
    return false;
  }
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const isPlain = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Three-way merge of one tab's state (`mine`) into what another tab saved (`theirs`), both
 * grown from `base`: what only one side changed is kept; objects merge per key (one answer,
 * one context field), lists per element (plan rows, snapshots); on a real conflict, mine wins.
 */
export function merge(base, mine, theirs) {
  if (same(mine, base)) return theirs;
  if (same(theirs, base) || theirs === undefined) return mine;
  if (isPlain(mine) && isPlain(theirs)) {
    const out = {};
    for (const k of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const value = merge(isPlain(base) ? base[k] : undefined, mine[k], theirs[k]);
      if (value !== undefined) out[k] = value;
    }
    return out;
  }
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const keyOf = (entry) => JSON.stringify(entry);
    const old = new Set((Array.isArray(base) ? base : []).map(keyOf));
    const kept = new Set(mine.map(keyOf));
    const out = theirs.filter((e) => !old.has(keyOf(e)) || kept.has(keyOf(e)));
    const present = new Set(out.map(keyOf));
    return [...out, ...mine.filter((e) => !old.has(keyOf(e)) && !present.has(keyOf(e)))];
  }
  return mine;
}

export function createModel(data, storage, key, pageRoot) {
  const raw = storage.getItem(key);
  let stuck = raw !== null && parse(raw) === null && !moveAside(storage, key, raw);
  const saved = stuck ? {} : loadSaved(storage, key);
  const state = { data, page_root: pageRoot };
  for (const name of STATE_KEYS) state[name] = saved[name];
  const pick = (from) => Object.fromEntries(STATE_KEYS.map((name) => [name, from[name]]));
  let base = pick(state); // what this tab last read from or wrote to storage
  const listeners = new Map();
  const emit = (event, ...args) => { for (const callback of listeners.get(event) ?? []) callback(...args); };
  const set = (name, value) => {
    state[name] = value;
    emit(`change:${name}`, value);
  };
  /** Take in another tab's saved state, keeping this tab's unsaved differences. */
  const adopt = (theirs) => {
    const merged = merge(base, pick(state), pick(theirs));
    base = pick(theirs);
    for (const name of STATE_KEYS) if (!same(merged[name], state[name])) set(name, merged[name]);
    return merged;
  };

  return {
    get: (name) => state[name],
    set,
    on(event, callback) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(callback);
    },
    off(event, callback) {
      listeners.get(event)?.delete(callback);
    },
    save_changes() {
      try {
        if (stuck) stuck = !moveAside(storage, key, storage.getItem(key));
        if (stuck) throw new Error("an unreadable saved value could not be moved aside");
        let latest = storage.getItem(key);
        if (latest !== null && parse(latest) === null) { // broken meanwhile (another tab, a tool)
          if (!moveAside(storage, key, latest)) throw new Error("an unreadable saved value could not be moved aside");
          latest = null;
        }
        const merged = latest === null ? pick(state) : adopt(parse(latest));
        storage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), ...merged }));
        base = merged;
        emit("msg:custom", { type: "saved" }, []);
      } catch (error) {
        console.warn("Selvvurdering: could not save", error);
        emit("msg:custom", { type: "save-failed" }, []);
      }
    },
    send(message) {
      if (message?.type !== "delete-all") return;
      for (const name of ownKeys(storage, key)) storage.removeItem(name);
      stuck = false;
      base = pick({});
    },
    /** A `storage` event: another tab changed `changedKey` to `newValue` (null: removed). */
    storageChanged(changedKey, newValue) {
      if (changedKey !== key && changedKey !== null) return;
      const theirs = newValue === null ? {} : parse(newValue);
      if (theirs) adopt(theirs);
    },
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
    window.addEventListener("storage", (event) => {
      if (event.storageArea === window.localStorage) model.storageChanged(event.key, event.newValue);
    });
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
