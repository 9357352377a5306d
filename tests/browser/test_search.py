"""Search works in Norwegian, from the search field, with nothing from other hosts."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tools.browser import visit

pytestmark = pytest.mark.browser


def test_search_finds_a_norwegian_word_in_its_inflected_form(browser, base_url):
    with visit(browser, base_url, "index.html") as opened:
        page = opened.page
        page.keyboard.press("Control+k")
        field = page.get_by_role("searchbox").first
        field.fill("samarbeidsavtalene")
        field.press("Enter")
        page.wait_for_url("**/search.html?q=*")
        results = page.locator("#search-results li")
        expect(results.first).to_be_visible(timeout=10_000)
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
