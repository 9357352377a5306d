"""The offline edition: classic bundles that run without ES modules, and the rewritten pages."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tools.offline import CLASSIC_SUFFIX, OfflineError, offline_files, rewrite_page
from widgets.bundle import BundleError, classic_script

HOST = """import { greet } from "./util.js";
export function helper() { return 1; }
async function start(name) {
  try {
    const module = await import(new URL(`./${name}/${name}.js`, import.meta.url));
    globalThis.out.push(greet(module.default.render()));
  } catch (error) {
    globalThis.out.push(`failed: ${name}`);
  }
}
for (const name of globalThis.names) start(name);
"""


def run_classic(script: Path, names: list[str]) -> list[str]:
    """Run ``script`` as a classic script (not a module) in node; what it pushed to ``out``."""
    runner = script.with_name("run.cjs")
    runner.write_text(
        "const vm = require('node:vm');\n"
        f"const context = vm.createContext({{ out: [], names: {json.dumps(names)} }});\n"
        f"new vm.Script(require('node:fs').readFileSync({str(script)!r}, 'utf8')).runInContext(context);\n"
        "setTimeout(() => console.log(JSON.stringify(context.out)), 10);\n",
        encoding="utf-8",
    )
    result = subprocess.run([shutil.which("node"), str(runner)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def toy_widgets(folder: Path) -> Path:
    (folder / "host.js").write_text(HOST, encoding="utf-8")
    (folder / "util.js").write_text("export function greet(x) { return `hi ${x}`; }\n")
    for name in ("alfa", "beta"):  # both have a dom.js: the bundles must not clash
        (folder / name).mkdir()
        (folder / name / "dom.js").write_text(f'export const word = "{name}";\n')
        (folder / name / f"{name}.js").write_text(
            'import { word } from "./dom.js";\n'
            "globalThis.started = (globalThis.started ?? 0) + 1;\n"
            "export default { render: () => word };\n"
        )
    (folder / "not-a-widget").mkdir()
    return folder / "host.js"


def test_classic_script_runs_each_widget_without_modules(tmp_path):
    host = toy_widgets(tmp_path)
    script = tmp_path / "host.classic.js"
    script.write_text(classic_script(host), encoding="utf-8")
    assert not re.search(r"^\s*(import|export)\b|\bimport\s*\(|\bimport\.meta\b", script.read_text(), re.M)
    out = run_classic(script, ["beta", "alfa", "nope", "alfa"])
    assert sorted(out) == ["failed: nope", "hi alfa", "hi alfa", "hi beta"]


def test_classic_script_refuses_what_it_does_not_understand(tmp_path):
    host = toy_widgets(tmp_path)
    host.write_text(HOST.replace("`./${name}/${name}.js`", "`./lib/${name}.js`"))
    with pytest.raises(BundleError, match=r"host\.js: an import"):
        classic_script(host)
    host.write_text("export const here = import.meta.url;\n")
    with pytest.raises(BundleError, match=r"host\.js: an import"):
        classic_script(host)


PAGE = """<head>
<script src="../_static/x.js?v=1"></script>
<script type="module" src="../_static/kb/widgets/host.js?v=2"></script>
<link rel="modulepreload" href="../_static/kb/widgets/a/a.js">
</head>"""


def test_module_scripts_become_deferred_classic_bundles():
    html, needed = rewrite_page(PAGE, "chapters/page.html")
    assert needed == {"_static/kb/widgets/host.js"}
    assert f'<script defer="defer" src="../_static/kb/widgets/host{CLASSIC_SUFFIX}?v=2">' in html
    assert '<script src="../_static/x.js?v=1">' in html
    assert "module" not in html
    with pytest.raises(OfflineError, match=r"page\.html: a module script without a local src"):
        rewrite_page('<script type="module">alert(1)</script>', "page.html")


def test_offline_copy_of_the_built_site(site):
    files = dict(offline_files(site))
    pages = {name: content.decode() for name, content in files.items() if name.endswith(".html")}
    assert "index.html" in pages and "search.html" in pages
    widget_pages = [name for name, html in pages.items() if 'class="kb-widget"' in html]
    assert widget_pages, "the self-assessment page should carry a widget"
    for name in widget_pages:
        assert f"host{CLASSIC_SUFFIX}" in pages[name], name
    assert not [name for name, html in pages.items() if 'type="module"' in html or "modulepreload" in html]
    assert "SHOW_SEARCH_SUMMARY: false" in files["_static/documentation_options.js"].decode()
    assert not [name for name in files if name.startswith(".") or "/." in name]
    bundle = files[f"_static/kb/widgets/host{CLASSIC_SUFFIX}"].decode()
    check = subprocess.run(
        [
            shutil.which("node"),
            "-e",
            "new (require('node:vm').Script)(require('node:fs').readFileSync(0, 'utf8'))",
        ],
        input=bundle,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr
