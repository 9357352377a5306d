"""The ``{kilde}`` role: ``{kilde}`iris2017 4.2.1; sintef2010 2.3``` → «(IRIS 2017, 4.2.1; ...)».

Each part names a report key and a section number (or the heading of an unnumbered section).
An unknown key or section is a build warning, so the strict build fails on it. The text links
to the report's entry on the sources page.
"""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxRole

from .. import DATA_DIR
from ..markdown import labels
from ..models import Citation
from .data import catalogue


def parse_citations(text: str) -> list[Citation]:
    """``"iris2017 4.2.1; sintef2010 Sammendrag"`` → citations; raises ValueError if malformed."""
    citations = []
    for part in text.split(";"):
        key, _, section = part.strip().partition(" ")
        if not key or not section.strip():
            raise ValueError(f"expected '<source key> <section>', got {part.strip()!r}")
        citations.append(Citation(source=key, section=section.strip()))
    return citations


class KildeRole(SphinxRole):
    def run(self):
        try:
            citations = parse_citations(self.text)
        except ValueError as exc:
            return self._error(str(exc))
        books = catalogue(self.env.app)
        self.env.note_dependency(str(DATA_DIR / "sources.yml"))  # sections are checked there
        container = nodes.inline(classes=["kb-kilde"])
        container += nodes.Text("(")
        for index, citation in enumerate(citations):
            source = books.sources.get(citation.source)
            if source is None:
                return self._error(f"unknown source key '{citation.source}'")
            if all(s.ref != citation.section for s in source.sections):
                return self._error(f"unknown section '{citation.section}' in source '{citation.source}'")
            if index:
                container += nodes.Text("; ")
            xref = addnodes.pending_xref(
                "",
                refdomain="std",
                reftype="ref",
                reftarget=labels.source(source.key),
                refexplicit=True,
                refwarn=True,
            )
            xref += nodes.inline("", source.label(citation.section))
            container += xref
        container += nodes.Text(")")
        return [container], []

    def _error(self, message: str):
        msg = self.inliner.reporter.warning(f"kilde: {message}", line=self.lineno)
        return [nodes.problematic(self.rawtext, self.rawtext)], [msg]


def setup_citations(app: Sphinx) -> None:
    app.add_role("kilde", KildeRole())
