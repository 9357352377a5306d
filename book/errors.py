"""Data errors: one readable line each, naming file, line, entry and field.

Whatever a data file contains, an error prints as one bounded line: line breaks, controls and
bidi characters from the data are shown escaped, and long parts are shortened.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_NAME = 80  # entry ids and field paths
MAX_MESSAGE = 400


@dataclass(frozen=True)
class DataError:
    """One problem in one data file."""

    file: str
    message: str
    line: int | None = None
    entry: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [one_line(where, MAX_NAME * 2)]
        if self.entry is not None:
            parts.append(f"entry '{one_line(self.entry, MAX_NAME)}'")
        if self.field is not None:
            parts.append(f"field '{one_line(self.field, MAX_NAME)}'")
        return ": ".join([", ".join(parts), one_line(self.message, MAX_MESSAGE)])


def one_line(text: str, limit: int) -> str:
    """``text`` with anything that is not printable escaped, shortened to ``limit``."""
    text = str(text)
    if not text.isprintable():
        text = "".join(char if char.isprintable() else _escape(char) for char in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _escape(char: str) -> str:
    code = ord(char)
    if char in "\n\t\r":
        return repr(char)[1:-1]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def describe(value: object, limit: int = 60) -> str:
    """A short, safe description of a value from a data file, for messages."""
    if isinstance(value, dict):
        return f"a mapping with {len(value)} keys"
    if isinstance(value, (list, tuple)):
        return f"a list of {len(value)} items"
    if isinstance(value, str) and len(value) > limit:
        return repr(value[:limit]) + f"… ({len(value)} characters)"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class DataValidationError(Exception):
    """Raised with every error found, not only the first."""

    def __init__(self, errors: list[DataError]):
        self.errors = list(errors)
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.errors)
        head = f"{count} error{'s' if count != 1 else ''} in data/:"
        return "\n".join([head, *(f"  {error}" for error in self.errors)])
