"""Which data file holds which kind of entry, and which fields point at other entries.

Adding a kind of data means adding a model in :mod:`book.models` (or :mod:`book.tool_models`)
and a line here; loading, duplicate-id checks and reference checks then apply to it
automatically.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import (
    Area,
    Barrier,
    Case,
    Entry,
    Figure,
    Practice,
    Recommendation,
    Source,
    Term,
    Theme,
    TimelineEvent,
)
from .tool_models import AssessmentItem, AssessmentNote, DialogueCard, QuizQuestion
from .versions import AssessmentVersion


@dataclass(frozen=True)
class Collection:
    """A list of entries under one top-level key of one YAML file in ``data/``."""

    name: str  # top-level key in the file, also the catalogue attribute
    file: str  # file name inside data/
    model: type[Entry]
    id_field: str = "id"
    unique: tuple[str, ...] = ()  # fields besides the id whose values must differ per entry


COLLECTIONS: tuple[Collection, ...] = (
    Collection("sources", "sources.yml", Source, id_field="key"),
    Collection("areas", "framework.yml", Area, unique=("order",)),
    Collection("themes", "framework.yml", Theme, unique=("order",)),
    Collection("practices", "practices.yml", Practice),
    Collection("barriers", "barriers.yml", Barrier),
    Collection("recommendations", "recommendations.yml", Recommendation),
    Collection("cases", "cases.yml", Case),
    Collection("timeline", "timeline.yml", TimelineEvent),
    Collection("glossary", "glossary.yml", Term),
    Collection("figures", "figures.csv", Figure),
    Collection("items", "assessment.yml", AssessmentItem),
    Collection("questions", "quiz.yml", QuizQuestion),
    Collection("assessment_notes", "assessment.yml", AssessmentNote),
    Collection("cards", "dialogue_cards.yml", DialogueCard),
    Collection("assessment_versions", "assessment_versions.yml", AssessmentVersion),
)

# (model, field) -> name of the collection whose ids the field's value(s) must be.
ID_REFERENCES: dict[tuple[type[Entry], str], str] = {
    (Theme, "area"): "areas",
    (Practice, "themes"): "themes",
    (Barrier, "themes"): "themes",
    (Barrier, "addressed_by"): "practices",
    (Recommendation, "themes"): "themes",
    (Case, "themes"): "themes",
    (Case, "practices"): "practices",
    (AssessmentItem, "theme"): "themes",
    (QuizQuestion, "area"): "areas",
    (QuizQuestion, "theme"): "themes",
    (QuizQuestion, "practice"): "practices",
    (AssessmentItem, "practices"): "practices",
    (DialogueCard, "theme"): "themes",
    (DialogueCard, "practices"): "practices",
}


def files() -> dict[str, list[Collection]]:
    """The data files, each with the collections it must contain, in declaration order."""
    grouped: dict[str, list[Collection]] = {}
    for collection in COLLECTIONS:
        grouped.setdefault(collection.file, []).append(collection)
    return grouped
