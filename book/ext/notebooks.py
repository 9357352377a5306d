"""Notebook chapters: the «Last ned notatboka» directive, the .ipynb files it links to, and
chart CSS on chart pages.

- ``{kb-notatbok}`` writes the download link and two lines on how to run the notebook; the
  page's MyST notebook is converted to ``<page>.ipynb`` beside the page at the end of the build.
  Its ``:data:`` option names the data files the notebook reads: the page is read again, and the
  notebook run again, when one of those or the project's Python changes (:mod:`.notebook_inputs`).
- myst-nb's folded code cells carry an English ``aria-label``; the visible Norwegian prompt
  (``nb_code_prompt_show``) is the accessible name instead.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from .notebook_inputs import input_files, unknown_data

CHART_MARKER = 'class="kb-chart"'
METADATA_KEY = "kb_notebook"
ENGLISH_SUMMARY = '<summary aria-label="Toggle hidden content">'


def run_instructions(name: str, folder: str) -> list[str]:
    return [
        f"Slik kjører du den: legg `{name}` i mappen `{folder}/` i en kopi av prosjektet, og kjør "
        "`make book` én gang (det installerer pakkene fra `requirements.txt` i `.venv`).",
        f"Kjør den så med `.venv/bin/jupyter execute {folder}/{name}`, eller åpne den i Jupyter "
        "med den samme Python-en.",
    ]


class NotatbokDirective(SphinxDirective):
    """``{kb-notatbok}``: link to this page as a notebook, and how to run it. ``:data:`` names
    the data files the notebook reads (every data file when left out)."""

    has_content = False
    option_spec = {"data": directives.unchanged_required}

    def run(self) -> list[nodes.Node]:
        docname = self.env.docname
        self.env.metadata[docname][METADATA_KEY] = True
        names = self.options["data"].split() if "data" in self.options else None
        if unknown := unknown_data(names or []):
            raise self.error(f"kb-notatbok: no data file {', '.join(map(repr, unknown))} in data/")
        for path in input_files(names):
            self.env.note_dependency(str(path))
        name = f"{Path(docname).name}.ipynb"
        link = nodes.raw(
            "",
            f'<a class="kb-notebook-link" href="{name}" download>Last ned notatboka</a> ({name}).',
            format="html",
        )
        paragraph = nodes.paragraph()
        paragraph += link
        holder = nodes.container(classes=["kb-notebook"])
        holder += paragraph
        text = "\n\n".join(run_instructions(name, str(Path(docname).parent)))
        self.state.nested_parse(
            StringList(text.splitlines(), source=self.get_source_info()[0]), self.content_offset, holder
        )
        return [holder]


def notebook_of(source: Path) -> nbformat.NotebookNode:
    """The MyST Markdown notebook at ``source`` as a Jupyter notebook (no outputs). Cells are
    numbered (``celle-1`` …) instead of nbformat's random ids, so a build is reproducible."""
    from myst_nb.core.read import read_myst_markdown_notebook

    notebook = read_myst_markdown_notebook(source.read_text(encoding="utf-8"), path=source)
    for number, cell in enumerate(notebook.cells, start=1):
        cell.id = f"celle-{number}"
    return notebook


def _write_notebooks(app: Sphinx, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    for docname, metadata in app.env.metadata.items():
        if metadata.get(METADATA_KEY):
            write_notebook(Path(app.env.doc2path(docname)), Path(app.outdir) / f"{docname}.ipynb")


def write_notebook(source: Path, target: Path) -> bool:
    """Write ``source`` as a notebook to ``target`` unless it is already newer; True if written
    (each conversion takes about 70 ms, and a preview should not pay it for every notebook)."""
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook_of(source), target)
    return True


def _page_assets(app: Sphinx, pagename, templatename, context, doctree) -> None:
    body = context.get("body", "")
    if ENGLISH_SUMMARY in body:
        context["body"] = body = body.replace(ENGLISH_SUMMARY, "<summary>")
    if CHART_MARKER in body:
        app.add_css_file("kb/charts.css", priority=901)


def setup_notebooks(app: Sphinx) -> None:
    app.add_directive("kb-notatbok", NotatbokDirective)
    app.connect("html-page-context", _page_assets)
    app.connect("build-finished", _write_notebooks)
