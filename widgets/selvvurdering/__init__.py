"""The self-assessment as an anywidget for live Jupyter; answers sync to Python.

Why this design: one front end for both hosts. ``selvvurdering.js`` exports anywidget's
``render({ model, el })``. In Jupyter, anywidget supplies the model and syncs the traits
below with Python, so a notebook can read ``widget.answers`` and score them with
``widget.result()``. In the static book there is no kernel: ``widgets/host.js`` supplies a
small model kept in localStorage, and no widget manager, require.js or CDN is needed.

anywidget loads ``_esm`` as one module text (not from a URL), so the relative imports of
the widget's modules cannot be resolved there; :func:`esm_source` inlines the whole module
graph (``widgets/bundle.py``). The static site loads the files as they are. Sync runs both
ways: setting ``widget.answers`` (or any other state trait) in Python updates the page.
"""

from __future__ import annotations

from pathlib import Path

import traitlets

from book.scoring import advise, assess
from book.widget_data import selvvurdering_data

from ..base import BookWidget
from ..bundle import bundle

HERE = Path(__file__).parent


def esm_source() -> str:
    """``selvvurdering.js`` with every module it imports inlined: one module text."""
    return bundle(HERE / "selvvurdering.js")


class Selvvurdering(BookWidget):
    """The self-assessment. ``Selvvurdering()`` loads items and catalogue from ``data/``."""

    _esm = esm_source()
    _css = HERE / "selvvurdering.css"
    build_data = staticmethod(selvvurdering_data)

    answers = traitlets.Dict().tag(sync=True)
    context = traitlets.Dict().tag(sync=True)
    plan = traitlets.List().tag(sync=True)
    snapshots = traitlets.List().tag(sync=True)
    page_root = traitlets.Unicode("").tag(sync=True)

    def result(self) -> dict:
        """Scores per theme, the weakest themes, their matches, and the advice (``advice``)."""
        level = self.context.get("level") or None
        args = (
            self.data["items"],
            [t["id"] for t in self.data["themes"]],
            self.answers,
            self.data["catalogue"],
            level,
        )
        return {**assess(*args), "advice": advise(*args)}
