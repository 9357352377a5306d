"""Accessibility fixes to HTML that Sphinx and docutils write and we cannot configure.

- Bibliography entries: docutils marks each citation ``role="doc-biblioentry"`` inside a
  ``role="list"`` wrapper. That role is deprecated in ARIA 1.2 and not a valid child of a
  list (axe: aria-deprecated-role, aria-required-children); ``listitem`` is what the wrapper
  needs.
- Tooltips: ``kb/tooltips.js`` turns off the theme's Bootstrap tooltips, which Esc does not
  close (WCAG 1.4.13); the browser's own title tooltip remains.
"""

from __future__ import annotations

from sphinx.application import Sphinx

REPLACEMENTS = {
    'role="doc-biblioentry"': 'role="listitem"',
}


def fix_body(body: str) -> str:
    for old, new in REPLACEMENTS.items():
        body = body.replace(old, new)
    return body


def _fix_page(app: Sphinx, pagename, templatename, context, doctree) -> None:
    if "body" in context:
        context["body"] = fix_body(context["body"])


def setup_a11y(app: Sphinx) -> None:
    app.connect("html-page-context", _fix_page)
    # Deferred scripts run in page order: this one is listed before the theme's bootstrap.js.
    app.add_js_file("kb/tooltips.js", loading_method="defer")
