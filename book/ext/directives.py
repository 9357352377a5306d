"""Directives that render data from the catalogue as MyST Markdown into the page.

Each directive is a thin wrapper: the text comes from a pure function in
:mod:`book.markdown`, which tests can call directly.
"""

from __future__ import annotations

from collections.abc import Callable

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from .. import DATA_DIR
from ..catalogue import Catalogue
from ..markdown.framework import framework_markdown
from ..markdown.sources import sources_markdown
from ..schema import files
from .data import catalogue


def data_directive(render: Callable[[Catalogue, int], str]) -> type[SphinxDirective]:
    """A directive taking an optional heading level (default 2) and rendering ``render``."""

    class DataDirective(SphinxDirective):
        has_content = False
        optional_arguments = 0
        option_spec = {"heading-level": int}

        def run(self) -> list[nodes.Node]:
            level = self.options.get("heading-level", 2)
            text = render(catalogue(self.env.app), level)
            # Pages depend on the data files: rebuild them when data changes. (Noting the
            # folder instead marks the page changed on every build.)
            for file_name in files():
                self.env.note_dependency(str(DATA_DIR / file_name))
            holder = nodes.Element()
            self.state.nested_parse(
                StringList(text.splitlines(), source=self.get_source_info()[0]),
                self.content_offset, holder, match_titles=True,
            )
            return holder.children

    DataDirective.__name__ = f"DataDirective_{render.__name__}"
    return DataDirective


def setup_directives(app: Sphinx) -> None:
    app.add_directive("kb-framework", data_directive(framework_markdown))
    app.add_directive("kb-sources", data_directive(sources_markdown))
