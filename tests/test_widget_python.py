"""The anywidget class for live Jupyter: same data, same scoring, one ES module."""

from __future__ import annotations

import shutil
import subprocess

from book.scoring import advise, assess
from widgets import Selvvurdering
from widgets.selvvurdering import esm_source


def test_widget_carries_the_catalogue_and_scores_synced_answers():
    widget = Selvvurdering()
    items = widget.data["items"]
    assert len(items) >= 22 and {i["theme"] for i in items} == {t["id"] for t in widget.data["themes"]}
    widget.answers = {item["id"]: 1 for item in items}
    widget.context = {"level": "operativt"}
    result = widget.result()
    expected = assess(items, [t["id"] for t in widget.data["themes"]], widget.answers,
                      widget.data["catalogue"], "operativt")
    assert {key: result[key] for key in expected} == expected
    assert len(result["weakest"]) == 3
    assert result["advice"] == advise(items, [t["id"] for t in widget.data["themes"]],
                                      widget.answers, widget.data["catalogue"], "operativt")
    assert result["advice"]["status"] == "svakheter"


def test_inlined_module_is_valid_and_exports_render(tmp_path):
    source = esm_source()
    assert 'from "./scoring.js"' not in source
    module = tmp_path / "bundle.mjs"
    module.write_text(source, encoding="utf-8")
    node = shutil.which("node")
    result = subprocess.run(
        [node, "--input-type=module", "-e",
         f"const m = await import({str(module.as_uri())!r}); "
         "if (typeof m.default.render !== 'function' || typeof m.parseImport !== 'function') "
         "process.exit(1);"],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
