"""A synthetic copy of the book with its catalogue grown ×N, for ``make bench`` only.

Practices, barriers, recommendations and glossary terms are repeated N times with suffixed ids
and titles, so every page that renders them grows N-fold and the copy still passes
``python -m book check``. Never committed: it lives in the bench's temporary folder.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from tools.book_copy import copy_book

GROWN = {  # data file -> (top-level key, fields made unique per copy)
    "practices.yml": ("practices", ("title",)),
    "barriers.yml": ("barriers", ("title",)),
    "recommendations.yml": ("recommendations", ("title",)),
    "glossary.yml": ("glossary", ("term",)),
}


class _NoAliases(yaml.SafeDumper):
    """The copies share lists with their originals; data files may not use aliases."""

    def ignore_aliases(self, data) -> bool:
        return True


def _copies(entries: list[dict], factor: int, fields: tuple[str, ...]) -> list[dict]:
    grown = list(entries)
    for n in range(2, factor + 1):
        for entry in entries:
            copy = dict(entry, id=f"{entry['id']}-x{n}")
            for name in fields:
                if name in copy:
                    copy[name] = f"{copy[name]} variant{n}"
            grown.append(copy)
    return grown


def scaled_copy(target: Path, factor: int) -> Path:
    copy_book(target)
    for file_name, (key, fields) in GROWN.items():
        path = target / "data" / file_name
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        document[key] = _copies(document[key], factor, fields)
        path.write_text(
            yaml.dump(document, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=100),
            encoding="utf-8",
        )
    return target
