"""The Python scoring against the shared fixtures (the JS side runs the same files).

Each fixture's ``expected`` holds any of ``scores``, ``weakest``, ``matches`` (``assess``)
and ``advice`` (``advise``); every key it holds is checked.
"""

from __future__ import annotations

import json

import pytest

from book.scoring import advise, assess

from .conftest import FIXTURES

SCORING = FIXTURES / "scoring"
SHARED = json.loads((SCORING / "catalogue.json").read_text(encoding="utf-8"))
CASES = sorted(p for p in SCORING.glob("*.json") if p.name != "catalogue.json")
SCORE_KEYS = ("theme", "total", "answered", "unknown", "not_applicable", "sum", "band")


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_python_scoring_matches_fixture(path):
    case = json.loads(path.read_text(encoding="utf-8"))
    args = (SHARED["items"], SHARED["themes"], case["answers"], SHARED["catalogue"], case["level"])
    result = assess(*args)
    expected = case["expected"]
    assert set(expected) <= {"scores", "weakest", "matches", "advice"}
    if "scores" in expected:
        assert [{k: s[k] for k in SCORE_KEYS} for s in result["scores"]] == expected["scores"]
    for score in result["scores"]:
        if score["answered"]:
            assert score["mean"] == pytest.approx(score["sum"] / score["answered"])
        else:
            assert score["mean"] is None
    for key in ("weakest", "matches"):
        if key in expected:
            assert result[key] == expected[key]
    if "advice" in expected:
        assert advise(*args) == expected["advice"]


def test_there_are_fixtures():
    assert len(CASES) >= 5
    assert sum("advice" in json.loads(p.read_text(encoding="utf-8"))["expected"] for p in CASES) >= 8
