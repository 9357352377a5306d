"""Page weight: icons as inline SVG (no icon font), the theme's stylesheets purged, and the
whole-book PDF linked only when the site has it."""

from __future__ import annotations

import os
import re
import time

import pytest
from bs4 import BeautifulSoup

from book.ext import book_pdf
from book.ext.inline_icons import icon_shape, inline_icons
from book.ext.purge import NOT_CONTENT, PURGECSS, STYLESHEETS, purge_options, purge_site

# --- icons -------------------------------------------------------------------------------


def test_an_icon_element_becomes_an_inline_svg_with_the_same_classes():
    html = '<p>x <i class="fa-solid fa-magnifying-glass fa-lg" aria-hidden="true"></i> y</p>'
    out = inline_icons(html)
    svg = BeautifulSoup(out, "html.parser").find("svg")
    assert svg["class"] == ["fa-solid", "fa-magnifying-glass", "fa-lg", "kb-icon"]
    assert svg["aria-hidden"] == "true" and svg["focusable"] == "false"
    assert svg["viewbox"] == "0 0 512 512" and svg.find("path")["d"].startswith("M416 208")
    assert "<i " not in out and out.count("aria-hidden") == 1 and "style" not in out


def test_icons_come_from_the_theme_bundle_by_pack():
    assert icon_shape("fas", "bars")[:2] == (448, 512)
    # The solid and the regular light bulb are different drawings.
    assert icon_shape("fas", "lightbulb")[2] != icon_shape("far", "lightbulb")[2]
    with pytest.raises(KeyError):
        icon_shape("fas", "no-such-icon")
    with pytest.raises(KeyError):
        inline_icons('<span class="fa-solid fa-no-such-icon"></span>')


def test_other_elements_are_left_alone():
    html = '<span class="kb-band--for-fa-svar">x</span><i class="fa-solid fa-bars">text</i>'
    assert inline_icons(html) == html


def test_no_built_page_uses_the_icon_font(site):
    for page in site.rglob("*.html"):
        if "_static" in page.relative_to(site).parts:
            continue
        text = page.read_text(encoding="utf-8")
        assert not re.search(r'<(i|span)\s+class="[^"]*\bfa-(solid|regular|brands)\b', text), page
        assert "kb-icon" in text or page.name == "genindex.html", f"{page} shows no icon"


# --- purge -------------------------------------------------------------------------------


def test_purge_options_scan_pages_and_scripts_but_not_the_unused_icon_bundle(tmp_path):
    (tmp_path / "_static" / "styles").mkdir(parents=True)
    (tmp_path / "_static" / "scripts").mkdir()
    (tmp_path / "_static" / "styles" / "pydata-sphinx-theme.css").write_text(".a{}")
    (tmp_path / "_static" / "kb").mkdir()
    (tmp_path / "_static" / "kb" / "kb.css").write_text(".ours{}")
    (tmp_path / "_static" / "kb" / "w.js").write_text("el.classList.add('open-now')")
    (tmp_path / NOT_CONTENT[0]).write_text("fa-solid")
    (tmp_path / "index.html").write_text("<p class=a>")
    options = purge_options(tmp_path)
    assert [os.path.basename(f) for f in options["css"]] == ["pydata-sphinx-theme.css"]
    assert sorted(os.path.basename(f) for f in options["content"]) == ["index.html", "w.js"]


needs_purgecss = pytest.mark.skipif(not PURGECSS.is_dir(), reason="node_modules missing: run `npm ci`")


@needs_purgecss
def test_purge_keeps_what_pages_and_scripts_use_and_drops_the_rest(tmp_path):
    styles = tmp_path / "_static" / "styles"
    styles.mkdir(parents=True)
    css = styles / "pydata-sphinx-theme.css"
    css.write_text(
        ".used{color:red}.unused{color:blue}.added-by-script{color:green}"
        "details[open] .marker{transform:rotate(180deg)}.show{display:block}"
        "@font-face{font-family:Gone;src:url(gone.woff2)}.never{font-family:Gone}"
        "@media print{.used{color:black}.unused-print{color:gray}}"
        "/*# sourceMappingURL=pydata-sphinx-theme.css.map */"
    )
    (tmp_path / "index.html").write_text(
        '<p class="used"><details><summary class="marker">x</summary></details>'
    )
    (tmp_path / "_static" / "app.js").write_text('el.classList.add("added-by-script")')
    sizes = purge_site(tmp_path)
    kept = css.read_text()
    for selector in (".used", ".added-by-script", "details[open] .marker", ".show", "@media print"):
        assert selector in kept
    for dropped in (".unused", ".never", "@font-face", ".unused-print", "sourceMappingURL"):
        assert dropped not in kept
    before, after = sizes["_static/styles/pydata-sphinx-theme.css"]
    assert after < before


