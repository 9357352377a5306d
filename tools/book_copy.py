"""Copy the book's sources to another folder, for builds that must not touch ``_build/``.

Used by ``make bench`` and by the test that breaks data on purpose.
"""

from __future__ import annotations

import shutil
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
