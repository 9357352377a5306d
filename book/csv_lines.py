"""Load a CSV file as rows that remember their line, like :mod:`book.yaml_lines` does."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .errors import DataError
from .yaml_lines import LineDict, LineList, read_text


def load_csv(path: Path, display_name: str, key: str) -> tuple[LineDict | None, list[DataError]]:
    """Return ``{key: [row, ...]}`` with line numbers, as if the rows were a YAML list.

    A row's line is the line it starts on (a quoted cell may span lines).
    """
    text, errors = read_text(path, display_name)
    if text is None:
        return None, errors
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = LineList()
    rows.line, rows.item_lines = 1, []
    header: list[str] | None = None
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not cells:
                continue
            if header is None:
                header = cells
                if len(set(header)) < len(header):
                    return None, [DataError(display_name, "the header names a column twice", line=line)]
                continue
            if len(cells) > len(header):
                return None, [DataError(display_name, "row has more cells than the header", line=line)]
            item = LineDict(zip(header, cells + [None] * (len(header) - len(cells))))
            item.line = line
            item.key_lines = dict.fromkeys(item, line)
            rows.append(item)
            rows.item_lines.append(line)
    except csv.Error as exc:
        return None, [DataError(display_name, f"malformed CSV: {exc}", line=start)]
    document = LineDict({key: rows})
    document.line, document.key_lines = 1, {key: 1}
    return document, []
