"""Which study each source report belongs to: the short version of the IRIS report counts as
the IRIS study (IRIS-rapport 2017/026, see data/sources.yml), not as a second one.

Pure and free of pandas/altair, so the build can use it without loading the chart stack.
"""

from __future__ import annotations

from .catalogue import Catalogue

SAME_STUDY = {"iris2017kort": "iris2017"}


def study_of(source_key: str) -> str:
    return SAME_STUDY.get(source_key, source_key)


def studies(catalogue: Catalogue) -> dict[str, str]:
    """Study key → label, in the order of ``data/sources.yml``."""
    labels: dict[str, str] = {}
    for key in catalogue.sources:
        study = study_of(key)
        labels.setdefault(study, catalogue.sources[study].short_title)
    return labels
