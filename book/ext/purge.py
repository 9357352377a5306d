"""The theme's stylesheets cut to the rules this site uses, with PurgeCSS (npm, pinned).

After the build (after :mod:`.inline_icons` and :mod:`.csp` wrote the final pages), every
theme stylesheet in ``STYLESHEETS`` keeps only the rules whose selectors can match the built
pages or a class name in the site's scripts (theme, search, sphinx-design, our widgets): any
word in a ``.js`` file under ``_static`` counts, so classes that scripts add are kept. What no
script spells out in full is in ``SAFELIST``; state attributes that scripts toggle (``open``,
``aria-expanded``) keep their rules through ``DYNAMIC_ATTRIBUTES``. Our own stylesheets
(``kb/``) are small and written for these pages, so they are left whole. Sphinx copies the
theme's files afresh on every build, so the purge always starts from the full stylesheet.
``book/ext/purge.mjs`` runs PurgeCSS; ``make book`` installs it (``npm ci``). ``make preview``
sets ``KB_PREVIEW=1`` and skips the purge: a writer's preview then carries the whole theme
stylesheet (heavier, the same to look at) and is about 1.5 s faster.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util import logging

from .. import ROOT

logger = logging.getLogger(__name__)
RUNNER = Path(__file__).with_suffix(".mjs")
PURGECSS = ROOT / "node_modules" / "purgecss"
# Site-relative globs of the theme's stylesheets (pydata, book theme, sphinx-design, myst-nb).
STYLESHEETS = (
    "_static/styles/pydata-sphinx-theme.css",
    "_static/styles/sphinx-book-theme.css",
    "_static/sphinx-design.min.css",
    "_static/mystnb.*.css",
    "_static/pygments.css",
)
# Scripts never loaded by any page: the Font Awesome bundle names every icon class there is.
NOT_CONTENT = ("_static/scripts/fontawesome.js",)
SAFELIST = {
    # Bootstrap (the theme's dropdowns, collapse, tooltips) builds these names at run time.
    "standard": ["show", "showing", "hiding", "collapsing", "fade", "active", "disabled"],
    "greedy": ["/^bs-(tooltip|popover)/", "/^tooltip/", "/^popover/", "/^dropdown-menu-/"],
}
DYNAMIC_ATTRIBUTES = [
    "open",
    "hidden",
    "disabled",
    "checked",
    "aria-expanded",
    "aria-current",
    "aria-selected",
    "aria-hidden",
    "aria-pressed",
    "aria-invalid",
    "aria-checked",
    "data-mode",
    "data-theme",
    "data-bs-theme",
]


def purge_options(site: Path) -> dict:
    """PurgeCSS options for the built site in ``site``: stylesheets, content, safelist."""
    css = sorted(str(p) for pattern in STYLESHEETS for p in site.glob(pattern))
    pages = [p for p in site.rglob("*.html") if "_static" not in p.relative_to(site).parts]
    scripts = [
        p for p in (site / "_static").rglob("*.js") if p.relative_to(site).as_posix() not in NOT_CONTENT
    ]
    return {
        "css": css,
        "content": sorted(str(p) for p in pages + scripts),
        "safelist": SAFELIST,
        "dynamicAttributes": DYNAMIC_ATTRIBUTES,
        "fontFace": True,
        "keyframes": True,
        "variables": False,  # custom properties are set and read across files; keep them all
        "rejected": False,
    }


def purge_site(site: Path) -> dict[str, tuple[int, int]]:
    """Purge the theme's stylesheets in ``site`` in place; {file: (bytes before, after)}."""
    node = shutil.which("node")
    if node is None or not PURGECSS.is_dir():
        raise ExtensionError(
            "purge: PurgeCSS is not installed (needs node and node_modules/purgecss): "
            "run `npm ci` in the project folder (`make book` does)"
        )
    result = subprocess.run(
        [node, str(RUNNER)],
        input=json.dumps(purge_options(site)),
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise ExtensionError(f"purge: PurgeCSS failed:\n{result.stderr.strip()[-2000:]}")
    return {
        Path(file).relative_to(site).as_posix(): tuple(sizes)
        for file, sizes in json.loads(result.stdout).items()
    }


def _purge(app: Sphinx, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    if os.environ.get("KB_PREVIEW") == "1":
        logger.info("purge: skipped for a preview (KB_PREVIEW=1)")
        return
    sizes = purge_site(Path(app.outdir))
    before, after = sum(b for b, _ in sizes.values()), sum(a for _, a in sizes.values())
    logger.info(f"purge: theme stylesheets {before:,} -> {after:,} bytes")


def setup_purge(app: Sphinx) -> None:
    # After every page is final: icons inlined (880) and inline scripts moved to files (900).
    app.connect("build-finished", _purge, priority=950)
