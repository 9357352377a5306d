"""Reflow (WCAG 2.1, 1.4.10): wide tables scroll inside their own focusable container, with a
visible cue; the landing page's title fits. (Every page at 320 and 360 px: test_pages.py.)
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tools.browser import visit

pytestmark = pytest.mark.browser


def test_a_wide_table_scrolls_in_its_own_focusable_container_with_a_cue(browser, base_url):
    with visit(browser, base_url, "chapters/stier/for-kursholdere.html", width=320) as opened:
        page = opened.page
        box = page.locator(".pst-scrollable-table-container").first
        expect(box).to_have_attribute("tabindex", "0")
        assert page.evaluate("e => e.scrollWidth > e.clientWidth", box.element_handle()), (
            "the table fits: no cue needed"
        )
        expect(box).to_have_class("pst-scrollable-table-container kb-scrolls")
        box.focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_function("e => e.scrollLeft > 0", arg=box.element_handle())


def test_the_landing_page_title_is_not_cut_off_or_broken(browser, base_url):
    with visit(browser, base_url, "index.html", width=320) as opened:
        title = opened.page.get_by_role("heading", level=1, name="Samarbeidsboka")
        lines = opened.page.evaluate(
            """e => {
            const range = document.createRange();
            range.selectNodeContents(e.firstChild);
            return [...range.getClientRects()].map(r => [r.left, r.right]); }""",
            title.element_handle(),
        )
        assert len(lines) == 1, f"the title is broken over {len(lines)} lines"
        assert lines[0][0] >= 0 and lines[0][1] <= 320
