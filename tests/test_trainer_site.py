"""«For kursholdere» links the kit's PDFs exactly when `make cards` made fresh ones."""

from __future__ import annotations

from bs4 import BeautifulSoup

from book.ext.trainer import PDF_DIR, PDFS, kit_inputs


def test_for_kursholdere_links_fresh_pdfs_or_says_how_to_make_them(site):
    page = site / "chapters" / "stier" / "for-kursholdere.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    links = {a["href"].rsplit("/", 1)[-1]: a for a in soup.select("a.download")}
    newest = max(p.stat().st_mtime for p in kit_inputs())
    fresh = [n for n in PDFS if (PDF_DIR / n).is_file() and (PDF_DIR / n).stat().st_mtime >= newest]
    assert sorted(links) == sorted(fresh)
    for name in fresh:
        target = (page.parent / links[name]["href"]).resolve()
        assert target.read_bytes() == (PDF_DIR / name).read_bytes()
    if not fresh:
        assert "make cards" in soup.get_text()
