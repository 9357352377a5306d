"""Chart pages in the browser: named SVG images with their tables, print, 320 px, no JS."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tools.browser import axe_violations, describe, visit

pytestmark = pytest.mark.browser
CHART_PAGES = {
    "chapters/tall/kunnskapsgrunnlaget.html": ["Gode grep og barrierer per tema og studie"],
    "chapters/tall/studiene.html": [
        "Hvor mange personer studiene bygger på",
        "Svar på AFIs spørreundersøkelse våren 2015",
        "Målet for gjennomføring i Ny GIV",
        "Andel kombinasjonstiltak i OTTO-registeret",
    ],
    "chapters/tall/over-tid.html": ["Hendelser i samarbeidet"],
}


@pytest.mark.parametrize("path", CHART_PAGES)
def test_charts_are_named_images_with_tables_and_no_script(browser, base_url, path):
    with visit(browser, base_url, path) as opened:
        page = opened.page
        for title in CHART_PAGES[path]:
            image = page.get_by_role("img", name=title)
            expect(image).to_have_count(1)
            figure = page.locator("figure.kb-chart", has=image)
            folded = figure.locator("details.kb-chart-data > summary")
            if folded.count():  # a long table is folded: the reader opens it
                folded.click()
            expect(figure.get_by_role("table")).to_have_count(1)
            expect(figure.get_by_role("table")).to_be_visible()
        scripts = page.evaluate(
            "[...document.scripts].map(s => s.src).filter(s => /vega|kb-widgets|host\\.js/.test(s))"
        )
        assert scripts == []
        violations = axe_violations(page)
        assert not violations, describe(violations)
        assert opened.problems() == {}


@pytest.mark.parametrize("path", CHART_PAGES)
def test_chart_pages_reflow_at_320_px_and_print_folded_tables(browser, base_url, path):
    with visit(browser, base_url, path, width=320) as opened:
        page = opened.page
        widths = page.locator("article.bd-article").evaluate("a => [a.scrollWidth, a.clientWidth]")
        assert widths[0] <= widths[1], widths
        for svg in page.locator("svg.kb-chart-svg").all():
            assert svg.bounding_box()["width"] <= 320
        page.emulate_media(media="print")
        for table in page.locator("figure.kb-chart table").all():
            assert table.is_visible()
        assert opened.problems() == {}


def test_charts_work_from_disk_without_a_server(browser, site):
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto((site / "chapters/tall/studiene.html").as_uri())
    expect(page.get_by_role("img", name="Målet for gjennomføring i Ny GIV")).to_be_visible()
    context.close()
    assert errors == []
