"""Language of parts (WCAG 3.1.2): the ``{nn}`` and ``{en}`` roles for a nynorsk or English
phrase in a chapter, and ``lang`` on the data's non-bokmål quotes and report titles on every page.

In a chapter: ``«{en}`business as usual`»``. In ``data/``: ``language: en`` on the citation
whose quote it is (or on the source, for a report title); see :mod:`book.language`.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx

from ..language import foreign_phrases, split_text
from ..models import DEFAULT_LANGUAGE, Language
from .data import catalogue

LANGUAGES: tuple[str, ...] = tuple(code for code in Language.__args__ if code != DEFAULT_LANGUAGE)
_SKIP = (nodes.FixedTextElement, nodes.literal, nodes.raw)
_ATTR = "kb_foreign_phrases"


class foreign(nodes.inline):
    """A phrase in another language than the page's; rendered as ``<span lang="…">``."""


def _visit_html(self, node: foreign) -> None:
    self.body.append(self.starttag(node, "span", "", lang=node["lang"]))


def _depart_html(self, node: foreign) -> None:
    self.body.append("</span>")


def language_role(code: str):
    def role(name, rawtext, text, lineno, inliner, options=None, content=None):
        return [foreign(rawtext, text, lang=code)], []

    return role


def _inside(node: nodes.Node, kinds) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parent
    return False


def mark_data_phrases(app: Sphinx, doctree: nodes.document) -> None:
    """Wrap the data's non-bokmål quotes and titles in the page's text in ``foreign`` (at
    ``doctree-read``, after the glossary links: in the reading processes, kept in the saved page)."""
    phrases = getattr(app, _ATTR, None)
    if phrases is None:  # once per build (and per process, in a parallel build)
        phrases = foreign_phrases(catalogue(app))
        setattr(app, _ATTR, phrases)
    if not (phrases.quotes or phrases.titles):
        return
    for text in list(doctree.findall(nodes.Text)):
        if text.parent is None or _inside(text, (foreign, *_SKIP)):
            continue
        pieces = split_text(str(text), phrases)
        if len(pieces) == 1 and pieces[0][1] is None:
            continue
        replacement = [
            nodes.Text(piece) if code is None else foreign(piece, piece, lang=code) for piece, code in pieces
        ]
        text.parent.replace(text, replacement)


def setup_language(app: Sphinx) -> None:
    app.add_node(foreign, html=(_visit_html, _depart_html))
    for code in LANGUAGES:
        app.add_role(code, language_role(code))
    app.connect("doctree-read", mark_data_phrases)
