"""Earlier sets of the self-assessment's statements (``data/assessment_versions.yml``): the
model, the checks against ``data/assessment.yml``, and what the widgets get to map old answers.

A share code names its statement set only by a tag of its ids in order, and an old export file
holds answers under old ids; with these lists the page maps what it can and names the rest.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from .errors import DataError
from .models import Entry, Line, Slug

Date = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]


class AssessmentVersion(Entry):
    """One set of statements, as it was: ``items`` in the page's order.

    An id of an earlier set that ``data/assessment.yml`` no longer has is listed either under
    ``renamed`` (same meaning, new id) or under ``retired`` (no counterpart: its answers are
    not counted). An id still in use but with another meaning then is ``retired`` too.
    """

    id: Slug
    date: Date
    note: Line
    items: Annotated[list[Slug], Field(min_length=1)]
    renamed: dict[Slug, Slug] = {}
    retired: list[Slug] = []

    @model_validator(mode="after")
    def _listed(self) -> AssessmentVersion:
        if len(set(self.items)) != len(self.items):
            raise ValueError("an id is listed twice under items")
        for name, ids in (("renamed", list(self.renamed)), ("retired", self.retired)):
            outside = [i for i in ids if i not in self.items]
            if outside:
                raise ValueError(f"{name} names {', '.join(outside)}, which is not under items")
        both = set(self.renamed) & set(self.retired)
        if both:
            raise ValueError(f"{', '.join(sorted(both))} is both renamed and retired")
        return self


def check_versions(versions: Mapping[str, object], current: list[str]) -> list[DataError]:
    """Each old id is accounted for, renames point at current statements, and the last version
    is the current set (so that codes made today can still be read after the next change).

    ``versions`` maps id → :class:`~book.references.Loaded`; ``current`` is the item ids in order.
    """
    errors = []
    known = set(current)
    loaded = list(versions.values())
    for entry in loaded:
        version = entry.model
        for index, item in enumerate(version.items):
            if item not in known and item not in version.renamed and item not in version.retired:
                errors.append(
                    entry.error(
                        ("items", index),
                        f"statement '{item}' is not in data/assessment.yml: list it under renamed "
                        "(with its new id) or under retired",
                    )
                )
        for old, new in version.renamed.items():
            if new not in known:
                errors.append(
                    entry.error(("renamed", old), f"'{new}' is not a statement in data/assessment.yml")
                )
    if loaded and loaded[-1].model.items != current:
        errors.append(
            loaded[-1].error(
                ("items",),
                "the last version must list the statements of data/assessment.yml in their order; "
                "when you add, remove, reorder or rename statements, add a new version",
            )
        )
    return errors


def versions_data(versions: Mapping[str, AssessmentVersion]) -> list[dict]:
    """The earlier sets (all but the last, which is today's), oldest first, for the widgets."""
    return [
        {
            "id": v.id,
            "date": v.date,
            "items": list(v.items),
            "renamed": dict(v.renamed),
            "retired": list(v.retired),
        }
        for v in list(versions.values())[:-1]
    ]
