"""Narrow screens (WCAG 1.4.10 Reflow): the cue on tables that scroll sideways.

The layout rules live in ``static/kb/kb.css`` (section «Reflow»); this module ships
``kb/scroll-cue.js`` to the pages that have a table.
"""

from __future__ import annotations

from sphinx.application import Sphinx

TABLE_MARKER = "pst-scrollable-table-container"


def _add_scroll_cue(app: Sphinx, pagename, templatename, context, doctree) -> None:
    if TABLE_MARKER in context.get("body", ""):
        app.add_js_file("kb/scroll-cue.js", loading_method="defer")


def setup_reflow(app: Sphinx) -> None:
    app.connect("html-page-context", _add_scroll_cue)
