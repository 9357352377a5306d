"""Validate ``data/`` when the build starts and hand the catalogue to the other features."""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

from ..catalogue import Catalogue
from ..catalogue_cache import load_once
from ..errors import DataValidationError

_ATTR = "kb_catalogue"


def catalogue(app: Sphinx) -> Catalogue:
    """The catalogue loaded for this build (loaded on first use if needed)."""
    if getattr(app, _ATTR, None) is None:
        _load(app)
    return getattr(app, _ATTR)


def _load(app: Sphinx, *_args) -> None:
    try:
        setattr(app, _ATTR, load_once())  # validated by `book check` just before, if unchanged
    except DataValidationError as exc:
        raise ExtensionError(exc.report()) from None


def setup_data(app: Sphinx) -> None:
    app.connect("builder-inited", _load)
