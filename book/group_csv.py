"""The group CSV that «Gruppeoversikt» downloads: read it back into respondents, and write it.

One row per respondent × statement: ``svar-nr`` then the self-assessment's own CSV columns
(``CSV_HEADER`` in ``widgets/selvvurdering/transfer.js``). The writer mirrors ``groupCsv`` in
``widgets/gruppe/gruppe.js`` byte for byte (a node test compares them); the reader turns the
rows back into the respondents ``book.group`` counts, and names a bad row by line and column.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .scoring import DONT_KNOW, NOT_APPLICABLE, item_value

CSV_HEADER = ["id", "tema", "påstand", "omvendt", "svar", "verdi", "gruppe", "rolle"]
GROUP_HEADER = ["svar-nr", *CSV_HEADER]
UNKNOWN_TEXT = "(ukjent påstand: tatt vare på, ikke med i resultatet)"
_FORMULA = re.compile(r"^[=+\-@\t\r]")
_ANSWERS = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, DONT_KNOW: DONT_KNOW, NOT_APPLICABLE: NOT_APPLICABLE}


class GroupCsvError(ValueError):
    """A file that is not the group CSV, or a row that cannot be read: says where, in Norwegian."""


@dataclass
class GroupAnswers:
    """The respondents in a group CSV, and the answers to statements this version does not ask."""

    respondents: list[dict]
    unknown: list[str] = field(default_factory=list)  # statement ids, in the file's order

    @property
    def note(self) -> str:
        if not self.unknown:
            return f"{len(self.respondents)} svar lest inn."
        return (
            f"{len(self.respondents)} svar lest inn. Svar på {len(self.unknown)} påstander som denne "
            f"utgaven ikke har, er ikke med: {', '.join(self.unknown)}."
        )


def _cell(value) -> str:
    text = "" if value is None else str(value)
    if _FORMULA.match(text):
        text = "'" + text
    return '"' + text.replace('"', '""') + '"' if re.search(r'[",\r\n]', text) else text


def _uncell(text: str) -> str:
    """Undo the apostrophe the writer puts before a cell a spreadsheet could read as a formula."""
    return text[1:] if text.startswith("'") and _FORMULA.match(text[1:]) else text


def group_csv_text(items: list[dict], themes: list[dict], respondents: list[dict]) -> str:
    """The CSV ``groupCsv`` writes for ``respondents`` (without the byte order mark)."""
    names = {theme["id"]: theme["name"] for theme in themes}
    rows = [GROUP_HEADER]
    for number, respondent in enumerate(respondents, start=1):
        answers = respondent["answers"]
        who = [respondent.get("label") or "", respondent.get("role") or ""]
        for item in items:
            answer = answers.get(item["id"])
            value = item_value(item, answer)
            rows.append(
                [
                    str(number),
                    item["id"],
                    names.get(item["theme"], item["theme"]),
                    item["text"],
                    "ja" if item.get("reverse") else "nei",
                    "" if answer is None else answer,
                    "" if value is None else value,
                    *who,
                ]
            )
    return "".join(",".join(_cell(c) for c in row) + "\r\n" for row in rows)


def read_group_csv(source: Path | str, items: list[dict], name: str | None = None) -> GroupAnswers:
    """Read a group CSV (a path, or the text itself) with pandas; ``name`` is used in messages.

    Also reads one person's CSV from the self-assessment (no ``svar-nr`` column) as one respondent.
    """
    if isinstance(source, Path):
        name = name or source.name
        text = source.read_text(encoding="utf-8-sig")
    else:
        name = name or "CSV-filen"
        text = source.removeprefix("\ufeff")
    if not text.strip():
        raise GroupCsvError(f"{name}: filen er tom.")
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise GroupCsvError(f"{name}: filen kan ikke leses som CSV ({error}).") from None
    return respondents_from_frame(frame, items, name)


def respondents_from_frame(frame: pd.DataFrame, items: list[dict], name: str = "CSV-filen") -> GroupAnswers:
    """The respondents in a group CSV read as strings (``dtype=str``, no NaN), in file order."""
    columns = list(frame.columns)
    if columns == CSV_HEADER:
        frame = frame.assign(**{"svar-nr": "1"})[GROUP_HEADER]
    elif columns != GROUP_HEADER:
        raise GroupCsvError(
            f"{name}: linje 1 har ikke kolonnene fra Gruppeoversikt ({', '.join(GROUP_HEADER)}), "
            f"men {', '.join(map(str, columns))}."
        )
    known = {item["id"] for item in items}
    respondents: dict[str, dict] = {}
    unknown: list[str] = []
    for line, row in enumerate(frame.to_dict("records"), start=2):
        number = row["svar-nr"].strip()
        if not number.isdigit():
            raise GroupCsvError(f"{name}, linje {line}, kolonne svar-nr: «{number}» er ikke et nummer.")
        answer = row["svar"].strip()
        if answer and answer not in _ANSWERS:
            raise GroupCsvError(
                f"{name}, linje {line}, kolonne svar: «{answer}» er ikke et svar "
                "(1 til 5, vet-ikke, ikke-aktuelt eller tomt)."
            )
        respondent = respondents.setdefault(
            number,
            {"id": number, "label": _uncell(row["gruppe"]), "role": _uncell(row["rolle"]), "answers": {}},
        )
        statement = row["id"].strip()
        if statement not in known:
            if answer and statement not in unknown:
                unknown.append(statement)
            continue
        if answer:
            respondent["answers"][statement] = _ANSWERS[answer]
    return GroupAnswers(list(respondents.values()), unknown)
