"""«Gruppeoversikt» as an anywidget for live Jupyter: ``from widgets.gruppe import Gruppeoversikt``.

The front end is ``gruppe.js``, the module the static book runs through ``widgets/host.js``;
anywidget loads ``_esm`` as one text, so the module graph (which uses the self-assessment's
modules) is inlined by ``widgets/bundle.py``, and the self-assessment's CSS goes with the
overview's own. The files and codes the trainer reads in become ``respondents`` in Python
(widget → Python only), scored by :mod:`book.group` with the page's rules.
"""

from __future__ import annotations

from pathlib import Path

import traitlets

from book.group import disagreements, role_counts, side_gaps, theme_stats
from book.widget_data import selvvurdering_data

from ..base import BookWidget
from ..bundle import bundle

HERE = Path(__file__).parent
CSS_FILES = (HERE.parent / "selvvurdering" / "selvvurdering.css", HERE / "gruppe.css")


def esm_source() -> str:
    """``gruppe.js`` with every module it imports inlined: one module text."""
    return bundle(HERE / "gruppe.js")


def css_source() -> str:
    """The self-assessment's CSS (buttons, fields, tables the overview reuses), then its own."""
    return "\n".join(path.read_text(encoding="utf-8") for path in CSS_FILES)


class Gruppeoversikt(BookWidget):
    """The trainer's group overview. Read files or codes into it, then ``result()``."""

    _esm = esm_source()
    _css = css_source()
    build_data = staticmethod(selvvurdering_data)

    page_root = traitlets.Unicode("").tag(sync=True)
    sync = traitlets.Bool(True).tag(sync=True)  # the front end sends respondents only when true
    respondents = traitlets.List().tag(sync=True)

    def result(self) -> dict:
        """The overview's numbers: roles, per theme stats, Nav–county gaps, themes to talk about."""
        items = self.data["items"]
        themes = [t["id"] for t in self.data["themes"]]
        stats = theme_stats(items, themes, self.respondents)
        gaps = side_gaps(items, themes, self.respondents)
        return {
            "roles": role_counts(self.respondents),
            "stats": stats,
            "gaps": gaps,
            "disagreements": disagreements(stats, gaps),
        }
