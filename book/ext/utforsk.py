"""«Utforsk grepene» in the static book: the ``{kb-utforsk}`` directive embeds the practices.

The container is the same as the self-assessment's (see :mod:`.widgets`), so ``host.js``
starts ``widgets/utforsk/utforsk.js`` on the page; only pages with a widget load any JS.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from .. import DATA_DIR
from ..utforsk_data import utforsk_data
from .data import catalogue
from .widgets import container_html


class UtforskDirective(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        for file_name in ("practices.yml", "framework.yml", "sources.yml"):
            self.env.note_dependency(str(DATA_DIR / file_name))
        html = container_html("utforsk", utforsk_data(catalogue(self.env.app)))
        return [nodes.raw("", html, format="html")]


def setup_utforsk(app: Sphinx) -> None:
    app.add_directive("kb-utforsk", UtforskDirective)
