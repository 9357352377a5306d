"""The group views of «Gruppeoversikt» as frames and altair charts, for «Analyser gruppens svar».

Frames are pure functions of the self-assessment's widget data (``selvvurdering_data``) and the
respondents; the numbers come from :mod:`book.group` (the rules the page uses), never computed
again here. Builders turn a frame into a themed chart; :mod:`.render` draws it.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..group import MIN_GROUP, disagreements, group_profiles, role_counts, side_gaps, theme_stats
from ..scoring import DONT_KNOW
from .builders import _bars
from .theme import PRIMARY, SECONDARY, TEXT, themed

NAV_LABEL = "Nav"
COUNTY_LABEL = "Fylkeskommunen, OT og skole"
SCALE = [1, 5]
TICKS = alt.Axis(values=[1, 2, 3, 4, 5], format=",d")


def _number(value: float | None) -> str:
    """«3,4», or «–» for none: one decimal, as the page shows it."""
    return "–" if value is None else f"{value:.1f}".replace(".", ",")


def _signed(value: float) -> str:
    if abs(value) < 0.05:
        return _number(abs(value))
    return ("+" if value > 0 else "−") + _number(abs(value))


def _theme_ids(data: dict) -> list[str]:
    return [theme["id"] for theme in data["themes"]]


def _names(data: dict) -> dict[str, str]:
    return {theme["id"]: theme["name"] for theme in data["themes"]}


def role_frame(respondents: list[dict]) -> pd.DataFrame:
    """One row per role someone has (then «Ikke oppgitt»): ``label``, ``value``."""
    return pd.DataFrame(role_counts(respondents), columns=["label", "value"])


# The answers' columns, turned as scored (a reverse-scored «Helt uenig» counts as 5).
ANSWERS = {
    "1": "1 Helt uenig",
    "2": "2 Litt uenig",
    "3": "3 Verken eller",
    "4": "4 Litt enig",
    "5": "5 Helt enig",
    DONT_KNOW: "Vet ikke",
}


def distribution_frame(data: dict, respondents: list[dict]) -> pd.DataFrame:
    """Per theme (``Tema``), how many answers fell on each point of the scale and «Vet ikke»."""
    names = _names(data)
    rows = [
        {"Tema": names[stat["theme"]], **{label: stat["distribution"][key] for key, label in ANSWERS.items()}}
        for stat in theme_stats(data["items"], _theme_ids(data), respondents)
    ]
    return pd.DataFrame(rows, columns=["Tema", *ANSWERS.values()])


def profiles_frame(data: dict, respondents: list[dict]) -> pd.DataFrame:
    """Each group's profile side by side: a row per theme (``Tema``), a column per group
    («Gruppe 3 (5)», with the number of people), the mean to one decimal (NaN where none)."""
    names = [theme["name"] for theme in data["themes"]]
    columns = {"Tema": names}
    for profile in group_profiles(data["items"], _theme_ids(data), respondents):
        columns[f"{profile['label']} ({profile['n']})"] = [
            float("nan") if mean is None else round(mean, 1) for mean in profile["means"]
        ]
    return pd.DataFrame(columns)


def theme_frame(data: dict, respondents: list[dict]) -> pd.DataFrame:
    """Per theme: ``n`` with a mean, ``mean``, ``sd`` and the band ``low``–``high`` (mean ± sd, 1–5)."""
    names = _names(data)
    rows = []
    for stat in theme_stats(data["items"], _theme_ids(data), respondents):
        mean, sd = stat["mean"], stat["sd"]
        rows.append(
            {
                "theme": names[stat["theme"]],
                "n": stat["n"],
                "mean": mean,
                "sd": sd,
                "low": None if mean is None else max(SCALE[0], mean - (sd or 0)),
                "high": None if mean is None else min(SCALE[1], mean + (sd or 0)),
                "shown": _number(mean),
            }
        )
    return pd.DataFrame(rows)


def gap_frame(data: dict, respondents: list[dict], minimum: int = MIN_GROUP) -> pd.DataFrame:
    """Per theme the Nav side's and the county side's mean, the n behind each, and the gap;
    ``hidden`` where either side has fewer than ``minimum`` (the means are then None)."""
    names = _names(data)
    rows = []
    for gap in side_gaps(data["items"], _theme_ids(data), respondents, minimum):
        rows.append(
            {
                "theme": names[gap["theme"]],
                "hidden": gap["hidden"],
                "nav_n": gap["navN"],
                "county_n": gap["countyN"],
                "nav": gap["nav"],
                "county": gap["county"],
                "gap": gap["gap"],
            }
        )
    return pd.DataFrame(rows)


def gap_table(gaps: pd.DataFrame, minimum: int = MIN_GROUP) -> pd.DataFrame:
    """The gap frame as the page's table: «3,4 (5)», «skjult (2)»."""
    rows = []
    for row in gaps.itertuples():
        if row.hidden:
            shown = [
                f"skjult ({row.nav_n})",
                f"skjult ({row.county_n})",
                f"skjult: færre enn {minimum} på én side",
            ]
        else:
            shown = [
                f"{_number(row.nav)} ({row.nav_n})",
                f"{_number(row.county)} ({row.county_n})",
                _signed(row.gap),
            ]
        rows.append([row.theme, *shown])
    return pd.DataFrame(
        rows, columns=["Tema", f"{NAV_LABEL} (antall)", f"{COUNTY_LABEL} (antall)", "Forskjell"]
    )


