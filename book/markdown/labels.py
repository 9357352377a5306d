"""Sphinx labels (anchors) for data entries: one place decides how every kind is linked."""

from __future__ import annotations


def area(area_id: str) -> str:
    return f"omrade-{area_id}"


def theme(theme_id: str) -> str:
    return f"tema-{theme_id}"


def practice(practice_id: str) -> str:
    return f"grep-{practice_id}"


def barrier(barrier_id: str) -> str:
    return f"barriere-{barrier_id}"


def case(case_id: str) -> str:
    return f"fylke-{case_id}"


def recommendation(recommendation_id: str) -> str:
    return f"anbefaling-{recommendation_id}"


def term(term_id: str) -> str:
    return f"ord-{term_id}"


def source(key: str) -> str:
    return f"kilde-{key}"


def area_page(area_id: str) -> str:
    """The document that is the home of an area and its themes."""
    return f"chapters/omrader/{area_id}"
