"""Reflow (WCAG 2.1, 1.4.10): no page scrolls sideways at 320 or 360 CSS px.

Wide tables scroll inside their own focusable container instead, with a visible cue.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tools.browser import visit

from ..conftest import SITE

pytestmark = pytest.mark.browser

PAGES = sorted(
    str(path.relative_to(SITE)) for path in SITE.rglob("*.html") if "_static" not in path.parts
) if SITE.is_dir() else []


def overflowing(page, width: int) -> list[str]:
    """The elements that stick out to the right of the viewport (to say what is wrong)."""
    return page.evaluate("""width => [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > width + 0.5 && e.offsetParent !== null
                && !e.closest('.pst-scrollable-table-container, .bd-sidebar-secondary, .bd-sidebar-primary'))
        .slice(0, 8).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`
                               + ` (${Math.round(e.getBoundingClientRect().right)} px)`)""", width)


@pytest.mark.parametrize("width", [320, 360])
@pytest.mark.parametrize("path", PAGES)
def test_no_page_scrolls_sideways(browser, base_url, path, width):
    with visit(browser, base_url, path, width=width, height=640) as opened:
        page = opened.page
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"{path} is {scroll_width} px wide: {overflowing(page, width)}"


def test_a_wide_table_scrolls_in_its_own_focusable_container_with_a_cue(browser, base_url):
    with visit(browser, base_url, "chapters/stier/for-kursholdere.html", width=320) as opened:
        page = opened.page
        box = page.locator(".pst-scrollable-table-container").first
        expect(box).to_have_attribute("tabindex", "0")
        assert page.evaluate("e => e.scrollWidth > e.clientWidth",
                             box.element_handle()), "the table fits: no cue needed"
        expect(box).to_have_class("pst-scrollable-table-container kb-scrolls")
        box.focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_function("e => e.scrollLeft > 0", arg=box.element_handle())


def test_the_landing_page_title_is_not_cut_off_or_broken(browser, base_url):
    with visit(browser, base_url, "index.html", width=320) as opened:
        title = opened.page.get_by_role("heading", level=1, name="Samarbeidsboka")
        lines = opened.page.evaluate("""e => {
            const range = document.createRange();
            range.selectNodeContents(e.firstChild);
            return [...range.getClientRects()].map(r => [r.left, r.right]); }""",
                                     title.element_handle())
        assert len(lines) == 1, f"the title is broken over {len(lines)} lines"
        assert lines[0][0] >= 0 and lines[0][1] <= 320
