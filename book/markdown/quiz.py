"""A self-check question («Sjekk deg selv») as MyST Markdown: question, options, answer."""

from __future__ import annotations

from ..catalogue import Catalogue
from ..tool_models import QuizQuestion
from . import cite, escape, labels, ref

LETTERS = "ABCDE"


def question_markdown(question: QuizQuestion, number: int) -> str:
    """The question in bold, then its options as a list lettered A, B, C."""
    lines = [f"**{number}. {escape(question.question)}**", ""]
    lines += [f"- {LETTERS[i]}: {escape(option.text)}" for i, option in enumerate(question.options)]
    return "\n".join(lines) + "\n"


def answer_markdown(catalogue: Catalogue, question: QuizQuestion) -> str:
    """The right answer with its letter, the reason with citations, and where to read more."""
    right = question.options[question.correct_index]
    if question.practice:
        target = ref(labels.practice(question.practice), catalogue.practices[question.practice].title)
    else:
        target = ref(labels.theme(question.theme), catalogue.themes[question.theme].name)
    return "\n".join(
        [
            f"Riktig svar er {LETTERS[question.correct_index]}: {escape(right.text)}",
            "",
            f"{escape(question.reason)} {cite(question.sources)}",
            "",
            f"Les mer: {target}",
            "",
        ]
    )
