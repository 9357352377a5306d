"""Print: the book's print stylesheet, and where each link leads, for readers of paper.

``kb/print.css`` prints content only: every tab panel under its label, every fold open, no
navigation or buttons, nothing cut. A link to another page is followed by a note that only
print shows, « (se «Section» i «Page»)», so a printed page can still be followed and cited.
Citations already name the report and section, and glossary links the term, so they get none.
"""

from __future__ import annotations

import posixpath

from docutils import nodes
from sphinx.application import Sphinx

SKIP_CLASSES = {"kb-kilde", "kb-term"}


def print_note(section: str | None, page: str, link_text: str = "") -> str:
    """The text printed after a link: the section it leads to, and the page that has it.

    Nothing when the link's own text already names the page it leads to (the top of it).
    """
    if not section or section == page:
        return "" if link_text.strip().casefold() == page.strip().casefold() else f" (se «{page}»)"
    if section == link_text:
        return f" (i «{page}»)"
    return f" (se «{section}» i «{page}»)"


def target_of(refuri: str, from_doc: str) -> tuple[str, str]:
    """``("../om-kildene.html#kilde-x", "chapters/stier/a")`` → ``("chapters/om-kildene", "kilde-x")``."""
    path, _, fragment = refuri.partition("#")
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(from_doc), path))
    return joined.removesuffix(".html"), fragment


def _skipped(node: nodes.Element) -> bool:
    parent = node
    while parent is not None:
        if SKIP_CLASSES & set(parent.get("classes", [])):
            return True
        parent = parent.parent
    return False


def add_print_notes(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if app.builder.format != "html":
        return
    env = app.env
    sections = {(doc, label_id): name for doc, label_id, name in env.get_domain("std").labels.values()}
    for reference in list(doctree.findall(nodes.reference)):
        refuri = reference.get("refuri", "")
        if not reference.get("internal") or not refuri or "://" in refuri or _skipped(reference):
            continue
        target, fragment = target_of(refuri, docname)
        if target == docname or target not in env.titles:
            continue
        page = env.titles[target].astext()
        text = print_note(sections.get((target, fragment)), page, reference.astext())
        if not text:
            continue
        note = nodes.inline("", text, classes=["kb-print-only"])
        reference.parent.insert(reference.parent.index(reference) + 1, note)


def setup_printing(app: Sphinx) -> None:
    app.add_css_file("kb/print.css", media="print", priority=901)
    # After the glossary links (priority 500), so their links are known as such.
    app.connect("doctree-resolved", add_print_notes, priority=600)
