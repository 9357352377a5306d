"""The widgets' front-end files as the site serves them: one minified file per entry (esbuild).

The sources under ``widgets/`` stay small readable ES modules: node tests import them, and
anywidget gets them inlined for Jupyter (``widgets/bundle.py``). The site gets each *entry*
bundled with every module it imports and minified by esbuild (npm, pinned; ``make book`` runs
``npm ci``): the top-level modules (``host.js``, ``projector.js``) and each widget's ``X/X.js``,
which the host imports by that name. So the self-assessment is three requests (host, widget,
stylesheet) instead of seventeen, and about 60 % of the bytes. Helper modules are not copied: no
page loads them. Stylesheets are minified the same way, classic scripts (``CLASSIC``) without
bundling. esbuild keeps the syntax as written (no down-levelling) and changes only spelling;
the browser tests run against these files. This runs when the builder starts, so each page's
cache-busting checksum (``?v=``) is that of the file it gets. The offline edition makes its
classic script from the sources, not from these files (``tools/offline.py``).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util import logging

from .. import ROOT
from .widgets import STATIC_SUBDIR, WIDGETS_DIR

logger = logging.getLogger(__name__)
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"
CLASSIC = ("file-warning.js",)  # loaded with a plain <script>: minified, never wrapped
COMMON = ["--minify", "--charset=utf8", "--log-level=warning", "--legal-comments=none"]


def module_entries(widgets: Path = WIDGETS_DIR) -> list[Path]:
    """The modules a page loads by URL: top-level modules and each widget folder's ``X/X.js``."""
    top = [p for p in widgets.glob("*.js") if p.name not in CLASSIC]
    nested = [d / f"{d.name}.js" for d in widgets.iterdir() if (d / f"{d.name}.js").is_file()]
    return sorted(top + nested)


def served_files(widgets: Path = WIDGETS_DIR) -> list[Path]:
    """Every source file that has a served counterpart, relative paths kept under the target."""
    styles = sorted(widgets.rglob("*.css"))
    return module_entries(widgets) + [widgets / name for name in CLASSIC] + styles


def _esbuild(*args: str) -> None:
    if not ESBUILD.is_file() or shutil.which("node") is None:
        raise ExtensionError(
            "widget_bundle: esbuild is not installed (needs node and node_modules/.bin/esbuild): "
            "run `npm ci` in the project folder (`make book` does)"
        )
    result = subprocess.run([str(ESBUILD), *args, *COMMON], capture_output=True, text=True, cwd=ROOT)
    # Warnings fail the build too: the build is strict.
    if result.returncode != 0 or result.stderr.strip():
        raise ExtensionError(f"widget_bundle: esbuild failed:\n{result.stderr.strip()[-2000:]}")


def bundle_widgets(target: Path, widgets: Path = WIDGETS_DIR) -> None:
    """Write the served widget files into ``target`` (``_static/kb/widgets``), replacing old ones."""
    if target.exists():
        shutil.rmtree(target)  # a helper module renamed or removed must not linger
    target.mkdir(parents=True)
    layout = [f"--outbase={widgets}", f"--outdir={target}"]
    styles = [str(p) for p in sorted(widgets.rglob("*.css"))]
    modules = [str(p) for p in module_entries(widgets)]
    _esbuild(*modules, *styles, "--bundle", "--format=esm", *layout)
    _esbuild(*(str(widgets / name) for name in CLASSIC), *layout)


def _builder_inited(app: Sphinx) -> None:
    if app.builder.format != "html":
        return
    target = Path(app.outdir) / "_static" / STATIC_SUBDIR
    bundle_widgets(target)
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    logger.info(f"widget_bundle: {len(served_files())} files, {size:,} bytes")


def setup_widget_bundle(app: Sphinx) -> None:
    # Before any page is written, so each page's ``?v=`` checksum is that of the files it gets
    # (and the site-wide rewrites at build-finished read them).
    app.connect("builder-inited", _builder_inited)
