"""Page metadata: description (first paragraph), social preview, icons, «Sist oppdatert» from
git, canonical-URL helpers, and the files hosts look for (``favicon.ico``, ``sitemap.xml``,
``robots.txt``). Canonical links themselves come from Sphinx's ``html_baseurl``.
"""

from __future__ import annotations

import html
import os
import re
import struct
import subprocess
from datetime import date
from functools import cache
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx

from ..dates import norwegian_date

ICONS = "_static/kb/icons"
DESCRIPTION_LENGTH = 160
NOT_IN_SITEMAP = {"search", "404", "genindex"}
# For pages without a first paragraph of their own (search, 404).
SITE_DESCRIPTION = (
    "Samarbeidsboka er en åpen kunnskapsbase om hvordan Nav og fylkeskommunen "
    "kan samarbeide for at flere unge fullfører videregående opplæring."
)


def last_commit_date(paths: list[Path], cwd: Path) -> date | None:
    """The date of the last commit that changed any of ``paths``; None outside git."""
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%cs", "--", *map(str, paths)],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    text = result.stdout.strip()
    return date.fromisoformat(text) if result.returncode == 0 and text else None


def describe(doctree: nodes.Node | None, limit: int = DESCRIPTION_LENGTH) -> str:
    """The page's first paragraph as plain text, cut at a word before ``limit``."""
    if doctree is None:
        return ""
    for paragraph in doctree.findall(nodes.paragraph):
        text = " ".join(paragraph.astext().split())
        if len(text) >= 20:
            if len(text) <= limit:
                return text
            return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return ""


def source_paths(app: Sphinx, docname: str) -> list[Path]:
    """The page's source and the data files it renders (noted as dependencies)."""
    env = app.env
    srcdir = Path(app.srcdir)
    paths = [Path(env.doc2path(docname))]
    paths += [srcdir / dep for dep in sorted(env.dependencies.get(docname, ()))]
    return [p for p in paths if p.exists()]


def page_date(app: Sphinx, docname: str) -> date:
    found = None
    if docname in app.env.found_docs:
        found = _cached_date(tuple(source_paths(app, docname)), Path(app.srcdir))
    return found or date.today()


@cache
def _cached_date(paths: tuple[Path, ...], cwd: Path) -> date | None:
    return last_commit_date(list(paths), cwd)


def head_tags(title: str, description: str, site: str, page_url: str, base_url: str, icons: str) -> str:
    """<meta>/<link> tags for description, social preview and icons (values escaped)."""
    esc = lambda value: html.escape(value, quote=True)  # noqa: E731
    tags = []
    if description:
        tags.append(f'<meta name="description" content="{esc(description)}">')
    tags += [
        '<meta property="og:type" content="website">',
        f'<meta property="og:site_name" content="{esc(site)}">',
        f'<meta property="og:title" content="{esc(title)}">',
        '<meta property="og:locale" content="nb_NO">',
        '<meta name="twitter:card" content="summary">',
    ]
    if description:
        tags.append(f'<meta property="og:description" content="{esc(description)}">')
    if page_url:
        tags.append(f'<meta property="og:url" content="{esc(page_url)}">')
    if base_url:
        tags.append(f'<meta property="og:image" content="{esc(base_url)}{ICONS}/icon-512.png">')
    tags += [
        f'<link rel="icon" href="{icons}/icon.svg" type="image/svg+xml">',
        f'<link rel="icon" href="{icons}/icon-32.png" type="image/png" sizes="32x32">',
        f'<link rel="apple-touch-icon" href="{icons}/apple-touch-icon.png">',
        f'<link rel="manifest" href="{icons}/manifest.webmanifest">',
        '<meta name="theme-color" content="#ffffff">',
    ]
    return "\n".join(tags)


def base_url(app: Sphinx) -> str:
    url = (app.config.html_baseurl or "").strip()
    return url if not url or url.endswith("/") else url + "/"


def _page_meta(app: Sphinx, pagename, templatename, context, doctree) -> None:
    title = re.sub(r"<[^>]+>", "", context.get("title") or "").strip() or app.config.html_title
    base = base_url(app)
    page_url = f"{base}{pagename}.html" if base else ""
    icons = context["pathto"](ICONS, 1)
    context["metatags"] = (
        context.get("metatags", "")
        + "\n"
        + head_tags(
            html.unescape(title),
            describe(doctree) or SITE_DESCRIPTION,
            app.config.html_title,
            page_url,
            base,
            icons,
        )
    )
    if pagename == "404" and base:
        context["metatags"] += f'\n<base href="{html.escape(base, quote=True)}">'
    if pagename in app.env.found_docs:
        context["last_updated"] = norwegian_date(page_date(app, pagename))
    else:
        context["last_updated"] = None


def sitemap(base: str, pages: dict[str, date]) -> str:
    """sitemap.xml for ``pages`` (docname -> last change) under ``base``."""
    entries = "".join(
        f"  <url><loc>{html.escape(base + name + '.html')}</loc><lastmod>{day.isoformat()}</lastmod></url>\n"
        for name, day in sorted(pages.items())
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{entries}</urlset>\n"
    )


def ico_from_png(png: bytes) -> bytes:
    """A one-image .ico wrapping a PNG (allowed since Windows Vista; all browsers read it)."""
    width, height = struct.unpack(">II", png[16:24])
    header = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(png), 22)
    return header + entry + png


def _write_files(app: Sphinx, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    out = Path(app.outdir)
    png = out / ICONS / "icon-32.png"
    if png.is_file():
        (out / "favicon.ico").write_bytes(ico_from_png(png.read_bytes()))
    base = base_url(app)
    if base:
        pages = {name: page_date(app, name) for name in app.env.found_docs if name not in NOT_IN_SITEMAP}
        (out / "sitemap.xml").write_text(sitemap(base, pages), encoding="utf-8")
        (out / "robots.txt").write_text(
            f"User-agent: *\nAllow: /\nSitemap: {base}sitemap.xml\n", encoding="utf-8"
        )


def _baseurl_from_environment(app: Sphinx, config) -> None:
    """``KB_BASEURL`` (set by the publishing workflow) overrides ``html.baseurl``."""
    if os.environ.get("KB_BASEURL", "").strip():
        config.html_baseurl = os.environ["KB_BASEURL"].strip()


def setup_meta(app: Sphinx) -> None:
    app.connect("config-inited", _baseurl_from_environment)
    app.connect("html-page-context", _page_meta)
    app.connect("build-finished", _write_files)
