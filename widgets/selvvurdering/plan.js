// The action plan: rows added from the advice, each with what, who and when; printing it.

import { h, fill } from "./dom.js";
import { MAX_TEXT } from "./state.js";

/** The plan with `practiceId` added (on) or removed (off); rows keep their order. */
export function togglePlanRow(plan, practiceId, on) {
  const rest = plan.filter((row) => row.practice !== practiceId);
  return on ? [...rest, { practice: practiceId, what: "", who: "", when: "" }] : rest;
}

export function planView(ctx) {
  const { prefix, practiceById, el } = ctx;
  const body = h("div", { class: "kb-sv-plan-body" });

  function field(row, index, key, label, attrs = {}) {
    const id = `${prefix}-plan-${index}-${key}`;
    const input = h(key === "what" ? "textarea" : "input", { id, ...attrs, maxlength: String(MAX_TEXT[key]),
      oninput: () => ctx.save({ plan: ctx.state().plan.map((r) => (r.practice === row.practice ? { ...r, [key]: input.value } : r)) }) });
    input.value = row[key];
    return h("div", { class: "kb-sv-field" }, h("label", { for: id }, label), input);
  }

  function update(state) {
    if (!state.plan.length) {
      fill(body, h("p", {}, "Velg gode grep over for å lage en handlingsplan. Skriv hva dere skal gjøre, hvem som har ansvaret og når det skal være gjort."));
      return;
    }
    fill(body,
      state.context.county ? h("p", {}, `Fylke: ${state.context.county}`) : null,
      state.plan.map((row, index) => {
        const practice = practiceById.get(row.practice);
        return h("fieldset", { class: "kb-sv-plan-row" },
          h("legend", {}, practice ? practice.title : row.practice),
          field(row, index, "what", "Hva skal dere gjøre?", { rows: "2" }),
          field(row, index, "who", "Hvem har ansvaret?", { type: "text" }),
          field(row, index, "when", "Innen når?", { type: "text" }));
      }),
      h("div", { class: "kb-sv-buttons" }, h("button", { type: "button", onclick: print }, "Skriv ut handlingsplanen")));
  }

  function print() {
    document.documentElement.classList.add("kb-sv-printing");
    el.classList.add("kb-sv-print-target");
    const done = () => {
      document.documentElement.classList.remove("kb-sv-printing");
      el.classList.remove("kb-sv-print-target");
      window.removeEventListener("afterprint", done);
    };
    window.addEventListener("afterprint", done);
    window.print();
  }
  return { body, update };
}
