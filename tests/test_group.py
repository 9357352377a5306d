"""Group statistics in Python agree with the page's (shared fixtures in tests/fixtures/group/)."""

from __future__ import annotations

import json

import pytest

from book.group import disagreements, group_profiles, role_counts, side_gaps, theme_stats

from .conftest import ROOT

FIXTURES = sorted((ROOT / "tests" / "fixtures" / "group").glob("*.json"))


def close(actual, expected) -> bool:
    """Equal, with numbers compared to 1e-9."""
    if isinstance(expected, float):
        return isinstance(actual, (int, float)) and abs(actual - expected) < 1e-9
    if isinstance(expected, dict):
        return actual.keys() == expected.keys() and all(close(actual[k], expected[k]) for k in expected)
    if isinstance(expected, list):
        return len(actual) == len(expected) and all(map(close, actual, expected))
    return actual == expected


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_python_group_statistics_match_the_shared_fixtures(path):
    fixture = json.loads(path.read_text(encoding="utf-8"))
    args = (fixture["items"], fixture["themes"], fixture["respondents"])
    assert close(theme_stats(*args), fixture["expected"]["stats"])
    assert close(side_gaps(*args), fixture["expected"]["gaps"])
    assert close([list(pair) for pair in role_counts(fixture["respondents"])], fixture["expected"]["roles"])
    talk = disagreements(theme_stats(*args), side_gaps(*args))
    assert close(talk, fixture["expected"]["disagreements"])
    assert close(group_profiles(*args), fixture["expected"]["profiles"])


def test_workshop_fixture_by_hand():
    fixture = json.loads((ROOT / "tests/fixtures/group/workshop.json").read_text(encoding="utf-8"))
    gaps = side_gaps(fixture["items"], fixture["themes"], fixture["respondents"])
    # Theme a, reversed a2 turned: Nav 5, 4, 4; county 2, 2, 1.5. Theme b: two on the county side.
    assert gaps[0]["nav"] == pytest.approx(13 / 3) and gaps[0]["county"] == pytest.approx(5.5 / 3)
    assert gaps[1]["hidden"] and gaps[1]["countyN"] == 2
