"""The five reports as MyST Markdown: what each is, how it was made, its table of contents."""

from __future__ import annotations

from ..catalogue import Catalogue
from ..models import Source
from . import escape, labels


def source_markdown(source: Source, heading_level: int = 2) -> str:
    hashes = "#" * heading_level
    lines = [
        f"({labels.source(source.key)})=",
        f"{hashes} {escape(source.short_title)}",
        "",
        f"*{escape(source.title)}*",
        "",
        escape(source.description),
        "",
        "Referanse",
        f": {escape(source.reference)}",
        "",
        "Kildenøkkel",
        f": `{source.key}` (brukes i henvisningene i boka)",
        "",
        "Metode",
        f": {escape(source.method)}",
        "",
        "Utvalg",
        f": {escape(source.sample)}",
        "",
        "Tidsrom",
        f": {escape(source.period)}",
        "",
    ]
    if source.findings:
        lines += ["Hovedfunn:", ""]
        lines += [f"- {escape(item)}" for item in source.findings]
        lines.append("")
    if source.limitations:
        lines += ["Begrensninger rapporten selv peker på:", ""]
        lines += [f"- {escape(item)}" for item in source.limitations]
        lines.append("")
    lines += [
        f":::{{dropdown}} Innholdsfortegnelse ({len(source.sections)} avsnitt)",
        "",
    ]
    for section in source.sections:
        number = f"{section.number} " if section.number else ""
        indent = "  " * max(0, (section.number or "").count("."))
        lines.append(f"{indent}- {number}{escape(section.heading)}")
    lines += ["", ":::", ""]
    return "\n".join(lines)


def sources_markdown(catalogue: Catalogue, heading_level: int = 2) -> str:
    return "\n".join(source_markdown(s, heading_level) for s in catalogue.sources.values())
