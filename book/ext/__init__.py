"""Samarbeidsboka's Sphinx extension: only wiring, one module per feature (as sphinx-design).

- ``data``: validates ``data/`` before anything is read and keeps the catalogue for the build
- ``bibliography``: the Norwegian bibliography style (pybtex ``kb``)
- ``citations``: the ``{kilde}`` role, checked against each report's table of contents
- ``directives``: directives that render data (framework, sources) into the page
- ``widgets``: the self-assessment directive and the widget files it needs
- ``glossary_links``: the first use of a glossary term on a page links to its definition
- ``theme``: Norwegian, accessible, self-contained tweaks to sphinx-book-theme
- ``a11y``: fixes to generated HTML that axe would otherwise flag
- ``folds``: entries' full text in folds (``<details>``) that open on links and in print
- ``reflow``: narrow screens: the cue on tables that scroll sideways
- ``search``: search in Norwegian: bokmål messages, relevance ranking with title hits first
- ``printing``: the print stylesheet, and where links lead on paper
- ``paths``: reading paths you can follow: «Du leser: … – steg 3 av 9» on each step
- ``assets``: the package's own static files (CSS) shipped into ``_static/kb/``
"""

from __future__ import annotations

from sphinx.application import Sphinx

from .a11y import setup_a11y
from .assets import setup_assets
from .bibliography import setup_bibliography
from .citations import setup_citations
from .data import setup_data
from .directives import setup_directives
from .folds import setup_folds
from .glossary_links import setup_glossary_links
from .paths import setup_paths
from .printing import setup_printing
from .reflow import setup_reflow
from .search import setup_search
from .theme import setup_theme
from .widgets import setup_widgets


def setup(app: Sphinx) -> dict:
    setup_data(app)
    setup_bibliography(app)
    setup_citations(app)
    setup_directives(app)
    setup_folds(app)
    setup_widgets(app)
    setup_glossary_links(app)
    setup_theme(app)
    setup_a11y(app)
    setup_paths(app)
    setup_printing(app)
    setup_reflow(app)
    setup_search(app)
    setup_assets(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
