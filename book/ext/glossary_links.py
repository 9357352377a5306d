"""Link the first use of each glossary term on a page to its definition in the glossary.

Matched: the term as written in ``data/glossary.yml`` (without a parenthetical part and «»)
and an abbreviation given in parentheses, e.g. «Oppfølgingstjenesten (OT)» → «Oppfølgingstjenesten»
and «OT». Words match case-insensitively (so «NAV-kontor» also finds «Nav-kontoret») with an
optional Norwegian inflection ending; abbreviations match exactly. Only running text is
linked: not headings, links, code, citations or the glossary page itself.

All terms are one combined pattern (one named group per term), compiled once per build and run
once over each text node, so the work grows with the text, not with text × terms. A term that
starts exactly where an already linked term matches is linked at its next occurrence instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx

from .. import DATA_DIR
from ..markdown import labels
from .data import catalogue

GLOSSARY_DOC = "chapters/ordliste"
ENDINGS = r"(?:ene|en|er|et|a|e|s)?"
SKIP = (
    nodes.title,
    nodes.reference,
    nodes.literal,
    nodes.literal_block,
    nodes.raw,
    nodes.rubric,
    nodes.target,
    addnodes.pending_xref,
    nodes.term,
    nodes.caption,
)


@dataclass(frozen=True)
class Pattern:
    term_id: str
    regex: re.Pattern


@dataclass(frozen=True)
class Matcher:
    """Every term's pattern in one regex; group ``t<i>`` is ``term_ids[i]``."""

    term_ids: tuple[str, ...]
    regex: re.Pattern | None

    def first_pending(self, value: str, pending: set[str]) -> tuple[re.Match, str] | None:
        if self.regex is None:
            return None
        for match in self.regex.finditer(value):
            term_id = self.term_ids[int(match.lastgroup[1:])]
            if term_id in pending:
                return match, term_id
        return None


def matcher_for(terms) -> Matcher:
    patterns = patterns_for(terms)
    if not patterns:
        return Matcher((), None)
    combined = "|".join(f"(?P<t{i}>{p.regex.pattern})" for i, p in enumerate(patterns))
    return Matcher(tuple(p.term_id for p in patterns), re.compile(combined))


def patterns_for(terms) -> list[Pattern]:
    found = []
    for term in terms:
        text = term.term.replace("«", "").replace("»", "")
        words = re.sub(r"\s*\([^)]*\)", "", text).strip()
        abbreviations = re.findall(r"\(([A-ZÆØÅ0-9]{2,})\)", text)
        alternatives = [re.escape(words) + ENDINGS] if len(words) >= 3 else []
        regex_words = "|".join(alternatives)
        parts = []
        if regex_words:
            parts.append(rf"(?i:(?<![\w-])(?:{regex_words})(?![\w-]))")
        parts += [rf"(?<![\w-]){re.escape(a)}(?![\w-])" for a in abbreviations]
        if parts:
            found.append(Pattern(term.id, re.compile("|".join(parts))))
    return found


def _matcher(app: Sphinx) -> Matcher:
    """The combined pattern, compiled once per build."""
    if getattr(app, "kb_glossary_matcher", None) is None:
        app.kb_glossary_matcher = matcher_for(catalogue(app).glossary.values())
    return app.kb_glossary_matcher


def _skipped(node: nodes.Node) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, SKIP) or "kb-kilde" in parent.get("classes", []):
            return True
        parent = parent.parent
    return False


def link_terms(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if docname == GLOSSARY_DOC or app.builder.format != "html":
        return
    matcher = _matcher(app)
    pending = set(matcher.term_ids)
    base = app.builder.get_relative_uri(docname, GLOSSARY_DOC)
    for paragraph in list(doctree.findall(nodes.paragraph)):
        if not pending:
            return
        for text in list(paragraph.findall(nodes.Text)):
            if pending and not _skipped(text):
                _link_in(text, matcher, pending, base)


def _link_in(text: nodes.Text, matcher: Matcher, pending: set[str], base: str) -> None:
    """Link the pending terms in ``text``, leftmost first; removes them from ``pending``."""
    while pending and (found := matcher.first_pending(str(text), pending)):
        match, term_id = found
        value = str(text)
        link = nodes.reference(
            "", match.group(0), refuri=f"{base}#{labels.term(term_id)}", classes=["kb-term"], internal=True
        )
        after = nodes.Text(value[match.end() :])
        text.parent.replace(text, [nodes.Text(value[: match.start()]), link, after])
        pending.discard(term_id)
        text = after


def note_glossary(app: Sphinx, _doctree: nodes.document) -> None:
    """Every page links terms, so every page is rebuilt when the glossary changes."""
    app.env.note_dependency(str(DATA_DIR / "glossary.yml"))


def setup_glossary_links(app: Sphinx) -> None:
    app.connect("doctree-read", note_glossary)
    app.connect("doctree-resolved", link_terms)
