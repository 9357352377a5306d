// The search page: put the cursor in the search field (the theme did this with an inline
// script, which a strict CSP blocks). See book/ext/search.py.
"use strict";
(() => {
  const field = document.querySelector(".bd-search-container form.bd-search input");
  if (field) {
    field.focus();
    field.select();
  }
})();
