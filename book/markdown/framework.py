"""The IRIS framework overview (five areas, eleven themes) as MyST Markdown.

The areas and themes themselves live on the area chapters (:mod:`book.markdown.themes`);
this overview describes each area and links to its themes.
"""

from __future__ import annotations

from ..catalogue import Catalogue
from . import cite, escape, labels, ref


def framework_markdown(catalogue: Catalogue, heading_level: int = 2) -> str:
    hashes = "#" * heading_level
    lines: list[str] = []
    for area in catalogue.areas_in_order:
        themes = catalogue.themes_of(area.id)
        lines += [
            f"{hashes} {area.order}. {escape(area.name)}",
            "",
            f"{escape(area.description)} {cite(area.sources)}",
            "",
            f"Les mer i kapitlet {ref(labels.area(area.id), area.name)}. Temaer i området:",
            "",
            *(f"- {ref(labels.theme(theme.id), theme.name)}" for theme in themes),
            "",
        ]
    return "\n".join(lines)
