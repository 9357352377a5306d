"""The group CSV: the page writes it (node), Python writes the same bytes and reads it back."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from book.catalogue import load_catalogue
from book.group_csv import GroupCsvError, group_csv_text, read_group_csv
from book.widget_data import selvvurdering_data
from tools.group_example import TARGET, example_csv, example_respondents

from .conftest import ROOT


@pytest.fixture(scope="module")
def data():
    return selvvurdering_data(load_catalogue())


def tricky(data) -> list[dict]:
    """Labels a spreadsheet would read as a formula or that need quoting, every kind of answer."""
    items = data["items"]
    na = next(i["id"] for i in items if i["not_applicable"])
    return [
        {
            "id": "1",
            "label": "=SUM(A1)",
            "role": "Skole",
            "answers": {items[0]["id"]: 5, items[1]["id"]: "vet-ikke"},
        },
        {
            "id": "2",
            "label": 'Nav «Vest», "gruppe" 2',
            "role": "",
            "answers": {na: "ikke-aktuelt", items[2]["id"]: 1},
        },
        {"id": "3", "label": "", "role": "Nav fylke", "answers": {}},
    ]


def run_node(script: str) -> str:
    node = shutil.which("node")
    assert node, "node is needed to run the page's CSV code"
    # Bytes, not text mode: text mode would turn the CSV's CRLF into LF.
    result = subprocess.run([node, "--input-type=module", "-e", script], capture_output=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode("utf-8")


def page_csv(data: dict, respondents: list[dict]) -> str:
    """What the page's «Last ned gruppens svar (CSV)» writes for these respondents (no BOM)."""
    gruppe = (ROOT / "widgets" / "gruppe" / "gruppe.js").as_uri()
    payload = json.dumps({"items": data["items"], "themes": data["themes"], "respondents": respondents})
    return run_node(
        f"import {{ groupCsv }} from {json.dumps(gruppe)};\n"
        f"const d = {payload};\n"
        "process.stdout.write(groupCsv(d, d.respondents));\n"
    )


def test_python_writes_what_the_page_writes(data):
    for respondents in (tricky(data), example_respondents(data["items"], data["themes"])):
        assert group_csv_text(data["items"], data["themes"], respondents) == page_csv(data, respondents)


def test_the_csv_the_page_writes_is_read_back(data):
    respondents = tricky(data)
    read = read_group_csv(page_csv(data, respondents), data["items"])
    assert read.respondents == respondents and read.unknown == []


def test_one_persons_csv_from_the_self_assessment_is_one_respondent(data):
    transfer = (ROOT / "widgets" / "selvvurdering" / "transfer.js").as_uri()
    items = data["items"]
    answers = {items[0]["id"]: 4, items[3]["id"]: "vet-ikke", "gammel-pastand": 2}
    text = run_node(
        f"import {{ exportCsv }} from {json.dumps(transfer)};\n"
        f"const d = {json.dumps({'items': items, 'themes': data['themes'], 'answers': answers})};\n"
        "process.stdout.write(exportCsv(d.items, d.themes, d.answers, { label: '+Gruppe', role: 'Skole' }));\n"
    )
    read = read_group_csv(text, items)
    expected = {k: v for k, v in answers.items() if k != "gammel-pastand"}
    assert read.respondents == [{"id": "1", "label": "+Gruppe", "role": "Skole", "answers": expected}]
    assert read.unknown == ["gammel-pastand"] and "gammel-pastand" in read.note


def test_the_example_file_is_what_the_generator_writes(data):
    assert TARGET.read_bytes() == example_csv(data).encode("utf-8"), (
        "data/gruppeoversikt-eksempel.csv is out of date: run `python -m tools.group_example`"
    )
    read = read_group_csv(TARGET, data["items"])
    assert len(read.respondents) == 22 and {r["label"] for r in read.respondents} >= {"Eksempelgruppe 1"}


def test_bad_files_are_named_with_line_and_column(data, tmp_path):
    good = group_csv_text(data["items"], data["themes"], tricky(data))
    with pytest.raises(GroupCsvError, match=r"^svar\.csv: filen er tom\.$"):
        read_group_csv(" \n", data["items"], name="svar.csv")
    with pytest.raises(GroupCsvError, match=r"linje 1 har ikke kolonnene fra Gruppeoversikt"):
        read_group_csv("navn,alder\nA,3\n", data["items"])
    lines = good.split("\r\n")
    lines[2] = lines[2].replace(",vet-ikke,", ",kanskje,")
    with pytest.raises(GroupCsvError, match=r"linje 3, kolonne svar: «kanskje» er ikke et svar"):
        read_group_csv("\r\n".join(lines), data["items"])
    lines = good.split("\r\n")
    lines[4] = "x" + lines[4]
    path = tmp_path / "gruppe.csv"
    path.write_text("\r\n".join(lines), encoding="utf-8")
    with pytest.raises(
        GroupCsvError, match=r"^gruppe\.csv, linje 5, kolonne svar-nr: «x1» er ikke et nummer"
    ):
        read_group_csv(Path(path), data["items"])
