"""Check that a quoted phrase occurs verbatim in the report it cites.

The reports are plain-text extractions: line breaks fall anywhere and some words are
hyphenated across lines ("vi-\\n\\nderegående"). A quote matches if it occurs after
whitespace is collapsed, or after such line-break hyphenation is also undone. Nothing else
is forgiven: a changed word, letter or punctuation mark is a mismatch.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

from . import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"
SEED_FILES = {  # report key -> file in shared/seeds (see shared/seeds/README.md)
    "iris2017": "000_c21da5a20576719d.txt",
    "sintef2010": "001_9ba018237e16480b.txt",
    "afi2015": "002_99104e54b00992fe.txt",
    "iris2017kort": "003_9872bb878d550cd7.txt",
    "master-samskaping": "004_8f445472b31348cf.txt",
}
_SPACE = re.compile(r"\s+")
_LINE_HYPHEN = re.compile(r"(?<=\w)-\s*\n\s*(?=\w)")


def _collapse(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\u00ad", "")).strip()


@cache
def searchable(text: str) -> tuple[str, str]:
    return _collapse(text), _collapse(_LINE_HYPHEN.sub("", text))


def occurs_in(quote: str, text: str) -> bool:
    needle = _collapse(quote)
    return any(needle in haystack for haystack in searchable(text))


def seeds_required() -> bool:
    """In CI (environment variable ``CI`` set, as CI services do) the reports must be there,
    so the verbatim-quote guarantee cannot silently disappear; locally they are optional."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def seed_file(key: str, seeds: Path = SEEDS) -> Path:
    """Where a report's text is (keys not in :data:`SEED_FILES` are ``<key>.txt``, for fixtures)."""
    return seeds / SEED_FILES.get(key, f"{key}.txt")


def seed_text(key: str, seeds: Path = SEEDS) -> str | None:
    """The report's text, or None when it is not there (``shared/`` is not beside the repo).

    Keys not in :data:`SEED_FILES` are looked up as ``<key>.txt`` (used by test fixtures).
    """
    return _read(seed_file(key, seeds))


@cache
def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None
