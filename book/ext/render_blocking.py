"""Fewer render-blocking requests: one joined stylesheet per page, scripts deferred.

After the build (after :mod:`.csp` moved inline scripts into files and :mod:`.purge` cut the
theme's stylesheets), each page's stylesheets, from its first render-blocking one to its last,
become one file ``_static/kb/joined/<content hash>.css`` (one per distinct set), in the same
order, ``@import`` inlined, ``url()`` rebased; a sheet with a ``media`` attribute inside that
run is wrapped in ``@media``. Sheets that never block (``media="print"``) after the last
blocking one stay as they are, and so does ``<noscript>``. Every classic ``<script src>`` gets
``defer``: deferred scripts still run in page order, before ``DOMContentLoaded``, so globals
such as ``DOCUMENTATION_OPTIONS`` are set before the scripts that read them. A script marked
``data-cfasync="false"`` (the theme's colour-mode script, which must run before paint) stays
blocking, and so does every script before it. Each part of a joined sheet starts with a
``/*! joined: <site path> | <media> */`` line; incremental builds read these to undo the join of
pages Sphinx did not rewrite, and join every page afresh.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util import logging

logger = logging.getLogger(__name__)

JOINED_DIR = "_static/kb/joined"
MARKER = re.compile(r"^/\*! joined: (?P<path>\S+) \| (?P<media>[^*]*?) \*/$", re.M)
NON_BLOCKING_MEDIA = {"print"}
CLASSIC = {"", "text/javascript", "application/javascript"}  # script types that can be deferred

HEAD = re.compile(r"<head\b[^>]*>.*?</head>", re.S | re.I)
NOSCRIPT = re.compile(r"<noscript\b.*?</noscript>", re.S | re.I)
LINK = re.compile(r"[ \t]*<link\b(?P<attrs>[^>]*)>[ \t]*\n?", re.I)
SCRIPT_START = re.compile(r"<script\b(?P<attrs>[^>]*)>", re.I)
ATTRIBUTE = re.compile(r"""([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
IMPORT = re.compile(
    r"""@import\s+(?:url\(\s*)?(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s'");]+))\s*\)?"""
    r"""(?P<media>[^;]*);"""
)
URL = re.compile(r"""url\(\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s'")]*))\s*\)""")
SOURCE_MAP = re.compile(r"/\*[#@]\s*sourceMappingURL=[^*]*\*/")
CHARSET = re.compile(r"""@charset\s+["'][^"']*["']\s*;""", re.I)


def attributes(text: str) -> dict[str, str]:
    """A start tag's attributes (names lower-cased; a bare attribute has the value "")."""
    return {
        m.group(1).lower(): next((v for v in m.group(2, 3, 4) if v is not None), "")
        for m in ATTRIBUTE.finditer(text)
    }


def is_local(url: str) -> bool:
    return bool(url) and not re.match(r"^(?:[a-z][a-z0-9+.-]*:|//|/|#)", url, re.I)


# --- stylesheets -----------------------------------------------------------------------------


def rebase_css(css: str, source: str, target_dir: str, read: Callable[[str], str], seen=()) -> str:
    """``css`` of site file ``source`` as it must read in ``target_dir``: local ``@import`` s
    inlined (recursively), relative ``url()`` s rebased, source maps and ``@charset`` dropped.
    ``read(site_path)`` returns a file's text; paths are site-relative POSIX paths."""
    here = posixpath.dirname(source)
    css = CHARSET.sub("", SOURCE_MAP.sub("", css))
    imports: list[str] = []

    def inline(match: re.Match) -> str:
        url = next(v for v in match.group("dq", "sq", "bare") if v is not None)
        if not is_local(url):
            raise ValueError(f"{source}: @import of {url} cannot be joined")
        path = posixpath.normpath(posixpath.join(here, url.split("?")[0].split("#")[0]))
        if path in seen:
            raise ValueError(f"{source}: @import cycle through {path}")
        body = rebase_css(read(path), path, target_dir, read, (*seen, source))
        imports.append(wrap_media(body, match.group("media").strip()))
        return f"\0{len(imports) - 1}\0"

    def rebase(match: re.Match) -> str:
        url = next(v for v in match.group("dq", "sq", "bare") if v is not None)
        if not is_local(url):
            return match.group(0)
        path, mark, rest = (re.split(r"([?#])", url, maxsplit=1) + ["", ""])[:3]
        moved = posixpath.relpath(posixpath.normpath(posixpath.join(here, path)), target_dir)
        return f'url("{moved}{mark}{rest}")'

    css = URL.sub(rebase, IMPORT.sub(inline, css))
    return re.sub(r"\0(\d+)\0", lambda m: imports[int(m.group(1))], css)


def wrap_media(css: str, media: str) -> str:
    media = " ".join(media.split())
    if not media or media.lower() == "all":
        return css
    return f"@media {media} {{\n{css}\n}}"


def _stylesheets(head: str) -> list[tuple[re.Match, dict[str, str]]]:
    """The head's local stylesheet links outside ``<noscript>``, in order."""
    hidden = [m.span() for m in NOSCRIPT.finditer(head)]
    found = []
    for match in LINK.finditer(head):
        attrs = attributes(match.group("attrs"))
        if any(start <= match.start() < end for start, end in hidden):
            continue
        rel = attrs.get("rel", "").lower().split()
        if "stylesheet" in rel and "alternate" not in rel and is_local(attrs.get("href", "")):
            found.append((match, attrs))
    return found


def blocks_rendering(attrs: dict[str, str]) -> bool:
    return "disabled" not in attrs and attrs.get("media", "").strip().lower() not in NON_BLOCKING_MEDIA


def join_stylesheets(page_html: str, css_of: Callable[[str, str], str], write: Callable[[str], str]) -> str:
    """Replace the run of stylesheets from the head's first render-blocking one to its last by
    one ``<link>``. ``css_of(href, media)`` gives one sheet's CSS (already wrapped for ``media``),
    ``write(css) -> href`` stores the joined sheet."""
    head = HEAD.search(page_html)
    if not head:
        return page_html
    sheets = _stylesheets(head.group(0))
    blocking = [i for i, (_, attrs) in enumerate(sheets) if blocks_rendering(attrs)]
    if not blocking:
        return page_html
    run = sheets[blocking[0] : blocking[-1] + 1]
    joined = "\n".join(css_of(attrs["href"], attrs.get("media", "")) for _, attrs in run)
    href = write(joined)
    first = run[0][0]
    indent = re.match(r"[ \t]*", first.group(0)).group(0)
    new_head = head.group(0)
    for match, _ in reversed(run):
        replacement = f'{indent}<link rel="stylesheet" href="{href}">\n' if match is first else ""
        new_head = new_head[: match.start()] + replacement + new_head[match.end() :]
    return page_html[: head.start()] + new_head + page_html[head.end() :]


# --- scripts -----------------------------------------------------------------------------------


def defer_scripts(page_html: str) -> str:
    """``defer`` on every classic external script after the last one that must block
    (``data-cfasync="false"``); scripts already ``async``/``defer`` and modules are left alone."""
    hidden = [m.span() for m in NOSCRIPT.finditer(page_html)]
    tags = [
        (m, attributes(m.group("attrs")))
        for m in SCRIPT_START.finditer(page_html)
        if not any(start <= m.start() < end for start, end in hidden)
    ]
    keep = [i for i, (_, a) in enumerate(tags) if a.get("data-cfasync", "").lower() == "false" and "src" in a]
    start = keep[-1] + 1 if keep else 0
    out, last = [], 0
    for match, attrs in tags[start:]:
        if (
            "src" not in attrs
            or attrs.get("type", "").lower() not in CLASSIC
            or "defer" in attrs
            or "async" in attrs
        ):
            continue
        out += [page_html[last : match.start()], f'<script defer="defer"{match.group("attrs")}>']
        last = match.end()
    return "".join(out) + page_html[last:]


def blocking_requests(page_html: str) -> list[str]:
    """What still blocks the first paint: head stylesheets that apply to the screen, and classic
    external scripts in the head without ``defer``/``async``."""
    head = HEAD.search(page_html)
    if not head:
        return []
    found = [attrs["href"] for _, attrs in _stylesheets(head.group(0)) if blocks_rendering(attrs)]
    body = NOSCRIPT.sub("", head.group(0))
    for match in SCRIPT_START.finditer(body):
        attrs = attributes(match.group("attrs"))
        classic = "src" in attrs and attrs.get("type", "").lower() in CLASSIC
        if classic and "defer" not in attrs and "async" not in attrs:
            found.append(attrs["src"])
    return found


# --- the site --------------------------------------------------------------------------------


def marker(path: str, media: str) -> str:
    return f"/*! joined: {path} | {media} */"


def joined_sources(css: str) -> list[tuple[str, str]]:
    """The (site path, media) of each sheet in a joined sheet, in order."""
    return [(m.group("path"), m.group("media")) for m in MARKER.finditer(css)]


def _expand(page_html: str, page: str, sources: dict[str, list[tuple[str, str]]]) -> str:
    """Undo an earlier join (incremental builds): the joined link becomes its sheets again."""

    def expand(match: re.Match) -> str:
        href = attributes(match.group("attrs")).get("href", "")
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), href))
        if posixpath.dirname(target) != JOINED_DIR:
            return match.group(0)
        name = posixpath.basename(target)
        if name not in sources:
            raise ExtensionError(f"{page}: {href} is missing: build with --all")
        indent = re.match(r"[ \t]*", match.group(0)).group(0)
        links = []
        for path, media in sources[name]:
            rel = posixpath.relpath(path, posixpath.dirname(page) or ".")
            media_attr = f' media="{media}"' if media else ""
            links.append(f'{indent}<link rel="stylesheet" href="{rel}"{media_attr}>\n')
        return "".join(links)

    return LINK.sub(expand, page_html)


