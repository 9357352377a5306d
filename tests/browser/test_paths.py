"""Reading paths: a reader can follow «Ny i samarbeidet» from start to end, step by step."""

from __future__ import annotations

import re
import shutil

import pytest
from playwright.sync_api import expect

from book.ext.paths import STATIC_JS
from tools.browser import serve, visit

pytestmark = pytest.mark.browser

PATH_PAGE = "chapters/stier/ny-i-samarbeidet.html"


def test_a_reader_follows_the_path_from_its_page_to_the_end_and_back(browser, base_url):
    with visit(browser, base_url, PATH_PAGE) as opened:
        page = opened.page
        numbered = page.locator("article ol").first.locator(":scope > li")
        # Items that link to another page are steps (a {doc} link, or a {ref} to its section).
        total = sum(
            1
            for item in numbered.all()
            if any(
                "ny-i-samarbeidet.html" not in (href or "") and not (href or "").startswith("#")
                for href in item.locator("a.reference.internal").evaluate_all(
                    "links => links.map(a => a.getAttribute('href'))"
                )
            )
        )
        start = page.get_by_role("link", name=re.compile(r"^Begynn med steg 1: "))
        title = re.match(r"^Begynn med steg 1: (.+) →$", start.inner_text().strip()).group(1)
        start.click()
        previous = None
        for number in range(1, total + 1):
            bar = page.get_by_role("navigation", name="Lesesti: Ny i samarbeidet", exact=True)
            expect(bar).to_contain_text(f"Du leser: Ny i samarbeidet – steg {number} av {total}")
            assert "?sti=ny-i-samarbeidet" in page.url
            # The article's heading: the theme's print-only copy of it (outside the article) counts
            # as a heading until the stylesheet that hides it on screen has loaded.
            expect(page.locator("article.bd-article").get_by_role("heading", level=1)).to_contain_text(title)
            expect(bar.get_by_role("link", name="Ny i samarbeidet", exact=True)).to_have_attribute(
                "href", re.compile(r"stier/ny-i-samarbeidet\.html$")
            )
            if previous:
                expect(bar.get_by_role("link", name=f"Forrige steg: {previous}")).to_be_visible()
            if number < total:
                following = bar.get_by_role("link", name=re.compile(r"^Neste steg: "))
                previous, title = title, following.inner_text().split(":", 1)[1].strip().rstrip(" →")
                following.click()
        end = page.get_by_role("navigation", name="Lesesti: Ny i samarbeidet, videre")
        end.get_by_role("link", name="Siste steg. Tilbake til lesestien").click()
        page.wait_for_url("**/" + PATH_PAGE)
        # Leaving a page at once may abort its font download; that is not a fault of the page.
        opened.failed[:] = [f for f in opened.failed if "ERR_ABORTED" not in f]
        assert opened.problems() == {}


def test_pages_off_the_path_have_no_bar(browser, base_url):
    with visit(browser, base_url, "chapters/om-kildene.html") as opened:
        assert opened.page.locator("nav.kb-path").count() == 0


TWO_PATHS = """<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>To stier</title>
<script defer src="paths.js"></script></head><body><main><h1>Side</h1>
<nav class="kb-path" aria-label="Lesesti: A" data-kb-sti="a"><p>Du leser: A – steg 2 av 3</p></nav>
<nav class="kb-path" aria-label="Lesesti: B" data-kb-sti="b"><p>Du leser: B – steg 1 av 4</p></nav>
</main></body></html>"""


@pytest.mark.parametrize("query, shown", [("?sti=b", ["B"]), ("", ["A", "B"]), ("?sti=x", ["A", "B"])])
def test_on_a_page_of_several_paths_the_one_the_reader_came_from_shows(browser, tmp_path, query, shown):
    (tmp_path / "page.html").write_text(TWO_PATHS, encoding="utf-8")
    shutil.copyfile(STATIC_JS, tmp_path / "paths.js")
    with serve(tmp_path) as url, visit(browser, url, f"page.html{query}") as opened:
        visible = [
            name
            for name in ("A", "B")
            if opened.page.get_by_role("navigation", name=f"Lesesti: {name}").is_visible()
        ]
        assert visible == shown


def test_the_leaders_path_points_to_its_glossary_entry_with_a_link(browser, base_url):
    with visit(browser, base_url, "chapters/stier/for-ledere.html") as opened:
        link = opened.page.get_by_role("link", name="forankring i ordlisten", exact=True)
        expect(link).to_have_attribute("href", re.compile(r"ordliste\.html#ord-forankring$"))
