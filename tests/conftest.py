"""Shared paths for all tests, and the test tiers.

Every test gets one tier marker (see pyproject.toml): ``browser`` (set by the module), ``build``
(uses the built site, or is marked because it builds a book), ``data`` (reads the real
``data/``), else ``unit``. ``make test-fast`` runs ``-m "unit or data"``: no build, no browser.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# `make book` checks the real data with CI's rules (a missing report is an error) before pytest
# runs. The tests use fixture data and book copies that have no reports beside them, so they run
# with the local rule; the tests of the CI rule set CI themselves.
os.environ.pop("CI", None)

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "_build" / "html"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

TIERS = ("browser", "build", "data", "unit")
BUILD_FIXTURES = {"site", "base_url", "browser"}
DATA_MODULES = {"test_data_catalogue", "test_data_validation", "test_widget_python"}


def tier_of(item: pytest.Item) -> str:
    if any(item.get_closest_marker(tier) for tier in TIERS):
        return ""  # marked by hand or by its module
    if BUILD_FIXTURES & set(getattr(item, "fixturenames", ())):
        return "build"
    if item.module.__name__.rsplit(".", 1)[-1] in DATA_MODULES:
        return "data"
    return "unit"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if tier := tier_of(item):
            item.add_marker(tier)


@pytest.fixture(scope="session")
def site() -> Path:
    """The built site; run `make book` (or `make test`, which builds first) to create it."""
    if not (SITE / "index.html").is_file():
        pytest.fail("_build/html is missing: run `make book` first (make test does this)")
    return SITE
