"""The glossary linker's word index finds exactly what one combined pattern would (the reference)."""

from __future__ import annotations

import random
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from book.catalogue import load_catalogue
from book.ext.glossary_links import Matcher, first_word, matcher_for, patterns_for

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.data


def combined(patterns) -> re.Pattern:
    return re.compile("|".join(f"(?P<t{i}>{p.regex.pattern})" for i, p in enumerate(patterns)))


def reference_first_pending(patterns, value: str, pending: set[str], regex: re.Pattern | None = None):
    """The old linker: every term one named group of one pattern, leftmost match first."""
    for match in (regex or combined(patterns)).finditer(value):
        term_id = patterns[int(match.lastgroup[1:])].term_id
        if term_id in pending:
            return match.span(), term_id
    return None


def found(matcher: Matcher, value: str, pending: set[str]):
    result = matcher.first_pending(value, pending)
    return None if result is None else (result[0].span(), result[1])


def book_texts() -> list[str]:
    """Every paragraph-sized piece of the chapters' Markdown and the data files' text."""
    texts = []
    for path in sorted([*ROOT.glob("chapters/**/*.md"), *ROOT.glob("data/*.yml")]):
        texts += [t for t in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if t.strip()]
    return texts


def test_the_word_index_agrees_with_one_combined_pattern_on_the_whole_book():
    terms = list(load_catalogue().glossary.values())
    patterns = patterns_for(terms)
    matcher = matcher_for(terms)
    ids = [p.term_id for p in patterns]
    regex = combined(patterns)
    rng = random.Random(2026)
    texts = book_texts()
    hits = 0
    for text in texts:
        for pending in (set(ids), set(rng.sample(ids, 3))):
            expected = reference_first_pending(patterns, text, pending, regex)
            assert found(matcher, text, pending) == expected, (text[:80], sorted(pending)[:5])
            hits += expected is not None
    assert hits > len(texts) // 2  # the comparison is about real matches, not only misses


def test_inflections_and_ties_and_skipped_terms():
    terms = [
        SimpleNamespace(id="nav", term="NAV"),
        SimpleNamespace(id="kontor", term="NAV-kontor"),
        SimpleNamespace(id="ny", term="Ny GIV"),
        SimpleNamespace(id="ot", term="Oppfølgingstjenesten (OT)"),
        SimpleNamespace(id="giv", term="GIV"),
    ]
    matcher, patterns = matcher_for(terms), patterns_for(terms)
    for text, pending in [
        ("Nav-kontorene og Navs folk", {"nav", "kontor"}),
        ("Navs folk", {"nav"}),
        ("Ny GIV-prosjektet, så Ny GIV.", {"ny"}),
        ("OT, ot og oppfølgingstjenestens", {"ot"}),
        ("Nav-kontor først, så Nav-kontor igjen", {"kontor"}),
        ("ingenting her", {"nav", "kontor", "ny", "ot"}),
        ("Ny GIV og GIV", {"giv"}),  # inside a matched term that is already linked: the next one
    ]:
        assert found(matcher, text, pending) == reference_first_pending(patterns, text, pending), text
    assert found(matcher, "Nav-kontorene", {"kontor"})[0] == (0, 13)
    assert found(matcher, "Ny GIV og GIV", {"giv"})[0] == (10, 13)


def test_a_term_that_does_not_start_with_a_letter_or_digit_is_refused():
    with pytest.raises(ValueError, match="does not start with a letter or digit"):
        first_word("«»")
