"""Link the first use of each glossary term on a page to its definition in the glossary.

Matched: the term as written in ``data/glossary.yml`` (without a parenthetical part and «»)
and an abbreviation given in parentheses, e.g. «Oppfølgingstjenesten (OT)» → «Oppfølgingstjenesten»
and «OT». Words match case-insensitively (so «NAV-kontor» also finds «Nav-kontoret») with an
optional Norwegian inflection ending; abbreviations match exactly. Only running text is
linked: not headings, links, code, citations, projector slides or the glossary page itself.

Every match starts a word, so the :class:`Matcher` indexes the terms by their first word
(lower case, inflection ending removed) and, at each word of a text, tries only the terms that
start with that word, in glossary order: the work grows with the text, not with text × terms
(one combined regular expression was still tried term by term at every position: 155 s of a
254 s build at ten times the content). As a combined pattern would, the first term in glossary
order that matches at the leftmost position wins; if it is already linked, the scan goes on
after it, so a term that starts exactly there is linked at its next occurrence instead.
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
# Norwegian inflection endings a term may carry; the longer first, as the pattern tries them in order.
ENDING_LIST = ("ene", "en", "er", "et", "a", "e", "s")
ENDINGS = "(?:" + "|".join(ENDING_LIST) + ")?"
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
    starts: tuple[str, ...]  # the texts a match can begin with: the words, each abbreviation


WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class Matcher:
    """The terms' patterns indexed by the first word they can match (``index``: word → the
    positions in ``patterns`` of the terms that start with it, in glossary order)."""

    patterns: tuple[Pattern, ...]
    index: dict[str, tuple[int, ...]]

    def _candidates(self, word: str) -> list[int]:
        word = word.lower()
        keys = {word, *(word[: -len(e)] for e in ENDING_LIST if word.endswith(e))}
        return sorted({i for key in keys for i in self.index.get(key, ())})

    def first_pending(self, value: str, pending: set[str]) -> tuple[re.Match, str] | None:
        """The leftmost match of a pending term (glossary order breaks ties at a position)."""
        position = 0
        while word := WORD.search(value, position):
            position = word.end()
            for i in self._candidates(word.group(0)):
                match = self.patterns[i].regex.match(value, word.start())
                if match:
                    if self.patterns[i].term_id in pending:
                        return match, self.patterns[i].term_id
                    position = max(position, match.end())  # as a combined pattern: skip it
                    break
        return None


def first_word(pattern_text: str) -> str:
    """The word a term's match starts with, lower case (``NAV-kontor`` → ``nav-kontor``)."""
    found = WORD.match(pattern_text)
    if found is None:
        raise ValueError(f"glossary term {pattern_text!r} does not start with a letter or digit")
    return found.group(0).lower()


def matcher_for(terms) -> Matcher:
    patterns = patterns_for(terms)
    index: dict[str, list[int]] = {}
    for i, pattern in enumerate(patterns):
        for start in pattern.starts:
            index.setdefault(first_word(start), []).append(i)
    return Matcher(tuple(patterns), {key: tuple(found) for key, found in index.items()})


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
            starts = tuple([words] if regex_words else []) + tuple(abbreviations)
            found.append(Pattern(term.id, re.compile("|".join(parts)), starts))
    return found


def _matcher(app: Sphinx) -> Matcher:
    """The indexed patterns, made once per build."""
    if getattr(app, "kb_glossary_matcher", None) is None:
        app.kb_glossary_matcher = matcher_for(catalogue(app).glossary.values())
    return app.kb_glossary_matcher


# Citations, and projector slides (read from a distance: a link there is clutter, not help).
SKIP_CLASSES = {"kb-kilde", "kb-projector"}


def _skipped(node: nodes.Node) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, SKIP) or SKIP_CLASSES & set(parent.get("classes", [])):
            return True
        parent = parent.parent
    return False


def link_terms(app: Sphinx, doctree: nodes.document) -> None:
    """At ``doctree-read``: in the reading processes (``-j``), and kept in the saved page."""
    docname = app.env.docname
    if docname == GLOSSARY_DOC or app.builder.format != "html":
        return
    matcher = _matcher(app)
    pending = {pattern.term_id for pattern in matcher.patterns}
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
    app.connect("doctree-read", link_terms)
