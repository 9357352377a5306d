"""Load YAML while remembering the line of every mapping, key and list item.

Error messages must name the line, so the loader returns ``LineDict``/``LineList`` (plain
``dict``/``list`` subclasses) that carry 1-based line numbers; :func:`line_at` walks a
pydantic-style location tuple down to the most precise line it knows. Whatever the input, the
result is values or one :class:`~book.errors.DataError` with a line, never an exception:
aliases (which can multiply a small file into gigabytes), tags and deep nesting are refused
before anything is built. libyaml's C loader is used where available (same values and lines).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import DataError

MAX_DEPTH = 40  # nesting the data needs: about 5


class LineDict(dict):
    line: int = 0
    key_lines: dict[str, int]


class LineList(list):
    line: int = 0
    item_lines: list[int]


class _Lines:
    """Constructor hooks shared by the pure-Python and the C loader."""

    def construct_mapping(self, node, deep=False):
        self.flatten_mapping(node)
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                duplicate = key in result
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    None, None, "a key must be a single value, not a list or mapping", key_node.start_mark
                ) from None
            if duplicate:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {_short(key)}", key_node.start_mark
                )
            result[key] = self.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def construct_sequence(self, node, deep=False):
        result = LineList(self.construct_object(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        return result

    def construct_timestamp(self, node):
        return self.construct_scalar(node)


def _loader(base: type) -> type:
    loader = type(f"_Line{base.__name__}", (_Lines, base), {})
    loader.add_constructor("tag:yaml.org,2002:map", _Lines.construct_mapping)
    loader.add_constructor("tag:yaml.org,2002:seq", _Lines.construct_sequence)
    loader.add_constructor("tag:yaml.org,2002:timestamp", _Lines.construct_timestamp)
    return loader


LOADER = _loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader))
PURE_LOADER = _loader(yaml.SafeLoader)

_OPEN = (
    yaml.BlockMappingStartToken,
    yaml.BlockSequenceStartToken,
    yaml.FlowMappingStartToken,
    yaml.FlowSequenceStartToken,
)
_CLOSE = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)


def read_text(path: Path, display_name: str) -> tuple[str | None, list[DataError]]:
    """A data file's text (a UTF-8 BOM is dropped), or ``None`` and an error saying why not."""
    try:
        if path.exists() and not path.is_file() and not path.is_dir():
            return None, [DataError(display_name, "is not a regular file (a pipe or device?)")]
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [DataError(display_name, "file is missing")]
    except IsADirectoryError:
        return None, [DataError(display_name, "is a folder, not a file")]
    except OSError as exc:
        return None, [DataError(display_name, f"cannot be read ({exc.strerror or exc})")]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [DataError(display_name, f"not valid UTF-8 ({exc.reason})", line=line)]


def load_yaml(path: Path, display_name: str, loader: type | None = None) -> tuple[Any, list[DataError]]:
    """Parse one YAML file; on failure return ``None`` and an error with the line."""
    loader = loader or LOADER
    text, errors = read_text(path, display_name)
    if text is None:
        return None, errors
    try:
        _refuse_aliases_and_depth(text, loader)
        return yaml.load(text, Loader=loader), []
    except yaml.MarkedYAMLError as exc:
        line, problem = _position(exc, text, loader)
        return None, [DataError(display_name, f"malformed YAML: {problem}", line=line)]
    except yaml.reader.ReaderError as exc:
        prefix = (
            text[: exc.position]
            if loader is PURE_LOADER
            else (text.encode("utf-8")[: exc.position].decode("utf-8", "replace"))
        )
        line = prefix.count("\n") + 1
        return None, [
            DataError(
                display_name, f"malformed YAML: character U+{exc.character:04X} is not allowed", line=line
            )
        ]
    except (yaml.YAMLError, RecursionError, ValueError, OverflowError) as exc:
        return None, [DataError(display_name, f"malformed YAML: {type(exc).__name__}", line=1)]


def _refuse_aliases_and_depth(text: str, loader: type) -> None:
    """Raise a marked error at the first alias or anchor, or where nesting gets too deep."""
    depth = 0
    for token in yaml.scan(text, Loader=loader):
        if isinstance(token, (yaml.AliasToken, yaml.AnchorToken)):
            raise yaml.MarkedYAMLError(
                problem="anchors and aliases (&name, *name) are not "
                "allowed in data files: write the value out",
                problem_mark=token.start_mark,
            )
        if isinstance(token, yaml.TagToken):
            raise yaml.MarkedYAMLError(
                problem="tags (!name) are not allowed in data files", problem_mark=token.start_mark
            )
        if isinstance(token, _OPEN):
            depth += 1
            if depth > MAX_DEPTH:
                raise yaml.MarkedYAMLError(
                    problem=f"nested more than {MAX_DEPTH} levels deep", problem_mark=token.start_mark
                )
        elif isinstance(token, _CLOSE):
            depth -= 1


def _position(exc: yaml.MarkedYAMLError, text: str, loader: type) -> tuple[int | None, str]:
    """The line and wording for a YAML error; an unclosed quote is reported where it opens."""
    if exc.context and "quoted scalar" in exc.context and exc.context_mark is not None:
        return exc.context_mark.line + 1, "unclosed quote (found no closing quote mark)"
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else None
    opened = _multiline_quote_ending_on(text, line, loader) if line is not None else None
    if opened is not None:
        return opened, f"unclosed quote (the quoted value runs on to line {line})"
    return line, exc.problem or exc.context or "invalid YAML"


def _multiline_quote_ending_on(text: str, line: int, loader: type) -> int | None:
    """Where a quoted value that spans lines and ends on ``line`` starts, if there is one."""
    try:
        for token in yaml.scan(text, Loader=loader):
            if token.start_mark.line + 1 > line:
                return None
            if (
                isinstance(token, yaml.ScalarToken)
                and token.style in ('"', "'")
                and token.end_mark.line + 1 == line
                and token.start_mark.line + 1 < line
            ):
                return token.start_mark.line + 1
    except yaml.YAMLError:
        return None
    return None


def _short(value: Any) -> str:
    text = repr(value) if not isinstance(value, (dict, list)) else type(value).__name__
    return text if len(text) <= 60 else text[:57] + "..."


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
