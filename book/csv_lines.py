"""Load a CSV file as rows that remember their line, like :mod:`book.yaml_lines` does."""

from __future__ import annotations

import csv
from pathlib import Path

from .errors import DataError
from .yaml_lines import LineDict, LineList, read_text


def load_csv(path: Path, display_name: str, key: str) -> tuple[LineDict | None, list[DataError]]:
    """Return ``{key: [row, ...]}`` with line numbers, as if the rows were a YAML list."""
    text, errors = read_text(path, display_name)
    if text is None:
        return None, errors
    reader = csv.DictReader(text.splitlines())
    rows = LineList()
    rows.line, rows.item_lines = 1, []
    try:
        for row in reader:
            if None in row:
                return None, [DataError(display_name, "row has more cells than the header",
                                        line=reader.line_num)]
            item = LineDict({name: value for name, value in row.items()})
            item.line = reader.line_num
            item.key_lines = dict.fromkeys(row, reader.line_num)
            rows.append(item)
            rows.item_lines.append(reader.line_num)
    except csv.Error as exc:
        return None, [DataError(display_name, f"malformed CSV: {exc}", line=reader.line_num)]
    document = LineDict({key: rows})
    document.line, document.key_lines = 1, {key: 1}
    return document, []
