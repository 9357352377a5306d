"""``make pdf``: the whole book as one PDF, printed from the built site's pages by headless Chromium.

Each page in ``_toc.yml`` order is printed with the site's print CSS (``page.pdf``), with a
running header (book and chapter title, Chromium's ``headerTemplate``); pypdf merges them behind
a cover and a table of contents with page numbers, and stamps page numbers that run through
the whole book (Chromium's own ``pageNumber`` restarts in every page it prints). Bookmarks
follow the chapters. Needs the test tools (Playwright, pypdf): ``make pdf`` installs them.
"""

from __future__ import annotations

import argparse
import html
import io
import sys
from contextlib import ExitStack
from pathlib import Path

import yaml
from playwright.sync_api import Browser, Page, sync_playwright
from pypdf import PdfReader, PdfWriter

from book import ROOT
from book.ext.book_pdf import BUILT_PDF, MADE
from tools.browser import launch, serve

SITE = ROOT / "_build" / "html"
TARGET = ROOT / BUILT_PDF  # book/ext/book_pdf.py links it from the pages once it exists
BOOK_TITLE = "Samarbeidsboka"
MARGIN = {"top": "22mm", "bottom": "20mm", "left": "18mm", "right": "18mm"}
HEADER = (
    '<div style="font-size:8pt;font-family:sans-serif;color:#333;width:100%;margin:0 18mm;'
    'display:flex;justify-content:space-between"><span>{book}</span><span>{chapter}</span></div>'
)
FRONT_CSS = """
@page { size: A4; margin: 22mm 18mm 20mm; }
body { font-family: sans-serif; color: #111; }
.cover { height: 240mm; display: flex; flex-direction: column; justify-content: center; }
.cover h1 { font-size: 40pt; margin: 0 0 8mm; }
.cover p { font-size: 14pt; max-width: 140mm; }
.toc { break-before: page; }
.toc ol { list-style: none; padding: 0; }
.toc li { display: flex; gap: 2mm; margin: 0 0 3mm; font-size: 11pt; }
.toc .part { font-weight: bold; margin-top: 5mm; }
.toc .dots { flex: 1; border-bottom: 1px dotted #666; margin-bottom: 1.2mm; }
"""
NUMBERS_CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: sans-serif; }
.p { height: 297mm; position: relative; break-after: page; }
.p span { position: absolute; bottom: 9mm; width: 100%; text-align: center; font-size: 9pt; }
"""


def toc_pages(root: Path = ROOT) -> list[str]:
    """The book's pages in reading order: the root, then every chapter of every part."""
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    pages = [toc["root"]]
    for part in toc.get("parts", []):
        for chapter in part.get("chapters", []):
            pages.append(chapter["file"])
            pages.extend(section["file"] for section in chapter.get("sections", []))
    return pages


def part_captions(root: Path = ROOT) -> dict[str, str]:
    """Each chapter's part caption in ``_toc.yml`` («Verktøy», «Om boka» …)."""
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    return {
        chapter["file"]: part["caption"]
        for part in toc.get("parts", [])
        if part.get("caption")
        for chapter in part.get("chapters", [])
    }


def _print_page(page: Page, url: str) -> tuple[str, bytes]:
    page.goto(url, wait_until="networkidle")
    title = page.locator("main h1").first.inner_text().strip()
    pdf = page.pdf(
        format="A4",
        print_background=True,
        margin=MARGIN,
        display_header_footer=True,
        header_template=HEADER.format(book=BOOK_TITLE, chapter=html.escape(title)),
        footer_template="<span></span>",
    )
    return title, pdf


