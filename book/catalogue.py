"""Load every file in ``data/``, validate it, and return one :class:`Catalogue`.

``load_catalogue`` is the only entry point the rest of the project uses. It collects every
error (shape, duplicate ids, references, citations) before raising, so a maintainer fixes
them all in one go.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pydantic import ValidationError

from . import DATA_DIR
from .errors import DataError, DataValidationError
from .csv_lines import load_csv
from .models import (
    Area, AssessmentItem, Barrier, Case, DialogueCard, Figure, Practice, Recommendation, Source, Term,
    Theme, TimelineEvent,
)
from .quotes import SEEDS, seed_text
from .references import Loaded, check_citations, check_id_references, check_quotes
from .schema import COLLECTIONS, Collection, files
from .yaml_lines import LineDict, LineList, line_at, load_yaml


@dataclass(frozen=True)
class Catalogue:
    """All validated data, keyed by id, in file order."""

    sources: dict[str, Source]
    areas: dict[str, Area]
    themes: dict[str, Theme]
    practices: dict[str, Practice]
    barriers: dict[str, Barrier]
    recommendations: dict[str, Recommendation]
    cases: dict[str, Case]
    timeline: dict[str, TimelineEvent]
    glossary: dict[str, Term]
    figures: dict[str, Figure]
    items: dict[str, AssessmentItem]
    cards: dict[str, DialogueCard]

    def themes_of(self, area_id: str) -> list[Theme]:
        return sorted(
            (theme for theme in self.themes.values() if theme.area == area_id),
            key=lambda theme: theme.order,
        )

    @cached_property
    def areas_in_order(self) -> list[Area]:
        return sorted(self.areas.values(), key=lambda area: area.order)

    def home_theme(self, entry: Practice | Barrier) -> str:
        """The theme whose page an entry lives on: its first theme."""
        return entry.themes[0]

    def practices_of(self, theme_id: str) -> list[Practice]:
        return [p for p in self.practices.values() if theme_id in p.themes]

    def barriers_of(self, theme_id: str) -> list[Barrier]:
        return [b for b in self.barriers.values() if theme_id in b.themes]



def load_catalogue(data_dir: Path = DATA_DIR, seeds: Path = SEEDS) -> Catalogue:
    """Load and validate ``data_dir``; raise :class:`DataValidationError` listing all errors.

    Quotes are checked against the reports' text in ``seeds`` when that folder exists.
    """
    entries, broken, unavailable, errors = _load_entries(data_dir)
    by_collection: dict[str, dict[str, Loaded]] = {c.name: {} for c in COLLECTIONS}
    for loaded in entries:
        by_collection[loaded.collection.name][loaded.entry_id] = loaded
    sources = {key: loaded.model for key, loaded in by_collection["sources"].items()}
    # Entries that failed shape validation still count as existing, and references into a
    # file that could not be read are not checked, so that one mistake does not cascade into
    # "unknown id" errors everywhere.
    ids = {name: set(items) | broken[name] for name, items in by_collection.items()}
    errors += check_id_references(entries, ids, skip=unavailable)
    if "sources" not in unavailable:
        errors += check_citations(entries, sources, skip=broken["sources"])
    errors += check_quotes(entries, {key: seed_text(key, seeds) for key in sources})
    if errors:
        raise DataValidationError(errors)
    return Catalogue(
        **{
            name: {entry_id: loaded.model for entry_id, loaded in items.items()}
            for name, items in by_collection.items()
        }
    )


def _load_entries(
    data_dir: Path,
) -> tuple[list[Loaded], dict[str, set[str]], set[str], list[DataError]]:
    """Shape-validate every entry.

    Returns the valid entries, the ids of invalid ones, the collections whose file could not
    be read, and the errors.
    """
    entries: list[Loaded] = []
    broken: dict[str, set[str]] = {c.name: set() for c in COLLECTIONS}
    unavailable: set[str] = set()  # collections whose file could not be read at all
    errors: list[DataError] = []
    for file_name, collections in files().items():
        display = f"data/{file_name}"
        if file_name.endswith(".csv"):
            document, load_errors = load_csv(data_dir / file_name, display, collections[0].name)
        else:
            document, load_errors = load_yaml(data_dir / file_name, display)
        errors += load_errors
        if load_errors:
            unavailable.update(c.name for c in collections)
            continue
        if not isinstance(document, LineDict):
            errors.append(DataError(display, "expected a mapping with keys: "
                                    + ", ".join(c.name for c in collections), line=1))
            continue
        expected = {c.name for c in collections}
        for key in document.keys() - expected:
            errors.append(DataError(display, f"unknown top-level key '{key}' (expected: "
                                    f"{', '.join(sorted(expected))})", line=document.key_lines[key]))
        for collection in collections:
            found, found_errors = _load_collection(document, collection, display, broken)
            entries += found
            errors += found_errors
    return entries, broken, unavailable, errors


def _load_collection(
    document: LineDict, collection: Collection, display: str, broken: dict[str, set[str]]
) -> tuple[list[Loaded], list[DataError]]:
    if collection.name not in document:
        return [], [DataError(display, f"missing top-level key '{collection.name}'", line=1)]
    items = document[collection.name]
    if not isinstance(items, LineList):
        line = document.key_lines[collection.name]
        return [], [DataError(display, f"'{collection.name}' must be a list of entries", line=line)]
    entries: list[Loaded] = []
    errors: list[DataError] = []
    first_line: dict[str, int] = {}
    for index, item in enumerate(items):
        line = items.item_lines[index]
        if not isinstance(item, LineDict):
            errors.append(DataError(display, f"{collection.name} item {index + 1} must be a mapping",
                                    line=line))
            continue
        raw_id = item.get(collection.id_field)
        entry_id = raw_id if isinstance(raw_id, str) and raw_id else f"#{index + 1}"
        try:
            model = collection.model.model_validate(dict(item))
        except ValidationError as exc:
            errors += [_shape_error(display, entry_id, item, error) for error in exc.errors()]
            broken[collection.name].add(entry_id)
            continue
        if entry_id in first_line:
            errors.append(DataError(display, f"duplicate id (first defined at line "
                                    f"{first_line[entry_id]})", line=line, entry=entry_id,
                                    field=collection.id_field))
            continue
        first_line[entry_id] = line
        entries.append(Loaded(collection, entry_id, model, item))
    return entries, errors


def _shape_error(display: str, entry_id: str, item: LineDict, error: dict) -> DataError:
    loc = tuple(error["loc"])
    kind = error["type"]
    if kind == "missing":
        message = "required field is missing"
    elif kind == "extra_forbidden":
        message = "unknown field (check the spelling against book/models.py)"
    else:
        message = f"{error['msg']} (got {error.get('input')!r})"
    return DataError(
        file=display,
        line=line_at(item, loc),
        entry=entry_id,
        field=".".join(str(part) for part in loc) or None,
        message=message,
    )
