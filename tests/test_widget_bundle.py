"""The widgets as the site serves them: each entry one minified module, helpers inlined (esbuild)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sphinx.errors import ExtensionError

from book.ext.widget_bundle import CLASSIC, bundle_widgets, module_entries, served_files
from book.ext.widgets import WIDGETS_DIR

# esbuild comes from node_modules, which `make book` installs: the same tier as the build.
pytestmark = pytest.mark.build

RELATIVE_IMPORT = re.compile(r"""\bfrom\s*["']\.|\bimport\s*["']\.""")


def exports(module: Path, tmp_path: Path) -> dict[str, str]:
    """Each export of an ES module, by name, with the type of its value (node imports it)."""
    copy = tmp_path / f"{module.stem}-{len(list(tmp_path.iterdir()))}.mjs"
    shutil.copyfile(module, copy)
    script = (
        f"import({json.dumps(copy.as_uri())}).then((m) => console.log(JSON.stringify("
        "Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v])))))"
    )
    out = subprocess.run([shutil.which("node"), "-e", script], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_each_entry_is_one_minified_module_with_its_imports_inlined(tmp_path):
    target = tmp_path / "site" / "kb" / "widgets"
    target.mkdir(parents=True)
    (target / "stale.js").write_text("old helper")  # from an earlier build: must go
    bundle_widgets(target)
    served = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert served == sorted(p.relative_to(WIDGETS_DIR).as_posix() for p in served_files())
    assert "selvvurdering/selvvurdering.js" in served and "selvvurdering/plan.js" not in served
    for entry in module_entries():
        built = target / entry.relative_to(WIDGETS_DIR)
        text = built.read_text(encoding="utf-8")
        assert not RELATIVE_IMPORT.search(text), f"{built.name} still imports a helper module"
        assert not re.search(r"^(  |//)", text, re.M), f"{built.name} is not minified"
        source_exports = set(
            re.findall(r"^export (?:async )?(?:function\*?|const|let|class) (\w+)", entry.read_text(), re.M)
        )
        if "export default" in entry.read_text():
            source_exports.add("default")
        assert set(exports(built, tmp_path)) == source_exports, entry.name
    for name in CLASSIC:
        assert "export" not in (target / name).read_text() and "import" not in (target / name).read_text()
    # The widget a page starts still renders: its default export has render().
    assert exports(target / "selvvurdering" / "selvvurdering.js", tmp_path)["default"] == "object"


def test_an_import_that_cannot_be_resolved_fails_the_build_with_its_file(tmp_path):
    widgets = tmp_path / "widgets"
    (widgets / "a").mkdir(parents=True)
    (widgets / "host.js").write_text("export const x = 1;\n")
    (widgets / "file-warning.js").write_text("(function () {})();\n")
    (widgets / "a" / "a.js").write_text('import { y } from "./missing.js";\nexport default { y };\n')
    with pytest.raises(ExtensionError, match=r"(?s)missing\.js.*a\.js:1"):
        bundle_widgets(tmp_path / "out", widgets)
