"""Directives that render data from the catalogue as MyST Markdown into the page.

Each directive is a thin wrapper: the text comes from a pure function in
:mod:`book.markdown`, which tests can call directly. ``{kb-theme} <theme-id>`` takes the
theme as argument; ``{kb-figures}`` takes an optional ``:source:`` report key.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from .. import DATA_DIR
from ..markdown.collections import (
    cases_markdown,
    figures_markdown,
    glossary_markdown,
    other_cases_markdown,
    recommendations_markdown,
    timeline_markdown,
)
from ..markdown.framework import framework_markdown
from ..markdown.sources import sources_markdown
from ..markdown.themes import theme_markdown
from ..schema import files
from .data import catalogue


def data_directive(
    render: Callable[..., str],
    depends: tuple[str, ...],
    argument: str = "",
    extra_options: dict | None = None,
) -> type[SphinxDirective]:
    """A directive with an optional heading level (default 2) that renders ``render``.

    ``argument`` names the catalogue collection the directive's one argument is an id of
    (``"themes"`` for ``{kb-theme} <theme-id>``); an unknown id is a build error naming the
    closest known one.

    ``depends`` names the data files the rendered text comes from: a page is rebuilt when one of
    them changes (``make preview``), and only then.
    """
    unknown = set(depends) - set(files())
    if unknown:
        raise ValueError(f"{render.__name__}: no such data file {sorted(unknown)}")

    class DataDirective(SphinxDirective):
        has_content = False
        required_arguments = 1 if argument else 0
        option_spec = {"heading-level": directives.positive_int, **(extra_options or {})}

        def run(self) -> list[nodes.Node]:
            options = {k.replace("-", "_"): v for k, v in self.options.items() if k != "heading-level"}
            books = catalogue(self.env.app)
            if argument:
                known = getattr(books, argument)
                if self.arguments[0] not in known:
                    closest = difflib.get_close_matches(self.arguments[0], list(known), n=1)
                    hint = f" (did you mean '{closest[0]}'?)" if closest else ""
                    raise self.error(f"{self.name}: unknown id '{self.arguments[0]}'{hint}")
            level = self.options.get("heading-level", 2)
            text = render(books, *self.arguments, heading_level=level, **options)
            # Noting each file, not the folder (that marks the page changed on every build).
            for file_name in depends:
                self.env.note_dependency(str(DATA_DIR / file_name))
            holder = nodes.Element()
            document = self.state.document
            sections_before = {id(s) for s in document.findall(nodes.section)}
            self.state.nested_parse(
                StringList(text.splitlines(), source=self.get_source_info()[0]),
                self.content_offset,
                holder,
                match_titles=True,
            )
            _anchor_leading_targets(document, holder, sections_before)
            return holder.children

    DataDirective.__name__ = f"DataDirective_{render.__name__}"
    return DataDirective


def _anchor_leading_targets(
    document: nodes.document, holder: nodes.Element, sections_before: set[int]
) -> None:
    """Give a label that opens the rendered text (``(tema-x)=`` before ``## ...``) to its section.

    MyST puts the sections of a nested parse straight into the document, but returns what
    came before the first heading; a label there would end up after the sections and mark
    the next theme's heading. The label's ids move onto the first new section instead.
    """
    leading = []
    for child in holder.children:
        if not isinstance(child, nodes.target) or child.get("refuri"):
            break
        leading.append(child)
    section = next((s for s in document.findall(nodes.section) if id(s) not in sections_before), None)
    if not leading or section is None:
        return
    for target in leading:
        for node_id in target["ids"]:
            section["ids"].append(node_id)
            document.ids[node_id] = section
        holder.remove(target)


THEME_FILES = ("framework.yml", "practices.yml", "barriers.yml", "cases.yml")
CASE_FILES = ("cases.yml", "practices.yml", "framework.yml")


def setup_directives(app: Sphinx) -> None:
    app.add_directive("kb-framework", data_directive(framework_markdown, ("framework.yml",)))
    app.add_directive("kb-sources", data_directive(sources_markdown, ("sources.yml",)))
    app.add_directive("kb-theme", data_directive(theme_markdown, THEME_FILES, argument="themes"))
    app.add_directive("kb-cases", data_directive(cases_markdown, CASE_FILES))
    app.add_directive("kb-other-cases", data_directive(other_cases_markdown, CASE_FILES))
    app.add_directive(
        "kb-recommendations",
        data_directive(recommendations_markdown, ("recommendations.yml", "framework.yml")),
    )
    app.add_directive("kb-glossary", data_directive(glossary_markdown, ("glossary.yml",)))
    app.add_directive("kb-timeline", data_directive(timeline_markdown, ("timeline.yml",)))
    app.add_directive(
        "kb-figures",
        data_directive(figures_markdown, ("figures.csv",), extra_options={"source": directives.unchanged}),
    )
