"""Pydantic models for the entries in ``data/``: one class per kind of entry.

Models check the shape of one entry (types, required fields, allowed values). Whether a
reference points at something that exists is checked across entries in :mod:`book.references`.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Entry(BaseModel):
    """Base for every data entry: unknown fields are errors (they are usually typos)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Citation(Entry):
    """A pointer into a report: its key and a section number (or an unnumbered heading)."""

    source: Slug
    section: Text

    def label(self) -> str:
        return f"{self.source}, {self.section}"


Citations = Annotated[list[Citation], Field(min_length=1)]


class Section(Entry):
    """One line of a report's table of contents."""

    number: Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+)*$")] | None = None
    heading: Text

    @property
    def ref(self) -> str:
        """What a citation writes to point here: the number, or the heading if unnumbered."""
        return self.number if self.number is not None else self.heading


class Source(Entry):
    """One of the five reports."""

    key: Slug
    short_title: Text
    title: Text
    authors: list[Text]
    year: int | None
    publisher: Text | None = None
    series: Text | None = None
    isbn: Text | None = None
    reference: Text
    description: Text
    method: Text
    sample: Text
    period: Text
    limitations: list[Text]
    sections: Annotated[list[Section], Field(min_length=1)]


class Area(Entry):
    """One of the five areas of the IRIS framework."""

    id: Slug
    order: Annotated[int, Field(ge=1)]
    name: Text
    description: Text
    sources: Citations


class Theme(Entry):
    """One of the eleven themes of the IRIS framework; belongs to one area."""

    id: Slug
    area: Slug
    order: Annotated[int, Field(ge=1)]
    name: Text
    description: Text
    sources: Citations
