"""Files the theme ships that no page of this site loads, removed from the built site.

After every other step has written the final pages, two kinds of file go, about 4.7 MB of the
site's 12 MB:

- the Font Awesome script and the icon fonts no linked stylesheet points at: the icons are
  inline SVG (:mod:`.inline_icons`);
- source maps (``.map``), which only a developer tool asks for, and the comments that name them.

The original stylesheets stay, though no page links them once :mod:`.render_blocking` has
joined them (about 170 KB): an incremental build joins afresh from them, and Sphinx does not
copy every one of them again. Other scripts stay too: a script may load a file no page names
(the search loads its index and stemmer). The browser tests load every page and fail on any
request that fails, so a file removed by mistake shows there.
"""

from __future__ import annotations

import posixpath
import re
import shutil
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)

# A page's stylesheet links and script sources (what the pages could load from _static).
LINK_OR_SCRIPT = re.compile(r"""<(?:link|script)\b[^>]*?\b(?:href|src)\s*=\s*["']([^"'#?]+)""", re.I)
CSS_URL = re.compile(r"""url\(\s*["']?([^"')?#]+)|@import\s+["']([^"'?#]+)""", re.I)
SOURCE_MAP_COMMENT = re.compile(r"\n?(?://# sourceMappingURL=[^\n]*|/\*# sourceMappingURL=[^*]*\*/)[ \t]*")
# Font Awesome's script and its fonts (its licence file stays; «Om nettstedet» credits the icons).
FONT_AWESOME_SCRIPT = "_static/scripts/fontawesome.js"
FONT_AWESOME_DIR = "_static/vendor/fontawesome/"


def _resolve(base: str, url: str) -> str | None:
    """The site path ``url`` points at from the file ``base`` (site path), or None if external."""
    if "://" in url or url.startswith(("data:", "mailto:", "/", "javascript:")):
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), url))


def referenced(site: Path) -> set[str]:
    """Site paths of the stylesheets the pages link and scripts they load, and what those
    stylesheets import or point at (fonts, images)."""
    found: set[str] = set()
    for page in site.rglob("*.html"):
        name = page.relative_to(site).as_posix()
        if name.startswith("_static/"):
            continue
        urls = set(LINK_OR_SCRIPT.findall(page.read_text(encoding="utf-8")))
        found |= {p for url in urls if (p := _resolve(name, url))}
    queue = [p for p in found if p.endswith(".css")]
    while queue:
        sheet = queue.pop()
        file = site / sheet
        if not file.is_file():
            continue
        for match in CSS_URL.finditer(file.read_text(encoding="utf-8", errors="replace")):
            target = _resolve(sheet, match.group(1) or match.group(2))
            if target and target not in found:
                found.add(target)
                if target.endswith(".css"):
                    queue.append(target)
    return found


def unused_files(site: Path) -> list[Path]:
    """The files :func:`prune_site` removes (see the module docstring)."""
    used = referenced(site)
    unused = []
    for file in sorted((site / "_static").rglob("*")):
        name = file.relative_to(site).as_posix()
        if not file.is_file() or name in used:
            continue
        if file.suffix == ".map" or name == FONT_AWESOME_SCRIPT or name.startswith(FONT_AWESOME_DIR):
            unused.append(file)
    return unused


def prune_site(site: Path) -> tuple[int, int]:
    """Remove unused files and source-map comments in ``site``; (files removed, bytes removed)."""
    files = unused_files(site)
    size = sum(f.stat().st_size for f in files)
    for file in files:
        file.unlink()
    for file in (site / "_static").rglob("*"):
        if file.suffix in (".js", ".css") and file.is_file():
            text = file.read_text(encoding="utf-8", errors="surrogateescape")
            if "sourceMappingURL=" in text:
                file.write_text(SOURCE_MAP_COMMENT.sub("", text), encoding="utf-8", errors="surrogateescape")
    for folder in sorted((site / "_static").rglob("*"), reverse=True):  # empty folders left behind
        if folder.is_dir() and not any(folder.iterdir()):
            shutil.rmtree(folder)
    return len(files), size


def _prune(app: Sphinx, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    count, size = prune_site(Path(app.outdir))
    logger.info(f"prune: {count} unused files removed ({size:,} bytes)")


def setup_prune(app: Sphinx) -> None:
    # Last: after the pages are final and the stylesheets joined (render_blocking, 970).
    app.connect("build-finished", _prune, priority=990)
