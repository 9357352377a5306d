"""Interactive widgets for live Jupyter: ``from widgets import Selvvurdering``.

Each widget is an anywidget class whose front end is the ES module beside it, the same module
the static book runs through ``widgets/host.js`` (see ``book/ext/widgets.py``).
"""

from .selvvurdering import Selvvurdering

__all__ = ["Selvvurdering"]
