"""With the theme's stylesheets purged and icons inline: no page fetches a font, every icon
is drawn, and what the theme's scripts switch on (the menu and the page contents on a phone,
the open search dialog) still shows. Search results, dropdowns and print have their own tests."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tools.browser import visit

from ..conftest import SITE

PAGES = (
    sorted(str(path.relative_to(SITE)) for path in SITE.rglob("*.html") if "_static" not in path.parts)
    if SITE.is_dir()
    else []
)
FONTS_LOADED = """performance.getEntriesByType("resource").map(e => e.name)
  .filter(name => /\\.(woff2?|ttf|otf|eot)(\\?|$)/.test(name))"""
ICONS_DRAWN = """[...document.querySelectorAll("svg.kb-icon")].filter(svg => {
  const box = svg.getBoundingClientRect(); return box.width > 4 && box.height > 4; }).length"""

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", PAGES)
def test_page_fetches_no_font_and_draws_its_icons(browser, base_url, path):
    with visit(browser, base_url, path) as opened:
        page = opened.page
        assert page.evaluate(FONTS_LOADED) == []
        if path != "404.html":  # the 404 page has no header buttons
            assert page.evaluate(ICONS_DRAWN) >= 3, f"{path}: icons not drawn"
        assert opened.problems() == {}


def test_admonition_icon_is_drawn_without_the_font(browser, base_url):
    with visit(browser, base_url, "chapters/tilgjengelighetserklaering.html") as opened:
        icon = opened.page.locator(".admonition-title svg.kb-admonition-icon").first
        expect(icon).to_be_visible()
        box = icon.bounding_box()
        assert 12 <= box["width"] <= 20 and 12 <= box["height"] <= 20
        assert opened.page.evaluate(FONTS_LOADED) == []


def test_menu_and_page_contents_open_on_a_phone(browser, base_url):
    with visit(browser, base_url, "chapters/innledning.html", width=320, height=640) as opened:
        page = opened.page
        chapter_link = page.get_by_role("navigation", name="Hovedmeny").get_by_role("link", name="Ordliste")
        expect(chapter_link).to_be_hidden()
        page.get_by_role("button", name="Vis eller skjul menyen").click()
        expect(chapter_link).to_be_visible()
        page.keyboard.press("Escape")
        expect(chapter_link).to_be_hidden()
        contents = page.get_by_role("button", name="Vis eller skjul innholdet på denne siden")
        contents.click()
        expect(page.locator("#pst-page-toc-nav").get_by_role("link").first).to_be_visible()
        assert opened.problems() == {}


def test_search_dialog_opens_over_the_page(browser, base_url):
    with visit(browser, base_url, "chapters/innledning.html") as opened:
        page = opened.page
        page.get_by_role("button", name="Søk Ctrl + K").click()
        dialog = page.locator("#pst-search-dialog")
        expect(dialog).to_be_visible()
        box = dialog.bounding_box()
        assert box["width"] > 300 and box["height"] > 20
        expect(dialog.get_by_role("searchbox")).to_be_focused()
        assert opened.problems() == {}
