"""The site as published: under a sub-path (/samarbeidsboka/, as a GitHub Pages project
site), with the server's CSP and gzip; missing pages get the Norwegian 404 page."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tools.browser import serve, visit

from ..conftest import SITE

pytestmark = pytest.mark.browser
PREFIX = "/samarbeidsboka/"
PAGES = (
    sorted(
        str(path.relative_to(SITE))
        for path in SITE.rglob("*.html")
        if "_static" not in path.parts and path.name != "404.html"
    )
    if SITE.is_dir()
    else []
)


@pytest.fixture(scope="module")
def sub_path_url(site):
    with serve(site, prefix=PREFIX) as url:
        yield url


def test_every_page_loads_completely_under_a_sub_path(browser, sub_path_url):
    assert sub_path_url.endswith(PREFIX) and len(PAGES) > 10
    problems = {}
    for path in PAGES:
        with visit(browser, sub_path_url, path) as opened:
            found = opened.problems()
            encodings = opened.page.evaluate(
                "performance.getEntriesByType('resource').concat(performance.getEntriesByType("
                "'navigation')).filter(e => e.encodedBodySize < e.decodedBodySize).length"
            )
            if found or not encodings:
                problems[path] = found or "nothing was sent compressed"
    assert problems == {}


def test_navigation_search_and_self_assessment_under_a_sub_path(browser, sub_path_url):
    with visit(browser, sub_path_url, "index.html") as opened:
        page = opened.page
        page.get_by_role("navigation", name="Hovedmeny").get_by_role(
            "link", name="Selvvurdering"
        ).first.click()
        page.wait_for_url(f"**{PREFIX}chapters/verktoy/selvvurdering.html")
        expect(page.get_by_text("besvart").first).to_be_visible()
        page.locator(".bd-footer-content").get_by_role("link", name="Om nettstedet").click()
        page.wait_for_url(f"**{PREFIX}chapters/om-nettstedet.html")
        page.keyboard.press("Control+k")
        field = page.get_by_role("searchbox").first
        field.fill("samarbeidsavtalene")
        field.press("Enter")
        page.wait_for_url(f"**{PREFIX}search.html?q=*")
        expect(page.locator("#search-results li").first).to_be_visible(timeout=10_000)
        assert opened.problems() == {}


def test_a_missing_page_gets_the_norwegian_404_page(browser, sub_path_url):
    context = browser.new_context(locale="nb-NO")
    page = context.new_page()
    try:
        response = page.goto(sub_path_url + "finnes-ikke.html")
        assert response.status == 404
        expect(page.get_by_role("heading", name="Siden finnes ikke", level=1)).to_be_visible()
        page.get_by_role("link", name="Gå til forsiden av Samarbeidsboka").click()
        page.wait_for_url(sub_path_url + "index.html")
    finally:
        context.close()
