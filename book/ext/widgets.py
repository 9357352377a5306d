"""Widgets in the static book: the ``{kb-selvvurdering}`` and ``{kb-gruppeoversikt}``
directives and the widget files.

The directive writes a container with the widget's data as JSON and a fallback message; the
page then loads ``_static/kb/widgets/host.js`` (an ES module), which runs the same front-end
module that anywidget runs in Jupyter (see ``widgets/``). Only pages with a widget load it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from .. import ROOT
from ..widget_data import selvvurdering_data
from .data import catalogue

WIDGETS_DIR = ROOT / "widgets"
STATIC_SUBDIR = Path("kb") / "widgets"
MARKER = 'class="kb-widget"'


# Inside <script>, "</script" ends the element and "<!--" changes how it is parsed: no
# character with a meaning to HTML is left in the JSON (JSON.parse reads the escapes back).
JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def container_html(name: str, data: dict) -> str:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(JSON_ESCAPES)
    return (
        f'<div class="kb-widget" data-kb-widget="{name}">'
        f'<p class="kb-widget-fallback">Verktøyet lastes … Det trenger JavaScript.</p>'
        f'<script type="application/json">{payload}</script></div>'
    )


ASSESSMENT_FILES = ("assessment.yml", "practices.yml", "barriers.yml", "recommendations.yml", "framework.yml")


def assessment_data(directive: SphinxDirective) -> dict:
    """The self-assessment's data (statements, themes, catalogue); the page is rebuilt when
    one of the files it comes from changes."""
    for file_name in ASSESSMENT_FILES:
        directive.env.note_dependency(str(ROOT / "data" / file_name))
    return selvvurdering_data(catalogue(directive.env.app))


class SelvvurderingDirective(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        data = assessment_data(self)
        # One anchor per theme, so theme pages can link to «their» part of the assessment;
        # the widget opens that theme when the page is opened with it.
        std = self.env.get_domain("std")
        anchors = []
        for theme in data["themes"]:
            anchor = theme["anchor"]
            std.note_hyperlink_target(anchor, self.env.docname, anchor, theme["name"])
            anchors.append(f'<span id="{anchor}"></span>')
        html = "".join(anchors) + container_html("selvvurdering", data)
        return [nodes.raw("", html, format="html")]


class GruppeoversiktDirective(SphinxDirective):
    """The trainer's group overview: the same statements, themes and practices as the
    self-assessment, so files and codes from it can be read and the advice matches."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        data = assessment_data(self)
        return [nodes.raw("", container_html("gruppe", data), format="html")]


def _add_widget_assets(app: Sphinx, pagename, templatename, context, doctree) -> None:
    if MARKER not in context.get("body", ""):
        return
    app.add_js_file(f"{STATIC_SUBDIR.as_posix()}/file-warning.js")
    # First among the deferred scripts: the tool starts once the page is parsed and its own
    # module is in, without waiting for the scripts of the theme and the other features.
    app.add_js_file(f"{STATIC_SUBDIR.as_posix()}/host.js", type="module", priority=100)
    # Fetch each widget's module while the page is still parsing, not once host.js has run
    # (the site serves every widget as one bundled file: book/ext/widget_bundle.py).
    pathto = context["pathto"]
    used = sorted(set(re.findall(r'data-kb-widget="([\w-]+)"', context.get("body", ""))))
    for name in used:
        href = pathto(f"_static/{STATIC_SUBDIR.as_posix()}/{name}/{name}.js", 1)
        context["metatags"] = (
            context.get("metatags", "") + f'\n<link rel="modulepreload" href="{href}">'
        )  # The other widgets reuse the self-assessment's styles (its buttons, bars and tables).
    styled = {*used, "selvvurdering"}
    for css in sorted(c for name in styled for c in (WIDGETS_DIR / name).glob("*.css")):
        app.add_css_file(f"{STATIC_SUBDIR.as_posix()}/{css.parent.name}/{css.name}")


def setup_widgets(app: Sphinx) -> None:
    app.add_directive("kb-selvvurdering", SelvvurderingDirective)
    app.add_directive("kb-gruppeoversikt", GruppeoversiktDirective)
    app.connect("html-page-context", _add_widget_assets)
