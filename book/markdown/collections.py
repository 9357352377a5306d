"""Cases, recommendations, glossary, timeline and figures as MyST Markdown."""

from __future__ import annotations

from ..catalogue import Catalogue
from . import cite, escape, labels, ref

LEVEL_NAMES = {"nasjonalt": "Nasjonalt nivå", "fylke": "Fylkesnivå", "lokalt": "Lokalt nivå"}
OPEN_LEVEL = "fylke"  # the tab most readers need (Nav fylke and the county authority)


def theme_links(catalogue: Catalogue, theme_ids) -> str:
    return ", ".join(ref(labels.theme(t), catalogue.themes[t].name) for t in theme_ids)


COUNTY_SOURCE = "sintef2010"  # the report that tells the six county stories


def _case_markdown(catalogue: Catalogue, case, hashes: str) -> list[str]:
    lines = [
        f"({labels.case(case.id)})=",
        f"{hashes} {escape(case.name)}",
        "",
        f"{escape(case.model)} {cite(case.sources)}",
        "",
    ]
    if case.challenges:
        lines += ["Utfordringer:", ""] + [f"- {escape(c)}" for c in case.challenges] + [""]
    if case.results:
        lines += [f"*Resultater:* {escape(case.results)}", ""]
    if case.practices:
        links = ", ".join(ref(labels.practice(p), catalogue.practices[p].title) for p in case.practices)
        lines += [f"*Gode grep herfra:* {links}.", ""]
    lines += [f"*Temaer:* {theme_links(catalogue, case.themes)}.", ""]
    return lines


def _is_county_story(case) -> bool:
    return case.sources[0].source == COUNTY_SOURCE


def cases_markdown(catalogue: Catalogue, heading_level: int = 2) -> str:
    """The six SINTEF county stories."""
    hashes = "#" * heading_level
    return "\n".join(
        line
        for case in catalogue.cases.values()
        if _is_county_story(case)
        for line in _case_markdown(catalogue, case, hashes)
    )


def other_cases_markdown(catalogue: Catalogue, heading_level: int = 2) -> str:
    """The cases from the other reports (AFI's, mostly anonymised as the report has them)."""
    hashes = "#" * heading_level
    return "\n".join(
        line
        for case in catalogue.cases.values()
        if not _is_county_story(case)
        for line in _case_markdown(catalogue, case, hashes)
    )


def recommendations_markdown(catalogue: Catalogue, heading_level: int = 2) -> str:
    """One tab per level, the county level open; within a level, grouped by addressee."""
    lines = ["::::{tab-set}", ""]
    for level, level_name in LEVEL_NAMES.items():
        recs = [r for r in catalogue.recommendations.values() if r.level == level]
        if not recs:
            continue
        lines += [f":::{{tab-item}} {level_name} ({len(recs)})"]
        lines += [":selected:", ""] if level == OPEN_LEVEL else [""]
        addressees: dict[str, list] = {}
        for rec in recs:
            addressees.setdefault(", ".join(rec.addressees), []).append(rec)
        for addressee, group in addressees.items():
            lines += [f"**Til {escape(addressee)}**", ""]
            for rec in group:
                lines += [
                    f"({labels.recommendation(rec.id)})=",
                    f"- **{escape(rec.title)}** {escape(rec.description)} {cite(rec.sources)}",
                    "",
                    f"  *Temaer:* {theme_links(catalogue, rec.themes)}.",
                    "",
                ]
                if rec.note:
                    lines += [f"  *Merk:* {escape(rec.note)}", ""]
        lines += [":::", ""]
    lines += ["::::", ""]
    return "\n".join(lines)


def glossary_markdown(catalogue: Catalogue, heading_level: int = 2) -> str:
    terms = sorted(catalogue.glossary.values(), key=lambda t: t.term.casefold().lstrip("«"))
    lines: list[str] = []
    for term in terms:
        # Aliases are the reports' own spellings (e.g. «NAV-kontoret»): shown as their words.
        also = (
            f" Rapportene skriver også: {', '.join(f'«{escape(a)}»' for a in term.aliases)}."
            if term.aliases
            else ""
        )
        lines += [
            f"({labels.term(term.id)})=",
            f"{escape(term.term)}",
            f": {escape(term.definition)}{also} {cite(term.sources)}",
            "",
        ]
    return "\n".join(lines)


def timeline_markdown(catalogue: Catalogue, heading_level: int = 2) -> str:
    lines: list[str] = []
    for event in catalogue.timeline.values():
        when = event.date if not event.end else f"{event.date}–{event.end}"
        lines.append(
            f"- **{when}: {escape(event.title)}.** {escape(event.description)} {cite(event.sources)}"
        )
    return "\n".join(lines) + "\n"


def figure_value(figure) -> tuple[str, str]:
    """The «Tall» cell: the number, or the report's words in «» where it gives the size only in
    words (the quote), or «ikke tallfestet» where it gives none."""
    if figure.value is not None:
        return f"{figure.value:g}".replace(".", ","), f" {escape(figure.unit)}"
    quote = figure.sources[0].quote
    return (f"«{escape(quote)}»" if quote else "ikke tallfestet"), ""


def figures_markdown(catalogue: Catalogue, heading_level: int = 2, source: str | None = None) -> str:
    rows = [f for f in catalogue.figures.values() if source is None or f.sources[0].source == source]
    lines = ["| Hva tallet gjelder | Tall | Når | Kilde |", "|---|---|---|---|"]
    for figure in rows:
        value, unit = figure_value(figure)
        lines.append(
            f"| {escape(figure.counts)} | {value}{unit} | {escape(figure.date)} | {cite(figure.sources)} |"
        )
    return "\n".join(lines) + "\n"
