"""Ship the package's own static files (``book/ext/static``) into ``_build/html/_static``.

Files live under ``kb/`` so they never clash with the theme's ``_static/vendor``. We do not
use a book-root ``_static/`` folder: Jupyter Book adds every file there to every page.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

STATIC_DIR = Path(__file__).parent / "static"


def _add_static_path(app: Sphinx, config) -> None:
    config.html_static_path.append(str(STATIC_DIR))


def setup_assets(app: Sphinx) -> None:
    app.connect("config-inited", _add_static_path)
    app.add_css_file("kb/kb.css", priority=900)
