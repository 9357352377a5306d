"""Copy the book's sources to another folder, for builds that must not touch ``_build/``.

Used by ``make bench`` and by the tests that build a book of their own (:func:`build`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from book import ROOT

BOOK_FILES = (
    "_config.yml",
    "_toc.yml",
    "index.md",
    "references.bib",
    "chapters",
    "book",
    "data",
    "widgets",
    "VERSION",
)


def copy_book(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in BOOK_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target / name)
    # The build runs PurgeCSS from node_modules (book/ext/purge.py): the copy uses ours.
    if (ROOT / "node_modules").is_dir() and not (target / "node_modules").exists():
        (target / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    return target


STRICT = ("-W", "-n", "--keep-going")  # as `make book`: any warning fails the build


def build(book: Path, *flags: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """``jupyter-book build`` of ``book`` (strict, plus ``flags``), output captured; ``env`` adds
    environment variables (``KB_JOBS``, ``KB_PREVIEW``)."""
    return subprocess.run(
        [str(Path(sys.executable).parent / "jupyter-book"), "build", str(book), *flags, *STRICT],
        capture_output=True,
        text=True,
        cwd=book,
        env={**os.environ, **(env or {})},
    )
