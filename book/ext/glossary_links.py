"""Link the first use of each glossary term on a page to its definition in the glossary.

Matched: the term as written in ``data/glossary.yml`` (without a parenthetical part and «»)
and an abbreviation given in parentheses, e.g. «Oppfølgingstjenesten (OT)» → «Oppfølgingstjenesten»
and «OT». Words match case-insensitively (so «NAV-kontor» also finds «Nav-kontoret») with an
optional Norwegian inflection ending; abbreviations match exactly. Only running text is
linked: not headings, links, code, citations or the glossary page itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx

from ..markdown import labels
from .data import catalogue

GLOSSARY_DOC = "chapters/ordliste"
ENDINGS = r"(?:ene|en|er|et|a|e|s)?"
SKIP = (nodes.title, nodes.reference, nodes.literal, nodes.literal_block, nodes.raw,
        nodes.rubric, nodes.target, addnodes.pending_xref, nodes.term, nodes.caption)


@dataclass(frozen=True)
class Pattern:
    term_id: str
    regex: re.Pattern


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


def _patterns(app: Sphinx) -> list[Pattern]:
    """The compiled patterns, once per build."""
    if getattr(app, "kb_glossary_patterns", None) is None:
        app.kb_glossary_patterns = patterns_for(catalogue(app).glossary.values())
    return app.kb_glossary_patterns


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
    pending = _patterns(app)
    base = app.builder.get_relative_uri(docname, GLOSSARY_DOC)
    for paragraph in list(doctree.findall(nodes.paragraph)):
        if not pending:
            return
        for text in list(paragraph.findall(nodes.Text)):
            if not pending or _skipped(text):
                continue
            pending = _link_in(text, pending, base)


def _link_in(text: nodes.Text, pending: list[Pattern], base: str) -> list[Pattern]:
    value = str(text)
    hits = [(m, p) for p in pending if (m := p.regex.search(value))]
    if not hits:
        return pending
    match, pattern = min(hits, key=lambda hit: hit[0].start())
    link = nodes.reference("", match.group(0), refuri=f"{base}#{labels.term(pattern.term_id)}",
                           classes=["kb-term"], internal=True)
    after = nodes.Text(value[match.end():])
    text.parent.replace(text, [nodes.Text(value[:match.start()]), link, after])
    remaining = [p for p in pending if p is not pattern]
    return _link_in(after, remaining, base) if remaining else remaining


def setup_glossary_links(app: Sphinx) -> None:
    app.connect("doctree-resolved", link_terms)
