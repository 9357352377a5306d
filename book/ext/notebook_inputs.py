"""What each notebook chapter's outputs depend on, and clearing the cached outputs of those whose
inputs changed.

jupyter-cache keys a notebook on its code cells only, so a change in ``data/`` or in the
project's Python would otherwise leave stale charts. A notebook page names the data files its
code reads in its directive (``{kb-notatbok}`` with ``:data: timeline.yml sources.yml``); its
inputs are those files and the project's Python (``book/`` outside ``ext``, ``widgets/``). A page
that names none depends on every data file. Before reading, each notebook's inputs are
fingerprinted; a notebook whose fingerprint changed loses its cached outputs and runs again, the
others keep theirs. ``tests/test_notebook_inputs.py`` runs each notebook's code and fails when it
reads a data file its page does not name.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

from .. import DATA_DIR, ROOT

logger = logging.getLogger(__name__)
STAMP_FILE = "kb-notebook-inputs.json"  # beside the cache: {notebook source: fingerprint}
DIRECTIVE = re.compile(r"^```\{kb-notatbok\}[ \t]*\n(?P<options>(?::[^\n]*\n)*)", re.M)
DATA_OPTION = re.compile(r"^:data:[ \t]*(?P<names>[^\n]*)$", re.M)


def data_files() -> list[Path]:
    return sorted([*DATA_DIR.glob("*.yml"), *DATA_DIR.glob("*.csv")])


def code_files() -> list[Path]:
    """The project's Python a notebook may import (the Sphinx glue in ``book/ext`` it never does)."""
    return sorted(
        [
            *(p for p in (ROOT / "book").rglob("*.py") if "ext" not in p.parts),
            *(ROOT / "widgets").rglob("*.py"),
        ]
    )


def unknown_data(names: list[str]) -> list[str]:
    """The names in ``names`` that are not data files."""
    known = {path.name for path in data_files()}
    return [name for name in names if name not in known]


def input_files(names: list[str] | None) -> list[Path]:
    """A notebook's inputs: the data files ``names`` (every data file when None) and the code."""
    data = data_files() if names is None else sorted(DATA_DIR / name for name in names)
    return [*data, *code_files()]


def declared_data(source: str) -> list[str] | None:
    """The data files a notebook page's ``{kb-notatbok}`` names (``:data:``); None if it names none."""
    directive = DIRECTIVE.search(source)
    option = DATA_OPTION.search(directive.group("options")) if directive else None
    return option.group("names").split() if option else None


def fingerprint(files: list[Path], digests: dict[Path, bytes] | None = None) -> str:
    """One digest of ``files``' names and bytes; ``digests`` keeps each file's own digest, so
    files shared by several notebooks (the project's Python) are read once."""
    digests = {} if digests is None else digests
    combined = hashlib.sha256()
    for path in files:
        if path not in digests:
            digests[path] = hashlib.sha256(path.read_bytes() if path.is_file() else b"(missing)").digest()
        combined.update(str(path.relative_to(ROOT)).encode() + b"\0" + digests[path])
    return combined.hexdigest()


def notebook_fingerprints(sources: list[Path]) -> dict[str, str]:
    """{notebook source path: fingerprint of its inputs} for the pages in ``sources``."""
    found: dict[str, str] = {}
    digests: dict[Path, bytes] = {}
    for source in sources:
        text = source.read_text(encoding="utf-8")
        if DIRECTIVE.search(text):
            found[str(source)] = fingerprint(input_files(declared_data(text)), digests)
    return found


def changed(before: dict[str, str], now: dict[str, str]) -> list[str]:
    """The notebooks whose fingerprint is new or differs from the last build's."""
    return sorted(path for path, value in now.items() if before.get(path) != value)


def _clear_stale_outputs(app: Sphinx) -> None:
    cache = Path(app.config.nb_execution_cache_path or Path(app.outdir).parent / ".jupyter_cache")
    stamp = cache.parent / STAMP_FILE
    now = notebook_fingerprints(sorted(Path(app.srcdir).glob("chapters/**/*.md")))
    try:
        before = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        before = {}
    stale = changed(before, now)
    if stale and cache.is_dir():
        _forget(cache, stale)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps(now, indent=1, sort_keys=True), encoding="utf-8")


def _forget(cache: Path, sources: list[str]) -> None:
    """Remove the cached outputs of ``sources``; the whole cache if it cannot be read."""
    from jupyter_cache import get_cache

    try:
        notebooks = get_cache(str(cache))
        records = [r for r in notebooks.list_cache_records() if r.uri in sources]
        for record in records:
            notebooks.remove_cache(record.pk)
    except Exception as error:  # a broken cache costs a rerun, never a stale chart
        logger.info(f"kb: notebook cache unreadable ({error}); every notebook will run again")
        shutil.rmtree(cache, ignore_errors=True)
        return
    if records:
        names = ", ".join(Path(r.uri).stem for r in records)
        logger.info(f"kb: the data or code of {names} changed: it will run again")


def setup_notebook_inputs(app: Sphinx) -> None:
    app.connect("builder-inited", _clear_stale_outputs)