def gap_points(gaps: pd.DataFrame) -> pd.DataFrame:
    """Long form for the chart: one row per shown theme and side, with «Nav 4,3 (n = 5)»."""
    rows = []
    for row in gaps[~gaps["hidden"]].itertuples():
        for side, mean, n in ((NAV_LABEL, row.nav, row.nav_n), (COUNTY_LABEL, row.county, row.county_n)):
            rows.append(
                {"theme": row.theme, "side": side, "mean": mean, "n": n, "shown": f"{_number(mean)} ({n})"}
            )
    return pd.DataFrame(rows, columns=["theme", "side", "mean", "n", "shown"])


def talk_frame(data: dict, respondents: list[dict]) -> pd.DataFrame:
    """The themes to talk about (``book.group.disagreements``), with why and the good practices
    for the theme, as the page lists them."""
    ids = _theme_ids(data)
    stats = theme_stats(data["items"], ids, respondents)
    talk = disagreements(stats, side_gaps(data["items"], ids, respondents))
    names = _names(data)
    rows = []
    for entry in talk:
        if entry["reason"] == "gap":
            why = f"Nav og fylkeskommunen ser dette ulikt: forskjellen i snitt er {_signed(entry['gap'])}."
        else:
            why = f"Svarene spriker mye (spredning {_number(entry['sd'])})."
        practices = [p["title"] for p in data["catalogue"]["practices"] if entry["theme"] in p["themes"]][:3]
        name = names[entry["theme"]]
        rows.append(
            {
                "Tema": name,
                "Hvorfor": why,
                "Spørsmål": f"Hva gjør at dere vurderer «{name.lower()}» ulikt? Hva ville gjort det bedre?",
                "Gode grep å se på": ", ".join(practices),
            }
        )
    return pd.DataFrame(rows, columns=["Tema", "Hvorfor", "Spørsmål", "Gode grep å se på"])


def roles_chart(roles: pd.DataFrame) -> alt.LayerChart:
    """How many answered in each role: bars with the number at the end."""
    return themed(_bars(roles, "Antall svar"))


def theme_spread_chart(themes: pd.DataFrame) -> alt.LayerChart:
    """Per theme the group's mean (dot, number beside it) and one standard deviation each way
    (line): a long line means the answers spread."""
    order = list(themes["theme"])
    drawn = themes.dropna(subset=["mean"])
    y = alt.Y("theme:N", sort=order, title=None, axis=alt.Axis(labelLimit=260))
    x = alt.X("mean:Q", title="Snitt (1–5) og spredning", scale=alt.Scale(domain=SCALE), axis=TICKS)
    base = alt.Chart(drawn)
    spread = base.mark_rule(color=PRIMARY, strokeWidth=3).encode(
        x=alt.X("low:Q", scale=alt.Scale(domain=SCALE)), x2="high:Q", y=y
    )
    dots = base.mark_point(color=PRIMARY, filled=True, size=90, opacity=1).encode(x=x, y=y)
    text = base.mark_text(align="left", dx=8, dy=-10, color=TEXT).encode(x=x, y=y, text="shown:N")
    return themed(alt.layer(spread, dots, text).properties(width=320, height=alt.Step(34)))


def gap_chart(gaps: pd.DataFrame, minimum: int = MIN_GROUP) -> alt.LayerChart:
    """Per theme the Nav mean (circle) and the county side's mean (square, other colour), joined
    by a line, each with its mean and n as text; a hidden theme says «skjult» instead."""
    themes = list(gaps["theme"])
    points = gap_points(gaps)
    hidden = pd.DataFrame(
        {
            "theme": gaps.loc[gaps["hidden"], "theme"],
            "mean": SCALE[0],
            "shown": f"skjult: færre enn {minimum} på én side",
        }
    )
    y = alt.Y(
        "theme:N", sort=themes, scale=alt.Scale(domain=themes), title=None, axis=alt.Axis(labelLimit=260)
    )
    x = alt.X("mean:Q", title="Snitt (1–5)", scale=alt.Scale(domain=SCALE), axis=TICKS)
    sides = [NAV_LABEL, COUNTY_LABEL]
    legend = alt.Legend(orient="top", title=None, labelLimit=320)
    base = alt.Chart(points)
    line = base.mark_line(color="#8a8a8a", strokeWidth=2).encode(x=x, y=y, detail="theme:N")
    dots = base.mark_point(filled=True, size=110, opacity=1).encode(
        x=x,
        y=y,
        color=alt.Color("side:N", scale=alt.Scale(domain=sides, range=[PRIMARY, SECONDARY]), legend=legend),
        shape=alt.Shape("side:N", scale=alt.Scale(domain=sides, range=["circle", "square"]), legend=legend),
    )
    above = base.transform_filter(alt.datum.side == NAV_LABEL).mark_text(dy=-13, color=TEXT)
    below = base.transform_filter(alt.datum.side == COUNTY_LABEL).mark_text(dy=15, color=TEXT)
    layers = [line, dots, above.encode(x=x, y=y, text="shown:N"), below.encode(x=x, y=y, text="shown:N")]
    if len(hidden):
        layers.append(
            alt.Chart(hidden).mark_text(align="left", dx=6, color=TEXT).encode(x=x, y=y, text="shown:N")
        )
    return themed(alt.layer(*layers).properties(width=320, height=alt.Step(44)))
