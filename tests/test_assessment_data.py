"""The self-assessment's statements: validated fields, and the rules a survey methodologist sets.

The fixture cases check that a broken statement gives one precise line; the rest check the
real ``data/assessment.yml`` (one to three practices each, rationale, a reasonable length).
"""

from __future__ import annotations

import pytest

from book.catalogue import load_catalogue

from .test_data_validation import broken_copy, errors_for

pytestmark = pytest.mark.data

CASES = {
    "statement naming a practice that does not exist": (
        "practices: [korte-avtaler]",
        "practices: [korte-avtaler, ukjent-grep]",
        "data/assessment.yml:5, entry 'avtale-kjent', field 'practices.1': unknown practice 'ukjent-grep'",
    ),
    "statement with four practices": (
        "practices: [korte-avtaler]",
        "practices: [korte-avtaler, korte-avtaler, korte-avtaler, korte-avtaler]",
        "data/assessment.yml:5, entry 'avtale-kjent', field 'practices': List should have at most 3",
    ),
    "statement without a rationale": (
        '    rationale: "En avtale hjelper bare når den er kjent."\n',
        "",
        "data/assessment.yml:2, entry 'avtale-kjent', field 'rationale': required field is missing",
    ),
    "statement on an unknown theme": (
        "theme: avtaler",
        "theme: moter",
        "data/assessment.yml:3, entry 'avtale-kjent', field 'theme': unknown theme 'moter'",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_broken_statement_gives_a_precise_message(tmp_path, case):
    old, new, expected = CASES[case]
    errors = errors_for(broken_copy(tmp_path, "assessment.yml", old, new))
    assert any(error.startswith(expected) for error in errors), errors


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def test_statements_fit_in_about_fifteen_minutes(catalogue):
    assert 25 <= len(catalogue.items) <= 40


def test_every_theme_has_two_to_four_statements(catalogue):
    for theme in catalogue.themes:
        count = sum(item.theme == theme for item in catalogue.items.values())
        assert 2 <= count <= 4, (theme, count)


def test_statements_are_short_and_one_sentence(catalogue):
    for item in catalogue.items.values():
        assert len(item.text.split()) <= 22, item.id
        assert item.text.count(". ") == 0, item.id


def test_rationales_are_one_or_two_sentences(catalogue):
    for item in catalogue.items.values():
        sentences = [s for s in item.rationale.replace("?", ".").split(". ") if s.strip()]
        assert 1 <= len(sentences) <= 2, item.id


def test_not_applicable_statements_say_when_in_their_rationale(catalogue):
    allowed = [item for item in catalogue.items.values() if item.not_applicable]
    assert len(allowed) >= 3
    for item in allowed:
        assert "Ikke aktuelt" in item.rationale, item.id


def test_reverse_statements_are_few(catalogue):
    reversed_ = [item for item in catalogue.items.values() if item.reverse]
    assert len(reversed_) <= 3
    for item in reversed_:  # «noen ganger»/«noen av oss» is nearly always true: not balanced
        assert "noen ganger" not in item.text and "noen av oss" not in item.text, item.id


def test_a_statement_names_a_practice_of_its_own_theme(catalogue):
    """Else the tags have a gap: a leader weak in the theme would never see that practice."""
    for item in catalogue.items.values():
        themes = [catalogue.practices[p].themes for p in item.practices]
        assert any(item.theme in t for t in themes), (item.id, item.practices)


def test_the_notes_the_widget_shows_exist(catalogue):
    assert {"vi", "skala", "ikke-aktuelt"} <= set(catalogue.assessment_notes)
    assert "Nav" in catalogue.assessment_notes["vi"].text


def test_some_practices_sustain_good_collaboration(catalogue):
    assert len([p for p in catalogue.practices.values() if p.sustains]) >= 3
