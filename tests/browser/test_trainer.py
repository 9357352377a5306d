"""The trainer kit in the browser: print page counts (Chromium's page.pdf), the card PDF set,
the A6 cards fit their cells, 320 px reflow, and the projector driven by its visible labels."""

from __future__ import annotations

import re
import unicodedata

import pytest
from playwright.sync_api import expect

from book.catalogue import load_catalogue
from tools.browser import visit
from tools.cards import KIT, make_kit, page_count, pdf_text, print_pdf

pytestmark = pytest.mark.browser

KIT_PAGES = [
    "chapters/kurs/fagdag-tre-timer.html",
    "chapters/kurs/fagdag-hel-dag.html",
    "chapters/kurs/dialogkort.html",
    "chapters/kurs/dialogkort-a6.html",
    "chapters/kurs/sporsmalsark.html",
    "chapters/kurs/selvvurdering-papir.html",
    "chapters/kurs/projektor/index.html",
    "chapters/kurs/projektor/felles-forstaelse.html",
]
PROJECTOR = "chapters/kurs/projektor/to-organisasjoner-motes.html"


def squeeze(text: str) -> str:
    """Text without spaces, line breaks or hyphens, ligatures (ﬁ) undone, for PDF text."""
    return re.sub(r"[\s\-]+", "", unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize("path", ["chapters/kurs/fagdag-tre-timer.html", "chapters/kurs/fagdag-hel-dag.html"])
def test_programme_prints_on_one_a4_page(browser, base_url, path):
    pdf = print_pdf(browser, base_url, path)
    assert page_count(pdf) == 1
    assert "Varianter" in pdf_text(pdf)  # the last part is there, not cut


def test_card_pdf_set_has_one_page_per_sheet(browser, base_url, tmp_path):
    counts = make_kit(browser, base_url, tmp_path)
    expected = {name: pages for name, (_, pages) in KIT.items() if pages is not None}
    assert {name: counts[name] for name in expected} == expected
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == sorted(KIT)
    # The paper self-assessment prints completely: every statement is in the PDF.
    text = squeeze(pdf_text((tmp_path / "selvvurdering-papir.pdf").read_bytes()))
    missing = [item.id for item in load_catalogue().items.values() if squeeze(item.text) not in text]
    assert missing == []


def test_a6_cards_fit_their_cells(browser, base_url):
    with visit(browser, base_url, "chapters/kurs/dialogkort-a6.html") as opened:
        opened.page.emulate_media(media="print")
        overflowing = opened.page.eval_on_selector_all(
            ".kb-cards-a6 .kb-card",
            "cards => cards.filter(c => c.scrollHeight > c.clientHeight + 1)"
            ".map(c => c.querySelector('h2').textContent)",
        )
        sheets = opened.page.locator(".kb-a6-sheet").count()
    assert overflowing == []
    assert sheets == 3


@pytest.mark.parametrize("path", KIT_PAGES)
def test_no_sideways_scrolling_at_320_px(browser, base_url, path):
    with visit(browser, base_url, path, width=320) as opened:
        width = opened.page.evaluate("document.documentElement.scrollWidth")
        # Tables fit too, rather than scrolling inside their own box.
        wide_tables = opened.page.eval_on_selector_all(
            ".bd-article table", "ts => ts.filter(t => t.scrollWidth > t.parentElement.clientWidth).length"
        )
    assert width <= 320
    assert wide_tables == 0


# Each time in a programme's first column, and whether its digits land on more than one line.
SPLIT_TIMES = """cells => cells.flatMap(cell => {
  const text = cell.firstChild.nodeType === 3 ? cell.firstChild : cell.querySelector('p').firstChild;
  return [...text.data.matchAll(/\\d\\d?\\.\\d\\d/g)].filter(time => {
    const range = document.createRange();
    range.setStart(text, time.index);
    range.setEnd(text, time.index + time[0].length);
    return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1;
  }).map(time => time[0]);
})"""


@pytest.mark.parametrize("path", ["chapters/kurs/fagdag-tre-timer.html", "chapters/kurs/fagdag-hel-dag.html"])
def test_programme_times_stay_whole_at_320_px(browser, base_url, path):
    with visit(browser, base_url, path, width=320) as opened:
        cells = opened.page.locator(".kb-programme table tbody td:first-child")
        assert cells.count() >= 8
        assert cells.evaluate_all(SPLIT_TIMES) == []


def test_projector_steps_with_buttons_and_arrow_keys(browser, base_url):
    with visit(browser, base_url, PROJECTOR) as opened:
        page = opened.page
        slides = page.locator("section.kb-slide")
        total = slides.count()
        assert total > 10
        status = page.get_by_text(re.compile(r"^Lysbilde \d+ av \d+$"))
        expect(status).to_have_text(f"Lysbilde 1 av {total}")
        expect(page.get_by_role("heading", name="Når to organisasjoner møtes", level=2)).to_be_visible()
        expect(slides.nth(1)).to_be_hidden()

        page.get_by_role("button", name="Neste").click()
        expect(status).to_have_text(f"Lysbilde 2 av {total}")
        expect(slides.nth(0)).to_be_hidden()
        expect(slides.nth(1)).to_be_visible()

        page.keyboard.press("ArrowRight")
        expect(status).to_have_text(f"Lysbilde 3 av {total}")
        page.keyboard.press("ArrowLeft")
        page.keyboard.press("ArrowLeft")
        expect(status).to_have_text(f"Lysbilde 1 av {total}")
        expect(page.get_by_role("button", name="Forrige")).to_have_attribute("aria-disabled", "true")

        page.keyboard.press("End")
        expect(status).to_have_text(f"Lysbilde {total} av {total}")
        expect(page.get_by_role("button", name="Neste")).to_have_attribute("aria-disabled", "true")
        expect(slides.nth(total - 1)).to_be_visible()

        page.get_by_role("button", name="Vis som vanlig side").click()
        for k in range(total):
            expect(slides.nth(k)).to_be_visible()
        page.get_by_role("button", name="Vis som lysbilder").focus()
        page.keyboard.press("Enter")
        expect(status).to_have_text(f"Lysbilde {total} av {total}")
        assert opened.problems() == {}


def test_projector_without_javascript_is_an_ordinary_page(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base_url + PROJECTOR)
        slides = page.locator("section.kb-slide")
        assert slides.count() > 10
        for k in range(slides.count()):
            expect(slides.nth(k)).to_be_visible()
        expect(page.get_by_role("button", name="Neste")).to_have_count(0)
    finally:
        context.close()
