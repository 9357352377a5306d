"""Chart builders: pure functions DataFrame → altair chart, one per figure in the book.

Each takes a frame from :mod:`.frames` and returns a themed chart (:func:`.theme.themed`)
with Norwegian titles and formats. Nothing here renders, reads files or prints.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from .theme import (
    DECIMAL,
    HEATMAP,
    HEATMAP_TEXT_LIGHT,
    HEATMAP_TEXT_SWITCH,
    INTEGER,
    MONTH_YEAR,
    PRIMARY,
    SECONDARY,
    TEXT,
    YEAR,
    themed,
)

# Rows of data/figures.csv each chart draws, with the short label it gets in the chart.
INTERVIEWED = {
    "iris-personer-intervjuet": "IRIS 2017: personer intervjuet",
    "afi-nav-ansatte-i-alt": "AFI 2015: Nav-ansatte",
    "afi-ot-medarbeidere-i-alt": "AFI 2015: OT-medarbeidere",
    "master-informanter": "Masteroppgaven: informanter",
}
SURVEY = {
    "afi-svar-nav-fylke": "Nav fylke",
    "afi-svar-fylkeskommune": "Fylkeskommunene",
}
NY_GIV = {
    "afi-ny-giv-gjennomforing-utgangspunkt": "Utgangspunkt",
    "afi-ny-giv-gjennomforing-mal": "Mål innen 2015",
}
KOMBINASJONSTILTAK = ["afi-otto-kombinasjonstiltak-2012", "afi-otto-kombinasjonstiltak-2014"]


def pick(figures: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """The rows ``labels`` names, in that order, with a ``label`` column; KeyError if missing."""
    rows = figures.set_index("id")
    missing = [key for key in labels if key not in rows.index]
    if missing:
        raise KeyError(f"data/figures.csv has no row with id {', '.join(missing)}")
    picked = rows.loc[list(labels)].reset_index()
    picked["label"] = [labels[key] for key in picked["id"]]
    return picked


def _bars(
    data: pd.DataFrame,
    x_title: str,
    value_format: str = INTEGER,
    domain_max: float | None = None,
    suffix: str = "",
) -> alt.LayerChart:
    """Horizontal bars with the value printed at the end of each bar (not only in colour)."""
    data = data.assign(value=data["value"].astype(float))
    scale = alt.Scale(domain=[0, domain_max]) if domain_max else alt.Undefined
    base = alt.Chart(data).encode(
        y=alt.Y("label:N", sort=None, title=None, axis=alt.Axis(labelLimit=260)),
        x=alt.X(
            "value:Q",
            title=x_title,
            scale=scale,
            axis=alt.Axis(
                format=value_format,
                tickMinStep=1,
                **({"labelExpr": f"datum.label + '{suffix}'"} if suffix else {}),
            ),
        ),
    )
    bars = base.mark_bar(color=PRIMARY, height={"band": 0.7})
    text = (
        base.transform_calculate(
            shown=f"format(datum.value, '{value_format}') + '{suffix}'",
        )
        .mark_text(align="left", dx=4, color=TEXT)
        .encode(text="shown:N")
    )
    return alt.layer(bars, text).properties(width=320, height={"step": 34})


def interviewed_chart(figures: pd.DataFrame) -> alt.LayerChart:
    """How many people each study interviewed (where the report gives a number)."""
    return themed(_bars(pick(figures, INTERVIEWED), "Antall personer"))


def survey_chart(figures: pd.DataFrame) -> alt.LayerChart:
    """AFI's survey: answers from Nav fylke and from the county authorities."""
    return themed(_bars(pick(figures, SURVEY), "Antall svar"))


def ny_giv_chart(figures: pd.DataFrame) -> alt.LayerChart:
    """Ny GIV's goal: completion from 69 to 75 per cent, on a 0–100 per cent axis."""
    return themed(
        _bars(pick(figures, NY_GIV), "Andel som gjennomfører (prosent)", domain_max=100, suffix=" %")
    )


