"""The trainer kit as MyST Markdown: dialogue cards, question sheets, the paper
self-assessment and the projector slides, all from ``data/`` (pure functions of the catalogue).
"""

from __future__ import annotations

from ..catalogue import Catalogue
from ..models import Theme
from ..tool_models import DialogueCard
from . import cite, escape, labels, ref

SCALE = ("1", "2", "3", "4", "5", "Vet ikke")
NOT_APPLICABLE_BOX = "☐ Ikke aktuelt"
SCALE_WORDS = "1 = helt uenig, 2 = litt uenig, 3 = verken enig eller uenig, 4 = litt enig, 5 = helt enig"


def themes_in_order(catalogue: Catalogue) -> list[Theme]:
    return [t for area in catalogue.areas_in_order for t in catalogue.themes_of(area.id)]


def card_questions(catalogue: Catalogue, card: DialogueCard) -> list[str]:
    """The card's questions, looked up in its theme's reflection questions."""
    questions = catalogue.themes[card.theme].questions
    missing = [n for n in card.questions if n > len(questions)]
    if missing:
        raise KeyError(
            f"card '{card.id}': theme '{card.theme}' has {len(questions)} questions, no question {missing[0]}"
        )
    return [questions[n - 1] for n in card.questions]


def cards_in_order(catalogue: Catalogue) -> list[DialogueCard]:
    order = {t.id: i for i, t in enumerate(themes_in_order(catalogue))}
    return sorted(catalogue.cards.values(), key=lambda card: order[card.theme])


def card_markdown(
    catalogue: Catalogue, card: DialogueCard, number: int, total: int, heading_level: int = 2
) -> str:
    """One dialogue card: theme, a case from the reports, questions, grep to consider."""
    theme = catalogue.themes[card.theme]
    area = catalogue.areas[theme.area]
    h2, h3 = "#" * heading_level, "#" * (heading_level + 1)
    questions = card_questions(catalogue, card)
    lines = [
        f"{h2} {escape(theme.name)}",
        "",
        f"*Dialogkort {number} av {total} · {escape(area.name)}*",
        "",
        f"{h3} {escape(card.case.title)}",
        "",
        f"{escape(card.case.text)} {cite(card.case.sources)}",
        "",
        f"{h3} Snakk sammen",
        "",
        *[f"{i}. {escape(q)}" for i, q in enumerate(questions, start=1)],
        "",
        f"Spørsmålene bygger på temaet i IRIS-rapporten {cite(theme.sources[:1])}.",
        "",
        f"{h3} Grep å vurdere",
        "",
        *[f"- {ref(labels.practice(p), catalogue.practices[p].title)}" for p in card.practices],
        "",
    ]
    return "\n".join(lines)


def cards_markdown(catalogue: Catalogue, heading_level: int = 2) -> str:
    cards = cards_in_order(catalogue)
    return "\n".join(
        card_markdown(catalogue, card, n, len(cards), heading_level) for n, card in enumerate(cards, start=1)
    )


def question_sheets_markdown(catalogue: Catalogue, heading_level: int = 2) -> str:
    """One sheet per area: every theme's reflection questions, numbered through the sheet."""
    h2, h3 = "#" * heading_level, "#" * (heading_level + 1)
    lines: list[str] = []
    for area in catalogue.areas_in_order:
        themes = catalogue.themes_of(area.id)
        lines += [
            f"{h2} {area.order}. {escape(area.name)}",
            "",
            f"Spørsmål å snakke om i grupper. De bygger på temaene i IRIS-rapporten "
            f"{cite(area.sources[:1])}.",
            "",
        ]
        number = 1
        for theme in themes:
            lines += [f"{h3} {escape(theme.name)}", ""]
            for question in theme.questions:
                lines.append(f"{number}. {escape(question)}")
                number += 1
            lines.append("")
    return "\n".join(lines)


def paper_assessment_markdown(catalogue: Catalogue, heading_level: int = 2) -> str:
    """Every statement with a box per answer, under its theme; reversed statements marked, and
    a box for «Ikke aktuelt» beside the statements that allow it."""
    h2, h3 = "#" * heading_level, "#" * (heading_level + 1)
    lines: list[str] = []
    number = 1
    for area in catalogue.areas_in_order:
        lines += [f"{h2} {escape(area.name)}", ""]
        for theme in catalogue.themes_of(area.id):
            items = [i for i in catalogue.items.values() if i.theme == theme.id]
            if not items:
                continue
            lines += [
                f"{h3} {escape(theme.name)}",
                "",
                "| Nr. | Påstand | " + " | ".join(SCALE) + " |",
                "|---|---|" + "---|" * len(SCALE),
            ]
            for item in items:
                mark = " \\*" if item.reverse else ""
                if item.not_applicable:  # as on screen: only where the statement may not apply
                    mark += f" ({NOT_APPLICABLE_BOX})"
                boxes = " | ".join("☐" for _ in SCALE)
                lines.append(f"| {number} | {escape(item.text)}{mark} | {boxes} |")
                number += 1
            lines.append("")
    return "\n".join(lines)


def projector_markdown(catalogue: Catalogue, area_id: str, heading_level: int = 2) -> str:
    """Slides for one area: the area, then per theme its case, each question, its grep."""
    area = catalogue.areas[area_id]
    cards = {card.theme: card for card in catalogue.cards.values()}
    h2 = "#" * heading_level
    lines = [
        f"{h2} {escape(area.name)}",
        "",
        f"{escape(area.description)} {cite(area.sources[:1])}",
        "",
        f"Temaer: {', '.join(escape(t.name) for t in catalogue.themes_of(area_id))}.",
        "",
    ]
    for theme in catalogue.themes_of(area_id):
        card = cards.get(theme.id)
        if card:
            lines += [
                f"{h2} {escape(theme.name)}: {escape(card.case.title)}",
                "",
                f"{escape(card.case.text)} {cite(card.case.sources)}",
                "",
            ]
        for n, question in enumerate(theme.questions, start=1):
            lines += [
                f"{h2} {escape(theme.name)}: spørsmål {n} av {len(theme.questions)}",
                "",
                f"{escape(question)}",
                "",
            ]
        if card:
            lines += [
                f"{h2} {escape(theme.name)}: grep å vurdere",
                "",
                *[f"- {ref(labels.practice(p), catalogue.practices[p].title)}" for p in card.practices],
                "",
            ]
    return "\n".join(lines)
