"""«Utforsk grepene» data and the anywidget class (no browser)."""

from __future__ import annotations

from book.catalogue import load_catalogue
from book.utforsk_data import utforsk_data
from widgets.utforsk import Utforsk, esm_source


def test_data_has_every_practice_with_what_the_filters_need():
    catalogue = load_catalogue()
    data = utforsk_data(catalogue)
    assert data["url_state"] is True
    assert len(data["practices"]) == len(catalogue.practices)
    study_ids = {s["id"] for s in data["studies"]}
    assert "iris2017kort" not in study_ids  # the short version counts as the IRIS study
    for practice in data["practices"]:
        assert practice["studies"] and set(practice["studies"]) <= study_ids
        assert practice["href"].startswith("chapters/omrader/") and "#grep-" in practice["href"]
    theme_ids = {t["id"] for t in data["themes"]}
    assert all(set(p["themes"]) <= theme_ids for p in data["practices"])


def test_widget_inlines_the_filter_module_and_keeps_filters_out_of_the_url():
    source = esm_source()
    assert 'from ".' not in source and "function filterPractices" in source  # one module text
    widget = Utforsk(filters={"theme": "samarbeidsavtalen"})
    assert widget.data["url_state"] is False
    assert widget.filters == {"theme": "samarbeidsavtalen"}
