"""Publishing: «Om nettstedet», the accessibility statement and its data, the footer, the
404 page, page metadata, icons, «Sist oppdatert» from git, sitemap and the CSP rewrite."""

from __future__ import annotations

import os
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from book.dates import MONTHS, norwegian_date
from book.errors import DataValidationError
from book.ext.csp import CSP, csp_problems, externalise, headers_file
from book.ext.meta import describe, ico_from_png, last_commit_date, sitemap
from book.wcag import WCAG_FILE, load_statement, names_a_test

from .conftest import ROOT
from .test_site import html_pages

STATEMENT = "chapters/tilgjengelighetserklaering.html"
ABOUT = "chapters/om-nettstedet.html"


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


# --- the accessibility statement's data ---------------------------------------------------


def test_statement_data_covers_the_47_criteria_in_force_and_names_real_tests():
    statement = load_statement()
    in_force = [c.id for c in statement.in_force]
    assert len(in_force) == 47 and len(set(in_force)) == 47
    assert {c.id for c in statement.criteria if not c.required} == {"1.2.3", "1.2.4", "1.2.5"}
    missing = [t for c in statement.criteria for t in c.tests if not names_a_test(t)]
    assert missing == []
    assert not names_a_test("tests/test_site.py::test_that_does_not_exist")


@pytest.mark.parametrize(
    "edit, message",
    [
        (
            lambda t: t.replace("    status: ja", "    status: kanskje", 1),
            "data/wcag.yml:{line}, entry '1.1.1', field 'status': must be one of",
        ),
        (
            lambda t: t.replace("tests: [tests/browser/test_pages.py::", "tests: [pages::", 1),
            "data/wcag.yml:{line}, entry '1.1.1', field 'tests': not a test id",
        ),
        (
            lambda t: t.replace("    note: Nettstedet har ikke lyd eller video.\n", "", 1),
            "data/wcag.yml:{line}, entry '1.2.1', field 'note': say why",
        ),
    ],
)
def test_broken_statement_data_gives_one_line_naming_file_line_entry_and_field(tmp_path, edit, message):
    text = WCAG_FILE.read_text(encoding="utf-8")
    broken = edit(text)
    assert broken != text
    path = tmp_path / "wcag.yml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(DataValidationError) as caught:
        load_statement(path)
    [error] = caught.value.errors
    line = next(
        i for i, (a, b) in enumerate(zip(text.splitlines() + [""], broken.splitlines() + [""]), 1) if a != b
    )
    expected_prefix = message.split("{line}")[0]
    assert str(error).startswith(expected_prefix)
    assert message.split("{line}")[1] in str(error)
    entry_line = text.splitlines().index(f"  - id: {error.entry}") + 1
    assert entry_line <= error.line <= line, (error.line, line)  # the field, or its entry


def test_statement_page_has_every_criterion_feedback_deadline_and_review_date(site):
    page = soup(site / STATEMENT)
    rows = page.select("table tbody tr")
    statement = load_statement()
    assert [row.td.get_text(" ", strip=True).split()[0] for row in rows] == [c.id for c in statement.in_force]
    text = page.get_text(" ", strip=True)
    for needed in [
        "Status",
        "Kjente avvik",
        "Tilbakemelding",
        "3–6 uker",
        "Uutilsynet",
        f"Sist gjennomgått {norwegian_date(statement.reviewed)}",
    ]:
        assert needed in text, needed


def test_about_page_says_who_what_contact_licence_citation_and_privacy(site):
    page = soup(site / ABOUT)
    headings = [h.get_text(" ", strip=True).rstrip("#").strip() for h in page.select("h2")]
    for heading in [
        "Hvem gir ut boka",
        "Kontakt og feilmeldinger",
        "Lisens",
        "Slik siterer du boka",
        "Personvern",
    ]:
        assert heading in headings
    text = page.get_text(" ", strip=True)
    assert "(fylles ut av utgiveren)" in text  # the default until the publisher sets it
    assert "informasjonskapsler" in text and "Slett svarene mine" in text
    assert (ROOT / "VERSION").read_text().strip() in text


# --- every page: footer, metadata, icons --------------------------------------------------


def test_every_footer_links_about_page_statement_and_version(site):
    version = (ROOT / "VERSION").read_text().strip()
    for page in html_pages(site):
        footer = soup(page).select_one(".bd-footer-content")
        links = {
            a.get_text(strip=True): page.name if a["href"] == "#" else a["href"] for a in footer.find_all("a")
        }
        assert (page.parent / links["Om nettstedet"]).resolve() == (site / ABOUT).resolve()
        assert (page.parent / links["Tilgjengelighetserklæring"]).resolve() == (site / STATEMENT).resolve(), (
            page
        )
        assert f"Versjon {version}" in footer.get_text(" ", strip=True)


