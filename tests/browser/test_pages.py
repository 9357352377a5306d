"""Every built page: loads with nothing from other hosts, no errors, zero axe violations.

Screenshots at desktop, phone and narrow (320 px) widths go to ``_build/screenshots/`` for people to look at.
"""

from __future__ import annotations

import pytest

from ..conftest import ROOT, SITE
from book.browser import axe_violations, describe, visit

SCREENSHOTS = ROOT / "_build" / "screenshots"
PAGES = sorted(
    str(path.relative_to(SITE)) for path in SITE.rglob("*.html") if "_static" not in path.parts
) if SITE.is_dir() else []
WIDTHS = {"desktop": 1280, "phone": 360, "narrow": 320}

pytestmark = pytest.mark.browser


def test_pages_were_found(site):
    assert "index.html" in PAGES and "chapters/om-kildene.html" in PAGES


@pytest.mark.parametrize("width_name", WIDTHS)
@pytest.mark.parametrize("path", PAGES)
def test_page_is_clean_and_accessible(browser, base_url, path, width_name):
    with visit(browser, base_url, path, width=WIDTHS[width_name]) as opened:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = path.removesuffix(".html").replace("/", "__")
        opened.page.screenshot(path=SCREENSHOTS / f"{name}-{width_name}.png", full_page=True)
        violations = axe_violations(opened.page)
        assert opened.problems() == {}, f"{path}: {opened.problems()}"
        assert not violations, f"{path} at {width_name} width:\n{describe(violations)}"
