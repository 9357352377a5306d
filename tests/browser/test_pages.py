"""Every built page: loads with nothing from other hosts, no errors, zero axe violations.

Screenshots for people to look at are taken by ``make screenshots`` (tools/screenshots.py).
"""

from __future__ import annotations

import pytest

from ..conftest import SITE
from tools.browser import axe_violations, describe, visit

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
        violations = axe_violations(opened.page)
        assert opened.problems() == {}, f"{path}: {opened.problems()}"
        assert not violations, f"{path} at {width_name} width:\n{describe(violations)}"