def test_every_page_has_a_description_social_preview_and_icons(site):
    for page in html_pages(site):
        head = soup(page).head
        description = head.find("meta", attrs={"name": "description"})
        assert description and len(description["content"]) >= 40, page
        assert head.find("meta", property="og:title")["content"], page
        icon = head.find("link", rel="icon", type="image/svg+xml")
        assert (page.parent / icon["href"]).resolve().is_file(), page
        touch = head.find("link", rel="apple-touch-icon")
        assert (page.parent / touch["href"]).resolve().is_file(), page
    assert (site / "favicon.ico").read_bytes()[:4] == b"\0\0\1\0"


def test_description_is_the_first_paragraph_cut_at_a_word(site):
    from docutils.core import publish_doctree

    doctree = publish_doctree("Title\n=====\n\nShort.\n\n" + "Ord " * 60 + "\n\nLater.\n")
    text = describe(doctree, limit=50)
    assert text.startswith("Ord Ord") and text.endswith("…") and len(text) <= 50
    index = soup(site / "index.html")
    first = " ".join((ROOT / "index.md").read_text(encoding="utf-8").split("\n\n")[1].split())
    content = index.find("meta", attrs={"name": "description"})["content"]
    assert first.startswith(content.rstrip("…"))


def test_404_page_is_norwegian_and_links_home(site):
    page = soup(site / "404.html")
    assert page.html["lang"] == "nb"
    assert page.find("h1").get_text(strip=True) == "Siden finnes ikke"
    assert page.find("a", string=re.compile("forsiden"))["href"] == "index.html"
    if not os.environ.get("KB_BASEURL"):  # the publishing workflow sets one
        assert page.find("base") is None  # no base URL configured: relative links only


def test_ico_wraps_a_png():
    png = (ROOT / "book" / "ext" / "static" / "kb" / "icons" / "icon-32.png").read_bytes()
    ico = ico_from_png(png)
    assert ico[:6] == b"\0\0\1\0\1\0" and ico[6] == 32 and ico.endswith(png)


# --- «Sist oppdatert» from git ---------------------------------------------------------------


def git(*args, cwd, date_=None):
    env = {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
        "PATH": "/usr/bin:/bin",
    }
    if date_:
        env |= {"GIT_AUTHOR_DATE": f"{date_}T12:00:00", "GIT_COMMITTER_DATE": f"{date_}T12:00:00"}
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def test_last_commit_date_is_the_newest_change_of_the_page_or_its_data(tmp_path):
    git("init", "-q", cwd=tmp_path)
    (tmp_path / "page.md").write_text("a")
    (tmp_path / "data.yml").write_text("a")
    git("add", "-A", cwd=tmp_path)
    git("commit", "-qm", "one", cwd=tmp_path, date_="2024-03-05")
    (tmp_path / "data.yml").write_text("b")
    git("commit", "-qam", "two", cwd=tmp_path, date_="2025-06-07")
    (tmp_path / "other.md").write_text("c")
    git("add", "-A", cwd=tmp_path)
    git("commit", "-qm", "three", cwd=tmp_path, date_="2026-01-02")
    assert last_commit_date([tmp_path / "page.md"], tmp_path) == date(2024, 3, 5)
    assert last_commit_date([tmp_path / "page.md", tmp_path / "data.yml"], tmp_path) == date(2025, 6, 7)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / ".git").write_text("gitdir: /nonexistent")  # not a repository
    assert last_commit_date([outside / "x.md"], outside) is None


def test_footer_date_is_the_last_commit_of_the_page_source(site):
    day = last_commit_date([ROOT / "chapters" / "om-kildene.md"], ROOT)
    if day is None:
        pytest.skip("not a git checkout")
    footer = soup(site / "chapters" / "om-kildene.html").select_one(".last-updated")
    shown = footer.get_text(" ", strip=True)
    dates = re.findall(r"(\d+)\. (\w+) (\d{4})", shown)
    [(d, month, year)] = dates
    shown_day = date(int(year), MONTHS.index(month) + 1, int(d))
    assert day <= shown_day <= date.today()  # the page or the data it renders


def test_sitemap_lists_pages_under_the_base_url():
    xml = sitemap("https://example.no/bok/", {"index": date(2026, 1, 2), "chapters/a": date(2025, 3, 4)})
    assert "<loc>https://example.no/bok/chapters/a.html</loc><lastmod>2025-03-04</lastmod>" in xml
    assert xml.index("chapters/a") < xml.index("bok/index.html")


# --- Content-Security-Policy ---------------------------------------------------------------


