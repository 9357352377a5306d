"""The whole-book PDF (``make pdf``, tools/pdf.py) linked where the ``{kb-book-pdf}`` directive
stands (the landing page, «Om nettstedet»), only when the PDF exists and is current.

``make pdf`` builds the site, prints it to ``_build/samarbeidsboka.pdf``, then builds again so
the pages link it. The build copies it to ``samarbeidsboka.pdf`` in the site (one stable address,
also in the release and offline copies) whenever a page links it. A plain ``make book`` without
the PDF, or with a PDF older than any page source or data file (it would not match the site),
shows no link and ships no PDF: the link is never broken.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

PDF_NAME = "samarbeidsboka.pdf"
BUILT_PDF = Path("_build") / PDF_NAME  # relative to the book's folder; written by tools/pdf.py
MADE = Path("_build") / "pdf-made"  # touched by tools/pdf.py each time it has written the PDF
SOURCES = ("index.md", "_toc.yml", "_config.yml", "chapters", "data")


def pdf_path(book: Path) -> Path:
    return book / BUILT_PDF


def newest_source(book: Path) -> float:
    """The newest modification time among the files the printed pages are made from."""
    times = [0.0]
    for name in SOURCES:
        path = book / name
        if path.is_file():
            times.append(path.stat().st_mtime)
        elif path.is_dir():
            times.extend(p.stat().st_mtime for p in path.rglob("*") if p.is_file())
    return max(times)


def current_pdf(book: Path) -> Path | None:
    """The built PDF if it exists and is newer than every source, else None."""
    path = pdf_path(book)
    if path.is_file() and path.stat().st_mtime >= newest_source(book):
        return path
    return None


def size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f}\u00a0MB".replace(".", ",")  # no line break before the unit


class BookPdfDirective(SphinxDirective):
    """A paragraph linking the whole book as PDF, or nothing when there is no current PDF."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        # Re-read when `make pdf` has run and, while a PDF exists, when it may have gone stale;
        # without a PDF a change elsewhere leaves the page alone.
        book = Path(self.env.srcdir)
        made = book / MADE
        if not made.is_file():
            made.parent.mkdir(parents=True, exist_ok=True)
            made.touch()
        self.env.note_dependency(str(made))
        if pdf_path(book).is_file():
            self.env.note_dependency(str(pdf_path(book)))
            for name in SOURCES:
                path = book / name
                for source in [path] if path.is_file() else sorted(path.rglob("*.*")):
                    self.env.note_dependency(str(source))
        path = current_pdf(book)
        if path is None:
            return []
        self.env.kb_book_pdf_docs = getattr(self.env, "kb_book_pdf_docs", set()) | {self.env.docname}
        target = "../" * self.env.docname.count("/") + PDF_NAME
        link = nodes.reference("", "Last ned hele boka som PDF", refuri=target, classes=["kb-book-pdf"])
        paragraph = nodes.paragraph("", "", classes=["kb-book-pdf-note"])
        paragraph += [
            link,
            nodes.Text(f" ({size_text(path.stat().st_size)}): for lesing uten nett, arkiv og fagdager."),
        ]
        return [paragraph]


def _purge_doc(app: Sphinx, env, docname: str) -> None:
    getattr(env, "kb_book_pdf_docs", set()).discard(docname)


def _merge(app: Sphinx, env, docnames, other) -> None:
    env.kb_book_pdf_docs = getattr(env, "kb_book_pdf_docs", set()) | getattr(other, "kb_book_pdf_docs", set())


def _copy_pdf(app: Sphinx, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    target = Path(app.outdir) / PDF_NAME
    source = pdf_path(Path(app.srcdir))
    if getattr(app.env, "kb_book_pdf_docs", set()) and source.is_file():
        shutil.copyfile(source, target)
    elif target.exists():
        target.unlink()


def setup_book_pdf(app: Sphinx) -> None:
    app.add_directive("kb-book-pdf", BookPdfDirective)
    app.connect("env-purge-doc", _purge_doc)
    app.connect("env-merge-info", _merge)
    app.connect("build-finished", _copy_pdf)
