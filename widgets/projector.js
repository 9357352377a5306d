// Projector view for the trainer kit: shows one slide (section.kb-slide) of a .kb-projector
// at a time, in large type, stepped with buttons or the arrow keys. Without this module the
// page is an ordinary page with every slide under the other. No inline scripts (CSP 'self').

export const NEXT_KEYS = new Set(["ArrowRight", "ArrowDown", "PageDown"]);
export const PREVIOUS_KEYS = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

/** The slide index a key leads to from `index` of `count`, or null if the key is not ours. */
export function step(key, index, count) {
  if (NEXT_KEYS.has(key)) return Math.min(count - 1, index + 1);
  if (PREVIOUS_KEYS.has(key)) return Math.max(0, index - 1);
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return null;
}

function button(text, onClick) {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = text;
  element.addEventListener("click", onClick);
  return element;
}

function setup(root) {
  const slides = [...root.children].filter((el) => el.matches("section.kb-slide"));
  if (slides.length === 0) return;
  const stage = document.createElement("div");
  stage.className = "kb-projector-stage is-stepping";
  root.before(stage);
  const controls = document.createElement("div");
  controls.className = "kb-projector-controls";
  controls.setAttribute("role", "group");
  controls.setAttribute("aria-label", "Bla i lysbildene");
  const status = document.createElement("p");
  status.className = "kb-projector-status";
  status.setAttribute("aria-live", "polite");
  stage.append(controls, root);

  // A link to one slide (#its-id) opens the view at that slide.
  let index = Math.max(0, slides.findIndex((s) => `#${s.id}` === window.location.hash));
  const previous = button("Forrige", () => show(index - 1));
  const next = button("Neste", () => show(index + 1));
  const mode = button("Vis som vanlig side", () => setStepping(!stage.classList.contains("is-stepping")));
  controls.append(previous, next, status);
  if (document.fullscreenEnabled) {
    controls.append(button("Fullskjerm", () => {
      if (document.fullscreenElement) document.exitFullscreen();
      else stage.requestFullscreen().catch(() => {});
    }));
  }
  controls.append(mode);

  function show(wanted) {
    index = Math.max(0, Math.min(slides.length - 1, wanted));
    const stepping = stage.classList.contains("is-stepping");
    slides.forEach((slide, k) => { slide.hidden = stepping && k !== index; });
    status.textContent = stepping ? `Lysbilde ${index + 1} av ${slides.length}` : "";
    // aria-disabled, not disabled: the button keeps keyboard focus at either end.
    previous.setAttribute("aria-disabled", String(!stepping || index === 0));
    next.setAttribute("aria-disabled", String(!stepping || index === slides.length - 1));
  }

  function setStepping(on) {
    stage.classList.toggle("is-stepping", on);
    mode.textContent = on ? "Vis som vanlig side" : "Vis som lysbilder";
    show(index);
  }

  document.addEventListener("keydown", (event) => {
    if (!stage.classList.contains("is-stepping") || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    if (target instanceof Element && target.closest("input, textarea, select, [contenteditable]")) return;
    const wanted = step(event.key, index, slides.length);
    if (wanted === null) return;
    event.preventDefault();
    show(wanted);
  });
  show(index);
}

if (typeof document !== "undefined") document.querySelectorAll(".kb-projector").forEach(setup);
