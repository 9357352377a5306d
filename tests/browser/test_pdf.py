"""The book's PDF: cover, table of contents with the right page numbers, headers, bookmarks."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from tools.pdf import build_pdf, toc_pages

pytestmark = pytest.mark.browser


def test_toc_order_starts_at_the_root_and_has_every_chapter():
    pages = toc_pages()
    assert pages[0] == "index" and "chapters/verktoy/selvvurdering" in pages
    assert len(pages) == len(set(pages))


def test_pdf_of_two_pages(site, browser, tmp_path):
    target = tmp_path / "bok.pdf"
    total = build_pdf(
        site, target, docs=["chapters/ordliste", "chapters/verktoy/selvvurdering"], browser=browser
    )
    reader = PdfReader(target)
    assert len(reader.pages) == total
    text = [page.extract_text() for page in reader.pages]
    assert "Samarbeidsboka" in text[0] and "Innhold" in text[1]
    assert "Om boka\nOrdliste" in text[1] and "Verktøy\nSelvvurdering" in text[1]  # part captions
    entries = dict(re.findall(r"^(Ordliste|Selvvurdering av samarbeidet)\s+(\d+)$", text[1], re.M))
    assert set(entries) == {"Ordliste", "Selvvurdering av samarbeidet"}
    second = int(entries["Selvvurdering av samarbeidet"])
    assert int(entries["Ordliste"]) == 3 < second <= total
    assert text[1].rstrip().endswith("\n2")  # numbered from the table of contents on
    for index in range(2, total):  # running header naming the chapter, numbers through the book
        chapter = "Ordliste" if index + 1 < second else "Selvvurdering av samarbeidet"
        assert text[index].rstrip().endswith(f"Samarbeidsboka {chapter}\n{index + 1}"), text[index][-80:]
    assert [item.title for item in reader.outline] == ["Ordliste", "Selvvurdering av samarbeidet"]
    assert reader.get_destination_page_number(reader.outline[1]) == second - 1
