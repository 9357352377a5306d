"""Earlier statement sets (data/assessment_versions.yml): validated against data/assessment.yml,
sent to the widgets, and used by the page's JavaScript to map old share codes and files."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from book.catalogue import load_catalogue
from book.widget_data import selvvurdering_data

from .conftest import ROOT
from .test_data_validation import broken_copy, errors_for

FIXTURE_VERSION = "    items: [avtale-kjent]\n"


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def test_the_last_version_is_todays_set_and_the_others_go_to_the_widgets(catalogue):
    versions = list(catalogue.assessment_versions.values())
    assert [v.id for v in versions] == ["v1", "v2", "v3"]
    assert versions[-1].items == list(catalogue.items)
    data = selvvurdering_data(catalogue)
    assert [v["id"] for v in data["versions"]] == ["v1", "v2"]
    assert data["statement_set"] == versions[-1].id  # exports name it (transfer.js)
    assert data["versions"][1]["renamed"] == {"moter-konkrete-saker": "moter-klare-avtaler"}
    assert "moter-konkrete-saker" in data["versions"][0]["retired"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            FIXTURE_VERSION,
            "    items: [avtale-kjent, borte]\n",
            "data/assessment_versions.yml:6, entry 'v1', field 'items.1': statement 'borte' is not in "
            "data/assessment.yml: list it under renamed (with its new id) or under retired",
        ),
        (
            FIXTURE_VERSION,
            "    items: [avtale-kjent, gammel]\n    renamed: {gammel: finnes-ikke}\n",
            "data/assessment_versions.yml:7, entry 'v1', field 'renamed.gammel': 'finnes-ikke' is not a "
            "statement in data/assessment.yml",
        ),
        (
            FIXTURE_VERSION,
            "    items: [avtale-kjent]\n    retired: [annet]\n",
            "data/assessment_versions.yml:3, entry 'v1': retired names annet, which is not under items",
        ),
    ],
    ids=["unlisted old id", "renamed to nothing", "retired outside items"],
)
def test_a_broken_version_is_named_in_one_line(tmp_path, old, new, expected):
    errors = errors_for(broken_copy(tmp_path, "assessment_versions.yml", old, new))
    assert expected in errors, errors


def test_changing_the_statements_without_a_new_version_is_an_error(tmp_path):
    data = broken_copy(tmp_path, "assessment_versions.yml", FIXTURE_VERSION, "    items: [avtale-kjent]\n")
    (data / "assessment.yml").write_text(
        (data / "assessment.yml")
        .read_text(encoding="utf-8")
        .replace("id: avtale-kjent", "id: avtale-kjent-2"),
        encoding="utf-8",
    )
    errors = errors_for(data)
    assert any("the last version must list the statements of data/assessment.yml" in e for e in errors), (
        errors
    )
    assert any("statement 'avtale-kjent' is not in data/assessment.yml" in e for e in errors), errors


def test_the_page_maps_old_codes_with_the_widget_data(catalogue, tmp_path):
    """Node reads share codes made with v1 and v2 using the data the page gets."""
    data = selvvurdering_data(catalogue)
    (tmp_path / "data.json").write_text(json.dumps(data), encoding="utf-8")
    sharecode = (ROOT / "widgets" / "selvvurdering" / "sharecode.js").as_uri()
    script = f"""
import {{ readFileSync }} from "node:fs";
import {{ decodeShareCode, encodeShareCode }} from {json.dumps(sharecode)};
const data = JSON.parse(readFileSync({json.dumps(str(tmp_path / "data.json"))}, "utf-8"));
const ids = data.items.map((i) => i.id);
const [v1, v2] = data.versions;
const answers = (set) => Object.fromEntries(set.items.map((id) => [id, 4]));
const out = {{
  v1: decodeShareCode(encodeShareCode(v1.items, answers(v1)), ids, data.versions),
  v2: decodeShareCode(encodeShareCode(v2.items, answers(v2)), ids, data.versions),
  unknown: decodeShareCode(encodeShareCode(["x", "y"], {{ x: 1 }}), ids, data.versions),
}};
process.stdout.write(JSON.stringify(out));
"""
    result = subprocess.run(
        [shutil.which("node"), "--input-type=module", "-e", script], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    v1, v2 = out["v1"], out["v2"]
    assert v2["ok"] and v2["mapped"] == [["moter-konkrete-saker", "moter-klare-avtaler"]]
    assert v2["answers"]["moter-klare-avtaler"] == 4 and len(v2["answers"]) == len(catalogue.items)
    assert v1["ok"] and v1["answers"].get("moter-klare-avtaler") is None
    assert sorted(v1["unmapped"]) == sorted(catalogue.assessment_versions["v1"].retired)
    assert len(v1["answers"]) == 31 - 8
    assert not out["unknown"]["ok"] and "annen utgave av påstandene" in out["unknown"]["message"]