def front_html(entries: list[tuple[str, int]], captions: dict[int, str] | None = None) -> str:
    """Cover and contents; ``entries`` are (chapter title, first page), ``captions`` part
    captions by the index of the part's first entry."""
    rows = "".join(
        (f'<li class="part">{html.escape(captions[index])}</li>' if index in (captions or {}) else "")
        + f'<li><span>{html.escape(title)}</span><span class="dots"></span><span>{number}</span></li>'
        for index, (title, number) in enumerate(entries)
    )
    return (
        f'<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><style>{FRONT_CSS}</style>'
        f'</head><body><section class="cover"><h1>{BOOK_TITLE}</h1><p>Nav og fylkeskommunen '
        "sammen mot frafall i videregående opplæring. En åpen kunnskapsbase bygd på fem "
        "forskningsrapporter.</p></section>"
        f'<section class="toc"><h2>Innhold</h2><ol>{rows}</ol></section></body></html>'
    )


def _render(page: Page, content: str) -> bytes:
    # Leave the site first: set_content writes into the open document, which keeps the site's
    # CSP (style-src 'self'), and that would block this page's own <style>.
    page.goto("about:blank")
    page.set_content(content, wait_until="load")
    return page.pdf(prefer_css_page_size=True, print_background=True)


def build_pdf(site: Path, target: Path, docs: list[str] | None = None, browser: Browser | None = None) -> int:
    """Write the book's PDF; returns its number of pages. Launches Chromium unless given one."""
    docs = docs or toc_pages()
    part_of = part_captions()
    captions = {
        index: part_of[doc]
        for index, doc in enumerate(docs)
        if doc in part_of and (index == 0 or part_of.get(docs[index - 1]) != part_of[doc])
    }
    chapters: list[tuple[str, bytes]] = []
    with ExitStack() as stack:
        base_url = stack.enter_context(serve(site))
        if browser is None:
            browser = launch(stack.enter_context(sync_playwright()))
            stack.callback(browser.close)
        context = browser.new_context(locale="nb-NO")
        stack.callback(context.close)
        page = context.new_page()
        page.emulate_media(media="print")
        for doc in docs:
            chapters.append(_print_page(page, f"{base_url}{doc}.html"))
        counts = [len(PdfReader(io.BytesIO(pdf)).pages) for _, pdf in chapters]
        # The front matter's length decides where chapters start: measure it, then number.
        front_length = len(
            PdfReader(
                io.BytesIO(_render(page, front_html([(title, 0) for title, _ in chapters], captions)))
            ).pages
        )
        starts, number = [], front_length + 1
        for count in counts:
            starts.append(number)
            number += count
        front = _render(
            page,
            front_html(
                [(title, start) for (title, _), start in zip(chapters, starts, strict=True)], captions
            ),
        )
        total = number - 1
        numbers = _render(
            page,
            f"<!DOCTYPE html><html><head><style>{NUMBERS_CSS}</style></head><body>"
            + "".join(f'<div class="p"><span>{n}</span></div>' for n in range(1, total + 1))
            + "</body></html>",
        )

    writer = PdfWriter()
    for part in [front, *(pdf for _, pdf in chapters)]:
        writer.append(PdfReader(io.BytesIO(part)))
    if len(writer.pages) != total:
        raise RuntimeError(f"the front matter changed length when numbered ({len(writer.pages)} != {total})")
    stamps = PdfReader(io.BytesIO(numbers))
    for index in range(1, total):  # the cover has no number
        writer.pages[index].merge_page(stamps.pages[index])
    for (title, _), start in zip(chapters, starts, strict=True):
        writer.add_outline_item(title=title, page_number=start - 1)
    writer.add_metadata({"/Title": BOOK_TITLE, "/Author": "Samarbeidsboka"})
    writer.page_mode = "/UseOutlines"
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as out:
        writer.write(out)
    return total


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=SITE)
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        sys.exit(f"make pdf: {args.site} has no index.html: run `make book` first")
    pages = build_pdf(args.site, args.out)
    if args.out == TARGET:
        (ROOT / MADE).touch()  # the next build re-reads the pages that link the PDF
    print(f"{args.out}: {pages} pages, {args.out.stat().st_size / 1_000_000:.1f} MB")


if __name__ == "__main__":
    main()
