"""The book's chart theme: fonts, a colour-blind-safe palette, Norwegian number and date formats.

The formats travel inside each Vega-Lite spec (``config.locale``), so the same spec gives
«1 234,5» and «juni 2014» in vl-convert at build time, in Jupyter and in any Vega viewer.
"""

from __future__ import annotations

import altair as alt

from ..dates import MONTHS

# pydata-sphinx-theme's system font stack (--pst-font-family-base), so charts match the text.
FONT = '-apple-system, BlinkMacSystemFont, "Segoe UI", "Helvetica Neue", Arial, sans-serif'
TEXT = "#1f1f1f"
MUTED = "#4d4d4d"  # axis labels and ticks: 8.4:1 on white
BACKGROUND = "#ffffff"

# Bars and points: the book's focus blue (contrast 7.0:1 on white, WCAG 1.4.11 needs 3:1).
PRIMARY = "#005b82"
# A second series: dark orange; blue/orange stay apart in every common colour-vision deficiency.
SECONDARY = "#a34800"
CATEGORICAL = [PRIMARY, SECONDARY, "#5a5a5a"]

# Heatmap: one hue, light to dark (ColorBrewer «Blues», which is colour-blind safe). Every cell
# also prints its number, so colour never carries the meaning alone. The scale is quantized
# (each cell gets exactly one of these steps, the first one is the page background and
# unused), so the text colour can follow the step: dark on light steps, white from
# HEATMAP_TEXT_SWITCH on. Every pair has contrast >= 4.5:1 (tested).
HEATMAP = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#2171b5", "#08519c", "#08306b"]
HEATMAP_TEXT_SWITCH = 5
HEATMAP_TEXT_LIGHT = "#ffffff"

# d3-format locale for Norwegian bokmål: decimal comma, no-break space between thousands.
# (d3-format ships no nb-NO locale; vl-convert's own list has none either.)
NUMBER_LOCALE = {"decimal": ",", "thousands": "\u00a0", "grouping": [3], "currency": ["", "\u00a0kr"]}
# d3-time-format's nb-NO locale (the same as vl_convert.get_time_format_locale("nb-NO")).
TIME_LOCALE = {
    "dateTime": "%A den %d. %B %Y %X",
    "date": "%d.%m.%Y",
    "time": "%H:%M:%S",
    "periods": ["AM", "PM"],
    "days": ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
    "shortDays": ["søn", "man", "tir", "ons", "tor", "fre", "lør"],
    "months": MONTHS,
    "shortMonths": ["jan", "feb", "mars", "apr", "mai", "juni", "juli", "aug", "sep", "okt", "nov", "des"],
}

INTEGER = ",d"  # «20 000»
DECIMAL = ",.1~f"  # «1 234,5», «17»
YEAR = "%Y"
MONTH_YEAR = "%B %Y"  # «juni 2014»


def config() -> dict:
    """The Vega-Lite ``config`` block every chart of the book carries."""
    return {
        "locale": {"number": NUMBER_LOCALE, "time": TIME_LOCALE},
        "font": FONT,
        # Vega's own ARIA labels are English and generated; the figure gets a Norwegian
        # title, description and table instead (see render.py).
        "aria": False,
        "background": BACKGROUND,
        "view": {"stroke": None},
        "title": {"color": TEXT, "fontSize": 15, "fontWeight": 600, "anchor": "start"},
        "axis": {
            "labelColor": MUTED,
            "titleColor": TEXT,
            "tickColor": MUTED,
            "domainColor": MUTED,
            "labelFontSize": 13,
            "titleFontSize": 13,
            "titleFontWeight": 600,
            "gridColor": "#e3e3e3",
        },
        "legend": {"labelColor": TEXT, "titleColor": TEXT, "labelFontSize": 13, "titleFontSize": 13},
        "text": {"color": TEXT, "fontSize": 13},
        "range": {"category": CATEGORICAL, "ramp": HEATMAP},
        "bar": {"color": PRIMARY},
        "point": {"color": PRIMARY, "filled": True, "size": 80},
    }


def themed(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """``chart`` with the book's config (locale, fonts, palette)."""
    return chart.configure(**config())


def contrast(foreground: str, background: str = BACKGROUND) -> float:
    """WCAG 2.1 contrast ratio of two ``#rrggbb`` colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
