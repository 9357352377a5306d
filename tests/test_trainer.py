"""The trainer kit's Markdown (cards, sheets, paper self-assessment, slides) and card checks."""

from __future__ import annotations

import dataclasses

import pytest

from book.catalogue import load_catalogue
from book.coverage import check_cards
from book.ext.trainer import split_headings
from book.markdown import trainer

pytestmark = pytest.mark.data


@pytest.fixture(scope="module")
def books():
    return load_catalogue()


def test_one_card_per_theme_in_framework_order(books):
    cards = trainer.cards_in_order(books)
    assert [c.theme for c in cards] == [t.id for t in trainer.themes_in_order(books)]
    assert check_cards(books) == []


def test_card_has_case_with_citation_questions_and_grep_links(books):
    card = books.cards["samarbeidsavtalen"]
    text = trainer.card_markdown(books, card, 1, 11)
    assert text.startswith("## Samarbeidsavtalen")
    assert "{kilde}`afi2015 2.6`" in text
    for question in trainer.card_questions(books, card):
        assert question in text
    assert text.count("{ref}`") == len(card.practices)
    assert "<grep-korte-konkrete-avtaler>" in text


def test_check_cards_finds_a_missing_card_and_a_question_that_is_not_there(books):
    card = books.cards["felles-sprak"]
    broken = dataclasses.replace(
        books,
        cards={
            **{k: v for k, v in books.cards.items() if k != "endring-i-organisasjoner"},
            "felles-sprak": card.model_copy(update={"questions": [1, 9]}),
        },
    )
    messages = [str(error) for error in check_cards(broken)]
    assert any("'endring-i-organisasjoner' has no card" in m for m in messages)
    assert any("entry 'felles-sprak', field 'questions'" in m and "no question 9" in m for m in messages)
    with pytest.raises(KeyError, match="no question 9"):
        trainer.card_questions(broken, broken.cards["felles-sprak"])


def test_question_sheets_hold_every_question_once_one_sheet_per_area(books):
    text = trainer.question_sheets_markdown(books)
    questions = [q for t in books.themes.values() for q in t.questions]
    assert len(questions) == 54
    assert all(text.count(q) == 1 for q in questions)
    assert sum(line.startswith("## ") for line in text.splitlines()) == len(books.areas)


def test_paper_assessment_has_every_statement_with_six_boxes(books):
    text = trainer.paper_assessment_markdown(books)
    rows = [line for line in text.splitlines() if line.startswith("| ") and "☐" in line]
    assert len(rows) == len(books.items)
    assert all(row.count("☐") == 6 + ("Ikke aktuelt" in row) for row in rows)
    reversed_rows = [row for row in rows if "\\*" in row]
    assert len(reversed_rows) == sum(item.reverse for item in books.items.values())


def test_paper_assessment_offers_not_applicable_where_the_screen_does(books):
    text = trainer.paper_assessment_markdown(books)
    rows = [line for line in text.splitlines() if line.startswith("| ") and "☐" in line]
    offered = [row.split(" | ")[1] for row in rows if "☐ Ikke aktuelt" in row]
    wanted = [item for item in books.items.values() if item.not_applicable]
    assert wanted, "the catalogue has statements that may not apply"
    assert len(offered) == len(wanted)
    assert all(any(item.text in cell for cell in offered) for item in wanted)


def test_projector_has_one_idea_per_slide(books):
    text = trainer.projector_markdown(books, "endring")
    titles = [title for level, title, _ in split_headings(text) if level == 2]
    theme = books.themes["endring-i-organisasjoner"]
    # the area, the case, one slide per question, the grep
    assert len(titles) == 1 + 1 + len(theme.questions) + 1
    assert titles[2] == f"{theme.name}: spørsmål 1 av {len(theme.questions)}"


def test_split_headings_keeps_text_before_the_first_heading():
    chunks = split_headings("intro\n## A\ntext\n### B\n#no heading\n")
    assert chunks == [(0, None, ["intro"]), (2, "A", ["text"]), (3, "B", ["#no heading"])]
