"""The data «Utforsk grepene» receives: every practice with what the filters need, as JSON.

The same dict is embedded in the static page by ``{kb-utforsk}`` and synced to the browser by
the anywidget class (``widgets/utforsk``), so both hosts filter exactly the same list.
"""

from __future__ import annotations

from .catalogue import Catalogue
from .coverage import cited_sources
from .studies import studies, study_of
from .widget_data import citation_text, practice_href

LEVELS = [
    {"id": "strategisk", "name": "Strategisk (ledelse)"},
    {"id": "operativt", "name": "Operativt (daglig arbeid)"},
]
ACTORS = [
    {"id": "nav", "name": "Nav"},
    {"id": "fylkeskommunen", "name": "Fylkeskommunen"},
    {"id": "ot", "name": "Oppfølgingstjenesten (OT)"},
    {"id": "skolen", "name": "Skolen"},
]
LEVEL_NAMES = {"strategisk": "strategisk", "operativt": "operativt", "begge": "begge nivåer"}
ACTOR_NAMES = {
    "nav": "Nav",
    "fylkeskommunen": "fylkeskommunen",
    "ot": "OT",
    "skolen": "skolen",
    "alle": "alle",
}


def utforsk_data(catalogue: Catalogue, url_state: bool = True) -> dict:
    """``url_state``: keep the filters in the page's query string (the static book only)."""
    themes = [t for area in catalogue.areas_in_order for t in catalogue.themes_of(area.id)]
    study_labels = studies(catalogue)
    return {
        "format": 1,
        "url_state": url_state,
        "themes": [{"id": t.id, "name": t.name} for t in themes],
        "levels": LEVELS,
        "actors": ACTORS,
        "studies": [{"id": key, "name": name} for key, name in study_labels.items()],
        "practices": [
            {
                "id": p.id,
                "title": p.title,
                "description": p.description,
                "href": practice_href(catalogue, p),
                "themes": list(p.themes),
                "level": p.level,
                "actors": list(p.actors),
                "studies": [s for s in study_labels if s in {study_of(k) for k in cited_sources(p)}],
                "meta": {
                    "themes": ", ".join(catalogue.themes[t].name for t in p.themes),
                    "level": LEVEL_NAMES[p.level],
                    "actors": ", ".join(ACTOR_NAMES[a] for a in p.actors),
                    "source": citation_text(catalogue, p.sources),
                },
            }
            for p in catalogue.practices.values()
        ],
    }
