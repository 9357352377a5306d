"""Make sphinx-book-theme Norwegian, accessible and free of third-party URLs.

- Header buttons: our ``article-header-buttons.html`` keeps search and the page-contents
  toggle, drops the colour-mode switcher (dark mode is not contrast-checked) and gives every
  button a visible-text-compatible accessible name (axe: label-content-name-mismatch).
- Footer: ``copyright`` may contain ``{year}``, replaced by the year of the build.
- Light mode by default: pydata-sphinx-theme reads ``default_mode`` from ``html_context``;
  left empty, every first visit logs "Got invalid theme mode" as a console error.
- sphinx-thebe is loaded by Jupyter Book even with launch buttons off; it writes a script
  naming a CDN URL into every page and a kernel config into some. We cannot drop the
  extension from Jupyter Book's list, so we disconnect its event handlers.
- Jupyter Book also loads sphinx-copybutton and sphinx-togglebutton on every page. The book
  has no code cells and no toggles (dropdowns are sphinx-design's), so their scripts, CSS and
  inline settings are left out of the pages: six fewer parser-blocking requests.
- Norwegian strings: the theme ships a ``no`` catalogue that ``language: nb`` does not find,
  and pydata-sphinx-theme has none; ``locale/nb.po`` fills the gaps.
"""

from __future__ import annotations

import gettext
from datetime import date
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
    # The footer year is the build year, so it never goes stale.
    config.copyright = config.copyright.replace("{year}", str(date.today().year))
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
        if translator is None:
            locale.translators[("general", catalogue_name)] = ours
        else:
            translator.add_fallback(ours)


def _disconnect_thebe(app: Sphinx, config) -> None:
    for listeners in app.events.listeners.values():
        listeners[:] = [
            listener
            for listener in listeners
            if not getattr(listener.handler, "__module__", "").startswith("sphinx_thebe")
        ]


UNUSED_ASSETS = ("thebe", "copybutton", "clipboard.min", "togglebutton")


def _is_unused(asset) -> bool:
    """A script or stylesheet of thebe, copybutton or togglebutton (file or inline setting)."""
    body = getattr(asset, "attributes", {}).get("body") or ""
    text = f"{getattr(asset, 'filename', '') or ''} {body}".lower()
    return any(name in text for name in UNUSED_ASSETS) or "togglehint" in text or "toggleopenonprint" in text


def _drop_unused_assets(app: Sphinx, pagename, templatename, context, doctree) -> None:
    context["script_files"] = [s for s in context.get("script_files", []) if not _is_unused(s)]
    context["css_files"] = [c for c in context.get("css_files", []) if not _is_unused(c)]


def setup_theme(app: Sphinx) -> None:
    app.connect("config-inited", _configure)
    app.connect("config-inited", _disconnect_thebe)
    app.connect("builder-inited", _norwegian_catalogues)
    app.connect("html-page-context", _drop_unused_assets, priority=900)
