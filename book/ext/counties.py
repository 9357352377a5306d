"""«Slik er det i dag»: the ``{kb-fylker-i-dag}`` note, which lists today's county for every
county the page names (computed from the finished page, so it never goes stale).

The note is folded (``<details>``): the summary says what it is; the list is our note.
"""

from __future__ import annotations

from html import escape

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from ..markdown.counties import INTRO, SUMMARY, counties_named, note_items


class county_note(nodes.General, nodes.Element):
    """Placeholder, replaced by the note once the page is complete."""


class CountiesDirective(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        return [county_note()]


def note_html(names: list[str]) -> str:
    items = "".join(f"<li>{escape(item)}</li>" for item in note_items(names))
    return (
        f'<aside class="kb-today" aria-label="Vår merknad om fylkene">'
        f"<details><summary>{escape(SUMMARY)}</summary>"
        f"<p>{escape(INTRO)}</p><ul>{items}</ul></details></aside>"
    )


def _fill(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    placeholders = list(doctree.findall(county_note))
    if not placeholders:
        return
    names = counties_named(doctree.astext())
    for placeholder in placeholders:
        if names:
            placeholder.replace_self(nodes.raw("", note_html(names), format="html"))
        else:
            placeholder.parent.remove(placeholder)


def _skip(self, node) -> None:
    raise nodes.SkipNode


def setup_counties(app: Sphinx) -> None:
    app.add_node(county_note, html=(_skip, None), text=(_skip, None), latex=(_skip, None))
    app.add_directive("kb-fylker-i-dag", CountiesDirective)
    app.connect("doctree-resolved", _fill)
