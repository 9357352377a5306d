"""The built site without the files no page loads: icon script, unused icon fonts, source maps."""

from __future__ import annotations

from pathlib import Path

from book.ext.prune import prune_site, referenced


def toy_site(root: Path) -> Path:
    files = {
        "index.html": '<link rel="stylesheet" href="_static/kb/joined/a.css"><script src="_static/x.js"></script>',
        "chapters/p.html": '<link href="../_static/kb/joined/a.css" rel="stylesheet"><img src="../_static/i.png">',
        "_static/kb/joined/a.css": '@import "b.css"; .i { background: url("../../i.png?v=1") }',
        "_static/kb/joined/b.css": "@font-face { src: url(../../vendor/fontawesome/webfonts/fa-solid-900.woff2) }",
        "_static/vendor/fontawesome/webfonts/fa-solid-900.woff2": "used",
        "_static/vendor/fontawesome/webfonts/fa-brands-400.woff2": "unused",
        "_static/scripts/fontawesome.js": "icons",
        "_static/scripts/fontawesome.js.LICENSE.txt": "licence",
        "_static/scripts/fontawesome.js.map": "{}",
        "_static/x.js": "let x = 1;\n//# sourceMappingURL=x.js.map",
        "_static/x.js.map": "{}",
        "_static/i.png": "png",
        "_static/styles/theme.css": "/* joined elsewhere, but an incremental build joins from it */",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_only_what_no_page_loads_goes(tmp_path):
    site = toy_site(tmp_path)
    assert "_static/vendor/fontawesome/webfonts/fa-solid-900.woff2" in referenced(site)
    count, size = prune_site(site)
    left = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    assert left == [
        "_static/i.png",
        "_static/kb/joined/a.css",
        "_static/kb/joined/b.css",
        "_static/scripts/fontawesome.js.LICENSE.txt",
        "_static/styles/theme.css",
        "_static/vendor/fontawesome/webfonts/fa-solid-900.woff2",
        "_static/x.js",
        "chapters/p.html",
        "index.html",
    ]
    assert count == 4 and size == len("unused") + len("icons") + 2 * len("{}")
    assert (site / "_static/x.js").read_text() == "let x = 1;"  # no comment naming a removed map
    assert prune_site(site) == (0, 0)  # a second run finds nothing more


def test_the_built_site_has_no_icon_script_and_no_source_maps(site):
    assert not (site / "_static/scripts/fontawesome.js").exists()
    assert not list(site.rglob("*.map"))
    assert not [
        p for p in (site / "_static").rglob("*.js") if "sourceMappingURL=" in p.read_text(errors="replace")
    ]
