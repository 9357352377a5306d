"""The accessibility statement's data: ``data/wcag.yml`` (WCAG 2.1 A/AA criteria, our status
and how our tests check each), loaded with one-line errors and rendered as Markdown."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import DATA_DIR, ROOT
from .errors import DataError, DataValidationError
from .yaml_lines import LineDict, LineList, load_yaml

WCAG_FILE = DATA_DIR / "wcag.yml"
STATUSES = {"ja": "Ja", "nei": "Nei", "ikke-aktuelt": "Ikke aktuelt", "ikke-testet": "Ikke testet"}
LEVELS = {"A", "AA"}
CRITERION_ID = re.compile(r"^[1-4]\.\d\.\d{1,2}$")
TEST_ID = re.compile(r"^(tests/[\w/]+\.py)::(test_\w+)$")


@dataclass(frozen=True)
class Criterion:
    id: str
    name: str
    level: str
    status: str
    required: bool = True
    tests: tuple[str, ...] = ()
    how: str = ""
    note: str = ""


@dataclass(frozen=True)
class Statement:
    reviewed: date
    criteria: tuple[Criterion, ...]

    @property
    def in_force(self) -> list[Criterion]:
        return [c for c in self.criteria if c.required]


def names_a_test(test_id: str, root: Path = ROOT) -> bool:
    """Whether ``tests/x.py::test_y`` names a test function that exists (checked by a test,
    not by the build: copies of the book built elsewhere carry no tests/)."""
    match = TEST_ID.match(test_id)
    if not match:
        return False
    path = root / match.group(1)
    return (
        path.is_file()
        and re.search(rf"^def {match.group(2)}\(", path.read_text(encoding="utf-8"), re.M) is not None
    )


def _criterion(raw, line: int, name: str) -> tuple[Criterion | None, list[DataError]]:
    entry = str(raw.get("id")) if isinstance(raw, dict) else None
    if not isinstance(raw, LineDict):
        return None, [DataError(name, "each criterion must be a mapping", line=line)]

    def error(field: str, message: str) -> DataError:
        return DataError(name, message, line=raw.key_lines.get(field, raw.line), entry=entry, field=field)

    errors = []
    known = {"id", "name", "level", "status", "required", "tests", "how", "note"}
    errors += [error(key, "unknown field") for key in raw if key not in known]
    for field in ("id", "name", "level", "status"):
        if not isinstance(raw.get(field), str) or not raw[field].strip():
            errors.append(error(field, "missing or not text"))
    if errors:
        return None, errors
    if not CRITERION_ID.match(raw["id"]):
        errors.append(error("id", "not a WCAG criterion number such as 1.4.10"))
    if raw["level"] not in LEVELS:
        errors.append(error("level", f"must be one of {sorted(LEVELS)}"))
    if raw["status"] not in STATUSES:
        errors.append(error("status", f"must be one of {list(STATUSES)}"))
    tests = raw.get("tests") or []
    if not isinstance(tests, list):
        errors.append(error("tests", "must be a list of test ids"))
        tests = []
    errors += [
        error("tests", f"not a test id (tests/file.py::test_name): {t}")
        for t in tests
        if not TEST_ID.match(str(t))
    ]
    if raw["status"] in ("ja", "ikke-testet") and not (tests or raw.get("how")):
        errors.append(error("how", "say how the criterion is checked"))
    if raw["status"] in ("nei", "ikke-aktuelt") and not raw.get("note"):
        errors.append(error("note", "say why"))
    if not isinstance(raw.get("required", True), bool):
        errors.append(error("required", "must be true or false"))
    if errors:
        return None, errors
    return Criterion(
        id=raw["id"],
        name=raw["name"].strip(),
        level=raw["level"],
        status=raw["status"],
        required=raw.get("required", True),
        tests=tuple(tests),
        how=(raw.get("how") or "").strip(),
        note=(raw.get("note") or "").strip(),
    ), []


def load_statement(path: Path = WCAG_FILE) -> Statement:
    """Read and validate ``data/wcag.yml``; raise DataValidationError listing every problem."""
    name = f"data/{path.name}"
    raw, errors = load_yaml(path, name)
    if raw is None:
        raise DataValidationError(errors)
    if not isinstance(raw, LineDict) or not isinstance(raw.get("criteria"), LineList):
        raise DataValidationError([DataError(name, "needs 'reviewed' and a 'criteria' list")])
    reviewed = _as_date(raw.get("reviewed"))
    if reviewed is None:
        errors.append(
            DataError(
                name,
                "must be a date (YYYY-MM-DD)",
                field="reviewed",
                line=raw.key_lines.get("reviewed", raw.line),
            )
        )
    criteria, seen = [], set()
    for line, item in zip(raw["criteria"].item_lines, raw["criteria"]):
        criterion, problems = _criterion(item, line, name)
        errors += problems
        if criterion is not None:
            if criterion.id in seen:
                errors.append(DataError(name, "duplicate id", line=line, entry=criterion.id))
            seen.add(criterion.id)
            criteria.append(criterion)
    if errors:
        raise DataValidationError(errors)
    order = sorted(criteria, key=lambda c: tuple(int(p) for p in c.id.split(".")))
    return Statement(reviewed=reviewed, criteria=tuple(order))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def criteria_table(statement: Statement) -> str:
    """A Markdown table: every criterion in force, its status and how we check it."""
    rows = ["| Krav | Status | Slik kontrollerer vi |", "|---|---|---|"]
    for c in statement.in_force:
        check = c.note if c.status in ("nei", "ikke-aktuelt") else c.how
        if c.tests:
            names = ", ".join(f"`{t.split('::')[1]}`" for t in c.tests)
            check = f"{check} Tester: {names}."
        rows.append(f"| {c.id} {_cell(c.name)} (nivå {c.level}) | {STATUSES[c.status]} | {_cell(check)} |")
    return "\n".join(rows)


def summary(statement: Statement) -> dict[str, int]:
    counts = {label: 0 for label in STATUSES.values()}
    for c in statement.in_force:
        counts[STATUSES[c.status]] += 1
    return counts


def _as_date(value) -> date | None:
    """A date, whether the YAML loader gave a date or (as book/yaml_lines.py does) its text."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
