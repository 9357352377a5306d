"""Data errors: one readable line each, naming file, line, entry and field."""

from __future__ import annotations

from dataclasses import dataclass


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
        parts = [where]
        if self.entry is not None:
            parts.append(f"entry '{self.entry}'")
        if self.field is not None:
            parts.append(f"field '{self.field}'")
        return ": ".join([", ".join(parts), self.message])


class DataValidationError(Exception):
    """Raised with every error found, not only the first."""

    def __init__(self, errors: list[DataError]):
        self.errors = list(errors)
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.errors)
        head = f"{count} error{'s' if count != 1 else ''} in data/:"
        return "\n".join([head, *(f"  {error}" for error in self.errors)])
