"""Group charts for «Analyser gruppens svar»: frames carry book.group's numbers, specs their encodings."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from book.charts.group import (
    COUNTY_LABEL,
    NAV_LABEL,
    distribution_frame,
    gap_chart,
    gap_frame,
    gap_points,
    gap_table,
    profiles_frame,
    role_frame,
    roles_chart,
    talk_frame,
    theme_frame,
    theme_spread_chart,
)
from book.charts.render import spec_of, to_svg
from book.charts.theme import PRIMARY, SECONDARY

from .conftest import ROOT
from .test_charts import data_rows, layers


@pytest.fixture(scope="module")
def workshop():
    """The shared workshop fixture as widget data: theme a has a shown gap, theme b is hidden."""
    fixture = json.loads((ROOT / "tests/fixtures/group/workshop.json").read_text(encoding="utf-8"))
    data = {
        "items": fixture["items"],
        "themes": [{"id": "a", "name": "Tema A"}, {"id": "b", "name": "Tema B"}],
        "catalogue": {"practices": [{"title": "Grep for A", "themes": ["a"]}]},
    }
    return data, fixture["respondents"], fixture["expected"]


def test_role_frame_and_chart(workshop):
    _, respondents, expected = workshop
    frame = role_frame(respondents)
    assert [[label, n] for label, n in zip(frame["label"], frame["value"])] == expected["roles"]
    spec = spec_of(roles_chart(frame))
    bar, _text = layers(spec)
    assert bar["encoding"]["x"]["title"] == "Antall svar"
    assert {(r["label"], r["value"]) for r in data_rows(spec)} >= {("Ikke oppgitt", 1.0), ("Nav-kontor", 2.0)}


def test_theme_frame_and_spread_chart(workshop):
    data, respondents, expected = workshop
    frame = theme_frame(data, respondents)
    for row, stat in zip(frame.itertuples(), expected["stats"]):
        assert (
            row.n == stat["n"]
            and row.mean == pytest.approx(stat["mean"])
            and row.sd == pytest.approx(stat["sd"])
        )
        assert row.low == pytest.approx(max(1, stat["mean"] - stat["sd"]))
        assert row.high == pytest.approx(min(5, stat["mean"] + stat["sd"]))
    assert list(frame["shown"]) == ["3,1", "3,6"]
    spec = spec_of(theme_spread_chart(frame))
    rule, dots, text = layers(spec)
    assert rule["mark"]["type"] == "rule" and rule["encoding"]["x"]["field"] == "low"
    assert rule["encoding"]["x2"]["field"] == "high"
    assert dots["encoding"]["x"]["scale"]["domain"] == [1, 5]
    assert text["encoding"]["text"]["field"] == "shown"


def test_gap_frame_hides_below_the_minimum_and_keeps_the_n(workshop):
    data, respondents, expected = workshop
    gaps = gap_frame(data, respondents)
    a, b = gaps.itertuples()
    assert (
        not a.hidden
        and a.gap == pytest.approx(expected["gaps"][0]["gap"])
        and (a.nav_n, a.county_n) == (3, 3)
    )
    assert b.hidden and pd.isna(b.nav) and pd.isna(b.gap) and b.county_n == 2
    table = gap_table(gaps)
    assert list(table.iloc[0]) == ["Tema A", "4,3 (3)", "1,8 (3)", "+2,5"]
    assert list(table.iloc[1]) == ["Tema B", "skjult (3)", "skjult (2)", "skjult: færre enn 3 på én side"]
    points = gap_points(gaps)
    assert list(points["theme"]) == ["Tema A", "Tema A"] and list(points["side"]) == [NAV_LABEL, COUNTY_LABEL]
    # With a minimum of 2 theme b is shown.
    assert not gap_frame(data, respondents, minimum=2)["hidden"].any()


def test_gap_chart_tells_the_sides_apart_by_shape_as_well_as_colour(workshop):
    data, respondents, _ = workshop
    spec = spec_of(gap_chart(gap_frame(data, respondents)))
    parts = layers(spec)
    dots = next(p for p in parts if p["mark"]["type"] == "point")
    assert dots["encoding"]["color"]["scale"]["range"] == [PRIMARY, SECONDARY]
    assert dots["encoding"]["shape"]["scale"]["range"] == ["circle", "square"]
    assert dots["encoding"]["y"]["scale"]["domain"] == ["Tema A", "Tema B"]  # the hidden theme keeps its row
    rows = data_rows(spec)
    assert {r["shown"] for r in rows} >= {"4,3 (3)", "1,8 (3)", "skjult: færre enn 3 på én side"}
    assert not any(r.get("side") and r["theme"] == "Tema B" for r in rows)
    svg = to_svg(gap_chart(gap_frame(data, respondents)), "Forskjell", "Beskrivelse", "gap-test")
    assert "skjult: færre enn 3 på én side" in svg and "Fylkeskommunen, OT og skole" in svg


def test_talk_frame_follows_book_group(workshop):
    data, respondents, expected = workshop
    talk = talk_frame(data, respondents)
    assert list(talk["Tema"]) == ["Tema A", "Tema B"]
    assert [d["theme"] for d in expected["disagreements"]] == ["a", "b"]
    assert talk.iloc[0]["Hvorfor"].endswith("forskjellen i snitt er +2,5.")
    assert talk.iloc[1]["Hvorfor"] == "Svarene spriker mye (spredning 1,2)."
    assert talk.iloc[0]["Gode grep å se på"] == "Grep for A" and talk.iloc[1]["Gode grep å se på"] == ""


def test_distribution_frame_counts_each_answer_per_theme(workshop):
    data, respondents, expected = workshop
    frame = distribution_frame(data, respondents)
    assert list(frame["Tema"]) == ["Tema A", "Tema B"]
    for row, stat in zip(frame.to_dict("records"), expected["stats"]):
        counts = [row[c] for c in frame.columns[1:]]
        assert counts == [stat["distribution"][k] for k in ("1", "2", "3", "4", "5", "vet-ikke")]


def test_profiles_frame_puts_each_group_beside_the_others(workshop):
    data, respondents, expected = workshop
    frame = profiles_frame(data, respondents)
    assert list(frame.columns) == ["Tema", "Gruppe 1 (3)", "Gruppe 2 (2)", "Uten gruppenavn (3)"]
    assert list(frame["Gruppe 2 (2)"]) == [2.0, 1.5]
    assert len(expected["profiles"]) == 3


def test_a_group_with_no_answers_in_a_theme_reads_ingen_svar(workshop):
    from book.charts.render import DataTable

    data, respondents, _ = workshop
    dont_know = {item["id"]: "vet-ikke" for item in data["items"]}
    frame = profiles_frame(data, [*respondents, {"label": "Gruppe 9", "role": "", "answers": dont_know}])
    assert frame["Gruppe 9 (1)"].isna().all()
    html = DataTable(frame, "Snitt per tema for hver gruppe", tuple(frame.columns[1:]), missing="ingen svar")
    assert html._repr_html_().count('<td class="kb-num">ingen svar</td>') == len(frame)
