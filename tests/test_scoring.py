"""The Python scoring against the shared fixtures (the JS side runs the same files)."""

from __future__ import annotations

import json

import pytest

from book.scoring import assess

from .conftest import FIXTURES

SCORING = FIXTURES / "scoring"
SHARED = json.loads((SCORING / "catalogue.json").read_text(encoding="utf-8"))
CASES = sorted(p for p in SCORING.glob("*.json") if p.name != "catalogue.json")
SCORE_KEYS = ("theme", "total", "answered", "unknown", "sum", "band")


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_python_scoring_matches_fixture(path):
    case = json.loads(path.read_text(encoding="utf-8"))
    result = assess(SHARED["items"], SHARED["themes"], case["answers"], SHARED["catalogue"],
                    case["level"])
    expected = case["expected"]
    assert [{k: s[k] for k in SCORE_KEYS} for s in result["scores"]] == expected["scores"]
    for score in result["scores"]:
        if score["answered"]:
            assert score["mean"] == pytest.approx(score["sum"] / score["answered"])
        else:
            assert score["mean"] is None
    assert result["weakest"] == expected["weakest"]
    assert result["matches"] == expected["matches"]


def test_there_are_fixtures():
    assert len(CASES) >= 5
