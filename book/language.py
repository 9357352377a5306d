"""Which passages on the pages are not bokmål (WCAG 3.1.2), from the data: the quotes whose
citation gives a ``language`` and the report titles whose source does; and where they stand in a text."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from functools import cached_property

from .models import DEFAULT_LANGUAGE, Citation, Source
from .references import walk


@dataclasses.dataclass(frozen=True)
class Foreign:
    """Phrases in another language than bokmål, each with its language code (nn or en).

    ``quotes`` are marked only where they stand in «»; ``titles`` wherever they occur.
    """

    quotes: Mapping[str, str]
    titles: Mapping[str, str]

    @cached_property
    def pattern(self) -> re.Pattern | None:
        phrases = sorted({*self.quotes, *self.titles}, key=len, reverse=True)
        if not phrases:
            return None
        alternatives = (r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)
        return re.compile("|".join(f"(?:{a})" for a in alternatives))


def foreign_phrases(catalogue) -> Foreign:
    """The catalogue's non-bokmål quotes (by citation) and report titles (by source)."""
    quotes: dict[str, str] = {}
    for field in dataclasses.fields(catalogue):
        for entry in getattr(catalogue, field.name).values():
            for _, value in walk(entry):
                if isinstance(value, Citation) and value.language != DEFAULT_LANGUAGE:
                    quotes[" ".join(value.quote.split())] = value.language
    titles = {
        " ".join(source.title.split()): source.language
        for source in catalogue.sources.values()
        if isinstance(source, Source) and source.language != DEFAULT_LANGUAGE
    }
    return Foreign(quotes=quotes, titles=titles)


def split_text(text: str, foreign: Foreign) -> list[tuple[str, str | None]]:
    """``text`` in pieces, each with its language (``None``: the page's own).

    A quote counts only inside «…» (the guillemets stay outside the marked piece).
    """
    pattern = foreign.pattern
    pieces: list[tuple[str, str | None]] = []
    start = 0
    for match in pattern.finditer(text) if pattern else ():
        phrase = match.group()
        key = " ".join(phrase.split())
        quoted = text[match.start() - 1 : match.start()] == "«" and text[match.end() : match.end() + 1] == "»"
        language = foreign.titles.get(key) or (foreign.quotes.get(key) if quoted else None)
        if language is None:
            continue
        if match.start() > start:
            pieces.append((text[start : match.start()], None))
        pieces.append((phrase, language))
        start = match.end()
    if start < len(text) or not pieces:
        pieces.append((text[start:], None))
    return pieces
