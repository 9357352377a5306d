"""Validate ``data/`` once per build: ``book check`` saves the validated catalogue, the build reuses it.

The saved copy (``_build/.kb-catalogue.pickle``) is used only when its fingerprint matches:
the bytes of every data file, of every report in the seeds folder, of the checker's own code,
and whether CI is set. Anything else (no file, another fingerprint, an unreadable file)
means validating again, so the cache can make a build faster but never different.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from . import DATA_DIR, ROOT
from .catalogue import Catalogue
from .coverage import load_complete_catalogue
from .quotes import SEEDS, seeds_required

CACHE = ROOT / "_build" / ".kb-catalogue.pickle"
_CODE = (
    "catalogue",
    "coverage",
    "csv_lines",
    "errors",
    "models",
    "plain_text",
    "quotes",
    "references",
    "schema",
    "yaml_lines",
)


def fingerprint(data_dir: Path = DATA_DIR, seeds: Path = SEEDS) -> str:
    digest = hashlib.sha256(f"{data_dir.resolve()}|{seeds_required()}".encode())
    package = Path(__file__).parent
    files = [package / f"{name}.py" for name in _CODE]
    files += sorted(p for p in data_dir.iterdir() if p.is_file()) if data_dir.is_dir() else []
    files += sorted(p for p in seeds.iterdir() if p.is_file()) if seeds.is_dir() else []
    for path in files:
        digest.update(str(path).encode() + b"\0")
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:  # unreadable: the check names it; never matches a saved catalogue
            digest.update(os.urandom(16))
    return digest.hexdigest()


def save(catalogue: Catalogue, key: str, cache: Path = CACHE) -> None:
    """Keep ``catalogue`` for the build (best effort: a read-only folder just means no cache)."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(pickle.dumps((key, catalogue), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, cache)
    except OSError:
        pass


def load_once(data_dir: Path = DATA_DIR, seeds: Path = SEEDS, cache: Path = CACHE) -> Catalogue:
    """The complete, validated catalogue: from the cache if it is current, else validated now.

    Raises :class:`~book.errors.DataValidationError` like
    :func:`~book.coverage.load_complete_catalogue`.
    """
    key = fingerprint(data_dir, seeds)
    try:
        saved_key, catalogue = pickle.loads(cache.read_bytes())
        if saved_key == key and isinstance(catalogue, Catalogue):
            return catalogue
    except Exception:
        pass
    catalogue = load_complete_catalogue(data_dir, seeds=seeds)
    save(catalogue, key, cache)
    return catalogue
