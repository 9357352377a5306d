"""Pydantic models for the entries the book's tools use: the self-assessment's statements and
notes, the self-check quiz and the trainer kit's dialogue cards (the reports' content is in
:mod:`book.models`, whose field types these share)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator

from .models import Citations, Entry, Line, Slug, Text


class AssessmentItem(Entry):
    """One statement of the self-assessment, answered on a 1–5 agreement scale or «Vet ikke».

    ``reverse`` marks a negatively phrased statement: its answer is scored as 6 − answer.
    ``not_applicable`` allows the answer «Ikke aktuelt» (a statement that can fail to apply).
    ``practices`` names the one to three good practices that address a low answer, most
    direct first; ``rationale`` says in a sentence or two why the statement is asked.
    """

    id: Slug
    theme: Slug
    text: Line
    reverse: bool = False
    not_applicable: bool = False
    practices: Annotated[list[Slug], Field(min_length=1, max_length=3)]
    rationale: Text
    sources: Citations


class QuizOption(Entry):
    """One answer a reader can choose in a self-check question."""

    text: Text
    correct: bool = False


class QuizQuestion(Entry):
    """A multiple-choice self-check question («Sjekk deg selv») at the end of an area.

    ``reason`` says why the right answer is right (own words, cited); the book links to the
    section of ``theme`` (or of ``practice`` when given) so the reader can read more.
    """

    id: Slug
    area: Slug
    theme: Slug
    practice: Slug | None = None
    question: Text
    options: Annotated[list[QuizOption], Field(min_length=2, max_length=5)]
    reason: Text
    sources: Citations

    @field_validator("options")
    @classmethod
    def _one_correct(cls, options: list[QuizOption]) -> list[QuizOption]:
        right = sum(option.correct for option in options)
        if right != 1:
            raise ValueError(f"exactly one option must have correct: true (found {right})")
        return options

    @property
    def correct_index(self) -> int:
        return next(i for i, option in enumerate(self.options) if option.correct)


class AssessmentNote(Entry):
    """A short text the self-assessment shows beside its statements (e.g. who «vi» are)."""

    id: Slug
    title: Line
    text: Text


class CardCase(Entry):
    """The short case on a dialogue card, retold in our own words."""

    title: Text
    text: Text
    sources: Citations


class DialogueCard(Entry):
    """A dialogue card for workshop days: one theme, a case, questions and grep to consider.

    ``questions`` are 1-based positions in the theme's own reflection questions, so their
    wording lives in one place (data/framework.yml).
    """

    id: Slug
    theme: Slug
    case: CardCase
    questions: Annotated[list[Annotated[int, Field(ge=1)]], Field(min_length=2, max_length=3)]
    practices: Annotated[list[Slug], Field(min_length=1, max_length=3)]
