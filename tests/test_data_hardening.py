"""The data checker against careless or hostile input: one precise line each, never a traceback.

Every case here was a traceback, a wrong line, a silent pass or a flood of errors before
(issue 13). Broken variants are made from ``tests/fixtures/data`` like in
``test_data_validation.py``.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys

import pytest

from book.catalogue import load_catalogue

from .conftest import ROOT
from .test_data_validation import SEEDS, VALID, broken_copy, errors_for


def copy_with(tmp_path, file_name, content: bytes | str):
    target = tmp_path / "data"
    shutil.copytree(VALID, target)
    path = target / file_name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return target


def fixture_text(file_name):
    return (VALID / file_name).read_text(encoding="utf-8")


def check(data, *extra, env=None, limit_memory=False):
    """Run ``python -m book check`` on ``data`` in a child process."""

    def cap():  # 1 GB of address space: an alias bomb must be refused long before that
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run(
        [sys.executable, "-m", "book", "check", "--no-coverage", "--data", str(data), *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env=env,
        preexec_fn=cap if limit_memory else None,
    )


# --- unexpected shapes -------------------------------------------------------------------


def test_a_folder_in_place_of_a_data_file(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    (data / "figures.csv").unlink()
    (data / "figures.csv").mkdir()
    (data / "practices.yml").unlink()
    (data / "practices.yml").mkdir()
    errors = errors_for(data)
    assert "data/figures.csv: is a folder, not a file" in errors
    assert "data/practices.yml: is a folder, not a file" in errors
    result = check(data)
    assert result.returncode == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "document",
    [
        "practices:\n  - {[1]: x}\n",  # a list as a mapping key
        "practices:\n  ? {a: 1}\n  : x\n",  # a mapping as a mapping key
        "{[1, 2]: 1}\n",
        "practices:\n  - id: [a]\n    title: x\n",
        "practices:\n  - 1: x\n",
        "? [x]\n",
    ],
)
def test_unexpected_yaml_shapes_give_a_line_not_a_traceback(tmp_path, document):
    errors = errors_for(copy_with(tmp_path, "practices.yml", document))
    assert errors and all(error.startswith("data/practices.yml:") for error in errors), errors


def test_errors_are_one_line_even_when_the_data_has_line_breaks(tmp_path):
    data = broken_copy(tmp_path, "framework.yml", "  - id: avtaler", '  - id: "avtaler\\nfake line\\u202e"')
    errors = errors_for(data)
    assert errors and all("\n" not in error and "\u202e" not in error for error in errors)
    assert any("entry 'avtaler\\nfake line\\u202e'" in error for error in errors), errors


# --- alias bombs ---------------------------------------------------------------------------

BOMB = "".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n',
        *(f"{chr(98 + i)}: &{chr(98 + i)} [{','.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)),
    ]
)


def test_yaml_alias_bomb_is_refused_quickly(tmp_path):
    text = fixture_text("practices.yml").replace('title: "Skriv korte avtaler"', "title: *i")
    data = copy_with(
        tmp_path, "practices.yml", "x:\n" + "".join("  " + line + "\n" for line in BOMB.splitlines()) + text
    )
    result = check(data, limit_memory=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    assert "data/practices.yml:2: malformed YAML: anchors and aliases" in result.stderr


def test_a_harmless_alias_is_refused_too(tmp_path):
    text = fixture_text("barriers.yml").replace("themes: [avtaler]", "themes: &t [avtaler]")
    text = text.replace("addressed_by: [korte-avtaler]", "addressed_by: *t")
    errors = errors_for(copy_with(tmp_path, "barriers.yml", text))
    assert len(errors) == 1 and errors[0].startswith(
        "data/barriers.yml:5: malformed YAML: anchors and aliases"
    ), errors


# --- empty collections and the OK line -----------------------------------------------------


@pytest.mark.parametrize("content", ["", "id,value,unit,counts,date,source,section,quote,note\n"])
def test_an_empty_figures_csv_is_an_error(tmp_path, content):
    errors = errors_for(copy_with(tmp_path, "figures.csv", content))
    assert errors == ["data/figures.csv:1: 'figures' has no entries (the book needs at least one)"]


@pytest.mark.parametrize(
    "file_name,key",
    [
        ("glossary.yml", "glossary"),
        ("timeline.yml", "timeline"),
        ("quiz.yml", "questions"),
        ("dialogue_cards.yml", "cards"),
    ],
)
def test_every_collection_must_have_entries(tmp_path, file_name, key):
    errors = errors_for(copy_with(tmp_path, file_name, f"{key}: []\n"))
    assert errors == [f"data/{file_name}:1: '{key}' has no entries (the book needs at least one)"]


def test_the_ok_line_counts_every_collection():
    result = check(VALID)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "data OK: 1 sources (3 sections), 1 areas, 1 themes, 1 practices, 1 barriers, "
        "1 recommendations, 1 cases, 1 timeline events, 1 glossary terms, 2 figures, "
        "1 self-assessment items, 1 self-assessment notes, 1 quiz questions, 1 dialogue cards, "
        "1 statement sets"
    )


# --- encodings and positions ---------------------------------------------------------------


@pytest.mark.parametrize("file_name", ["figures.csv", "practices.yml"])
def test_a_utf8_bom_is_accepted(tmp_path, file_name):
    data = copy_with(tmp_path, file_name, b"\xef\xbb\xbf" + (VALID / file_name).read_bytes())
    load_catalogue(data, seeds=SEEDS)


def test_crlf_line_ends_are_accepted(tmp_path):
    content = (VALID / "figures.csv").read_bytes().replace(b"\n", b"\r\n")
    load_catalogue(copy_with(tmp_path, "figures.csv", content), seeds=SEEDS)


def test_an_unclosed_quote_is_reported_where_it_opens(tmp_path):
    data = broken_copy(
        tmp_path, "practices.yml", 'title: "Skriv korte avtaler"', 'title: "Skriv korte avtaler'
    )
    errors = errors_for(data)
    assert len(errors) == 1 and errors[0].startswith(
        "data/practices.yml:3: malformed YAML: unclosed quote"
    ), errors


def test_an_unclosed_quote_at_the_end_of_a_file(tmp_path):
    data = copy_with(tmp_path, "practices.yml", fixture_text("practices.yml") + '    note: "abc\n\n\n')
    errors = errors_for(data)
    line = _lines("practices.yml") + 1
    assert len(errors) == 1 and errors[0].startswith(
        f"data/practices.yml:{line}: malformed YAML: unclosed quote"
    ), errors


def _lines(file_name):
    return len(fixture_text(file_name).splitlines())


@pytest.mark.parametrize("file_name", ["practices.yml", "figures.csv"])
def test_undecodable_bytes_name_their_line(tmp_path, file_name):
    raw = (VALID / file_name).read_bytes()
    lines = raw.split(b"\n")
    lines[2] = lines[2] + b"\xff\xfe"
    errors = errors_for(copy_with(tmp_path, file_name, b"\n".join(lines)))
    assert errors == [f"data/{file_name}:3: not valid UTF-8 (invalid start byte)"]


def test_a_nul_in_a_csv_cell_is_an_error(tmp_path):
    content = fixture_text("figures.csv").replace("fylker der", "fylker\x00der")
    errors = errors_for(copy_with(tmp_path, "figures.csv", content))
    assert len(errors) == 1 and errors[0].startswith(
        "data/figures.csv:2, entry 'antall-fylker', field 'counts': control, surrogate or private-use character U+0000"
    ), errors


def test_a_nul_in_yaml_is_an_error_with_its_line(tmp_path):
    content = fixture_text("practices.yml").replace("Korte avtaler", "Korte\x00avtaler")
    errors = errors_for(copy_with(tmp_path, "practices.yml", content))
    assert len(errors) == 1 and errors[0].startswith("data/practices.yml:4: malformed YAML"), errors


# --- no cascades -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    ["", "# nothing yet\n", "practices: []\n", "practices:\n", "practices: {}\n", "- a\n", "oops\n"],
)
def test_an_empty_practices_file_gives_one_error(tmp_path, content):
    errors = errors_for(copy_with(tmp_path, "practices.yml", content))
    assert len(errors) == 1 and errors[0].startswith("data/practices.yml:1"), errors


def test_unknown_id_suggests_the_closest_and_stays_short(tmp_path):
    data = broken_copy(
        tmp_path, "barriers.yml", "addressed_by: [korte-avtaler]", "addressed_by: [korte-avtale]"
    )
    assert errors_for(data) == [
        "data/barriers.yml:8, entry 'skepsis-til-avtaler', field "
        "'addressed_by.0': unknown practice 'korte-avtale' (did you mean "
        "'korte-avtaler'?)"
    ]


def test_unknown_id_without_a_close_match(tmp_path):
    data = broken_copy(tmp_path, "barriers.yml", "addressed_by: [korte-avtaler]", "addressed_by: [xyz]")
    assert errors_for(data) == [
        "data/barriers.yml:8, entry 'skepsis-til-avtaler', field "
        "'addressed_by.0': unknown practice 'xyz' (no practice has a "
        "similar id; see data/practices.yml)"
    ]


# --- limits on text ------------------------------------------------------------------------


def test_a_huge_title_is_refused_with_a_short_message(tmp_path):
    data = broken_copy(
        tmp_path, "practices.yml", 'title: "Skriv korte avtaler"', 'title: "' + "x" * 5_000_000 + '"'
    )
    errors = errors_for(data)
    assert len(errors) == 1 and errors[0].startswith(
        "data/practices.yml:3, entry 'korte-avtaler', field 'title': at most 200 characters"
    ), errors
    assert len(errors[0]) < 300


def test_a_long_description_is_refused(tmp_path):
    data = broken_copy(
        tmp_path,
        "practices.yml",
        'description: "Korte avtaler blir brukt."',
        'description: "' + "Korte avtaler blir brukt. " * 100 + '"',
    )
    errors = errors_for(data)
    assert len(errors) == 1 and "field 'description': at most 1500 characters" in errors[0], errors


def test_duplicate_order_is_refused(tmp_path):
    text = fixture_text("framework.yml").replace(
        "themes:",
        "  - id: ledelse\n    order: 1\n    name: Ledelse\n    description: Om ledelse.\n"
        '    sources: [{source: rapport-a, section: "1"}]\nthemes:',
    )
    errors = errors_for(copy_with(tmp_path, "framework.yml", text))
    assert errors == [
        "data/framework.yml:9, entry 'ledelse', field 'order': duplicate order 1 "
        "(also used by 'organisering' at line 3)"
    ]


@pytest.mark.parametrize(
    "char,name",
    [
        ("\u202e", "U+202E"),
        ("\u200b", "U+200B"),
        ("\u2066", "U+2066"),
        ("\ufeff", "U+FEFF"),
        ("\u200f", "U+200F"),
        ("\x7f", "U+007F"),
        ("\x85", "U+0085"),
    ],
)
def test_bidi_zero_width_and_control_characters_are_refused(tmp_path, char, name):
    data = broken_copy(
        tmp_path,
        "practices.yml",
        'title: "Skriv korte avtaler"',
        'title: "Skriv korte ' + char.encode("unicode_escape").decode() + 'avtaler"',
    )
    errors = errors_for(data)
    assert (
        len(errors) == 1
        and errors[0].startswith("data/practices.yml:3, entry 'korte-avtaler', field 'title': ")
        and name in errors[0]
    ), errors


# --- markup in data ------------------------------------------------------------------------

MARKUP = {
    "html tag": "<img src=x onerror=alert(1)>",
    "closing tag": "tekst</p>",
    "html comment": "<!-- x -->",
    "entity": "&lt;script&gt;",
    "numeric entity": "&#60;b&#62;",
    "backtick": "`kode`",
    "role": "{kilde}`iris2017 1`",
    "substitution": "{{ navn }}",
    "link": "[klikk](https://example.org)",
    "image": "![bilde](x.png)",
    "reference link": "[klikk][1]",
    "emphasis": "*viktig*",
    "strong": "__viktig__",
    "web address": "https://example.org",
    "bare domain": "nav.no",
    "e-mail address": "ola@nav.no",
    "www": "www.nav.no",
    "backslash": "a\\\\b",
    "math": "$x$",
}


@pytest.mark.parametrize("name", MARKUP, ids=list(MARKUP))
def test_markup_in_a_title_is_refused(tmp_path, name):
    data = broken_copy(
        tmp_path, "practices.yml", 'title: "Skriv korte avtaler"', f'title: "Skriv {MARKUP[name]} avtaler"'
    )
    errors = errors_for(data)
    assert (
        len(errors) == 1
        and errors[0].startswith("data/practices.yml:3, entry 'korte-avtaler', field 'title': ")
        and "plain text" in errors[0]
    ), errors


@pytest.mark.parametrize(
    "file_name,old",
    [
        ("sources.yml", '"Om samarbeid."'),
        ("sources.yml", '{heading: "Sammendrag"}'),
        ("framework.yml", '"Organisering"'),
        ("cases.yml", '["Lange avstander."]'),
        ("practices.yml", '"Telemark"'),
        ("figures.csv", "åpne spørsmål"),
    ],
)
def test_markup_is_refused_in_every_text_field(tmp_path, file_name, old):
    new = {
        "sources.yml": '"Om <b>samarbeid</b>."',
        "framework.yml": '"<i>Organisering</i>"',
        "cases.yml": '["<script>x</script>"]',
        "practices.yml": '"<b>Telemark</b>"',
        "figures.csv": "<b>åpne</b> spørsmål",
    }[file_name]
    if old.startswith("{heading"):
        new = '{heading: "<b>Sammendrag</b>"}'
    errors = errors_for(broken_copy(tmp_path, file_name, old, new))
    assert any("raw HTML" in error and error.startswith(f"data/{file_name}:") for error in errors), errors


def test_plain_text_the_book_uses_is_accepted():
    from book.plain_text import problem

    for text in [
        "Nav & fylkeskommunen",
        "«stammespråk» og fagspråk",
        "§ 14 a i NAV-loven",
        "[Tittel ikke oppgitt: masteroppgave]",
        "50 % – om lag 3/4",
        "Hva nå?",
        "NAV’s to-eiermodell",
        "”en lav terskel for kontakt”",
        "… det tar tid",
        "e-post",
        "0-24-samarbeidet",
        "m.fl. og bl.a. f.eks.",
        "t.o.m. 2019",
        "kl. 9.30",
        "under 5 år (2019)",
        "A + B = C",
        "Linje\ntre",
    ]:
        assert problem(text) is None, text


def test_the_ok_line_names_every_collection():
    from book.cli import COUNTED
    from book.schema import COLLECTIONS

    assert {name for name, _ in COUNTED} | {"sources"} == {c.name for c in COLLECTIONS}
