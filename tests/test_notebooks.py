"""Notebook chapters: each page links its .ipynb, the download runs, a broken cell fails the build."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup
from nbclient import NotebookClient

from tools.book_copy import build, copy_book

CHART_PAGES = [
    "chapters/tall/kunnskapsgrunnlaget",
    "chapters/tall/studiene",
    "chapters/tall/over-tid",
    "chapters/verktoy/analyser-gruppens-svar",
]
NOTEBOOK_PAGES = [*CHART_PAGES, "chapters/tall/utforsk-i-jupyter"]


def download_link(site: Path, page: str) -> Path:
    soup = BeautifulSoup((site / f"{page}.html").read_text(encoding="utf-8"), "html.parser")
    link = soup.find("a", string="Last ned notatboka")
    assert link is not None and link.has_attr("download"), page
    instructions = link.find_parent(class_="kb-notebook").get_text(" ", strip=True)
    assert "make book" in instructions and "jupyter execute" in instructions
    return (site / page).parent / link["href"]


@pytest.mark.parametrize("page", NOTEBOOK_PAGES)
def test_downloaded_notebook_runs_with_nbclient(site, page, tmp_path):
    notebook_file = download_link(site, page)
    notebook = nbformat.read(notebook_file, as_version=4)
    assert notebook.metadata.kernelspec.name == "python3"
    assert any(cell.cell_type == "code" for cell in notebook.cells)
    # Run it where a reader would put it: in the chapter's folder of a copy of the project.
    book = copy_book(tmp_path / "book")
    target = book / Path(page).parent / notebook_file.name
    shutil.copy(notebook_file, target)
    NotebookClient(
        notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(target.parent)}}
    ).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    if page in CHART_PAGES:
        assert 'role="img"' in html and "<table" in html
    else:  # the live widget: an anywidget view with the practices in its state
        views = [o for o in outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
        assert views, "the notebook must display the Utforsk widget"


@pytest.mark.parametrize("page", CHART_PAGES)
def test_charts_on_the_page_are_static_svg_with_name_and_table(site, page):
    soup = BeautifulSoup((site / f"{page}.html").read_text(encoding="utf-8"), "html.parser")
    figures = soup.select("figure.kb-chart")
    assert figures, page
    for figure in figures:
        svg = figure.select_one("svg.kb-chart-svg")
        assert svg["role"] == "img"
        title = svg.find("title")
        assert title and title.get_text(strip=True) and svg["aria-labelledby"] == title["id"]
        assert figure.find("figcaption").get_text(strip=True)
        assert figure.select_one("table.kb-chart-table tbody tr")
        assert not svg.find(style=True) and not svg.find("script")
    assert not soup.find("script", src=lambda s: s and "vega" in s)
    assert not soup.find(string=lambda s: s and "vega.github.io" in s)


GOOD = """---
file_format: mystnb
kernelspec:
  name: python3
  display_name: Python 3
---

# Prøve

Tekst.

```{code-cell} python
x = 1
```

```{code-cell} python
print(x + 1)
```
"""


def build_notebook_book(tmp_path: Path, page: str) -> subprocess.CompletedProcess:
    book = copy_book(tmp_path)
    (book / "chapters" / "prove.md").write_text(page, encoding="utf-8")
    (book / "_toc.yml").write_text("format: jb-book\nroot: chapters/prove\n", encoding="utf-8")
    return build(book, "--all")


@pytest.mark.build  # builds a book of its own
def test_a_failing_cell_fails_the_build_and_shows_the_cell(tmp_path):
    good = build_notebook_book(tmp_path / "good", GOOD)
    assert good.returncode == 0, good.stdout[-3000:] + good.stderr[-3000:]
    bad = build_notebook_book(tmp_path / "bad", GOOD.replace("print(x + 1)", "print(x / 0)"))
    output = bad.stdout + bad.stderr
    assert bad.returncode != 0
    assert "Executing notebook failed" in output
    assert "print(x / 0)" in output and "ZeroDivisionError" in output


def test_a_notebook_is_written_again_only_when_its_page_changed(tmp_path):
    import os

    from book.ext.notebooks import write_notebook

    source = tmp_path / "side.md"
    source.write_text("---\nkernelspec:\n  name: python3\n  display_name: Python 3\n---\n# Tittel\n")
    target = tmp_path / "out" / "side.ipynb"
    assert write_notebook(source, target) and target.is_file()
    assert not write_notebook(source, target)
    later = target.stat().st_mtime + 5
    os.utime(source, (later, later))
    assert write_notebook(source, target)


def test_a_notebook_download_is_the_same_file_every_build(tmp_path):
    """Cells get numbered ids, not nbformat's random ones: two builds give the same bytes."""
    import nbformat

    from book.ext.notebooks import write_notebook

    source = tmp_path / "side.md"
    source.write_text(
        "---\nkernelspec:\n  name: python3\n  display_name: Python 3\n---\n# Tittel\n\n"
        "```{code-cell} python\n1 + 1\n```\n\nTekst.\n\n```{code-cell} python\n2 + 2\n```\n"
    )
    first, second = tmp_path / "a.ipynb", tmp_path / "b.ipynb"
    write_notebook(source, first)
    write_notebook(source, second)
    assert first.read_bytes() == second.read_bytes()
    notebook = nbformat.read(first, as_version=4)
    nbformat.validate(notebook)
    assert [cell.id for cell in notebook.cells] == ["celle-1", "celle-2", "celle-3", "celle-4"]
