"""Pydantic models for the entries in ``data/``: one class per kind of entry.

Models check the shape of one entry (types, required fields, allowed values). Whether a
reference points at something that exists is checked across entries in :mod:`book.references`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from . import plain_text

MAX_QUOTE_WORDS = 15
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
# Every text field is plain text (see book/plain_text.py): a paragraph (Text) or a short Line.
Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=plain_text.MAX_PARAGRAPH),
    AfterValidator(plain_text.check),
]
Line = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=plain_text.MAX_LINE),
    AfterValidator(plain_text.check),
]
# The human language of a passage (WCAG 3.1.2): bokmål, the pages' own language, is the default;
# nynorsk and English passages are marked with ``lang`` in the HTML (book/ext/language.py).
Language = Literal["nb", "nn", "en"]
DEFAULT_LANGUAGE = "nb"


class Entry(BaseModel):
    """Base for every data entry: unknown fields are errors (they are usually typos)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Citation(Entry):
    """A pointer into a report: its key and a section number (or an unnumbered heading).

    ``quote`` is an optional short phrase (at most about fifteen words) that must occur
    verbatim in that report; the book shows it in «». A test checks it against the text.
    ``language`` is the quote's language where it is not bokmål: wherever the quote stands in
    «» on a page, it is marked with that ``lang``.
    """

    source: Slug
    section: Line
    quote: Line | None = None
    language: Language = DEFAULT_LANGUAGE

    @field_validator("quote")
    @classmethod
    def _short(cls, quote: str | None) -> str | None:
        if quote is not None and len(quote.split()) > MAX_QUOTE_WORDS:
            raise ValueError(f"a quote is a short phrase: at most {MAX_QUOTE_WORDS} words")
        return quote

    @model_validator(mode="after")
    def _language_of_a_quote(self):
        if self.language != DEFAULT_LANGUAGE and self.quote is None:
            raise ValueError("language is the language of the quote: give the quote too")
        return self

    def label(self) -> str:
        return f"{self.source}, {self.section}"


Citations = Annotated[list[Citation], Field(min_length=1)]


class Section(Entry):
    """One line of a report's table of contents."""

    number: Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+)*$")] | None = None
    heading: Line

    @property
    def ref(self) -> str:
        """What a citation writes to point here: the number, or the heading if unnumbered."""
        return self.number if self.number is not None else self.heading


class Source(Entry):
    """One of the five reports."""

    key: Slug
    short_title: Line
    title: Line
    language: Language = DEFAULT_LANGUAGE  # the title's language (WCAG 3.1.2)
    authors: list[Line]
    year: int | None
    publisher: Line | None = None
    series: Line | None = None
    isbn: Line | None = None
    reference: Text
    description: Text
    method: Text
    sample: Text
    period: Text
    limitations: list[Text]
    findings: list[Text] = []  # main findings, own words, each ending with its section
    sections: Annotated[list[Section], Field(min_length=1)]

    def label(self, section: str) -> str:
        """How the book names a citation: «IRIS 2017, 4.2.1»; a one-section report alone."""
        if len(self.sections) == 1:
            return self.short_title
        return f"{self.short_title}, {section}"


class Area(Entry):
    """One of the five areas of the IRIS framework."""

    id: Slug
    order: Annotated[int, Field(ge=1)]
    name: Line
    description: Text
    sources: Citations


class Theme(Entry):
    """One of the eleven themes of the IRIS framework; belongs to one area.

    ``questions`` are reflection questions for a team (ours, not the report's claims).
    """

    id: Slug
    area: Slug
    order: Annotated[int, Field(ge=1)]
    name: Line
    description: Text
    sources: Citations
    questions: list[Line] = []


Level = Literal["strategisk", "operativt", "begge"]
Actor = Literal["nav", "fylkeskommunen", "ot", "skolen", "alle"]
Slugs = Annotated[list[Slug], Field(min_length=1)]


class Example(Entry):
    """A county's (or an anonymised case's) concrete example of a practice."""

    place: Line  # county name as the report gives it, or e.g. "Et anonymisert fylke"
    text: Text
    sources: Citations


class Practice(Entry):
    """A good practice (godt grep): something a practitioner can do."""

    id: Slug
    title: Line  # imperative, Norwegian
    description: Text  # 2–4 sentences, own words
    themes: Slugs
    level: Level
    actors: Annotated[list[Actor], Field(min_length=1)]
    sources: Citations
    examples: list[Example] = []
    note: Text | None = None  # where reports disagree or evidence is thin
    # Keeps good collaboration alive (securing experience, moving projects into ordinary
    # operation): offered to a self-assessment profile with no weak statements.
    sustains: bool = False


class Barrier(Entry):
    """A barrier (barriere/utfordring) to the collaboration."""

    id: Slug
    title: Line
    description: Text
    themes: Slugs
    sources: Citations
    addressed_by: list[Slug] = []  # practice ids, only where the reports support the link
    note: Text | None = None


class Recommendation(Entry):
    """A recommendation a report makes, to whom, at which level."""

    id: Slug
    title: Line
    description: Text
    level: Literal["nasjonalt", "fylke", "lokalt"]
    addressees: Annotated[list[Line], Field(min_length=1)]  # as the report names them
    themes: Slugs
    sources: Citations
    note: Text | None = None


class Case(Entry):
    """A county story (SINTEF) or a case from AFI/IRIS, anonymised where the report is."""

    id: Slug
    name: Line  # county name, or the report's label for an anonymised case
    anonymised: bool = False
    model: Text  # how the collaboration was organised
    challenges: list[Text]
    practices: list[Slug] = []  # practice ids the case illustrates
    results: Text | None = None
    themes: Slugs
    sources: Citations


class TimelineEvent(Entry):
    """A dated event the reports name: agreements, programmes, reforms."""

    id: Slug
    date: Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
    end: Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] | None = None
    title: Line
    description: Text
    sources: Citations


class Term(Entry):
    """A glossary term with a plain-language definition."""

    id: Slug
    term: Line
    definition: Text
    aliases: list[Line] = []
    sources: Citations


class Figure(Entry):
    """A number a report gives (one row of ``data/figures.csv``).

    The CSV is tidy and flat (``source``, ``section``, ``quote`` columns) so pandas and altair
    read it directly; here those columns become one citation. ``value`` is empty where the
    report says something was not quantified (``note`` then says so) or gives the size only in
    words: then ``quote`` holds those words (e.g. «ca. en femtedel») and the book shows them.
    """

    id: Slug
    value: float | None
    unit: Line
    counts: Line  # what the number counts, in the report's own wording
    date: Line  # when it applies, as the report states it
    sources: Citations
    note: Text | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_csv_row(cls, row):
        if not isinstance(row, dict) or "source" not in row:
            return row
        row = {key: (value if value != "" else None) for key, value in row.items()}
        citation = {"source": row.pop("source"), "section": row.pop("section", None)}
        if row.get("quote"):
            citation["quote"] = row["quote"]
        row.pop("quote", None)
        return {**row, "sources": [citation]}
