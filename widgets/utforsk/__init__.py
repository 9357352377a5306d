"""«Utforsk grepene» as an anywidget for live Jupyter: ``from widgets.utforsk import Utforsk``.

The front end is ``utforsk.js``, the module the static book runs through ``widgets/host.js``.
In Jupyter the filters are not put in the address; they sync to Python as ``filters``, and
the ids of the practices shown as ``selected``. anywidget loads ``_esm`` as one text, so the
module graph is inlined by ``widgets/bundle.py``, as for the self-assessment.
"""

from __future__ import annotations

from pathlib import Path

import anywidget
import traitlets

from book.catalogue import Catalogue, load_catalogue
from book.utforsk_data import utforsk_data

from ..bundle import bundle

HERE = Path(__file__).parent


def esm_source() -> str:
    """``utforsk.js`` with every module it imports inlined: one module text."""
    return bundle(HERE / "utforsk.js")


class Utforsk(anywidget.AnyWidget):
    """All practices with filters. ``Utforsk(filters={"theme": "samarbeidsavtalen"})``."""

    _esm = esm_source()
    _css = HERE / "utforsk.css"

    data = traitlets.Dict().tag(sync=True)
    filters = traitlets.Dict().tag(sync=True)
    selected = traitlets.List().tag(sync=True)

    def __init__(self, catalogue: Catalogue | None = None, **kwargs):
        data = utforsk_data(catalogue or load_catalogue(), url_state=False)
        super().__init__(data=data, **kwargs)  # `selected` is filled once the widget is shown
