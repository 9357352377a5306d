"""«Utforsk grepene» as an anywidget for live Jupyter: ``from widgets.utforsk import Utforsk``.

The front end is ``utforsk.js``, the module the static book runs through ``widgets/host.js``.
In Jupyter the filters are not put in the address; they sync to Python as ``filters``, and
the ids of the practices shown as ``selected``. anywidget loads ``_esm`` as one text, so the
module graph is inlined by ``widgets/bundle.py``, as for the self-assessment.
"""

from __future__ import annotations

from pathlib import Path

import traitlets

from book.catalogue import Catalogue
from book.utforsk_data import utforsk_data

from ..base import BookWidget
from ..bundle import bundle

HERE = Path(__file__).parent


def esm_source() -> str:
    """``utforsk.js`` with every module it imports inlined: one module text."""
    return bundle(HERE / "utforsk.js")


class Utforsk(BookWidget):
    """All practices with filters. ``Utforsk(filters={"theme": "samarbeidsavtalen"})``.

    ``selected`` is filled once the widget is shown."""

    _esm = esm_source()
    _css = HERE / "utforsk.css"

    filters = traitlets.Dict().tag(sync=True)
    selected = traitlets.List().tag(sync=True)

    @staticmethod
    def build_data(catalogue: Catalogue) -> dict:
        return utforsk_data(catalogue, url_state=False)
