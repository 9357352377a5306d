"""Each notebook page names the data files its code reads (``{kb-notatbok}`` ``:data:``), and only
the notebooks whose inputs changed lose their cached outputs (book/ext/notebook_inputs.py)."""

from __future__ import annotations

import builtins
import dataclasses
import io
import sys
from pathlib import Path

import pytest

import book.catalogue
from book import DATA_DIR
from book.ext.notebook_inputs import changed, declared_data, fingerprint, input_files, unknown_data
from book.ext.notebooks import notebook_of
from book.schema import COLLECTIONS

from .conftest import ROOT

NOTEBOOKS = sorted(
    p.relative_to(ROOT).as_posix()
    for p in (ROOT / "chapters").rglob("*.md")
    if "```{code-cell}" in p.read_text(encoding="utf-8")
)
FILE_OF = {collection.name: collection.file for collection in COLLECTIONS}


def test_the_data_option_is_read_from_the_page_source():
    page = "# Side\n\n```{kb-notatbok}\n:data: timeline.yml  sources.yml\n```\n\nTekst.\n"
    assert declared_data(page) == ["timeline.yml", "sources.yml"]
    assert declared_data("```{kb-notatbok}\n```\n") is None  # depends on every data file
    assert declared_data("# Ingen notatbok\n") is None
    assert unknown_data(["timeline.yml", "tidslinje.yml"]) == ["tidslinje.yml"]


def test_a_notebook_runs_again_only_when_its_own_inputs_changed():
    over_tid = fingerprint(input_files(["sources.yml", "timeline.yml"]))
    assert fingerprint(input_files(["timeline.yml", "sources.yml"])) == over_tid
    assert fingerprint(input_files(["figures.csv", "sources.yml"])) != over_tid
    assert DATA_DIR / "glossary.yml" in input_files(None)
    assert ROOT / "book" / "charts" / "render.py" in input_files([])
    assert ROOT / "book" / "ext" / "paths.py" not in input_files([])
    before = {"a.md": "1", "b.md": "2"}
    assert changed(before, {"a.md": "1", "b.md": "3", "c.md": "4"}) == ["b.md", "c.md"]
    assert changed(before, before) == []


def _reads(page: str) -> set[str]:
    """The data files the notebook's code reads, run in-process as its kernel would run it: the
    catalogue records which collections are used, ``open`` which files are read directly."""
    from IPython.core.interactiveshell import InteractiveShell

    real = book.catalogue.load_catalogue()
    fields = {field.name for field in dataclasses.fields(book.catalogue.Catalogue)}
    used: set[str] = set()

    class Recording(book.catalogue.Catalogue):
        def __getattribute__(self, name):
            if name in fields:
                used.add(FILE_OF[name])
            return object.__getattribute__(self, name)

    recording = Recording(**{name: getattr(real, name) for name in fields})
    original, original_open = book.catalogue.load_catalogue, io.open
    holders = [m for m in list(sys.modules.values()) if getattr(m, "load_catalogue", None) is original]

    def spying_open(file, *args, **kwargs):
        if isinstance(file, (str, Path)) and DATA_DIR in Path(file).resolve().parents:
            used.add(Path(file).name)
        return original_open(file, *args, **kwargs)

    shell = InteractiveShell.instance()
    shell.display_formatter.active_types = list(shell.display_formatter.formatters)  # as a kernel shows
    shell.displayhook.write_format_data = lambda *args, **kwargs: None
    for module in holders:
        module.load_catalogue = lambda *args, **kwargs: recording
    builtins.open = io.open = spying_open
    try:
        for cell in notebook_of(ROOT / page).cells:
            if cell.cell_type == "code":
                result = shell.run_cell(cell.source)
                assert result.error_in_exec is None, f"{page}: {result.error_in_exec!r}"
    finally:
        builtins.open = io.open = original_open
        for module in holders:
            module.load_catalogue = original
        shell.reset()
    return used


@pytest.mark.build  # runs every notebook's code (charts included)
@pytest.mark.parametrize("page", NOTEBOOKS)
def test_each_notebook_names_every_data_file_its_code_reads(page):
    declared = declared_data((ROOT / page).read_text(encoding="utf-8"))
    assert declared is not None, f"{page}: name the data files in {{kb-notatbok}} with :data:"
    read = _reads(page)
    assert read, f"{page}: the recorder saw no data read"
    assert sorted(read - set(declared)) == [], f"{page} reads data files its :data: does not name"


def test_only_the_changed_notebooks_lose_their_cached_outputs(tmp_path):
    import nbformat
    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn

    from book.ext.notebook_inputs import _forget

    cache = get_cache(str(tmp_path / "cache"))
    for name in ("a", "b"):
        notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(f"print('{name}')")])
        notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
        cache.cache_notebook_bundle(
            CacheBundleIn(notebook, str(tmp_path / f"{name}.md")), check_validity=False
        )
    _forget(tmp_path / "cache", [str(tmp_path / "a.md")])
    assert [Path(r.uri).name for r in get_cache(str(tmp_path / "cache")).list_cache_records()] == ["b.md"]
