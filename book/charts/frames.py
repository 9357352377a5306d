"""Tidy pandas DataFrames from the validated catalogue: what the chart builders draw.

Pure functions of a :class:`~book.catalogue.Catalogue`; they never read ``data/`` themselves.
"""

from __future__ import annotations

import calendar
import re
from pathlib import Path

import pandas as pd

from ..catalogue import Catalogue
from ..coverage import cited_sources
from ..dates import MONTHS
from ..studies import studies, study_of
from ..widget_data import citation_text

KINDS = {"practices": "Gode grep", "barriers": "Barrierer"}


def find_project_root(start: Path | None = None) -> Path:
    """The project folder (with ``data/`` and ``book/``) at or above ``start`` (default: cwd)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "data" / "practices.yml").is_file() and (folder / "book").is_dir():
            return folder
    raise FileNotFoundError(
        f"Fant ikke prosjektmappen (med data/ og book/) i {here} eller mappene over. "
        "Legg notatboka i en kopi av prosjektet og kjør den derfra."
    )


def _studies_cited(entry) -> set[str]:
    return {study_of(key) for key in cited_sources(entry)}


def evidence_frame(catalogue: Catalogue) -> pd.DataFrame:
    """One row per theme × study × kind: how many practices (barriers) cite that study.

    An entry counts for every theme it belongs to and every study it cites (also through its
    examples), so a row's count is not a share of anything and the rows do not add up.
    """
    labels = studies(catalogue)
    rows = []
    for area in catalogue.areas_in_order:
        for theme in catalogue.themes_of(area.id):
            for kind, kind_label in KINDS.items():
                entries = [e for e in getattr(catalogue, kind).values() if theme.id in e.themes]
                for study, study_label in labels.items():
                    rows.append(
                        {
                            "area": area.name,
                            "theme_id": theme.id,
                            "theme": theme.name,
                            "study": study,
                            "study_label": study_label,
                            "kind": kind_label,
                            "count": sum(study in _studies_cited(e) for e in entries),
                            "total": len(entries),
                        }
                    )
    return pd.DataFrame(rows)


def single_study_entries(catalogue: Catalogue) -> pd.DataFrame:
    """Practices and barriers that cite one study only (the short IRIS version counts as IRIS)."""
    labels = studies(catalogue)
    rows = []
    for kind, kind_label in KINDS.items():
        for entry in getattr(catalogue, kind).values():
            cited = _studies_cited(entry)
            if len(cited) == 1:
                (study,) = cited
                rows.append(
                    {
                        "kind": kind_label,
                        "id": entry.id,
                        "title": entry.title,
                        "study": study,
                        "study_label": labels[study],
                        "themes": ", ".join(catalogue.themes[t].name for t in entry.themes),
                    }
                )
    return pd.DataFrame(rows, columns=["kind", "id", "title", "study", "study_label", "themes"])


_MONTH_YEAR = re.compile(rf"^({'|'.join(MONTHS)}) (\d{{4}})$")


def _month(text: str) -> pd.Timestamp:
    """«juni 2014» → 2014-06-01; anything else (a period, «ikke oppgitt») → NaT."""
    match = _MONTH_YEAR.match(text.strip())
    if not match:
        return pd.NaT
    return pd.Timestamp(year=int(match[2]), month=MONTHS.index(match[1]) + 1, day=1)


def figures_frame(catalogue: Catalogue) -> pd.DataFrame:
    """``data/figures.csv`` as validated, plus a readable source and a parsed month."""
    rows = []
    for figure in catalogue.figures.values():
        citation = figure.sources[0]
        rows.append(
            {
                "id": figure.id,
                "value": figure.value,
                "unit": figure.unit,
                "counts": figure.counts,
                "date": figure.date,
                "month": _month(figure.date),
                "source": citation.source,
                "section": citation.section,
                "source_label": citation_text(catalogue, figure.sources),
                "quote": citation.quote or "",
                "note": figure.note or "",
            }
        )
    frame = pd.DataFrame(rows)
    frame["value"] = frame["value"].astype("Float64")
    return frame


def _parse(date: str, end: bool = False) -> pd.Timestamp:
    """«2008», «2008-06» or «2008-06-01» → its first day (or with ``end``, its last day)."""
    parts = [int(p) for p in date.split("-")]
    year, month, day = (parts + [None, None])[:3]
    if month is None:
        month, day = (12, 31) if end else (1, 1)
    elif day is None:
        day = calendar.monthrange(year, month)[1] if end else 1
    return pd.Timestamp(year=year, month=month, day=day)


def norwegian_date(date: str) -> str:
    """«2008» → «2008», «2008-06» → «juni 2008», «2006-10-01» → «1. oktober 2006»."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    return f"{parts[2]}. {MONTHS[parts[1] - 1]} {parts[0]}"


def timeline_frame(catalogue: Catalogue) -> pd.DataFrame:
    """One row per dated event, in the data's (chronological) order.

    ``start`` is the first day the date names and ``stop`` the last day of ``end`` (NaT for a
    single date); ``when`` says it in Norwegian with the precision the report gives.
    """
    rows = []
    for order, event in enumerate(catalogue.timeline.values()):
        when = norwegian_date(event.date)
        if event.end:
            when = f"{when}–{norwegian_date(event.end)}"
        rows.append(
            {
                "order": order,
                "id": event.id,
                "title": event.title,
                "date": event.date,
                "end": event.end or "",
                "start": _parse(event.date),
                "stop": _parse(event.end, end=True) if event.end else pd.NaT,
                "kind": "Periode" if event.end else "Tidspunkt",
                "when": when,
                "source_label": citation_text(catalogue, event.sources),
            }
        )
    return pd.DataFrame(rows)
