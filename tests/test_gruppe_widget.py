"""The Gruppeoversikt class for live Jupyter: its module text builds, and Python scores what it gets."""

from __future__ import annotations

import shutil
import subprocess

from book.group import disagreements, role_counts, side_gaps, theme_stats
from widgets.gruppe import CSS_FILES, HERE, Gruppeoversikt, esm_source
from widgets.selvvurdering import esm_source as selvvurdering_source


def test_inlined_module_is_valid_and_exports_render(tmp_path):
    source = esm_source()
    assert "import {" not in source and 'from "./' not in source and 'from "../' not in source
    module = tmp_path / "gruppe.mjs"
    module.write_text(source, encoding="utf-8")
    result = subprocess.run(
        [
            shutil.which("node"),
            "--input-type=module",
            "-e",
            f"const m = await import({module.as_uri()!r}); "
            "if (typeof m.default.render !== 'function' || typeof m.groupCsv !== 'function') process.exit(1);",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_every_module_of_the_overview_and_the_shared_ones_are_in_the_bundle():
    source = esm_source()
    for module in HERE.glob("*.js"):
        assert f"// ---- {module.name}" in source, f"{module.name} is not imported by gruppe.js"
    for name in ("scoring.js", "transfer.js", "sharecode.js"):
        assert f"// ---- {name}" in source
    assert source != selvvurdering_source()


def test_widget_carries_the_statements_and_both_stylesheets():
    widget = Gruppeoversikt()
    assert widget.sync is True and widget.respondents == []
    assert {i["theme"] for i in widget.data["items"]} == {t["id"] for t in widget.data["themes"]}
    css = widget._css
    for path in CSS_FILES:
        assert path.read_text(encoding="utf-8") in css
    assert ".kb-sv-buttons" in css and ".kb-gr-" in css


def test_result_is_book_group_on_the_synced_respondents():
    widget = Gruppeoversikt()
    items = widget.data["items"]
    first, second = items[0]["id"], items[1]["id"]
    widget.respondents = [
        {"id": f"{n}", "label": "Gruppe 1", "role": role, "answers": {first: value, second: value}}
        for n, (role, value) in enumerate(
            [
                ("Nav-kontor", 5),
                ("Nav fylke", 4),
                ("Nav-kontor", 5),
                ("Skole", 2),
                ("Fylkeskommunen", 1),
                ("Skole", 2),
            ]
        )
    ]
    themes = [t["id"] for t in widget.data["themes"]]
    result = widget.result()
    stats = theme_stats(items, themes, widget.respondents)
    gaps = side_gaps(items, themes, widget.respondents)
    assert result == {
        "roles": role_counts(widget.respondents),
        "stats": stats,
        "gaps": gaps,
        "disagreements": disagreements(stats, gaps),
    }
    theme = items[0]["theme"]
    gap = next(g for g in result["gaps"] if g["theme"] == theme)
    assert not gap["hidden"] and gap["navN"] == 3 and gap["countyN"] == 3 and gap["gap"] > 2
    assert result["disagreements"][0]["theme"] == theme
