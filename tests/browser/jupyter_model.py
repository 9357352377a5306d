"""A stand-in for the model anywidget gives a widget in Jupyter, for tests of the bundled module.

``page.evaluate(MOUNT, [esm_source(), state])`` imports the module text as anywidget does (from
a blob) and renders it with a model holding ``state``. ``window.__model`` is the model (set a
trait as Python would: ``set`` fires ``change:<key>``); ``window.__saves`` counts
``save_changes()``, the widget's way of sending its traits to Python.
"""

MOUNT = """async ([source, state]) => {
  const module = await import(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
  const listeners = {};
  window.__saves = 0;
  window.__model = {
    get: (key) => state[key],
    set(key, value) { state[key] = value; for (const f of listeners[`change:${key}`] ?? []) f(value); },
    on(event, f) { (listeners[event] ??= []).push(f); },
    off(event, f) { listeners[event] = (listeners[event] ?? []).filter((g) => g !== f); },
    save_changes() { window.__saves += 1; },
    send() {},
  };
  const el = document.createElement("div");
  el.id = "jupyter-cell";
  document.body.append(el);
  module.default.render({ model: window.__model, el });
}"""
