"""Folds on the area chapters: every entry's anchor still lands on it, and opens its fold."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tools.browser import visit

from ..conftest import SITE

pytestmark = pytest.mark.browser

AREA_PAGES = (
    sorted(f"chapters/omrader/{p.name}" for p in (SITE / "chapters" / "omrader").glob("*.html"))
    if SITE.is_dir()
    else []
)


@pytest.mark.parametrize("path", AREA_PAGES)
def test_every_entry_anchor_lands_on_its_entry_and_opens_its_fold(browser, base_url, path):
    with visit(browser, base_url, path) as opened:
        page = opened.page
        ids = page.eval_on_selector_all("[id^='grep-'], [id^='barriere-']", "els => els.map(e => e.id)")
        assert len(ids) >= 4
        assert page.locator("details.kb-fold[open]").count() == 0
        for anchor in ids:
            page.evaluate("id => { window.location.hash = id; }", anchor)
            fold = page.locator(f"section:has(> #{anchor}) > details.kb-fold")
            expect(fold).to_have_attribute("open", "")
            body = fold.locator(".kb-fold-body")
            expect(body).to_be_visible()
            expect(body.locator(".kb-kilde").first).to_be_visible()
            assert page.evaluate(
                "id => { const r = document.getElementById(id).parentElement"
                ".getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }",
                anchor,
            )
        assert opened.problems() == {}


def test_a_link_from_another_page_opens_the_entry_it_points_at(browser, base_url):
    with visit(browser, base_url, "chapters/stier/for-kursholdere.html") as opened:
        page = opened.page
        page.get_by_role("link", name="felles fagsamlinger").click()
        page.wait_for_url("**#grep-felles-fagsamlinger")
        fold = page.locator("section:has(> #grep-felles-fagsamlinger) > details.kb-fold")
        expect(fold.locator(".kb-fold-body")).to_be_visible()
        assert opened.problems() == {}


def test_the_overview_links_open_their_entries_and_folds_work_with_the_keyboard(browser, base_url):
    with visit(browser, base_url, "chapters/omrader/arbeide-sammen.html") as opened:
        page = opened.page
        barrier = page.get_by_role("link", name="Møter som ikke gir noe konkret")
        barrier.click()
        fold = page.locator("section:has(> #barriere-moter-uten-nytte) > details.kb-fold")
        expect(fold.locator(".kb-fold-body")).to_be_visible()
        expect(fold.locator("summary")).to_contain_text("Barriere")
        other = page.locator("details.kb-fold-grep").first
        summary = other.locator("summary")
        expect(summary).to_contain_text("Godt grep")
        summary.focus()
        page.keyboard.press("Enter")
        expect(other.locator(".kb-fold-body")).to_be_visible()
        page.keyboard.press("Enter")
        expect(other.locator(".kb-fold-body")).to_be_hidden()
        assert opened.problems() == {}
