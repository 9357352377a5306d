"""Interactive widgets for live Jupyter: ``from widgets import Selvvurdering, Utforsk, Gruppeoversikt``.

Each widget is an anywidget class (``widgets/base.py``) whose front end is the ES module beside
it, the same module the static book runs through ``widgets/host.js`` (see ``book/ext/widgets.py``).
"""

from .gruppe import Gruppeoversikt
from .selvvurdering import Selvvurdering
from .utforsk import Utforsk

__all__ = ["Gruppeoversikt", "Selvvurdering", "Utforsk"]
