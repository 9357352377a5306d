"""Render a chart to static, accessible SVG (vl-convert) inside a figure with its data table.

No JavaScript: the SVG is inline, named (``role="img"``, ``<title>``, ``<desc>``), with
ids made unique per chart, no ``style`` attributes, and the numbers as an HTML table beside it.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, field

import altair as alt
import pandas as pd
import vl_convert

FOLD_AFTER_ROWS = 8  # longer tables are folded (<details>); print opens them (charts.css)
_ID = re.compile(r'\bid="([^"]+)"')
_VEGA_ARIA = re.compile(r'\s(?:role|aria-[a-z]+)="[^"]*"')


def spec_of(chart: alt.TopLevelMixin) -> dict:
    """The Vega-Lite spec without ``$schema`` (a URL the site must not carry)."""
    spec = chart.to_dict()
    spec.pop("$schema", None)
    return spec


def format_number(value: float, decimals: int = 1) -> str:
    """«1 234,5», «20 000», «17»: the same as the charts' d3 format ``,.1~f`` with our locale."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\u00a0").replace(".", ",")


def to_svg(chart: alt.TopLevelMixin, title: str, description: str, chart_id: str) -> str:
    """The chart as an SVG string named by ``title`` and described by ``description``."""
    if not re.fullmatch(r"[a-z0-9-]+", chart_id):
        raise ValueError(f"chart_id must be a slug, got {chart_id!r}")
    svg = vl_convert.vegalite_to_svg(spec_of(chart))
    if " style=" in svg:
        raise ValueError("vl-convert wrote a style attribute; the site's CSP would ignore it")
    # Ids (clip paths, gradients) must be unique on a page with several charts.
    for old in set(_ID.findall(svg)):
        new = f"{chart_id}-{old}"
        svg = svg.replace(f'id="{old}"', f'id="{new}"').replace(f"url(#{old})", f"url(#{new})")
        svg = svg.replace(f'href="#{old}"', f'href="#{new}"')
    # Vega's own roles and English labels (left even with config aria=false in facets): the
    # root's role="img" with a Norwegian title and description names the whole chart.
    svg = _VEGA_ARIA.sub("", svg)
    opening = re.match(r"<svg\b[^>]*>", svg)
    if not opening:
        raise ValueError("vl-convert did not return an SVG document")
    tag = opening.group(0)
    tag = tag.replace(' class="marks"', "").replace(
        "<svg ",
        (
            f'<svg class="kb-chart-svg" role="img" aria-labelledby="{chart_id}-title" '
            f'aria-describedby="{chart_id}-desc" focusable="false" '
        ),
        1,
    )
    named = (
        f'<title id="{chart_id}-title">{html.escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{html.escape(description)}</desc>'
    )
    return tag + named + svg[opening.end() :]


def table_html(
    table: pd.DataFrame, caption: str, numeric: tuple[str, ...] = (), missing: str = "ikke tallfestet"
) -> str:
    """A plain HTML table (no inline styles); ``numeric`` columns right-aligned and formatted,
    ``missing`` where a number is missing (a report that gives none; a group with no answers)."""
    num = ' class="kb-num"'
    head = "".join(
        f'<th scope="col"{num if c in numeric else ""}>{html.escape(str(c))}</th>' for c in table.columns
    )
    rows = []
    for record in table.itertuples(index=False):
        cells = []
        for index, (column, value) in enumerate(zip(table.columns, record)):
            if column in numeric:
                text = missing if pd.isna(value) else format_number(float(value))
            else:
                text = "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
            tag = "th" if index == 0 else "td"
            scope = ' scope="row"' if index == 0 else ""
            css = num if column in numeric else ""
            cells.append(f"<{tag}{scope}{css}>{html.escape(text)}</{tag}>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        f'<table class="kb-chart-table"><caption>{html.escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def scroll_region(table: str, label: str) -> str:
    """A wide table scrolls inside a focusable, named region instead of widening the page."""
    return (
        f'<div class="kb-chart-scroll" role="region" tabindex="0" '
        f'aria-label="{html.escape(label, quote=True)}">{table}</div>'
    )


@dataclass
class DataTable:
    """A table for a notebook page: shows as plain HTML (no pandas styles) in Jupyter and book."""

    table: pd.DataFrame = field(repr=False)
    caption: str
    numeric: tuple[str, ...] = ()
    missing: str = "ikke tallfestet"

    def _repr_html_(self) -> str:
        table = table_html(self.table, self.caption, self.numeric, self.missing)
        return scroll_region(table, f"Tabell: {self.caption}")


@dataclass
class ChartFigure:
    """A rendered chart: shows as an HTML figure in Jupyter and in the built book."""

    chart_id: str
    title: str
    description: str
    chart: alt.TopLevelMixin = field(repr=False)
    table: pd.DataFrame = field(repr=False)
    numeric: tuple[str, ...] = ()
    source: str = ""
    svg: str = field(default="", repr=False)

    def __post_init__(self):
        if not self.svg:
            self.svg = to_svg(self.chart, self.title, self.description, self.chart_id)

    @property
    def spec(self) -> dict:
        return spec_of(self.chart)

    def html(self) -> str:
        table = table_html(self.table, f"Tallene i figuren: {self.title}", self.numeric)
        region = scroll_region(table, f"Tabell: {self.title}")
        if len(self.table) > FOLD_AFTER_ROWS:
            data = (
                f'<details class="kb-chart-data"><summary>Vis tallene som tabell '
                f"({len(self.table)} rader)</summary>{region}</details>"
            )
        else:
            data = f'<div class="kb-chart-data">{region}</div>'
        source = (
            f' <span class="kb-chart-source">Kilde: {html.escape(self.source)}.</span>' if self.source else ""
        )
        return (
            f'<figure class="kb-chart" id="{self.chart_id}">'
            f'<div class="kb-chart-image">{self.svg}</div>'
            f"<figcaption><strong>{html.escape(self.title)}.</strong> "
            f"{html.escape(self.description)}{source}</figcaption>{data}</figure>"
        )

    def _repr_html_(self) -> str:
        return self.html()


def chart_figure(
    chart_id: str,
    chart: alt.TopLevelMixin,
    title: str,
    description: str,
    table: pd.DataFrame,
    numeric: tuple[str, ...] = (),
    source: str = "",
) -> ChartFigure:
    return ChartFigure(chart_id, title, description, chart, table, numeric, source)