def test_inline_scripts_move_to_files_and_data_blocks_stay():
    written = {}

    def write(code):
        written[f"s{len(written)}.js"] = code
        return f"s{len(written) - 1}.js"

    html = (
        '<script data-x="1">a();</script><script src="b.js"></script>'
        '<script type="application/json">{"a": 1}</script>'
    )
    out = externalise(html, write)
    assert out.startswith('<script data-x="1" src="s0.js"></script>')
    assert '<script type="application/json">{"a": 1}</script>' in out
    assert written == {"s0.js": "a();"}


def test_csp_problems_finds_handlers_and_inline_styles():
    assert csp_problems('<button onclick="x()">') == ["inline event handler onclick="]
    assert csp_problems('<p style="color:red">') == ["style attribute"]
    assert csp_problems("<style>.a{}</style>") == ["<style> element"]
    assert (
        externalise("<noscript><style>.a{}</style></noscript>", str, lambda css: "a.css")
        == '<noscript><link rel="stylesheet" href="a.css"></noscript>'
    )


def test_built_pages_have_no_inline_scripts_or_handlers(site):
    for page in html_pages(site):
        text = page.read_text(encoding="utf-8")
        assert csp_problems(text) == [], page
        assert "<style" not in text, page
        assert (
            externalise(text, lambda code, page=page: pytest.fail(f"{page}: inline script {code[:80]}"))
            == text
        )


def test_headers_file_carries_the_policy(site):
    assert (site / "_headers").read_text(encoding="utf-8") == headers_file()
    assert f"Content-Security-Policy: {CSP}" in headers_file()


# --- relative links; a build with a base URL, uustatus and a meta policy -------------------

ROOT_ABSOLUTE = re.compile(r"""\s(?:href|src)=["']/(?!/)""")


def test_pages_use_relative_links_only(site):
    offenders = {
        str(p.relative_to(site)): ROOT_ABSOLUTE.findall(p.read_text(encoding="utf-8"))
        for p in html_pages(site)
    }
    assert {page: found for page, found in offenders.items() if found} == {}


@pytest.mark.build  # builds a book of its own
def test_build_with_base_url_uustatus_and_meta_policy(tmp_path, monkeypatch):
    """Outside git (a copy in tmp), so «Sist oppdatert» falls back to the build date."""
    from .test_site import build_copy

    monkeypatch.delenv("KB_BASEURL", raising=False)  # the publishing workflow sets it

    def configure(book: Path):
        config = book / "_config.yml"
        text = config.read_text(encoding="utf-8")
        text = text.replace('  baseurl: ""', '  baseurl: "https://example.no/samarbeidsboka"')
        text = text.replace(
            'kb_uustatus_url: ""', 'kb_uustatus_url: "https://uustatus.no/nb/erklaringer/publisert/x"'
        )
        text = text.replace(
            'kb_publisher: "(fylles ut av utgiveren)"',
            'kb_csp_meta: true\n    kb_publisher: "Eksempelfylket"',
        )
        config.write_text(text, encoding="utf-8")

    result, output = build_copy(tmp_path, configure)
    assert result.returncode == 0, output[-3000:]
    site = tmp_path / "_build" / "html"
    base = "https://example.no/samarbeidsboka/"
    page = soup(site / "chapters" / "om-kildene.html")
    assert page.find("link", rel="canonical")["href"] == base + "chapters/om-kildene.html"
    assert page.find("meta", property="og:url")["content"] == base + "chapters/om-kildene.html"
    assert page.find("meta", property="og:image")["content"].startswith(base + "_static/")
    footer = page.select_one(".bd-footer-content")
    assert (
        footer.find("a", string="Tilgjengelighetserklæring")["href"]
        == "https://uustatus.no/nb/erklaringer/publisert/x"
    )
    assert f"Sist oppdatert {norwegian_date(date.today())}" in footer.get_text(" ", strip=True)
    assert "Eksempelfylket" in soup(site / ABOUT).get_text(" ", strip=True)
    head = page.head.find_all(["meta", "link", "script"])
    assert head[1].get("http-equiv") == "Content-Security-Policy"  # right after <meta charset>
    assert "frame-ancestors" not in head[1]["content"]
    assert soup(site / "404.html").find("base")["href"] == base
    sitemap_xml = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{base}index.html</loc>" in sitemap_xml
    assert f"<loc>{base}chapters/om-kildene.html</loc>" in sitemap_xml
    assert "404.html" not in sitemap_xml and "search.html" not in sitemap_xml
    assert sitemap_xml.count("<url>") == len(html_pages(site)) - 2
    assert f"Sitemap: {base}sitemap.xml" in (site / "robots.txt").read_text(encoding="utf-8")
