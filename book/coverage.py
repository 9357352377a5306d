"""Coverage of the catalogue: what the checker demands, and the counts `book stats` prints.

Rules (from the catalogue issue): every theme has at least three practices and two
barriers; every SINTEF county has a case; every area ends with two or three self-check
questions, each about a theme of that area. Sources on every practice and barrier are already
required by the models. Pure functions over a loaded :class:`~book.catalogue.Catalogue`.
"""

from __future__ import annotations

from collections import Counter

from . import DATA_DIR
from .catalogue import Catalogue, load_catalogue
from .errors import DataError, DataValidationError
from .models import Citation
from .quotes import SEEDS
from .references import walk

MIN_PRACTICES_PER_THEME = 3
MIN_BARRIERS_PER_THEME = 2
QUESTIONS_PER_AREA = (2, 3)
SINTEF_COUNTIES = ("Aust-Agder", "Hordaland", "Nord-Trøndelag", "Oppland", "Telemark", "Troms")


def cited_sources(entry) -> set[str]:
    return {value.source for _, value in walk(entry) if isinstance(value, Citation)}


def per_theme(entries) -> Counter:
    return Counter(theme for entry in entries for theme in entry.themes)


def check_coverage(catalogue: Catalogue) -> list[DataError]:
    errors = []
    practices = per_theme(catalogue.practices.values())
    barriers = per_theme(catalogue.barriers.values())
    for theme in catalogue.themes:
        if practices[theme] < MIN_PRACTICES_PER_THEME:
            errors.append(
                DataError(
                    "data/practices.yml",
                    f"theme '{theme}' has "
                    f"{practices[theme]} practices, needs at least "
                    f"{MIN_PRACTICES_PER_THEME}",
                )
            )
        if barriers[theme] < MIN_BARRIERS_PER_THEME:
            errors.append(
                DataError(
                    "data/barriers.yml",
                    f"theme '{theme}' has "
                    f"{barriers[theme]} barriers, needs at least "
                    f"{MIN_BARRIERS_PER_THEME}",
                )
            )
    named = {case.name for case in catalogue.cases.values() if "sintef2010" in cited_sources(case)}
    for county in SINTEF_COUNTIES:
        if county not in named:
            errors.append(DataError("data/cases.yml", f"no case for the SINTEF county '{county}'"))
    errors += check_questions(catalogue)
    return errors + check_cards(catalogue)


def check_questions(catalogue: Catalogue) -> list[DataError]:
    """Two or three questions per area, each about one of its own themes."""
    errors = []
    low, high = QUESTIONS_PER_AREA
    for area in catalogue.areas:
        count = len(catalogue.questions_of(area))
        if not low <= count <= high:
            errors.append(
                DataError("data/quiz.yml", f"area '{area}' has {count} questions, needs {low} to {high}")
            )
    for question in catalogue.questions.values():
        if catalogue.themes[question.theme].area != question.area:
            errors.append(
                DataError(
                    "data/quiz.yml",
                    f"theme '{question.theme}' is not in area '{question.area}'",
                    entry=question.id,
                    field="theme",
                )
            )
    return errors


def check_cards(catalogue: Catalogue) -> list[DataError]:
    """One dialogue card per theme; each card's questions exist in its theme."""
    errors = []
    carded = {card.theme for card in catalogue.cards.values()}
    for theme in catalogue.themes:
        if theme not in carded:
            errors.append(DataError("data/dialogue_cards.yml", f"theme '{theme}' has no card"))
    for card in catalogue.cards.values():
        count = len(catalogue.themes[card.theme].questions)
        for number in card.questions:
            if number > count:
                errors.append(
                    DataError(
                        "data/dialogue_cards.yml",
                        f"theme '{card.theme}' has {count} questions, no question {number}",
                        entry=card.id,
                        field="questions",
                    )
                )
    return errors


def stats_table(catalogue: Catalogue) -> list[list[str]]:
    """Rows: theme, then per report 'practices/barriers' citing it, then totals."""
    keys = list(catalogue.sources)
    rows = [["tema", *keys, "grep", "barrierer"]]
    for area in catalogue.areas_in_order:
        for theme in catalogue.themes_of(area.id):
            practices = [p for p in catalogue.practices.values() if theme.id in p.themes]
            barriers = [b for b in catalogue.barriers.values() if theme.id in b.themes]
            cells = []
            for key in keys:
                p = sum(key in cited_sources(e) for e in practices)
                b = sum(key in cited_sources(e) for e in barriers)
                cells.append(f"{p}/{b}")
            rows.append([theme.id, *cells, str(len(practices)), str(len(barriers))])
    totals = []
    for key in keys:
        p = sum(key in cited_sources(e) for e in catalogue.practices.values())
        b = sum(key in cited_sources(e) for e in catalogue.barriers.values())
        totals.append(f"{p}/{b}")
    rows.append(["i alt", *totals, str(len(catalogue.practices)), str(len(catalogue.barriers))])
    return rows


def load_complete_catalogue(data_dir=DATA_DIR, seeds=SEEDS) -> Catalogue:
    """Load and validate ``data/`` and also demand coverage (what the build and check use)."""
    catalogue = load_catalogue(data_dir, seeds=seeds)
    errors = check_coverage(catalogue)
    if errors:
        raise DataValidationError(errors)
    return catalogue
