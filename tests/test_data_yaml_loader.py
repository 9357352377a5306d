"""The YAML loader: libyaml's C loader and the pure-Python one give the same values and lines."""

from __future__ import annotations

import pytest
import yaml

from book import DATA_DIR
from book.yaml_lines import LOADER, PURE_LOADER, LineDict, LineList, load_yaml

LOADERS = [pytest.param(PURE_LOADER, id="python")]
if LOADER is not PURE_LOADER:
    LOADERS.append(pytest.param(LOADER, id="libyaml"))


def test_libyaml_is_used_where_available():
    assert (LOADER is not PURE_LOADER) == yaml.__with_libyaml__


def lines(value):
    """Every line annotation in a loaded document, with the path to it."""
    if isinstance(value, LineDict):
        yield (), ("map", value.line, dict(value.key_lines))
        for key, item in value.items():
            for path, found in lines(item):
                yield (key, *path), found
    elif isinstance(value, LineList):
        yield (), ("seq", value.line, list(value.item_lines))
        for index, item in enumerate(value):
            for path, found in lines(item):
                yield (index, *path), found


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*.yml")), ids=lambda p: p.name)
def test_both_loaders_give_the_same_values_and_lines(path):
    fast, fast_errors = load_yaml(path, path.name, LOADER)
    pure, pure_errors = load_yaml(path, path.name, PURE_LOADER)
    assert fast_errors == pure_errors == []
    assert fast == pure
    assert list(lines(fast)) == list(lines(pure))


BROKEN = {  # text -> (line, start of the message after "malformed YAML: ")
    'a: 1\nb: "open\nc: 2\nd: "x"\ne: 3\n': (2, "unclosed quote"),
    "a: 1\nb: 2\nc: 'open\n\n": (3, "unclosed quote"),
    "a: 1\nb: x\x00y\n": (2, "character U+0000 is not allowed"),
    "a: 1\n\nb: \x07\n": (3, "character U+0007 is not allowed"),
    "a: &x [1]\nb: *x\n": (1, "anchors and aliases"),
    "a: 1\nb: !!python/name:os.system x\n": (2, "tags (!name) are not allowed"),
    "a: 1\nb: !!int zz\n": (2, "tags (!name) are not allowed"),
    "a: 1\nb: " + "[" * 60 + "]" * 60 + "\n": (2, "nested more than 40 levels deep"),
    "a: 1\nb:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 60)): (42, "nested more"),
    "a: 1\na: 2\n": (2, "duplicate key 'a'"),
    "a: 1\n? [x]\n: 2\n": (2, "a key must be a single value"),
    "a: 1\n\tb: 2\n": (2, ""),
    "a: 1\n---\nb: 2\n": (2, ""),
}


@pytest.mark.parametrize("loader", LOADERS)
@pytest.mark.parametrize("text", BROKEN, ids=range(len(BROKEN)))
def test_errors_name_the_right_line_with_either_loader(tmp_path, loader, text):
    path = tmp_path / "x.yml"
    path.write_bytes(text.encode("utf-8"))
    value, errors = load_yaml(path, "data/x.yml", loader)
    line, message = BROKEN[text]
    assert value is None and len(errors) == 1, errors
    assert str(errors[0]).startswith(f"data/x.yml:{line}: malformed YAML: {message}"), errors


@pytest.mark.parametrize("loader", LOADERS)
def test_dates_stay_text(tmp_path, loader):
    path = tmp_path / "x.yml"
    path.write_text("a: 2016-02-30\nb: 2016-01-01\n", encoding="utf-8")
    assert load_yaml(path, "x", loader) == ({"a": "2016-02-30", "b": "2016-01-01"}, [])
