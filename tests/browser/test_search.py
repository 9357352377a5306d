"""Search works in Norwegian, from the search field, with nothing from other hosts."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tools.browser import search_from_page, visit

pytestmark = pytest.mark.browser


def test_search_finds_a_norwegian_word_in_its_inflected_form(browser, base_url):
    with visit(browser, base_url, "index.html") as opened:
        page = opened.page
        results = search_from_page(page, "samarbeidsavtalene")
        assert results.count() >= 3
        assert opened.problems() == {}


def test_check_yourself_answers_open_on_click_and_with_the_keyboard(browser, base_url):
    with visit(browser, base_url, "chapters/stier/ny-i-samarbeidet.html") as opened:
        page = opened.page
        questions = page.locator("details.sd-dropdown")
        assert questions.count() >= 6
        first = questions.first
        answer = first.locator(".sd-summary-content")
        expect(answer).to_be_hidden()
        first.locator("summary").click()
        expect(answer).to_be_visible()
        expect(answer.locator(".kb-kilde")).to_be_visible()
        second = questions.nth(1)
        second.locator("summary").focus()
        page.keyboard.press("Enter")
        expect(second.locator(".sd-summary-content")).to_be_visible()
        assert opened.problems() == {}


# English strings of Sphinx, pydata-sphinx-theme and sphinx-book-theme that a reader could see
# or hear (text, title, aria-label, placeholder). Matched as whole words, case-sensitively.
ENGLISH = [
    "Search",
    "Search Results",
    "Searching",
    "Preparing search",
    "Search finished",
    "page(s) matching",
    "Your search did not match",
    "Hide Search Matches",
    "Please activate JavaScript",
    "Search the docs",
    "Skip to main content",
    "Back to top",
    "On this page",
    "Table of Contents",
    "Contents",
    "previous page",
    "next page",
    "Previous",
    "Next",
    "Link to this heading",
    "Toggle",
    "Show or hide",
    "Copyright",
    "Last updated",
    "Print to PDF",
    "Download",
    "Fullscreen",
    "Light",
    "Dark",
    "System settings",
    "Site navigation",
    "Section Navigation",
    "Main",
    "Home",
    "Menu",
    "Close",
    "Error",
    "By",
]
VISIBLE_AND_SPOKEN = """() => [document.title, document.body.innerText,
    ...[...document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')].flatMap(
        e => ['title', 'aria-label', 'placeholder', 'alt'].map(a => e.getAttribute(a) || ''))
].join('\\n')"""


def english_in(text: str) -> list[str]:
    import re

    return [word for word in ENGLISH if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]


def test_english_detector_finds_theme_strings():
    assert english_in("Søk\nSearch finished, found 3 page(s) matching") == [
        "Search",
        "Search finished",
        "page(s) matching",
    ]
    assert english_in("Søket er ferdig. Nav-kontoret, systemsaker, Forrige, Neste") == []


def search(page, query: str):
    field = page.get_by_role("searchbox").first
    field.fill(query)
    field.press("Enter")
    page.wait_for_url("**/search.html?q=*")
    expect(page.locator("#search-results .search-summary")).not_to_be_empty(timeout=10_000)


def test_a_norwegian_query_finds_the_page_that_is_about_it_first(browser, base_url):
    with visit(browser, base_url, "search.html") as opened:
        page = opened.page
        search(page, "taushetsplikten")
        results = page.locator("#search-results li > a")
        # Six pages mention it; «Å arbeide sammen» is the one about it (its grep and barrier).
        # Sorting ties by title, as Sphinx does, puts «Fylkene forteller» first.
        expect(results.first).to_have_text("Å arbeide sammen")
        assert results.count() >= 4
        search(page, "samarbeidsavtalene")
        expect(results.first).to_contain_text("Samarbeidsavtalene")
        assert opened.problems() == {}


@pytest.mark.parametrize("query", ["samarbeidsmøter", "qqqzzz"])
def test_the_search_page_speaks_norwegian_only(browser, base_url, query):
    with visit(browser, base_url, "search.html") as opened:
        page = opened.page
        search(page, query)
        text = page.evaluate(VISIBLE_AND_SPOKEN)
        assert english_in(text) == [], text[:2000]
        summary = page.locator("#search-results .search-summary").inner_text()
        assert summary.startswith("Søket er ferdig." if query != "qqqzzz" else "Søket ga ingen treff.")
        assert opened.problems() == {}


@pytest.mark.parametrize("path", ["chapters/omrader/arbeide-sammen.html", "index.html"])
def test_a_content_page_speaks_norwegian_only(browser, base_url, path):
    with visit(browser, base_url, path) as opened:
        assert english_in(opened.page.evaluate(VISIBLE_AND_SPOKEN)) == []


def test_the_magnifier_does_not_cover_the_query(browser, base_url):
    with visit(browser, base_url, "search.html?q=taushetsplikt", width=320) as opened:
        page = opened.page
        form = page.locator(".bd-search-container form.bd-search")
        icon = form.locator(".fa-magnifying-glass").bounding_box()
        field = form.get_by_role("searchbox").bounding_box()
        assert icon["x"] + icon["width"] <= field["x"], (icon, field)
