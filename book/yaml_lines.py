"""Load YAML while remembering the line of every mapping, key and list item.

Error messages must name the line, so the loader returns ``LineDict``/``LineList`` (plain
``dict``/``list`` subclasses) that carry 1-based line numbers; :func:`line_at` walks a
pydantic-style location tuple down to the most precise line it knows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import DataError


class LineDict(dict):
    line: int = 0
    key_lines: dict[str, int]


class LineList(list):
    line: int = 0
    item_lines: list[int]


class _LineLoader(yaml.SafeLoader):
    def construct_mapping(self, node, deep=False):  # noqa: D102 - PyYAML hook
        self.flatten_mapping(node)
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in result:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            result[key] = self.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def construct_sequence(self, node, deep=False):  # noqa: D102 - PyYAML hook
        result = LineList(self.construct_object(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        return result


_LineLoader.add_constructor("tag:yaml.org,2002:map", _LineLoader.construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _LineLoader.construct_sequence)


def read_text(path: Path, display_name: str) -> tuple[str | None, list[DataError]]:
    """A data file's text, or ``None`` and an error saying it is missing or not UTF-8."""
    try:
        return path.read_text(encoding="utf-8"), []
    except FileNotFoundError:
        return None, [DataError(display_name, "file is missing")]
    except UnicodeDecodeError as exc:
        return None, [DataError(display_name, f"not valid UTF-8 ({exc.reason})")]


def load_yaml(path: Path, display_name: str) -> tuple[Any, list[DataError]]:
    """Parse one YAML file; on failure return ``None`` and an error with the line."""
    text, errors = read_text(path, display_name)
    if text is None:
        return None, errors
    try:
        return yaml.load(text, Loader=_LineLoader), []  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        return None, [DataError(display_name, f"malformed YAML: {problem}", line=line)]
    except yaml.YAMLError as exc:
        return None, [DataError(display_name, f"malformed YAML: {exc}")]


def line_at(node: Any, loc: tuple[Any, ...]) -> int | None:
    """Return the line of ``node[loc[0]][loc[1]]...``, or of the deepest part that exists."""
    line = getattr(node, "line", None)
    for part in loc:
        if isinstance(node, LineDict) and part in node:
            line = node.key_lines.get(part, line)
            node = node[part]
        elif isinstance(node, LineList) and isinstance(part, int) and 0 <= part < len(node):
            line = node.item_lines[part]
            node = node[part]
        else:
            break
    return line
