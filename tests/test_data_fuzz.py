"""Property-based tests of the data loader: any file content gives one-line errors, never a traceback.

Hypothesis writes random YAML and CSV documents (and small edits of the valid fixture) into
one file of a copy of ``tests/fixtures/data`` and loads it. Whatever happens, the loader either
returns a catalogue or raises :class:`DataValidationError` whose every error is one bounded line
naming the file and the line, within a time limit (the deadline) and a memory limit (traced
allocations). Derandomized, so CI sees the same examples on every run.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import tempfile
import tracemalloc
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from book.catalogue import load_catalogue
from book.errors import DataValidationError
from book.schema import COLLECTIONS

from .test_data_validation import SEEDS, VALID

# `make test` tries 100 examples per test; `make test-fast` (the everyday loop) fewer.
SETTINGS = settings(
    max_examples=int(os.environ.get("KB_FUZZ_EXAMPLES", "100")),
    deadline=timedelta(seconds=10),
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
MAX_MEMORY = 64 * 2**20  # bytes traced while loading one example
LINE = re.compile(r"^data/[a-z_]+\.(yml|csv):[0-9]+[:,] ")
YAML_FILES = sorted(p.name for p in VALID.glob("*.yml"))
FIELDS = [
    "id",
    "key",
    "title",
    "name",
    "description",
    "themes",
    "sources",
    "source",
    "section",
    "quote",
    "order",
    "area",
    "level",
    "actors",
    "addressed_by",
    "examples",
    "sections",
    "date",
    "text",
    "theme",
    "reverse",
    "value",
    "aliases",
]
SPECIAL = list(":-[]{}\"'&*!|>#%@`,?\n \t\\<;") + ["\x00", "\ufeff", "\u202e", "\x85", "\r", "\u2028"]
PIECES = st.sampled_from(SPECIAL + list("abcø19 ") + ["rapport-a", "avtaler", "«", "»", "- ", ": "])


def strings(max_size: int):
    return st.lists(PIECES, max_size=max_size).map("".join)


@pytest.fixture(scope="module")
def data_dir():
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "data"
        shutil.copytree(VALID, target)
        yield target


@contextmanager
def replaced(data_dir: Path, name: str, content: bytes):
    path = data_dir / name
    original = path.read_bytes()
    path.write_bytes(content)
    try:
        yield
    finally:
        path.write_bytes(original)


def assert_one_line_errors(data_dir: Path) -> None:
    tracemalloc.start()
    try:
        load_catalogue(data_dir, seeds=SEEDS)
    except DataValidationError as exc:
        assert exc.errors
        for error in exc.errors:
            text = str(error)
            assert "\n" not in text and len(text) < 1000, text
            assert LINE.match(text), text
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < MAX_MEMORY, f"{peak / 2**20:.0f} MB traced"


scalars = (
    st.none()
    | st.booleans()
    | st.integers(-10, 2**70)
    | st.floats(allow_nan=True)
    | strings(20)
    | st.sampled_from(["rapport-a", "avtaler", "4.1", "nav"])
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(FIELDS) | strings(6), inner, max_size=5)
    ),
    max_leaves=25,
)
entries = st.dictionaries(st.sampled_from(FIELDS), values, max_size=8)
documents = (
    st.dictionaries(
        st.sampled_from([c.name for c in COLLECTIONS] + ["x"]),
        st.lists(entries, max_size=3) | values,
        max_size=3,
    )
    | values
)


@SETTINGS
@given(name=st.sampled_from(YAML_FILES), document=documents, style=st.sampled_from([None, True, False]))
def test_random_yaml_documents(data_dir, name, document, style):
    content = yaml.safe_dump(document, allow_unicode=True, default_flow_style=style)
    with replaced(data_dir, name, content.encode("utf-8")):
        assert_one_line_errors(data_dir)


@SETTINGS
@given(
    name=st.sampled_from(sorted(p.name for p in VALID.iterdir())),
    edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 12), strings(12)), min_size=1, max_size=4),
    raw=st.booleans(),
)
def test_edits_of_valid_files(data_dir, name, edits, raw):
    """A careless maintainer: a few characters deleted or typed anywhere, in any file."""
    content = (VALID / name).read_bytes()
    for where, cut, typed in edits:
        at = int(where * len(content))
        insert = typed.encode("utf-8") if not raw else typed.encode("latin-1", "replace")
        content = content[:at] + insert + content[at + cut :]
    with replaced(data_dir, name, content):
        assert_one_line_errors(data_dir)


cells = strings(15) | st.sampled_from(["", "6", "rapport-a", "4.1", "x y"])
rows = st.lists(st.lists(cells, max_size=10), max_size=5)


@SETTINGS
@given(
    header=st.lists(st.sampled_from(FIELDS + ["unit", "counts", "note", ""]) | cells, max_size=10),
    rows=rows,
    quoting=st.booleans(),
    line_end=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_random_csv_documents(data_dir, header, rows, quoting, line_end):
    if quoting:
        out = io.StringIO()
        csv.writer(out, lineterminator=line_end).writerows([header, *rows])
        content = out.getvalue()
    else:
        content = line_end.join(",".join(row) for row in [header, *rows])
    with replaced(data_dir, "figures.csv", content.encode("utf-8", "surrogatepass")):
        assert_one_line_errors(data_dir)
