"""The IRIS framework (five areas, eleven themes) as MyST Markdown."""

from __future__ import annotations

from ..catalogue import Catalogue
from . import cite, escape


def area_label(area_id: str) -> str:
    return f"omrade-{area_id}"


def theme_label(theme_id: str) -> str:
    return f"tema-{theme_id}"


def framework_markdown(catalogue: Catalogue, heading_level: int = 2) -> str:
    """Each area as a heading with its description, then its themes one level below."""
    hashes = "#" * heading_level
    lines: list[str] = []
    for area in catalogue.areas_in_order:
        themes = catalogue.themes_of(area.id)
        lines += [
            f"({area_label(area.id)})=",
            f"{hashes} {area.order}. {escape(area.name)}",
            "",
            f"{escape(area.description)} {cite(area.sources)}",
            "",
            "Temaer i området: "
            + ", ".join(f"{{ref}}`{theme_label(theme.id)}`" for theme in themes) + ".",
            "",
        ]
        for theme in themes:
            lines += [
                f"({theme_label(theme.id)})=",
                f"{hashes}# {escape(theme.name)}",
                "",
                f"{escape(theme.description)} {cite(theme.sources)}",
                "",
            ]
    return "\n".join(lines)
