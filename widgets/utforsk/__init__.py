"""«Utforsk grepene» as an anywidget for live Jupyter: ``from widgets.utforsk import Utforsk``.

The front end is ``utforsk.js``, the module the static book runs through ``widgets/host.js``.
In Jupyter the filters are not put in the address; they sync to Python as ``filters``, and
the ids of the practices shown as ``selected``. anywidget loads ``_esm`` as one text, so the
relative import of ``filter.js`` is inlined (as for the self-assessment).
"""

from __future__ import annotations

import re
from pathlib import Path

import anywidget
import traitlets

from book.catalogue import Catalogue, load_catalogue
from book.utforsk_data import utforsk_data

HERE = Path(__file__).parent
IMPORT = re.compile(r'^import \{[^}]*\}\s*from "\./filter\.js";\n', re.M)


def esm_source() -> str:
    """``utforsk.js`` with its import of ``./filter.js`` replaced by that file's code."""
    module = (HERE / "utforsk.js").read_text(encoding="utf-8")
    if not IMPORT.search(module):
        raise RuntimeError("utforsk.js no longer imports ./filter.js as expected")
    return IMPORT.sub(lambda _: (HERE / "filter.js").read_text(encoding="utf-8"), module, count=1)


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