def rewrite_site(site: Path) -> dict[str, int]:
    """Join and defer in every page of ``site``; {joined file: pages using it}."""
    folder = site / JOINED_DIR
    earlier = {f.name: joined_sources(f.read_text(encoding="utf-8")) for f in folder.glob("*.css")}
    pages = [p for p in sorted(site.rglob("*.html")) if "_static" not in p.relative_to(site).parts]
    texts = {
        p: _expand(p.read_text(encoding="utf-8"), p.relative_to(site).as_posix(), earlier) for p in pages
    }
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    used: dict[str, int] = {}
    # A sheet's joined text depends only on its site path and media, and a joined file only on
    # its text: each is made once, however many pages share it.
    sheets: dict[tuple[str, str], str] = {}
    names: dict[str, str] = {}

    def read(path: str) -> str:
        file = site / path
        if not file.is_file():
            raise ValueError(f"stylesheet {path} is not in the site")
        return file.read_text(encoding="utf-8")

    def sheet(path: str, media: str) -> str:
        if (path, media) not in sheets:
            css = wrap_media(rebase_css(read(path), path, JOINED_DIR, read), media)
            sheets[path, media] = marker(path, " ".join(media.split())) + "\n" + css
        return sheets[path, media]

    for page, text in texts.items():
        name = page.relative_to(site).as_posix()

        def css_of(href: str, media: str, name=name) -> str:
            return sheet(
                posixpath.normpath(posixpath.join(posixpath.dirname(name), href.split("?")[0])), media
            )

        def write(css: str, name=name) -> str:
            if css not in names:
                names[css] = hashlib.sha256(css.encode("utf-8")).hexdigest()[:16] + ".css"
                (folder / names[css]).write_text(css, encoding="utf-8")
            file = names[css]
            used[file] = used.get(file, 0) + 1
            return posixpath.relpath(f"{JOINED_DIR}/{file}", posixpath.dirname(name) or ".")

        try:
            new = defer_scripts(join_stylesheets(text, css_of, write))
        except ValueError as error:
            raise ExtensionError(f"render_blocking: {name}: {error}") from None
        if new != page.read_text(encoding="utf-8"):
            page.write_text(new, encoding="utf-8")
    return used


def _rewrite(app: Sphinx, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    used = rewrite_site(Path(app.outdir))
    logger.info(f"render_blocking: {sum(used.values())} pages share {len(used)} joined stylesheets")


def setup_render_blocking(app: Sphinx) -> None:
    # Last: after csp (900) wrote the inline scripts to files and purge (950) cut the theme CSS.
    app.connect("build-finished", _rewrite, priority=970)
