"""Each rule of the checker at its boundary: the last valid case passes, the first invalid fails.

Cross-references (every rule in ``book.schema.ID_REFERENCES``), the coverage thresholds, the
SINTEF counties, the verbatim-quote check on the real data (and its CI guard), and
``python -m book stats``.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys

import pytest

from book import DATA_DIR
from book.catalogue import load_catalogue
from book.coverage import (
    MIN_BARRIERS_PER_THEME,
    MIN_PRACTICES_PER_THEME,
    SINTEF_COUNTIES,
    check_coverage,
)
from book.errors import DataValidationError
from book.models import (
    Barrier,
    Case,
    Citation,
    Practice,
    Recommendation,
    Theme,
)
from book.quotes import SEED_FILES, seeds_required
from book.quotes import SEEDS as REAL_SEEDS
from book.schema import ID_REFERENCES
from book.tool_models import AssessmentItem, DialogueCard, QuizQuestion

from .conftest import ROOT
from .test_data_validation import SEEDS, VALID, broken_copy, errors_for

# --- cross-references ----------------------------------------------------------------------

REFERENCES = {  # rule -> (file, valid text, the same with an id one letter off, line)
    (Theme, "area"): ("framework.yml", "    area: organisering", "    area: organiserin", 10),
    (Practice, "themes"): ("practices.yml", "themes: [avtaler]", "themes: [avtale]", 5),
    (Barrier, "themes"): ("barriers.yml", "themes: [avtaler]", "themes: [avtale]", 5),
    (Barrier, "addressed_by"): (
        "barriers.yml",
        "addressed_by: [korte-avtaler]",
        "addressed_by: [korte-avtale]",
        8,
    ),
    (Recommendation, "themes"): ("recommendations.yml", "themes: [avtaler]", "themes: [avtale]", 7),
    (Case, "themes"): ("cases.yml", "themes: [avtaler]", "themes: [avtale]", 7),
    (Case, "practices"): ("cases.yml", "practices: [korte-avtaler]", "practices: [korte-avtale]", 6),
    (AssessmentItem, "theme"): ("assessment.yml", "theme: avtaler", "theme: avtale", 3),
    (AssessmentItem, "practices"): (
        "assessment.yml",
        "practices: [korte-avtaler]",
        "practices: [korte-avtale]",
        5,
    ),
    (QuizQuestion, "area"): ("quiz.yml", "area: organisering", "area: organiserin", 4),
    (QuizQuestion, "theme"): ("quiz.yml", "theme: avtaler", "theme: avtale", 5),
    (QuizQuestion, "practice"): ("quiz.yml", "practice: korte-avtaler", "practice: korte-avtale", 14),
    (DialogueCard, "theme"): ("dialogue_cards.yml", "theme: avtaler", "theme: avtale", 3),
    (DialogueCard, "practices"): (
        "dialogue_cards.yml",
        "practices: [korte-avtaler]",
        "practices: [korte-avtale]",
        10,
    ),
}


def test_every_reference_rule_has_a_boundary_case():
    assert set(REFERENCES) == set(ID_REFERENCES)


@pytest.mark.parametrize("rule", REFERENCES, ids=lambda r: f"{r[0].__name__}.{r[1]}")
def test_each_reference_rule_at_its_boundary(tmp_path, rule):
    file_name, valid, near_miss, line = REFERENCES[rule]
    assert valid in (VALID / file_name).read_text(encoding="utf-8")  # the valid one loads
    load_catalogue(VALID, seeds=SEEDS)
    errors = errors_for(broken_copy(tmp_path, file_name, valid, near_miss))
    kind = ID_REFERENCES[rule].removesuffix("s")
    wanted = valid.split("[")[-1].split(": ")[-1].strip("]")
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"data/{file_name}:{line}, entry "), errors
    assert (
        f"unknown {kind} '{near_miss.split('[')[-1].split(': ')[-1].strip(']')}' "
        f"(did you mean '{wanted}'?)" in errors[0]
    ), errors


def test_a_reference_into_a_broken_entry_is_not_an_extra_error(tmp_path):
    """The practice has a typo in a field: its id still exists for barriers and cases."""
    data = broken_copy(tmp_path, "practices.yml", "level: strategisk", "level: strategi")
    errors = errors_for(data)
    assert len(errors) == 1 and "field 'level'" in errors[0], errors


# --- coverage thresholds ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def small():
    return load_catalogue(VALID, seeds=SEEDS)


def theme_errors(catalogue, word):
    return [e.message for e in check_coverage(catalogue) if f" {word}," in e.message]


def copies(entry, count):
    return {f"{entry.id}-{i}": entry.model_copy(update={"id": f"{entry.id}-{i}"}) for i in range(count)}


def test_the_thresholds_are_those_of_the_catalogue_issue():
    assert (MIN_PRACTICES_PER_THEME, MIN_BARRIERS_PER_THEME) == (3, 2)


@pytest.mark.parametrize("count,ok", [(2, False), (3, True)])
def test_practices_per_theme_at_the_threshold(small, count, ok):
    catalogue = dataclasses.replace(small, practices=copies(small.practices["korte-avtaler"], count))
    expected = [] if ok else [f"theme 'avtaler' has {count} practices, needs at least 3"]
    assert theme_errors(catalogue, "practices") == expected


@pytest.mark.parametrize("count,ok", [(1, False), (2, True)])
def test_barriers_per_theme_at_the_threshold(small, count, ok):
    barrier = small.barriers["skepsis-til-avtaler"]
    catalogue = dataclasses.replace(small, barriers=copies(barrier, count))
    expected = [] if ok else [f"theme 'avtaler' has {count} barriers, needs at least 2"]
    assert theme_errors(catalogue, "barriers") == expected


def county_cases(small, counties, source="sintef2010"):
    case = small.cases["telemark"]
    citation = Citation(source=source, section="2")
    return {
        f"case-{i}": case.model_copy(update={"id": f"case-{i}", "name": county, "sources": [citation]})
        for i, county in enumerate(counties)
    }


def county_errors(catalogue):
    return [e.message for e in check_coverage(catalogue) if "SINTEF county" in e.message]


def test_every_sintef_county_has_a_case(small):
    catalogue = dataclasses.replace(small, cases=county_cases(small, SINTEF_COUNTIES))
    assert county_errors(catalogue) == []
    catalogue = dataclasses.replace(small, cases=county_cases(small, SINTEF_COUNTIES[1:]))
    assert county_errors(catalogue) == [f"no case for the SINTEF county '{SINTEF_COUNTIES[0]}'"]


def test_a_county_case_counts_only_if_it_cites_sintef(small):
    cases = county_cases(small, SINTEF_COUNTIES[1:])
    other = county_cases(small, SINTEF_COUNTIES[:1], source="iris2017")["case-0"]
    cases["other"] = other.model_copy(update={"id": "other"})
    catalogue = dataclasses.replace(small, cases=cases)
    assert county_errors(catalogue) == [f"no case for the SINTEF county '{SINTEF_COUNTIES[0]}'"]


# --- quotes against the real reports -----------------------------------------------------------


def seeds_or_skip():
    if not all((REAL_SEEDS / name).is_file() for name in SEED_FILES.values()):
        if seeds_required():
            pytest.fail(f"the reports are missing from {REAL_SEEDS}; CI must have them")
        pytest.skip("shared/seeds is not beside the repository")


def real_copy(tmp_path, file_name, old, new):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    path = target / file_name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def first_quote(file_name):
    for line in (DATA_DIR / file_name).read_text(encoding="utf-8").splitlines():
        if 'quote: "' in line:
            return line.split('quote: "', 1)[1].split('"', 1)[0]
    raise AssertionError(f"no quote in {file_name}")


@pytest.mark.parametrize("file_name", ["practices.yml", "barriers.yml"])
def test_a_wrong_quote_planted_in_the_real_data_fails_the_check(tmp_path, file_name):
    seeds_or_skip()
    quote = first_quote(file_name)
    words = quote.split()
    wrong = " ".join([*words[:-1], words[-1][::-1] + "x"])
    with pytest.raises(DataValidationError) as caught:
        load_catalogue(real_copy(tmp_path, file_name, f'quote: "{quote}"', f'quote: "{wrong}"'))
    messages = [str(e) for e in caught.value.errors]
    assert len(messages) == 1 and "quote not found verbatim" in messages[0], messages
    assert messages[0].startswith(f"data/{file_name}:"), messages


def test_a_wrong_guillemet_quote_in_real_text_fails_the_check(tmp_path):
    seeds_or_skip()
    text = (DATA_DIR / "practices.yml").read_text(encoding="utf-8")
    span = text.split("«", 1)[1].split("»", 1)[0]
    with pytest.raises(DataValidationError) as caught:
        load_catalogue(real_copy(tmp_path, "practices.yml", f"«{span}»", f"«{span} ikke»"))
    assert any("is not verbatim in the cited report" in str(e) for e in caught.value.errors)


def test_missing_reports_are_an_error_in_ci(tmp_path, monkeypatch):
    monkeypatch.setenv("CI", "true")
    errors = errors_for_seeds(tmp_path / "no-seeds")
    assert len(errors) == 1 and errors[0].startswith(
        "data/sources.yml:3, entry 'rapport-a': the report's text is missing"
    ), errors
    command = [
        sys.executable,
        "-m",
        "book",
        "check",
        "--no-coverage",
        "--data",
        str(VALID),
        "--seeds",
        str(tmp_path / "no-seeds"),
    ]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env={"CI": "true"})
    assert result.returncode == 1 and "the report's text is missing" in result.stderr, result.stderr
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env={"CI": ""})
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("value", ["", "0", "false"])
def test_missing_reports_are_allowed_locally(tmp_path, monkeypatch, value):
    monkeypatch.setenv("CI", value)
    load_catalogue(VALID, seeds=tmp_path / "no-seeds")


def errors_for_seeds(seeds):
    with pytest.raises(DataValidationError) as caught:
        load_catalogue(VALID, seeds=seeds)
    return [str(error) for error in caught.value.errors]


# --- python -m book stats -------------------------------------------------------------------


def stats(data):
    return subprocess.run(
        [sys.executable, "-m", "book", "stats", "--data", str(data)], capture_output=True, text=True, cwd=ROOT
    )


def test_stats_counts_each_report_an_entry_cites(tmp_path):
    data = broken_copy(
        tmp_path,
        "sources.yml",
        "sources:\n",
        "sources:\n"
        + "\n".join(
            [
                "  - key: rapport-b",
                '    short_title: "Rapport B"',
                '    title: "B"',
                "    authors: []",
                "    year: null",
                '    reference: "B."',
                '    description: "B."',
                '    method: "B."',
                '    sample: "B."',
                '    period: "B."',
                "    limitations: []",
                '    sections: [{number: "2", heading: "To"}]',
                "",
            ]
        ),
    )
    practices = data / "practices.yml"
    practices.write_text(
        practices.read_text(encoding="utf-8")
        + "\n".join(
            [
                "  - id: moter",
                '    title: "Møt hverandre"',
                '    description: "Møt hverandre ofte."',
                "    themes: [avtaler]",
                "    level: operativt",
                "    actors: [ot]",
                '    sources: [{source: rapport-b, section: "2"}, {source: rapport-a, section: "1"}]',
                "",
            ]
        ),
        encoding="utf-8",
    )
    result = stats(data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "tema     rapport-b  rapport-a  grep  barrierer",
        "avtaler  1/0        2/1        2     1",
        "i alt    1/0        2/1        2     1",
        "",
        "cells: practices/barriers citing the report; an entry may cite several reports",
        "1 recommendations, 1 cases, 1 timeline, 1 glossary, 2 figures",
    ]


def test_stats_on_the_real_data_has_a_row_per_theme():
    catalogue = load_catalogue()
    result = stats(DATA_DIR)
    assert result.returncode == 0, result.stderr
    rows = [line.split() for line in result.stdout.split("\n\n")[0].splitlines()]
    assert rows[0] == ["tema", *catalogue.sources, "grep", "barrierer"]
    assert [row[0] for row in rows[1:-1]] == [
        theme.id for area in catalogue.areas_in_order for theme in catalogue.themes_of(area.id)
    ]
    assert rows[-1][-2:] == [str(len(catalogue.practices)), str(len(catalogue.barriers))]
    for row in rows[1:-1]:
        theme = row[0]
        assert row[-2] == str(len(catalogue.practices_of(theme)))
        assert row[-1] == str(len(catalogue.barriers_of(theme)))


def test_stats_reports_broken_data_without_a_traceback(tmp_path):
    result = stats(broken_copy(tmp_path, "framework.yml", "    area: organisering", "    area: x"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "data/framework.yml:10, entry 'avtaler', field 'area': unknown area 'x'" in result.stderr
