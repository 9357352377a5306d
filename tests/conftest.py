"""Shared paths for all tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "_build" / "html"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def site() -> Path:
    """The built site; run `make book` (or `make test`, which builds first) to create it."""
    if not (SITE / "index.html").is_file():
        pytest.fail("_build/html is missing: run `make book` first (make test does this)")
    return SITE
