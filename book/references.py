"""Cross-entry checks: every id reference and every citation must resolve.

Pure functions over already shape-validated entries; each returns a list of
:class:`~book.errors.DataError` so that all problems are reported at once.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from .errors import DataError
from .models import Citation, Source
from .quotes import occurs_in
from .schema import COLLECTIONS, ID_REFERENCES, Collection
from .yaml_lines import line_at


@dataclass(frozen=True)
class Loaded:
    """A validated entry together with where it came from, for error messages."""

    collection: Collection
    entry_id: str
    model: BaseModel
    raw: Any  # the LineDict it was parsed from

    def error(self, loc: tuple[Any, ...], message: str) -> DataError:
        field = ".".join(str(part) for part in loc) if loc else None
        return DataError(
            file=f"data/{self.collection.file}",
            line=line_at(self.raw, loc),
            entry=self.entry_id,
            field=field,
            message=message,
        )


def walk(value: Any, loc: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Yield (location, value) for every model field, list item and nested model."""
    if isinstance(value, BaseModel):
        yield loc, value
        for name in type(value).model_fields:
            yield from walk(getattr(value, name), (*loc, name))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from walk(item, (*loc, index))
    else:
        yield loc, value


def section_index(sources: Mapping[str, Source]) -> dict[str, set[str]]:
    """For each source key, the strings a citation may use as its section."""
    return {key: {section.ref for section in source.sections} for key, source in sources.items()}


def check_citations(
    entries: list[Loaded], sources: Mapping[str, Source], skip: set[str] = frozenset()
) -> list[DataError]:
    """Every citation names a known source and a section in its table of contents.

    Citations of sources in ``skip`` (entries that failed validation) are not checked.
    """
    known = section_index(sources)
    errors = []
    for loaded in entries:
        for loc, value in walk(loaded.model):
            if not isinstance(value, Citation) or value.source in skip:
                continue
            if value.source not in known:
                errors.append(loaded.error((*loc, "source"), _unknown("sources", value.source, known)))
            elif value.section not in known[value.source]:
                errors.append(
                    loaded.error(
                        (*loc, "section"),
                        f"unknown section '{value.section}' in source '{value.source}' "
                        "(use a section number, or the heading of an unnumbered section, "
                        "from its table of contents in data/sources.yml)",
                    )
                )
    return errors


def check_id_references(
    entries: list[Loaded], ids: Mapping[str, set[str]], skip: set[str] = frozenset()
) -> list[DataError]:
    """Every id field points at an existing entry (targets in ``skip`` are not checked)."""
    errors = []
    for loaded in entries:
        for (model, field), target in ID_REFERENCES.items():
            if not isinstance(loaded.model, model) or target in skip:
                continue
            value = getattr(loaded.model, field)
            values = value if isinstance(value, (list, tuple)) else [value]
            for index, ref in enumerate(values):
                if ref is not None and ref not in ids[target]:
                    loc = (field, index) if isinstance(value, (list, tuple)) else (field,)
                    errors.append(loaded.error(loc, _unknown(target, ref, ids[target])))
    return errors


def _unknown(target: str, value: str, known: Any) -> str:
    """Name the closest known id rather than listing them all."""
    kind = target.removesuffix("s")
    close = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
    if close:
        return f"unknown {kind} '{value}' (did you mean '{close[0]}'?)"
    file = next(c.file for c in COLLECTIONS if c.name == target)
    return f"unknown {kind} '{value}' (no {kind} has a similar id; see data/{file})"


GUILLEMETS = re.compile(r"«([^«»]+)»")


def check_quotes(entries: list[Loaded], texts: Mapping[str, str | None]) -> list[DataError]:
    """Every quote is verbatim in the report it cites.

    Two kinds of quote are checked: a citation's ``quote`` against that citation's report,
    and any «…» span in the entry's text against the reports the entry cites. Reports whose
    text is not available (``None``) are not checked.
    """
    errors = []
    for loaded in entries:
        cited = [value for _, value in walk(loaded.model) if isinstance(value, Citation)]
        for loc, value in walk(loaded.model):
            if isinstance(value, Citation) and value.quote:
                text = texts.get(value.source)
                if text is not None and not occurs_in(value.quote, text):
                    errors.append(
                        loaded.error(
                            (*loc, "quote"), f"quote not found verbatim in '{value.source}': {value.quote!r}"
                        )
                    )
            elif isinstance(value, str) and "«" in value and loc and loc[-1] != "quote":
                available = [texts.get(c.source) for c in cited]
                available = [text for text in available if text is not None]
                if not available:
                    continue
                for span in GUILLEMETS.findall(value):
                    if not any(occurs_in(span, text) for text in available):
                        sources = ", ".join(sorted({c.source for c in cited}))
                        errors.append(
                            loaded.error(loc, f"«{span}» is not verbatim in the cited report(s) ({sources})")
                        )
    return errors
