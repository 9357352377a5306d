// «Sjekk deg selv»: turns each self-check question into radio buttons with feedback in place.
//
// Without this module the page already shows the question, the options and the answer in a
// <details>. Here each question becomes a fieldset; «Sjekk svaret» says whether the chosen
// option is right and shows the reason and the link from the answer. Nothing is stored or sent.

/** The feedback's first words for a choice: pure, so the node tests can check it. */
export function verdict(chosen, correct) {
  if (chosen === null || chosen === undefined) return { kind: "none", text: "Velg et svar først." };
  if (chosen === correct) return { kind: "right", text: "Riktig." };
  return { kind: "wrong", text: "Ikke riktig." };
}

/** The option's text as shown in the list: «A: …». */
function optionTexts(question) {
  return [...question.querySelectorAll(".kb-quiz-body li")].map((li) => li.textContent.trim());
}

export function enhance(question, index) {
  const body = question.querySelector(".kb-quiz-body");
  const answer = question.querySelector("details.kb-quiz-answer");
  const list = body?.querySelector("ul, ol");
  const title = body?.querySelector("p");
  if (!body || !answer || !list || !title) return;
  const correct = Number(question.dataset.correct);
  const name = `${question.id || `kb-quiz-${index}`}-valg`;
  const doc = question.ownerDocument;

  const fieldset = doc.createElement("fieldset");
  fieldset.className = "kb-quiz-choices";
  const legend = doc.createElement("legend");
  legend.textContent = title.textContent.trim();
  fieldset.append(legend);
  optionTexts(question).forEach((text, i) => {
    const label = doc.createElement("label");
    const input = doc.createElement("input");
    input.type = "radio";
    input.name = name;
    input.value = String(i);
    label.append(input, doc.createTextNode(` ${text}`));
    fieldset.append(label);
  });

  const button = doc.createElement("button");
  button.type = "button";
  button.className = "kb-quiz-check";
  button.textContent = "Sjekk svaret";
  const feedback = doc.createElement("div");
  feedback.className = "kb-quiz-feedback";
  feedback.setAttribute("role", "status");

  button.addEventListener("click", () => {
    const checked = fieldset.querySelector("input:checked");
    const result = verdict(checked ? Number(checked.value) : null, correct);
    feedback.replaceChildren();
    feedback.dataset.kind = result.kind;
    const head = doc.createElement("p");
    const strong = doc.createElement("strong");
    strong.textContent = result.text;
    head.append(strong);
    feedback.append(head);
    if (result.kind === "none") return;
    const paragraphs = [...answer.querySelectorAll(".kb-quiz-reason > p")];
    // The first paragraph names the right answer: shown when the choice was wrong.
    const shown = result.kind === "wrong" ? paragraphs : paragraphs.slice(1);
    for (const paragraph of shown) feedback.append(paragraph.cloneNode(true));
  });

  body.replaceChildren(fieldset);
  answer.hidden = true;
  question.append(button, feedback);
  question.classList.add("kb-quiz-ready");
}

if (typeof document !== "undefined") {
  document.querySelectorAll(".kb-quiz-q").forEach(enhance);
}