def test_the_built_theme_stylesheets_are_purged(site):
    # Sphinx copies the full stylesheet first; the purge must have cut each one.
    for pattern in STYLESHEETS:
        for css in site.glob(pattern):
            text = css.read_text(encoding="utf-8")
            assert "sourceMappingURL" not in text, css
    theme = (site / "_static/styles/pydata-sphinx-theme.css").read_text(encoding="utf-8")
    assert len(theme) < 200_000
    assert ".fa-accessible-icon" not in theme and ".fa-bars" in theme  # only the icons in use
    # Rules that only scripts or state attributes switch on are still there.
    for kept in (".bd-sidebar-primary", "[open]", ".show", "#pst-search-dialog", "@media print"):
        assert kept in theme, kept


# --- the whole-book PDF ----------------------------------------------------------------


def test_the_pdf_is_current_only_when_newer_than_every_source(tmp_path):
    (tmp_path / "chapters").mkdir()
    source = tmp_path / "chapters" / "a.md"
    source.write_text("# A")
    assert book_pdf.current_pdf(tmp_path) is None  # no PDF yet
    pdf = book_pdf.pdf_path(tmp_path)
    pdf.parent.mkdir()
    pdf.write_bytes(b"%PDF-1.7")
    now = time.time()
    os.utime(source, (now - 10, now - 10))
    os.utime(pdf, (now, now))
    assert book_pdf.current_pdf(tmp_path) == pdf
    os.utime(source, (now + 10, now + 10))  # a page changed after printing: the PDF is stale
    assert book_pdf.current_pdf(tmp_path) is None


def test_size_is_written_the_norwegian_way():
    assert book_pdf.size_text(4_250_000) == "4,2\u00a0MB"


def test_the_pdf_link_is_shown_only_with_its_file(site):
    shown = []
    for page in site.rglob("*.html"):
        if "_static" in page.relative_to(site).parts:
            continue
        for link in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select("a.kb-book-pdf"):
            target = (page.parent / link["href"]).resolve()
            assert target.is_file(), (
                f"{page.relative_to(site)} links {link['href']}, which is not in the site"
            )
            shown.append(page.relative_to(site).as_posix())
    pdf = site / book_pdf.PDF_NAME
    if pdf.is_file():
        assert {"index.html", "chapters/om-nettstedet.html"} <= set(shown)
        assert pdf.read_bytes().startswith(b"%PDF")
    else:
        assert shown == []


# --- Lighthouse (make bench only) ----------------------------------------------------------


def test_lighthouse_scores_are_read_from_its_report():
    from tools.lighthouse import CATEGORIES, METRICS, scores

    audits = {key: {"displayValue": "1.2 s", "score": 1} for key in METRICS}
    audits["total-byte-weight"] = {"numericValue": 102_400, "score": 1}
    audits["meta-description"] = {"score": 0}
    categories = {name: {"score": 1.0, "auditRefs": []} for name in CATEGORIES}
    categories["performance"]["score"] = 0.954
    categories["seo"] = {"score": 0.9, "auditRefs": [{"id": "meta-description", "weight": 1}]}
    row = scores({"categories": categories, "audits": audits})
    assert (row["performance"], row["accessibility"], row["seo"]) == (95, 100, 90)
    assert row["transfer"] == "100 KiB" and row["LCP"] == "1.2 s"
    assert row["failing"] == "meta-description"


def test_a_preview_skips_the_purge_and_a_full_build_does_not(monkeypatch, tmp_path):
    from types import SimpleNamespace

    from book.ext import purge

    calls = []
    monkeypatch.setattr(purge, "purge_site", lambda site: calls.append(site) or {})
    app = SimpleNamespace(builder=SimpleNamespace(format="html"), outdir=str(tmp_path))
    monkeypatch.setenv("KB_PREVIEW", "1")
    purge._purge(app, None)
    assert calls == []
    monkeypatch.delenv("KB_PREVIEW")
    purge._purge(app, None)
    assert calls == [tmp_path]


def test_every_icon_name_is_read_whole():
    """«bars» is not read from a longer name that ends in it («chart-bars»)."""
    from book.ext.inline_icons import _icons

    icons = _icons()
    assert {"fas", "far", "fab"} <= set(icons) and len(icons["fas"]) > 1000
    assert all(re.fullmatch(r"[a-z0-9-]+", name) for pack in icons.values() for name in pack)
