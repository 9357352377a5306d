"""Make sphinx-book-theme Norwegian, accessible and free of third-party URLs.

- Header buttons: our ``article-header-buttons.html`` keeps search and the page-contents
  toggle, drops the colour-mode switcher (dark mode is not contrast-checked) and gives every
  button a visible-text-compatible accessible name (axe: label-content-name-mismatch).
- Light mode by default: pydata-sphinx-theme reads ``default_mode`` from ``html_context``;
  left empty, every first visit logs "Got invalid theme mode" as a console error.
- sphinx-thebe is loaded by Jupyter Book even with launch buttons off and writes an inline
  script naming a CDN URL into every page: that script and thebe's files are removed.
- Norwegian strings: the theme ships a ``no`` catalogue that ``language: nb`` does not find,
  and pydata-sphinx-theme has none; ``locale/nb.po`` fills the gaps.
"""

from __future__ import annotations

import gettext
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from sphinx import locale
from sphinx.application import Sphinx

HERE = Path(__file__).parent
TEMPLATES_DIR = HERE / "templates"
PO_FILE = HERE / "locale" / "nb.po"


def _configure(app: Sphinx, config) -> None:
    config.templates_path.insert(0, str(TEMPLATES_DIR))
    config.html_context.setdefault("default_mode", "light")


def _norwegian_catalogues(app: Sphinx) -> None:
    if not (app.config.language or "").startswith(("nb", "no")):
        return
    with PO_FILE.open("rb") as handle:
        catalog = read_po(handle, locale="nb")
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    ours = gettext.GNUTranslations(buffer)
    # Templates translate through the "sphinx" catalogue; theme Python code through
    # "booktheme". Ours is consulted for whatever the installed catalogues do not translate.
    for catalogue_name in ("sphinx", "booktheme"):
        translator = locale.translators.get(("general", catalogue_name))
        if translator is None or isinstance(translator, gettext.NullTranslations) and \
                type(translator) is gettext.NullTranslations:
            locale.translators[("general", catalogue_name)] = ours
        else:
            translator.add_fallback(ours)


def _drop_thebe(app: Sphinx, pagename, templatename, context, doctree) -> None:
    context["script_files"] = [
        script for script in context.get("script_files", [])
        if "THEBE_JS_URL" not in (script.attributes.get("body") or "")
        and "thebe" not in str(script.filename or "")
    ]
    context["css_files"] = [
        css for css in context.get("css_files", []) if "thebe" not in str(css.filename or "")
    ]


def setup_theme(app: Sphinx) -> None:
    app.connect("config-inited", _configure)
    app.connect("builder-inited", _norwegian_catalogues)
    app.connect("html-page-context", _drop_thebe, priority=900)
