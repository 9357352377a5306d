"""The advice itself, tested on leader profiles written from the reports.

``tests/fixtures/advice_profiles.yml`` describes a weakness (cited), the answers such a leader
gives and the practices the reports say address it. A profile fails when an expected practice
is not among the first five the advice shows; the JavaScript scoring must give the same advice.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
import yaml

from book.catalogue import load_catalogue
from book.references import section_index
from book.scoring import advise
from book.widget_data import selvvurdering_data

from .conftest import FIXTURES, ROOT

pytestmark = pytest.mark.data
PROFILES = yaml.safe_load((FIXTURES / "advice_profiles.yml").read_text(encoding="utf-8"))
SHOWN = 5


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="module")
def data(catalogue):
    return selvvurdering_data(catalogue)


def answers_for(profile: dict, items: list[dict]) -> dict:
    """The profile's answers; every other statement «fine, not perfect» (the default)."""
    default = profile.get("default", PROFILES["default"])
    rest = {i["id"]: 6 - default if i["reverse"] else default for i in items}
    return {**rest, **profile["answers"]}


def advice_for(profile: dict, data: dict) -> dict:
    themes = [t["id"] for t in data["themes"]]
    answers = answers_for(profile, data["items"])
    return advise(data["items"], themes, answers, data["catalogue"], profile.get("level"))


def shown_practices(advice: dict) -> list[str]:
    """The practices the page shows first, whatever the kind of result."""
    if advice["status"] == "sterk":
        return advice["sustain"]
    if advice["status"] == "finn-ut-forst":
        return list(dict.fromkeys(p for entry in advice["find_out"] for p in entry["practices"]))
    return advice["practices"]


def test_profiles_are_many_cover_every_area_and_point_at_real_ids(catalogue):
    profiles = PROFILES["profiles"]
    assert len(profiles) >= 12
    assert {p["area"] for p in profiles} == set(catalogue.areas)
    sections = section_index(catalogue.sources)
    for profile in profiles:
        assert profile["weakness"].strip() and profile["expect"], profile["id"]
        for citation in profile["sources"]:
            assert citation["section"] in sections[citation["source"]], (profile["id"], citation)
        assert set(profile["answers"]) <= set(catalogue.items), profile["id"]
        assert set(profile["expect"]) <= set(catalogue.practices), profile["id"]
        national = profile.get("national", [])
        assert all(catalogue.recommendations[r].level == "nasjonalt" for r in national)


@pytest.mark.parametrize("profile", PROFILES["profiles"], ids=[p["id"] for p in PROFILES["profiles"]])
def test_expected_practices_are_among_the_first_five(profile, data):
    advice = advice_for(profile, data)
    first = shown_practices(advice)[:SHOWN]
    missing = [p for p in profile["expect"] if p not in first]
    assert not missing, f"{profile['id']}: {missing} not in the first {SHOWN}: {first}"
    assert set(profile.get("national", [])) <= set(advice["national"]), advice["national"]


def test_the_javascript_gives_the_same_advice(data, tmp_path):
    """Python and JS agree on the real data too, not only on the small shared fixtures."""
    node = shutil.which("node")
    assert node, "node is needed for the widget's JavaScript tests"
    themes = [t["id"] for t in data["themes"]]
    cases = [
        {"answers": answers_for(p, data["items"]), "level": p.get("level")} for p in PROFILES["profiles"]
    ]
    cases += [
        {"answers": {}, "level": None},
        {"answers": {i["id"]: "vet-ikke" for i in data["items"]}, "level": "operativt"},
    ]
    (tmp_path / "input.json").write_text(
        json.dumps(
            {"items": data["items"], "themes": themes, "catalogue": data["catalogue"], "cases": cases}
        ),
        encoding="utf-8",
    )
    scoring = (ROOT / "widgets" / "selvvurdering" / "scoring.js").as_uri()
    script = (
        f"import {{ advise }} from {json.dumps(scoring)};\n"
        "import { readFileSync } from 'node:fs';\n"
        "const d = JSON.parse(readFileSync(process.argv[1], 'utf-8'));\n"
        "console.log(JSON.stringify(d.cases.map((c) => "
        "advise(d.items, d.themes, c.answers, d.catalogue, c.level))));\n"
    )
    result = subprocess.run(
        [node, "--input-type=module", "-e", script, str(tmp_path / "input.json")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    expected = [advise(data["items"], themes, c["answers"], data["catalogue"], c["level"]) for c in cases]
    assert json.loads(result.stdout) == expected
