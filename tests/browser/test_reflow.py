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


# Every word of a heading's text whose pieces land on more than one line (a compound split
# mid-word); words with a hyphen may break at it.
SPLIT_WORDS = """() => {
  const split = [];
  for (const heading of document.querySelectorAll('.bd-article :is(h1, h2, h3)')) {
    if (!heading.offsetParent) continue;
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.data.matchAll(/[^\\s-]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (tops.size > 1) split.push(`${heading.tagName}: ${word[0]}`);
      }
    }
  }
  return split;
}"""


@pytest.mark.parametrize(
    "path",
    [
        "chapters/omrader/to-organisasjoner-motes.html",
        "chapters/omrader/relasjoner-og-egenskaper.html",
        "chapters/kurs/sporsmalsark.html",
        "chapters/kurs/dialogkort.html",
        "chapters/ny-giv.html",
    ],
)
def test_headings_at_320_px_keep_their_words_whole(browser, base_url, path):
    with visit(browser, base_url, path, width=320) as opened:
        assert opened.page.evaluate(SPLIT_WORDS) == []


def test_a_dialogue_card_title_stays_larger_than_its_sub_headings_at_320_px(browser, base_url):
    with visit(browser, base_url, "chapters/kurs/dialogkort-a6.html", width=320) as opened:
        card = opened.page.locator(".kb-card").first
        title = card.get_by_role("heading", level=2).evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
        assert all(
            title >= 1.15 * sub
            for sub in card.get_by_role("heading", level=3).evaluate_all(
                "hs => hs.map(h => parseFloat(getComputedStyle(h).fontSize))"
            )
        ), title
