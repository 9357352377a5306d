"""Samarbeidsboka's Sphinx extension: only wiring, one module per feature (as sphinx-design).

- ``gc_tuning``: the garbage collector tuned for a build (measured by ``make bench``)
- ``parallel``: pages read and written in one process per core (``KB_JOBS``)
- ``data``: validates ``data/`` before anything is read and keeps the catalogue for the build
- ``bibliography``: the Norwegian bibliography style (pybtex ``kb``)
- ``citations``: the ``{kilde}`` role, checked against each report's table of contents
- ``directives``: directives that render data (framework, sources) into the page
- ``widgets``: the self-assessment directive and the widget files it needs
- ``widget_bundle``: the widgets' files as served: one minified file per entry (esbuild)
- ``quiz``: «Sjekk deg selv», the self-check questions at the end of each area
- ``counties``: «Slik er det i dag», today's county for each county a page names
- ``glossary_links``: the first use of a glossary term on a page links to its definition
- ``theme``: Norwegian, accessible, self-contained tweaks to sphinx-book-theme
- ``a11y``: fixes to generated HTML that axe would otherwise flag
- ``folds``: entries' full text in folds (``<details>``) that open on links and in print
- ``reflow``: narrow screens: the cue on tables that scroll sideways
- ``search``: search in Norwegian: bokmål messages, relevance ranking with title hits first
- ``printing``: the print stylesheet, and where links lead on paper
- ``paths``: reading paths you can follow: «Du leser: … – steg 3 av 9» on each step
- ``assets``: the package's own static files (CSS) shipped into ``_static/kb/``
- ``notebooks``: notebook chapters: download link and .ipynb, chart CSS, fresh outputs
- ``notebook_inputs``: the data each notebook reads; only notebooks whose inputs changed run again
- ``notebook_runs``: stale notebooks executed before reading, one kernel per core
- ``trainer``: the trainer kit (dialogue cards, question sheets, paper self-assessment, projector)
- ``publishing``: publisher settings, «Om nettstedet» and statement helpers, footer, 404 page
- ``meta``: descriptions, social preview, icons, «Sist oppdatert» from git, sitemap
- ``csp``: inline scripts moved into files so pages run under a strict CSP; ``_headers``
- ``utforsk``: the «Utforsk grepene» directive (practices with filters)
- ``inline_icons``: Font Awesome icons as inline SVG, so no page loads the icon font
- ``purge``: the theme's stylesheets cut to the rules the built pages and scripts use (PurgeCSS)
- ``render_blocking``: one joined stylesheet per page and deferred scripts, so little blocks the first paint
- ``prune``: files the theme ships that no page loads (icon script and fonts, source maps) removed
- ``book_pdf``: the whole-book PDF linked from the pages that offer it, when ``make pdf`` made it
- ``language``: language of parts: ``{nn}``/``{en}`` roles and ``lang`` on the data's non-bokmål quotes
"""

from __future__ import annotations

from sphinx.application import Sphinx

from .a11y import setup_a11y
from .assets import setup_assets
from .bibliography import setup_bibliography
from .book_pdf import setup_book_pdf
from .citations import setup_citations
from .counties import setup_counties
from .csp import setup_csp
from .data import setup_data
from .directives import setup_directives
from .folds import setup_folds
from .gc_tuning import setup_gc_tuning
from .glossary_links import setup_glossary_links
from .inline_icons import setup_inline_icons
from .language import setup_language
from .meta import setup_meta
from .notebook_inputs import setup_notebook_inputs
from .notebook_runs import setup_notebook_runs
from .notebooks import setup_notebooks
from .parallel import setup_parallel
from .paths import setup_paths
from .printing import setup_printing
from .prune import setup_prune
from .publishing import setup_publishing
from .purge import setup_purge
from .quiz import setup_quiz
from .reflow import setup_reflow
from .render_blocking import setup_render_blocking
from .search import setup_search
from .theme import setup_theme
from .trainer import setup_trainer
from .utforsk import setup_utforsk
from .widget_bundle import setup_widget_bundle
from .widgets import setup_widgets


def setup(app: Sphinx) -> dict:
    setup_gc_tuning(app)
    setup_parallel(app)
    setup_data(app)
    setup_bibliography(app)
    setup_citations(app)
    setup_directives(app)
    setup_folds(app)
    setup_widgets(app)
    setup_widget_bundle(app)
    setup_quiz(app)
    setup_counties(app)
    setup_glossary_links(app)
    setup_theme(app)
    setup_a11y(app)
    setup_paths(app)
    setup_printing(app)
    setup_reflow(app)
    setup_search(app)
    setup_assets(app)
    setup_notebooks(app)
    setup_notebook_inputs(app)
    setup_notebook_runs(app)
    setup_trainer(app)
    setup_publishing(app)
    setup_meta(app)
    setup_csp(app)
    setup_utforsk(app)
    setup_inline_icons(app)
    setup_purge(app)
    setup_render_blocking(app)
    setup_prune(app)
    setup_book_pdf(app)
    setup_language(app)
    # Bump env_version when what the extension keeps in Sphinx's environment changes: a saved
    # environment of another version is then thrown away, not read with the new code.
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 3}
