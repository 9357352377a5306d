from __future__ import annotations

import pytest
from playwright.sync_api import sync_playwright

from tools.browser import launch, serve


@pytest.fixture(scope="session")
def base_url(site):
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()
