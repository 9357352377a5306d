"""What every widget class shares: ``data`` built from the catalogue, synced to its front end.

A widget's front end is the ES module beside its class; anywidget loads ``_esm`` as one module
text, so each class sets ``_esm = bundle(<its module>)`` (``widgets/bundle.py``).
"""

from __future__ import annotations

import anywidget
import traitlets

from book.catalogue import Catalogue, load_catalogue


class BookWidget(anywidget.AnyWidget):
    """A widget whose ``data`` is ``build_data(catalogue)``; ``catalogue`` defaults to ``data/``."""

    data = traitlets.Dict().tag(sync=True)

    @staticmethod
    def build_data(catalogue: Catalogue) -> dict:
        raise NotImplementedError

    def __init__(self, catalogue: Catalogue | None = None, **kwargs):
        super().__init__(data=self.build_data(catalogue or load_catalogue()), **kwargs)
