"""Every built page: loads with nothing from other hosts, no errors or CSP violations, zero axe
violations (at 1280 and 320 px), and no sideways scrolling at 320 and 360 px (WCAG 2.1, 1.4.10:
wide tables scroll inside their own focusable container instead; see test_reflow.py).

Screenshots for people to look at are taken by ``make screenshots`` (tools/screenshots.py).
"""

from __future__ import annotations

import pytest

from tools.browser import axe_violations, describe, visit

from ..conftest import SITE

PAGES = (
    sorted(str(path.relative_to(SITE)) for path in SITE.rglob("*.html") if "_static" not in path.parts)
    if SITE.is_dir()
    else []
)
WIDTHS = {"desktop": 1280, "phone": 360, "narrow": 320}
AXE_AT = {"desktop", "narrow"}  # axe's rules do not depend on 320 vs 360; reflow does

pytestmark = pytest.mark.browser


def test_pages_were_found(site):
    assert "index.html" in PAGES and "chapters/om-kildene.html" in PAGES


def overflowing(page, width: int) -> list[str]:
    """The elements that stick out to the right of the viewport (to say what is wrong)."""
    return page.evaluate(
        """width => [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > width + 0.5 && e.offsetParent !== null
                && !e.closest('.pst-scrollable-table-container, .bd-sidebar-secondary, .bd-sidebar-primary'))
        .slice(0, 8).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`
                               + ` (${Math.round(e.getBoundingClientRect().right)} px)`)""",
        width,
    )


@pytest.mark.parametrize("width_name", WIDTHS)
@pytest.mark.parametrize("path", PAGES)
def test_page_is_clean_accessible_and_reflows(browser, base_url, path, width_name):
    width = WIDTHS[width_name]
    with visit(browser, base_url, path, width=width, height=640 if width < 1000 else 900) as opened:
        page = opened.page
        if width < 1000:
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            assert scroll_width <= width, f"{path} is {scroll_width} px wide: {overflowing(page, width)}"
        violations = axe_violations(page) if width_name in AXE_AT else []
        assert opened.problems() == {}, f"{path}: {opened.problems()}"
        assert not violations, f"{path} at {width_name} width:\n{describe(violations)}"
