"""``make cards``: the trainer kit's printable pages as PDFs, printed by headless Chromium.

Debian's ``/usr/bin/chromium`` (nothing downloaded) opens the built site's own pages on a local
server and prints each with Playwright's ``page.pdf`` using the pages' print CSS (A4 and the
A6 card sheets). Writes ``_build/cards/*.pdf`` and checks each has the expected number of
pages. The next (incremental) build links them from «For kursholdere» (``{kb-card-pdfs}``).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright
from pypdf import PdfReader

from book import ROOT
from tools.browser import launch, serve, visit

SITE = ROOT / "_build" / "html"
OUT = ROOT / "_build" / "cards"
# PDF file -> (page in the built site, expected page count or None when it may vary)
KIT = {
    "dialogkort-a6.pdf": ("chapters/kurs/dialogkort-a6.html", 3),
    "dialogkort-a4.pdf": ("chapters/kurs/dialogkort.html", 11),
    "sporsmalsark.pdf": ("chapters/kurs/sporsmalsark.html", 5),
    "selvvurdering-papir.pdf": ("chapters/kurs/selvvurdering-papir.html", None),
}


def print_pdf(browser: Browser, base_url: str, path: str) -> bytes:
    """The page as Chromium prints it: A4 unless the page's CSS says otherwise."""
    with visit(browser, base_url, path) as opened:
        problems = opened.problems()
        if problems:
            raise RuntimeError(f"{path}: {problems}")
        opened.page.emulate_media(media="print")
        return opened.page.pdf(format="A4", prefer_css_page_size=True, print_background=True)


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def make_kit(browser: Browser, base_url: str, out: Path) -> dict[str, int]:
    """Print every kit page to ``out``; returns pages per file; fails on a wrong count."""
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, (path, expected) in KIT.items():
        pdf = print_pdf(browser, base_url, path)
        counts[name] = page_count(pdf)
        if expected is not None and counts[name] != expected:
            raise RuntimeError(f"{name}: {counts[name]} pages, expected {expected}")
        (out / name).write_bytes(pdf)
    (out / "made").touch()  # the next build re-reads the page that links them (book/ext/trainer.py)
    return counts


def main() -> None:
    if not (SITE / "index.html").is_file():
        sys.exit("_build/html is missing: run `make book` first")
    with sync_playwright() as playwright, serve(SITE) as base_url:
        browser = launch(playwright)
        try:
            counts = make_kit(browser, base_url, OUT)
        except RuntimeError as exc:
            sys.exit(f"make cards: {exc}")
        finally:
            browser.close()
    for name, pages in counts.items():
        print(f"{OUT.relative_to(ROOT) / name}: {pages} page{'s' if pages != 1 else ''}")


if __name__ == "__main__":
    main()
