"""Folds: an entry's full text behind a ``<details>`` that opens on click, Enter, a link or print.

``{kb-fold} <title>`` with ``:kind: grep|barriere|sporsmal|eksempel`` wraps its content in
``<details class="kb-fold">``; the summary carries a visible kind label with an icon (so a
barrier never differs from a practice by colour alone) and «Vis hele teksten». The entry's
heading and anchor stay outside the fold, so search, «På denne siden» and every existing link
still reach it. ``kb/folds.js`` opens the fold a link points at and every fold before printing;
the print stylesheet opens them too.
"""

from __future__ import annotations

from html import escape

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

# kind: (visible label, icon or None, what opening it does)
KINDS = {
    "grep": ("Godt grep", "fa-solid fa-lightbulb", "Vis hele teksten"),
    "barriere": ("Barriere", "fa-solid fa-triangle-exclamation", "Vis hele teksten"),
    "sporsmal": ("Til samtalen", None, "Vis spørsmålene"),
    "eksempel": ("Eksempel", None, "Les eksempelet"),
}


class fold(nodes.General, nodes.Element):
    """A ``<details>`` around an entry's full text."""


def summary_html(title: str, kind: str) -> str:
    label, icon, action = KINDS[kind]
    mark = f'<span class="{icon}" aria-hidden="true"></span> ' if icon else ""
    return (
        f'<summary><span class="kb-kind kb-kind-{kind}">{mark}{label}</span> '
        f'<span class="kb-fold-action">{action}'
        f'<span class="visually-hidden"> om «{escape(title)}»</span></span></summary>'
    )


def visit_fold_html(self, node: fold) -> None:
    kind = node["kind"]
    self.body.append(
        f'<details class="kb-fold kb-fold-{kind}">'
        + summary_html(node["title"], kind)
        + '<div class="kb-fold-body">'
    )


def depart_fold_html(self, node: fold) -> None:
    self.body.append("</div></details>\n")


def _visit_plain(self, node: fold) -> None:
    """Other builders show the content as it is."""


class FoldDirective(SphinxDirective):
    has_content = True
    required_arguments = 1
    final_argument_whitespace = True
    option_spec = {"kind": lambda value: directives.choice(value, tuple(KINDS))}

    def run(self) -> list[nodes.Node]:
        node = fold(kind=self.options.get("kind", "grep"), title=" ".join(self.arguments[0].split()))
        self.state.nested_parse(self.content, self.content_offset, node)
        return [node]


def setup_folds(app: Sphinx) -> None:
    app.add_node(
        fold,
        html=(visit_fold_html, depart_fold_html),
        latex=(_visit_plain, _visit_plain),
        text=(_visit_plain, _visit_plain),
    )
    app.add_directive("kb-fold", FoldDirective)
    app.add_js_file("kb/folds.js", loading_method="defer")
