"""The data a widget receives: plain JSON built from the validated catalogue.

The same dict is embedded in the static page by the ``{kb-selvvurdering}`` directive and
synced to the browser by the anywidget class in live Jupyter, so both hosts render the same.
"""

from __future__ import annotations

from .catalogue import Catalogue
from .markdown import labels
from .markdown.themes import first_sentence
from .models import Citation
from .versions import versions_data

ANCHOR_PREFIX = "sv-tema-"


def theme_anchor(theme_id: str) -> str:
    """The anchor of a theme's part of the self-assessment (pages link to it; the widget opens
    the theme when the page is opened with it)."""
    return f"{ANCHOR_PREFIX}{theme_id}"


def practice_href(catalogue: Catalogue, practice) -> str:
    """A practice's full entry, relative to the site root: on its home theme's area page."""
    area = catalogue.themes[practice.themes[0]].area
    return f"{labels.area_page(area)}.html#{labels.practice(practice.id)}"


def citation_text(catalogue: Catalogue, citations: list[Citation]) -> str:
    """«IRIS 2017, 4.1.1; SINTEF 2010, 2.3»: the {kilde} role's wording, as plain text."""
    return "; ".join(catalogue.sources[c.source].label(c.section) for c in citations)


def selvvurdering_data(catalogue: Catalogue) -> dict:
    themes_in_order = [t for area in catalogue.areas_in_order for t in catalogue.themes_of(area.id)]
    return {
        "format": 1,
        "areas": [{"id": a.id, "name": a.name} for a in catalogue.areas_in_order],
        # href: the theme's home section, relative to the site root; anchor: see theme_anchor.
        "themes": [
            {
                "id": t.id,
                "name": t.name,
                "area": t.area,
                "href": f"{labels.area_page(t.area)}.html#{labels.theme(t.id)}",
                "anchor": theme_anchor(t.id),
            }
            for t in themes_in_order
        ],
        # reverse/not_applicable: how an answer counts; practices: the advice for a low answer.
        "items": [
            {
                "id": i.id,
                "theme": i.theme,
                "text": i.text,
                "reverse": i.reverse,
                "not_applicable": i.not_applicable,
                "practices": list(i.practices),
                "rationale": i.rationale,
                "source": citation_text(catalogue, i.sources),
            }
            for i in catalogue.items.values()
        ],
        # Earlier statement sets: answers made with them are mapped where the meaning is kept.
        "versions": versions_data(catalogue.assessment_versions),
        # Today's set (the last version): exports name it, so a later page reads them by it.
        "statement_set": list(catalogue.assessment_versions)[-1],
        # Short texts shown beside the statements: who «vi» are, the scale, «Ikke aktuelt».
        "notes": {n.id: {"title": n.title, "text": n.text} for n in catalogue.assessment_notes.values()},
        # Only what the widget shows: a grep's or barrier's title and one line (its summary, as in
        # the theme overviews), with a link (href) to the full entry on its area page.
        "catalogue": {
            "practices": [
                {
                    "id": p.id,
                    "title": p.title,
                    "summary": first_sentence(p.description),
                    "href": practice_href(catalogue, p),
                    "themes": list(p.themes),
                    "level": p.level,
                    "sustains": p.sustains,
                    "source": citation_text(catalogue, p.sources),
                }
                for p in catalogue.practices.values()
            ],
            "barriers": [
                {
                    "id": b.id,
                    "title": b.title,
                    "summary": first_sentence(b.description),
                    "themes": list(b.themes),
                    "source": citation_text(catalogue, b.sources),
                }
                for b in catalogue.barriers.values()
            ],
            "recommendations": [
                {
                    "id": r.id,
                    "title": r.title,
                    "description": r.description,
                    "themes": list(r.themes),
                    "level": r.level,
                    "addressees": list(r.addressees),
                    "source": citation_text(catalogue, r.sources),
                }
                for r in catalogue.recommendations.values()
            ],
        },
    }
