"""«Utforsk grepene», driven as a reader does: filters by label, URL, keyboard, 320 px."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from book.catalogue import load_catalogue
from tools.browser import axe_violations, describe, visit

pytestmark = pytest.mark.browser
PAGE = "chapters/verktoy/utforsk-grepene.html"


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def choose(page, label: str, name: str) -> None:
    """Pick the option that starts with ``name`` (its label ends with a count)."""
    select = page.get_by_label(label)
    texts = select.locator("option").all_inner_texts()
    select.select_option(label=next(t for t in texts if t.startswith(f"{name} (")))


def shown(page) -> int:
    return page.locator(".kb-utforsk-item").count()


def test_filters_reduce_and_restore_the_list_and_the_url_keeps_them(browser, base_url, catalogue):
    total = len(catalogue.practices)
    theme = catalogue.themes["samarbeidsavtalen"]
    in_theme = len(catalogue.practices_of(theme.id))
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        status = page.get_by_role("status")
        expect(status).to_have_text(f"Viser alle {total} gode grep.")
        assert shown(page) == total

        choose(page, "Tema", theme.name)
        expect(status).to_have_text(f"Viser {in_theme} av {total} gode grep.")
        assert shown(page) == in_theme
        assert "tema=samarbeidsavtalen" in page.url

        choose(page, "Rapport", "SINTEF 2010")
        narrowed = shown(page)
        assert 0 < narrowed < in_theme
        page.get_by_label("Søk i grepene").fill("avtale")
        with_text = shown(page)
        assert 0 < with_text <= narrowed
        expect(status).to_have_text(f"Viser {with_text} av {total} gode grep.")
        # Counts in the options follow the other filters.
        label = page.get_by_label("Tema").locator("option:checked").inner_text()
        assert label.endswith(f"({with_text})"), label

        page.reload(wait_until="networkidle")
        expect(page.get_by_label("Tema")).to_have_value("samarbeidsavtalen")
        expect(page.get_by_label("Rapport")).to_have_value("sintef2010")
        expect(page.get_by_label("Søk i grepene")).to_have_value("avtale")
        assert shown(page) == with_text

        page.get_by_role("button", name="Nullstill filtrene").click()
        expect(status).to_have_text(f"Viser alle {total} gode grep.")
        assert shown(page) == total and "?" not in page.url

        violations = axe_violations(page)
        assert not violations, describe(violations)
        assert opened.problems() == {}


def test_a_shared_link_opens_with_its_filters_and_nothing_found_is_said(browser, base_url):
    with visit(browser, base_url, f"{PAGE}?niva=strategisk&aktor=ot&sok=finnesikkeiboka") as opened:
        page = opened.page
        expect(page.get_by_label("Nivå")).to_have_value("strategisk")
        expect(page.get_by_label("Aktør")).to_have_value("ot")
        expect(page.get_by_role("status")).to_contain_text("Viser 0 av")
        expect(page.get_by_role("status")).to_contain_text("Prøv å fjerne et filter")
        assert shown(page) == 0
        assert opened.problems() == {}


def test_keyboard_only_and_links_lead_to_the_practice(browser, base_url, catalogue):
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        page.get_by_label("Søk i grepene").focus()
        page.keyboard.type("busskort")
        expect(page.get_by_role("status")).to_contain_text("Viser 1 av")
        page.keyboard.press("Tab")  # the reset button
        assert page.evaluate("document.activeElement.textContent") == "Nullstill filtrene"
        page.keyboard.press("Tab")  # the first practice's link
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "/chapters/omrader/" in page.url and "#grep-" in page.url
        target = page.url.split("#")[1]
        assert page.locator(f"[id='{target}']").count() == 1
        assert opened.problems() == {}


def test_no_sideways_scrolling_at_320_px(browser, base_url):
    with visit(browser, base_url, f"{PAGE}?tema=samarbeidsavtalen", width=320) as opened:
        page = opened.page
        article = page.locator("article.bd-article")
        widths = article.evaluate("a => [a.scrollWidth, a.clientWidth]")
        assert widths[0] <= widths[1], widths
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        page.screenshot(path="/tmp/utforsk-320.png")
        violations = axe_violations(page)
        assert not violations, describe(violations)
        assert opened.problems() == {}
