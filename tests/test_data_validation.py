"""The data checker: a valid fixture passes; each kind of breakage gives one precise line.

Broken variants are made from ``tests/fixtures/data`` by one text edit each, so every case
shows exactly what was broken and what message a maintainer gets.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from book.catalogue import load_catalogue
from book.errors import DataValidationError

from .conftest import FIXTURES, ROOT

VALID = FIXTURES / "data"
SEEDS = FIXTURES / "seeds"


def broken_copy(tmp_path, file_name, old, new):
    target = tmp_path / "data"
    shutil.copytree(VALID, target)
    path = target / file_name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture edit does not apply: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def errors_for(data_dir) -> list[str]:
    with pytest.raises(DataValidationError) as caught:
        load_catalogue(data_dir, seeds=SEEDS)
    return [str(error) for error in caught.value.errors]


def test_valid_fixture_loads():
    catalogue = load_catalogue(VALID, seeds=SEEDS)
    assert list(catalogue.sources) == ["rapport-a"]
    assert [t.id for t in catalogue.themes_of("organisering")] == ["avtaler"]


CASES = {
    "malformed yaml": (
        "framework.yml",
        '    order: 1\n    name: "Organisering"',
        "    order: [1\n    name: x",
        "data/framework.yml:4: malformed YAML",
    ),
    "missing required field": (
        "framework.yml",
        '    name: "Samarbeidsavtaler"\n',
        "",
        "data/framework.yml:9, entry 'avtaler', field 'name': required field is missing",
    ),
    "unknown field": (
        "sources.yml",
        "    year: 2017\n",
        "    year: 2017\n    yaer: 2017\n",
        "data/sources.yml:8, entry 'rapport-a', field 'yaer': unknown field",
    ),
    "wrong type": (
        "framework.yml",
        '    order: 1\n    name: "Organisering"',
        '    order: first\n    name: "Organisering"',
        "data/framework.yml:3, entry 'organisering', field 'order': Input should be a valid integer",
    ),
    "duplicate id": (
        "framework.yml",
        "themes:",
        "  - id: organisering\n    order: 2\n    name: X\n    description: Y\n"
        '    sources: [{source: rapport-a, section: "1"}]\nthemes:',
        "data/framework.yml:8, entry 'organisering', field 'id': duplicate id (first defined at line 2)",
    ),
    "unknown area": (
        "framework.yml",
        "    area: organisering",
        "    area: ledelse",
        "data/framework.yml:10, entry 'avtaler', field 'area': unknown area 'ledelse' "
        "(no area has a similar id; see data/framework.yml)",
    ),
    "unknown section": (
        "framework.yml",
        '      - {source: rapport-a, section: "Sammendrag"}',
        '      - {source: rapport-a, section: "9.9"}',
        "data/framework.yml:16, entry 'avtaler', field 'sources.1.section': unknown section '9.9' "
        "in source 'rapport-a'",
    ),
    "unknown source": (
        "framework.yml",
        '      - {source: rapport-a, section: "Sammendrag"}',
        '      - {source: rapport-b, section: "1"}',
        "data/framework.yml:16, entry 'avtaler', field 'sources.1.source': unknown source "
        "'rapport-b' (did you mean 'rapport-a'?)",
    ),
    "a numbered section cited by its heading": (
        "framework.yml",
        '      - {source: rapport-a, section: "Sammendrag"}',
        '      - {source: rapport-a, section: "Innledning"}',
        "unknown section 'Innledning' in source 'rapport-a'",
    ),
    "no sources": (
        "framework.yml",
        '    sources:\n      - {source: rapport-a, section: "4.1"}\nthemes:',
        "    sources: []\nthemes:",
        "data/framework.yml:6, entry 'organisering', field 'sources': List should have at least 1",
    ),
    "bad id": (
        "framework.yml",
        "  - id: avtaler",
        "  - id: Avtaler Nye",
        "entry 'Avtaler Nye', field 'id': String should match pattern",
    ),
    "quote not in the report": (
        "framework.yml",
        'quote: "korte og konsise samarbeidsavtaler"',
        'quote: "korte og presise samarbeidsavtaler"',
        "data/framework.yml:15, entry 'avtaler', field 'sources.0.quote': quote not found "
        "verbatim in 'rapport-a'",
    ),
    "guillemets in text not in the report": (
        "framework.yml",
        "gjerne «korte og konsise»",
        "gjerne «korte og klare»",
        "data/framework.yml:13, entry 'avtaler', field 'description': «korte og klare» is not "
        "verbatim in the cited report(s) (rapport-a)",
    ),
    "barrier addressed by a practice that does not exist": (
        "barriers.yml",
        "addressed_by: [korte-avtaler]",
        "addressed_by: [lange-avtaler]",
        "data/barriers.yml:8, entry 'skepsis-til-avtaler', field 'addressed_by.0': unknown "
        "practice 'lange-avtaler' (did you mean 'korte-avtaler'?)",
    ),
    "practice on a theme that does not exist": (
        "practices.yml",
        "themes: [avtaler]",
        "themes: [avtaler, moter]",
        "data/practices.yml:5, entry 'korte-avtaler', field 'themes.1': unknown theme 'moter'",
    ),
    "practice without sources": (
        "practices.yml",
        '    sources:\n      - {source: rapport-a, section: "4.1"}\n',
        "",
        "data/practices.yml:2, entry 'korte-avtaler', field 'sources': required field is missing",
    ),
    "county example citing a section that does not exist": (
        "practices.yml",
        'sources: [{source: rapport-a, section: "1"}]',
        'sources: [{source: rapport-a, section: "2"}]',
        "data/practices.yml:13, entry 'korte-avtaler', field 'examples.0.sources.0.section': "
        "unknown section '2'",
    ),
    "practice with an unknown actor": (
        "practices.yml",
        "actors: [nav, fylkeskommunen]",
        "actors: [nav, kommunen]",
        "data/practices.yml:7, entry 'korte-avtaler', field 'actors.1': Input should be",
    ),
    "case linked to a practice that does not exist": (
        "cases.yml",
        "practices: [korte-avtaler]",
        "practices: [ukjent]",
        "data/cases.yml:6, entry 'telemark', field 'practices.0': unknown practice 'ukjent'",
    ),
    "figure row citing an unknown section": (
        "figures.csv",
        "rapport-a,4.1,",
        "rapport-a,4.2,",
        "data/figures.csv:2, entry 'antall-fylker', field 'sources.0.section': unknown section '4.2'",
    ),
    "figure with a non-numeric value": (
        "figures.csv",
        "antall-fylker,6,",
        "antall-fylker,seks,",
        "data/figures.csv:2, entry 'antall-fylker', field 'value': Input should be a valid number",
    ),
    "quiz question with two right answers": (
        "quiz.yml",
        '      - text: "Lange og detaljerte"',
        '      - text: "Lange og detaljerte"\n        correct: true',
        "data/quiz.yml:7, entry 'avtale-lengde', field 'options': exactly one option "
        "must have correct: true (found 2)",
    ),
    "quiz question without a right answer": (
        "quiz.yml",
        "        correct: true\n",
        "",
        "data/quiz.yml:7, entry 'avtale-lengde', field 'options': exactly one option "
        "must have correct: true (found 0)",
    ),
    "quiz question about a theme that does not exist": (
        "quiz.yml",
        "    theme: avtaler",
        "    theme: moter",
        "data/quiz.yml:5, entry 'avtale-lengde', field 'theme': unknown theme 'moter'",
    ),
    "unknown top-level key": (
        "framework.yml",
        "themes:",
        "temaer:",
        "data/framework.yml:8: unknown top-level key 'temaer' (expected: areas, themes)",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_broken_data_gives_a_precise_message(tmp_path, case):
    file_name, old, new, expected = CASES[case]
    errors = errors_for(broken_copy(tmp_path, file_name, old, new))
    assert any(error.startswith(expected) or expected in error for error in errors), errors


def test_missing_file_is_named(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    (data / "framework.yml").unlink()
    assert errors_for(data) == ["data/framework.yml: file is missing"]


def test_all_errors_are_reported_at_once(tmp_path):
    data = broken_copy(tmp_path, "framework.yml", "    area: organisering", "    area: ledelse")
    path = data / "sources.yml"
    path.write_text(path.read_text().replace("    year: 2017\n", "    year: 2017\n    x: 1\n"))
    errors = errors_for(data)
    assert len(errors) == 2
    assert {e.split(":")[0] for e in errors} == {"data/framework.yml", "data/sources.yml"}


def test_a_broken_entry_does_not_cascade(tmp_path):
    """A source with a typo still counts as existing: its citers get no extra errors."""
    data = broken_copy(tmp_path, "sources.yml", "    year: 2017\n", "    year: 2017\n    x: 1\n")
    assert len(errors_for(data)) == 1


def test_cli_check_exits_non_zero_and_prints_every_error(tmp_path):
    data = broken_copy(tmp_path, "framework.yml", "    area: organisering", "    area: ledelse")
    result = subprocess.run(
        [sys.executable, "-m", "book", "check", "--data", str(data)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "1 error in data/:" in result.stderr
    assert "unknown area 'ledelse'" in result.stderr


def test_cli_check_passes_on_valid_data():
    result = subprocess.run(
        [sys.executable, "-m", "book", "check", "--no-coverage", "--data", str(VALID)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("data OK: 1 sources")


def test_quotes_forgive_line_breaks_and_hyphenation_only():
    from book.quotes import occurs_in

    text = (SEEDS / "rapport-a.txt").read_text(encoding="utf-8")
    assert occurs_in("korte og konsise samarbeidsavtaler", text)
    assert occurs_in("«stammespråk» og fagspråk i møtene", text)
    assert not occurs_in("korte og konsise samarbeidsavtale r", text)
    assert not occurs_in("Korte og konsise", text)


def test_quotes_are_not_checked_without_the_reports(tmp_path, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    data = broken_copy(
        tmp_path, "framework.yml", 'quote: "korte og konsise samarbeidsavtaler"', 'quote: "noe helt annet"'
    )
    load_catalogue(data, seeds=tmp_path / "no-seeds-here")


def test_cli_check_demands_coverage():
    """The fixture has one practice and one case: the coverage rules must reject it."""
    result = subprocess.run(
        [sys.executable, "-m", "book", "check", "--data", str(VALID)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "theme 'avtaler' has 1 practices, needs at least 3" in result.stderr
    assert "no case for the SINTEF county 'Hordaland'" in result.stderr
    assert "area 'organisering' has 1 questions, needs 2 to 3" in result.stderr
