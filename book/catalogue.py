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
from .csv_lines import load_csv
from .errors import DataError, DataValidationError, describe
from .models import (
    Area,
    Barrier,
    Case,
    Figure,
    Practice,
    Recommendation,
    Source,
    Term,
    Theme,
    TimelineEvent,
)
from .quotes import SEEDS, seed_file, seed_text, seeds_required
from .references import Loaded, check_citations, check_id_references, check_quotes
from .schema import COLLECTIONS, Collection, files
from .tool_models import AssessmentItem, AssessmentNote, DialogueCard, QuizQuestion
from .versions import AssessmentVersion, check_versions
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
    questions: dict[str, QuizQuestion]
    assessment_notes: dict[str, AssessmentNote]
    cards: dict[str, DialogueCard]
    assessment_versions: dict[str, AssessmentVersion]

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

    def questions_of(self, area_id: str) -> list[QuizQuestion]:
        return [q for q in self.questions.values() if q.area == area_id]


def load_catalogue(data_dir: Path = DATA_DIR, seeds: Path = SEEDS) -> Catalogue:
    """Load and validate ``data_dir``; raise :class:`DataValidationError` listing all errors.

    Quotes are checked against the reports' text in ``seeds`` when it is there; in CI
    (:func:`~book.quotes.seeds_required`) a missing report is an error.
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
    if not {"items", "assessment_versions"} & unavailable and not broken["items"]:
        errors += check_versions(by_collection["assessment_versions"], list(by_collection["items"]))
    texts = {key: seed_text(key, seeds) for key in sources}
    errors += check_quotes(entries, texts)
    if seeds_required():
        errors += [
            by_collection["sources"][key].error(
                (),
                f"the report's text is missing "
                f"({seed_file(key, seeds)}): quotes cannot "
                "be checked, and CI requires them",
            )
            for key, text in texts.items()
            if text is None
        ]
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

    Returns the valid entries, the ids of invalid ones, the collections that could not be
    read at all (missing, malformed, empty: references into them are not checked, so one
    mistake gives one error), and the errors.
    """
    entries: list[Loaded] = []
    broken: dict[str, set[str]] = {c.name: set() for c in COLLECTIONS}
    unavailable: set[str] = set()
    errors: list[DataError] = []
    for file_name, collections in files().items():
        display = f"data/{file_name}"
        if file_name.endswith(".csv"):
            document, load_errors = load_csv(data_dir / file_name, display, collections[0].name)
        else:
            document, load_errors = load_yaml(data_dir / file_name, display)
        if not load_errors and not isinstance(document, LineDict):
            load_errors = [
                DataError(
                    display,
                    "expected a mapping with the keys: " + ", ".join(c.name for c in collections),
                    line=1,
                )
            ]
        errors += load_errors
        if load_errors:
            unavailable.update(c.name for c in collections)
            continue
        expected = {c.name for c in collections}
        for key in document.keys() - expected:
            errors.append(
                DataError(
                    display,
                    f"unknown top-level key {describe(key)} (expected: {', '.join(sorted(expected))})",
                    line=document.key_lines[key],
                )
            )
        for collection in collections:
            found, found_errors = _load_collection(document, collection, display, broken)
            if found_errors and not found:
                unavailable.add(collection.name)
            entries += found
            errors += found_errors
    return entries, broken, unavailable, errors


def _load_collection(
    document: LineDict, collection: Collection, display: str, broken: dict[str, set[str]]
) -> tuple[list[Loaded], list[DataError]]:
    name = collection.name
    if name not in document:
        return [], [DataError(display, f"missing top-level key '{name}'", line=1)]
    items = document[name]
    line = document.key_lines[name]
    if not isinstance(items, LineList):
        if items is None or items == {}:
            return [], [
                DataError(display, f"'{name}' has no entries (the book needs at least one)", line=line)
            ]
        return [], [DataError(display, f"'{name}' must be a list of entries", line=line)]
    if not items:
        return [], [DataError(display, f"'{name}' has no entries (the book needs at least one)", line=line)]
    entries: list[Loaded] = []
    errors: list[DataError] = []
    first: dict[tuple[str, object], tuple[str, int]] = {}  # (field, value) -> (entry, line)
    for index, item in enumerate(items):
        line = items.item_lines[index]
        if not isinstance(item, LineDict):
            errors.append(
                DataError(
                    display, f"{name} item {index + 1} must be a mapping, not {describe(item)}", line=line
                )
            )
            continue
        raw_id = item.get(collection.id_field)
        entry_id = raw_id if isinstance(raw_id, str) and raw_id else f"#{index + 1}"
        try:
            model = collection.model.model_validate(dict(item))
        except ValidationError as exc:
            errors += [_shape_error(display, entry_id, item, error) for error in exc.errors()]
            broken[name].add(entry_id)
            continue
        clash = _first_clash(collection, model, entry_id, item, first)
        if clash is not None:
            field, message = clash
            errors.append(
                DataError(display, message, line=line_at(item, (field,)), entry=entry_id, field=field)
            )
            if field == collection.id_field:
                continue
        entries.append(Loaded(collection, entry_id, model, item))
    return entries, errors


def _first_clash(
    collection: Collection, model, entry_id: str, item: LineDict, first: dict
) -> tuple[str, str] | None:
    """The first field whose value an earlier entry already has: the id, then ``unique``."""
    for field in (collection.id_field, *collection.unique):
        value = getattr(model, field)
        if (field, value) in first:
            other, other_line = first[(field, value)]
            if field == collection.id_field:
                return field, f"duplicate id (first defined at line {other_line})"
            return field, f"duplicate {field} {value} (also used by '{other}' at line {other_line})"
    for field in (collection.id_field, *collection.unique):
        first[(field, getattr(model, field))] = (entry_id, line_at(item, (field,)))
    return None


def _shape_error(display: str, entry_id: str, item: LineDict, error: dict) -> DataError:
    loc = tuple(error["loc"])
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "missing":
        message = "required field is missing"
    elif kind == "extra_forbidden":
        message = "unknown field (check the spelling against book/models.py)"
    elif kind == "string_too_long":
        message = f"at most {ctx.get('max_length')} characters (got {len(error.get('input') or '')})"
    elif kind == "value_error" and "error" in ctx:
        message = str(ctx["error"])
    else:
        message = f"{error['msg']} (got {describe(error.get('input'))})"
    return DataError(
        file=display,
        line=line_at(item, loc),
        entry=entry_id,
        field=".".join(str(part) for part in loc) or None,
        message=message,
    )
