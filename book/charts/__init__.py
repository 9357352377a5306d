"""Charts: data frames from the catalogue, altair chart builders with the book's theme, and
rendering to static, accessible SVG (vl-convert) with the data as a table beside it.

Flow: :mod:`.frames` (Catalogue → DataFrame) → :mod:`.builders` (DataFrame → altair chart,
themed by :mod:`.theme`) → :mod:`.render` (chart → inline SVG figure, no JavaScript).
"""

from .builders import (
    evidence_heatmap,
    interviewed_chart,
    kombinasjonstiltak_chart,
    ny_giv_chart,
    survey_chart,
    timeline_chart,
)
from .frames import (
    evidence_frame,
    figures_frame,
    find_project_root,
    single_study_entries,
    timeline_frame,
)
from .render import ChartFigure, DataTable, chart_figure, table_html, to_svg

__all__ = [
    "ChartFigure",
    "DataTable",
    "chart_figure",
    "evidence_frame",
    "evidence_heatmap",
    "figures_frame",
    "find_project_root",
    "interviewed_chart",
    "kombinasjonstiltak_chart",
    "ny_giv_chart",
    "single_study_entries",
    "survey_chart",
    "table_html",
    "timeline_chart",
    "timeline_frame",
    "to_svg",
]
