"""The anywidget class for live Jupyter: same data, same scoring, one ES module."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

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
    expected = assess(
        items, [t["id"] for t in widget.data["themes"]], widget.answers, widget.data["catalogue"], "operativt"
    )
    assert {key: result[key] for key in expected} == expected
    assert len(result["weakest"]) == 3
    assert result["advice"] == advise(
        items, [t["id"] for t in widget.data["themes"]], widget.answers, widget.data["catalogue"], "operativt"
    )
    assert result["advice"]["status"] == "svakheter"


def test_inlined_module_is_valid_and_exports_render(tmp_path):
    source = esm_source()
    assert "import {" not in source and 'from "./' not in source
    module = tmp_path / "bundle.mjs"
    module.write_text(source, encoding="utf-8")
    node = shutil.which("node")
    result = subprocess.run(
        [
            node,
            "--input-type=module",
            "-e",
            f"const m = await import({str(module.as_uri())!r}); "
            "if (typeof m.default.render !== 'function') "
            "process.exit(1);",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_bundle_refuses_what_it_does_not_understand(tmp_path):
    from widgets.bundle import BundleError, bundle

    (tmp_path / "main.js").write_text('import { a } from "./lib.js";\nexport default { a };\n')
    (tmp_path / "lib.js").write_text("export const a = 1;\nexport * from './other.js';\n")
    with pytest.raises(BundleError, match="lib.js: an export"):
        bundle(tmp_path / "main.js")
    (tmp_path / "lib.js").write_text('import { b } from "./main.js";\nexport const a = 1;\n')
    with pytest.raises(BundleError, match="import cycle"):
        bundle(tmp_path / "main.js")
    (tmp_path / "lib.js").write_text("export const a = 1;\nconst x = import('./y.js');\n")
    with pytest.raises(BundleError, match="lib.js: an import"):
        bundle(tmp_path / "main.js")
    (tmp_path / "lib.js").write_text("const hidden = 2;\nexport function a() { return hidden; }\n")
    assert "return { a };" in bundle(tmp_path / "main.js")


def test_every_widget_module_is_in_the_bundle():
    source = esm_source()
    here = Path(esm_source.__code__.co_filename).parent
    for module in here.glob("*.js"):
        assert f"// ---- {module.name}" in source, f"{module.name} is not imported by selvvurdering.js"


def test_embedded_json_cannot_end_or_escape_its_script_element():
    import json
    import re

    from book.ext.widgets import container_html

    data = {
        "title": "</script><script>window.__hacked=1</script>",
        "note": "<!--<script>",
        "amp": "a & b > c",
        "line": "x\u2028y",
        "quote": "\"'",
    }
    html = container_html("selvvurdering", data)
    payload = re.search(r'<script type="application/json">(.*)</script></div>$', html, re.S).group(1)
    assert "<" not in payload and ">" not in payload and "&" not in payload
    assert json.loads(payload) == data
    assert html.count("</script>") == 1


def test_bundle_follows_an_import_into_a_sibling_widget_folder(tmp_path):
    from widgets.bundle import bundle

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "a.js").write_text(
        'import { x } from "../b/dom.js";\nimport { y } from "./dom.js";\nexport default { x, y };\n'
    )
    (tmp_path / "a" / "dom.js").write_text("export const y = 2;\n")
    (tmp_path / "b" / "dom.js").write_text("export const x = 1;\n")
    source = bundle(tmp_path / "a" / "a.js")
    assert "__esm_b_dom" in source and "__esm_a_dom" in source and "../b/" not in source
