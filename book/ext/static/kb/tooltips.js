// The theme's Bootstrap tooltips (the search button's «Søk») cannot be closed with Esc, as
// WCAG 1.4.13 requires. Runs before bootstrap.js (both deferred, this one first) and turns
// them off; the buttons keep their name and their title, which the browser itself shows.
for (const element of document.querySelectorAll('[data-bs-toggle="tooltip"]')) {
  element.removeAttribute("data-bs-toggle");
}