def kombinasjonstiltak_chart(figures: pd.DataFrame) -> alt.LayerChart:
    """The share of kombinasjonstiltak in the OTTO register at two dates."""
    data = figures.set_index("id").loc[KOMBINASJONSTILTAK].reset_index()
    if data["month"].isna().any():
        raise ValueError("kombinasjonstiltak rows need a date of the form «juni 2014»")
    data = data.assign(value=data["value"].astype(float))
    ticks = [alt.DateTime(year=m.year, month=m.month, date=1) for m in data["month"]]
    base = alt.Chart(data).encode(
        x=alt.X(
            "month:T",
            title="Tidspunkt",
            axis=alt.Axis(format=MONTH_YEAR, values=ticks, labelAngle=0, grid=False),
            scale=alt.Scale(padding=50),
        ),
        y=alt.Y(
            "value:Q",
            title="Andel kombinasjonstiltak (prosent)",
            scale=alt.Scale(domain=[0, 20]),
            axis=alt.Axis(format=INTEGER, labelExpr="datum.label + ' %'"),
        ),
    )
    line = base.mark_line(color=PRIMARY, strokeWidth=2)
    points = base.mark_point(color=PRIMARY, filled=True, size=90)
    text = (
        base.transform_calculate(shown="format(datum.value, ',d') + ' %'")
        .mark_text(dy=-14, color=TEXT)
        .encode(text="shown:N")
    )
    return themed(alt.layer(line, points, text).properties(width=320, height=220))


def heatmap_text_threshold(high: int) -> float:
    """Counts at or above this get a step from HEATMAP_TEXT_SWITCH on: their text is white.

    A quantize scale over [0, high] with n colours puts a count in step floor(count·n/high).
    """
    steps = len(HEATMAP) - 1
    return high * (HEATMAP_TEXT_SWITCH - 1) / steps


def heatmap_step(count: float, high: int) -> int:
    """The index in HEATMAP of the colour a count gets (what Vega's quantize scale does)."""
    steps = len(HEATMAP) - 1
    return 1 + min(steps - 1, int(count * steps / high))


def evidence_heatmap(evidence: pd.DataFrame) -> alt.FacetChart:
    """Theme × study: how many practices and barriers cite each study, number in every cell."""
    themes = list(dict.fromkeys(evidence["theme"]))
    studies = list(dict.fromkeys(evidence["study_label"]))
    kinds = list(dict.fromkeys(evidence["kind"]))
    high = int(evidence["count"].max()) or 1
    switch = heatmap_text_threshold(high)
    base = alt.Chart().encode(
        x=alt.X(
            "study_label:N",
            sort=studies,
            title=None,
            axis=alt.Axis(orient="top", labelAngle=-40, labelLimit=220),
        ),
        y=alt.Y("theme:N", sort=themes, title=None, axis=alt.Axis(labelLimit=240)),
    )
    cells = base.mark_rect(stroke="#ffffff", strokeWidth=1).encode(
        color=alt.Color(
            "count:Q",
            title="Antall",
            scale=alt.Scale(type="quantize", range=HEATMAP[1:], domain=[0, high], nice=False),
            legend=alt.Legend(format=INTEGER, tickMinStep=1),
        ),
    )
    numbers = base.mark_text(fontSize=13).encode(
        text=alt.Text("count:Q", format=INTEGER),
        color=alt.condition(f"datum.count >= {switch}", alt.value(HEATMAP_TEXT_LIGHT), alt.value(TEXT)),
    )
    layered = alt.layer(cells, numbers, data=evidence).properties(width=alt.Step(44), height=alt.Step(28))
    return themed(
        layered.facet(
            column=alt.Column(
                "kind:N",
                sort=kinds,
                title=None,
                header=alt.Header(
                    labelFontSize=14, labelFontWeight=600, labelColor=TEXT, labelAnchor="start"
                ),
            ),
            spacing=24,
        ).resolve_scale(color="shared")
    )


def timeline_chart(timeline: pd.DataFrame) -> alt.LayerChart:
    """Dated events: a bar for a period, a dot for a single date; one row per event."""
    titles = list(timeline.sort_values(["start", "order"])["title"])
    y = alt.Y("title:N", sort=titles, title=None, axis=alt.Axis(labelLimit=360))
    x = alt.X("start:T", title="År", axis=alt.Axis(format=YEAR, tickCount="year", labelAngle=0))
    periods = (
        alt.Chart(timeline[timeline["kind"] == "Periode"])
        .mark_bar(color=PRIMARY, height=10, cornerRadius=2)
        .encode(x=x, x2="stop:T", y=y)
    )
    moments = (
        alt.Chart(timeline[timeline["kind"] == "Tidspunkt"])
        .mark_point(color=SECONDARY, shape="diamond", filled=True, size=110)
        .encode(x=x, y=y)
    )
    return themed(alt.layer(periods, moments).properties(width=340, height=alt.Step(22)))


__all__ = [
    "DECIMAL",
    "evidence_heatmap",
    "interviewed_chart",
    "kombinasjonstiltak_chart",
    "ny_giv_chart",
    "survey_chart",
    "timeline_chart",
]
