"""Chart builders: the specs carry the expected encodings, Norwegian formats and data rows.

No pixels: we read the Vega-Lite spec (and, for the locale, the text vl-convert writes).
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd
import pytest
import vl_convert

from book.catalogue import load_catalogue
from book.charts import (
    chart_figure,
    evidence_frame,
    evidence_heatmap,
    figures_frame,
    interviewed_chart,
    kombinasjonstiltak_chart,
    ny_giv_chart,
    single_study_entries,
    survey_chart,
    table_html,
    timeline_chart,
    timeline_frame,
    to_svg,
)
from book.charts.builders import heatmap_step, pick
from book.charts.frames import norwegian_date
from book.charts.render import format_number, spec_of
from book.charts.theme import (
    CATEGORICAL,
    HEATMAP,
    HEATMAP_TEXT_LIGHT,
    HEATMAP_TEXT_SWITCH,
    MUTED,
    NUMBER_LOCALE,
    PRIMARY,
    TEXT,
    TIME_LOCALE,
    config,
    contrast,
)


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="module")
def figures(catalogue):
    return figures_frame(catalogue)


def layers(spec: dict) -> list[dict]:
    """Every unit spec (mark + encoding) inside a layered or faceted spec."""
    found = []
    for part in spec.get("layer", []) + ([spec["spec"]] if "spec" in spec else []):
        found += layers(part) if ("layer" in part or "spec" in part) else [part]
    return found


def data_rows(spec: dict) -> list[dict]:
    return [row for rows in spec.get("datasets", {}).values() for row in rows]


def svg_texts(spec: dict) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]*)</text>", vl_convert.vegalite_to_svg(spec))


# --- theme ----------------------------------------------------------------------------------


def test_palette_passes_contrast():
    assert contrast(PRIMARY) >= 4.5 and contrast(TEXT) >= 7 and contrast(MUTED) >= 4.5
    assert all(contrast(colour) >= 3 for colour in CATEGORICAL)  # WCAG 1.4.11 graphics
    for step, fill in enumerate(HEATMAP[1:], start=1):
        text = HEATMAP_TEXT_LIGHT if step >= HEATMAP_TEXT_SWITCH else TEXT
        assert contrast(text, fill) >= 4.5, (fill, text)


def test_time_locale_is_d3s_norwegian_and_numbers_use_decimal_comma():
    assert vl_convert.get_time_format_locale("nb-NO") == TIME_LOCALE
    assert NUMBER_LOCALE["decimal"] == "," and NUMBER_LOCALE["thousands"] == "\u00a0"
    assert config()["locale"] == {"number": NUMBER_LOCALE, "time": TIME_LOCALE}


def test_vl_convert_applies_the_locale_in_the_spec(figures):
    """The spec alone gives «20 000» and «juni 2014»: the locale travels with it."""
    texts = svg_texts(spec_of(kombinasjonstiltak_chart(figures)))
    assert "juni 2014" in texts and "november 2012" in texts and "15 %" in texts
    import altair as alt

    from book.charts.theme import themed

    big = themed(
        alt.Chart(pd.DataFrame({"v": [1234.5, 20000]}))
        .mark_bar()
        .encode(x=alt.X("v:Q", axis=alt.Axis(format=",.1f")))
    )
    texts = svg_texts(spec_of(big))
    assert "20\u00a0000,0" in texts and not any("," in t and "." in t for t in texts)


def test_python_number_format_agrees_with_the_charts():
    assert format_number(20000) == "20\u00a0000"
    assert format_number(1234.5) == "1\u00a0234,5"
    assert format_number(17.0) == "17"
    assert format_number(float("nan")) == ""


# --- builders -------------------------------------------------------------------------------


def test_interviewed_chart(figures):
    spec = spec_of(interviewed_chart(figures))
    bar, text = layers(spec)
    assert bar["mark"]["type"] == "bar"
    assert bar["encoding"]["x"]["field"] == "value" and bar["encoding"]["x"]["type"] == "quantitative"
    assert bar["encoding"]["x"]["title"] == "Antall personer"
    assert bar["encoding"]["y"]["field"] == "label"
    assert {(r["label"], r["value"]) for r in data_rows(spec)} == {
        ("IRIS 2017: personer intervjuet", 39.0),
        ("AFI 2015: Nav-ansatte", 29.0),
        ("AFI 2015: OT-medarbeidere", 22.0),
        ("Masteroppgaven: informanter", 6.0),
    }
    assert text["encoding"]["text"]["field"] == "shown"
    assert spec["config"]["locale"]["number"]["decimal"] == ","
    assert "$schema" not in spec


def test_survey_and_ny_giv_charts(figures):
    survey = spec_of(survey_chart(figures))
    assert [r["value"] for r in data_rows(survey)] == [16.0, 10.0]
    assert layers(survey)[0]["encoding"]["x"]["title"] == "Antall svar"
    ny_giv = spec_of(ny_giv_chart(figures))
    x = layers(ny_giv)[0]["encoding"]["x"]
    assert x["scale"]["domain"] == [0, 100] and "' %'" in x["axis"]["labelExpr"]
    assert [(r["label"], r["value"]) for r in data_rows(ny_giv)] == [
        ("Utgangspunkt", 69.0),
        ("Mål innen 2015", 75.0),
    ]


def test_kombinasjonstiltak_chart_has_norwegian_month_axis(figures):
    spec = spec_of(kombinasjonstiltak_chart(figures))
    x = layers(spec)[0]["encoding"]["x"]
    assert x["type"] == "temporal" and x["axis"]["format"] == "%B %Y"
    assert [r["value"] for r in data_rows(spec)] == [15.0, 17.0]


def test_pick_names_a_missing_row(figures):
    with pytest.raises(KeyError, match="no-such-id"):
        pick(figures, {"no-such-id": "x"})


def test_evidence_frame_and_heatmap(catalogue):
    evidence = evidence_frame(catalogue)
    assert len(evidence) == len(catalogue.themes) * 2 * 4  # themes × kinds × studies
    assert "IRIS 2017, kortversjon" not in set(evidence["study_label"])  # counted as IRIS
    row = evidence[
        (evidence.theme_id == "samarbeidsavtalen")
        & (evidence.study == "iris2017")
        & (evidence.kind == "Gode grep")
    ].iloc[0]
    from book.coverage import cited_sources

    expected = sum(
        bool(cited_sources(p) & {"iris2017", "iris2017kort"})
        for p in catalogue.practices_of("samarbeidsavtalen")
    )
    assert row["count"] == expected
    spec = spec_of(evidence_heatmap(evidence))
    assert spec["facet"]["column"]["field"] == "kind"
    rect, text = layers(spec)
    assert rect["mark"]["type"] == "rect" and rect["encoding"]["color"]["field"] == "count"
    assert rect["encoding"]["y"]["sort"][0] == "Samarbeidsavtalen"
    assert text["encoding"]["text"]["field"] == "count"  # numbers in every cell, not colour only
    assert len(data_rows(spec)) == len(evidence)
    # The text colour the spec picks has enough contrast on the step Vega gives each count.
    threshold = float(re.search(r">= ([\d.]+)", text["encoding"]["color"]["condition"]["test"])[1])
    high = int(evidence["count"].max())
    for count in range(high + 1):
        colour = HEATMAP_TEXT_LIGHT if count >= threshold else TEXT
        assert contrast(colour, HEATMAP[heatmap_step(count, high)]) >= 4.5, count
    # ... and heatmap_step is what Vega does: the cells' fills (plus one legend swatch per
    # step) are exactly the steps it predicts.
    svg = vl_convert.vegalite_to_svg(spec)
    fills = Counter(
        f.lower() for f in re.findall(r'<path[^>]*fill="(#[0-9a-fA-F]{6})"', svg) if f.lower() in HEATMAP
    )
    expected = Counter(HEATMAP[heatmap_step(c, high)] for c in evidence["count"])
    assert fills == expected + Counter(HEATMAP[1:])


def test_single_study_entries(catalogue):
    single = single_study_entries(catalogue)
    assert len(single) > 0
    assert "avtale-som-apner-for-mer" in set(single["id"])  # cites IRIS only
    assert "korte-konkrete-avtaler" not in set(single["id"])  # cites four studies


def test_timeline_frame_and_chart(catalogue):
    timeline = timeline_frame(catalogue)
    assert len(timeline) == len(catalogue.timeline)
    row = timeline.set_index("id").loc["samarbeidsavtale-troms"]
    assert row["when"] == "juni 2008–2011" and row["stop"] == pd.Timestamp("2011-12-31")
    assert norwegian_date("2006-10-01") == "1. oktober 2006"
    spec = spec_of(timeline_chart(timeline))
    periods, moments = layers(spec)
    assert periods["mark"]["type"] == "bar" and periods["encoding"]["x2"]["field"] == "stop"
    assert moments["mark"]["type"] == "point"
    assert periods["encoding"]["x"]["axis"]["format"] == "%Y"
    assert len(data_rows(spec)) == len(timeline)


# --- rendering -----------------------------------------------------------------------------


def test_svg_is_named_and_has_no_style_attributes_or_urls(figures):
    svg = to_svg(
        survey_chart(figures), "Svar på AFIs spørreundersøkelse", "16 fra Nav, 10 fra fylkeskommunene", "svar"
    )
    assert svg.startswith('<svg class="kb-chart-svg" role="img" aria-labelledby="svar-title"')
    assert '<title id="svar-title">Svar på AFIs spørreundersøkelse</title>' in svg
    assert 'aria-describedby="svar-desc"' in svg and "<desc" in svg
    assert " style=" not in svg and "<script" not in svg
    assert not re.search(r"https?://(?!www\.w3\.org/)", svg)
    assert all(i.startswith("svar-") for i in re.findall(r'\bid="([^"]+)"', svg))


def test_figure_has_caption_and_table_folded_when_long(catalogue, figures):
    small = chart_figure(
        "lite",
        survey_chart(figures),
        "Svar",
        "To tall.",
        pd.DataFrame({"Hvem": ["Nav", "Fk"], "Svar": [16, 10]}),
        ("Svar",),
    )
    html = small._repr_html_()
    assert "<figcaption><strong>Svar.</strong> To tall." in html
    assert "<details" not in html and '<td class="kb-num">16</td>' in html
    timeline = timeline_frame(catalogue)
    long = chart_figure(
        "lang", timeline_chart(timeline), "Tidslinje", "Hendelser.", timeline[["when", "title"]]
    )
    assert '<details class="kb-chart-data">' in long.html()


def test_table_html_escapes_and_marks_missing_numbers():
    html = table_html(pd.DataFrame({"Hva": ["<b>x</b>"], "Tall": [None]}), "T", ("Tall",))
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "ikke tallfestet" in html and "style=" not in html
