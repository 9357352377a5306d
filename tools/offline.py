"""``make offline``: the built site as a ZIP that works opened from disk (``file://``), nothing installed.

Browsers do not run ES modules from ``file://``, so every page's module script (the widget host,
``_static/kb/widgets/host.js``, and any other local module) is replaced in the copy by a classic
script made from the same source modules (``widgets/bundle.py``, :func:`classic_script`), and
``modulepreload`` hints are dropped. Search works from disk (Sphinx loads ``searchindex.js`` with
a script tag), but the result summaries are fetched with ``fetch()``, which ``file://`` refuses,
so the copy turns them off (titles only). The online site is not changed.
Readers' answers: in Chromium every ``file://`` page shares one storage origin, so answers
persist across reloads and restarts of the browser profile, and are shared by every copy of the
book opened from disk in that profile.
"""

from __future__ import annotations

import argparse
import os
import posixpath
import re
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from book import ROOT
from book.ext.widgets import STATIC_SUBDIR, WIDGETS_DIR
from widgets.bundle import BundleError, classic_script

SITE = ROOT / "_build" / "html"
TARGET = ROOT / "_build" / "samarbeidsboka-offline.zip"
FOLDER = "samarbeidsboka"  # the one folder the ZIP unpacks to
CLASSIC_SUFFIX = ".classic.js"

SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.I)
ATTRIBUTE = re.compile(r'([\w:-]+)(?:\s*=\s*"([^"]*)")?')
MODULEPRELOAD = re.compile(r'[ \t]*<link\b[^>]*\brel="modulepreload"[^>]*>[ \t]*\n?', re.I)
ANY_MODULE = re.compile(r'type\s*=\s*"?module\b|rel\s*=\s*"?modulepreload\b', re.I)
SEARCH_SUMMARY = re.compile(r"SHOW_SEARCH_SUMMARY:\s*true")

README = """Samarbeidsboka, frakoblet utgave
================================

Slik åpner du boka: dobbeltklikk på index.html i denne mappen. Boka åpnes i nettleseren din.
Du trenger ikke internett, og du trenger ikke installere noe.

Søk, selvvurderingen og de andre verktøyene virker også her. Svarene du gir, lagres bare i
nettleseren på denne maskinen. De sendes ikke noe sted.

Tips: bruk en ny versjon av Chrome, Edge eller Firefox. Ta med hele mappen hvis du kopierer boka
til en minnepinne, ikke bare index.html.
"""


class OfflineError(RuntimeError):
    pass


def _attributes(text: str) -> list[tuple[str, str | None]]:
    return [(m.group(1), m.group(2)) for m in ATTRIBUTE.finditer(text)]


def _tag(attributes: list[tuple[str, str | None]]) -> str:
    parts = [name if value is None else f'{name}="{value}"' for name, value in attributes]
    return "<script " + " ".join(parts) + ">"


def rewrite_page(html: str, page: str) -> tuple[str, set[str]]:
    """The page with module scripts swapped for their classic bundles, and the modules it needs.

    ``page`` is the page's path in the site (``chapters/x.html``); the modules are returned as
    site paths (``_static/kb/widgets/host.js``). Raises OfflineError for a module the copy
    cannot replace (an inline module).
    """
    needed: set[str] = set()

    def replace(match: re.Match) -> str:
        attributes = _attributes(match.group(1))
        values = dict(attributes)
        if values.get("type") != "module":
            return match.group(0)
        src = values.get("src")
        if not src or "://" in src or src.startswith("/"):
            raise OfflineError(f"{page}: a module script without a local src cannot run from file://")
        path, _, query = src.partition("?")
        if not path.endswith(".js"):
            raise OfflineError(f"{page}: module script {src} is not a .js file")
        needed.add(posixpath.normpath(posixpath.join(posixpath.dirname(page), path)))
        classic = path.removesuffix(".js") + CLASSIC_SUFFIX + (f"?{query}" if query else "")
        kept = [(n, v) for n, v in attributes if n not in ("type", "src", "defer", "async")]
        # Module scripts are deferred by default: the classic one keeps that order.
        return _tag([*kept, ("defer", "defer"), ("src", classic)])

    out = MODULEPRELOAD.sub("", SCRIPT_TAG.sub(replace, html))
    if ANY_MODULE.search(out):
        raise OfflineError(f"{page}: a module script or module link is left that cannot run from file://")
    return out, needed


def module_source(site: Path, module: str) -> Path:
    """The file to make ``module``'s classic script from: for our widgets the readable source
    modules (the site serves them bundled and minified, book/ext/widget_bundle.py)."""
    served = f"_static/{STATIC_SUBDIR.as_posix()}/"
    if module.startswith(served) and (WIDGETS_DIR / module.removeprefix(served)).is_file():
        return WIDGETS_DIR / module.removeprefix(served)
    return site / module


def offline_files(site: Path) -> Iterator[tuple[str, bytes]]:
    """Every file of the offline copy as (path in the site, content), in a stable order."""
    if not (site / "index.html").is_file():
        raise OfflineError(f"{site} has no index.html: run `make book` first")
    modules: set[str] = set()
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        name = path.relative_to(site).as_posix()
        if any(part.startswith(".") for part in name.split("/")):
            continue  # .buildinfo and the like: build bookkeeping, not part of the site
        content = path.read_bytes()
        if path.suffix == ".html":
            html, needed = rewrite_page(content.decode("utf-8"), name)
            modules |= needed
            content = html.encode("utf-8")
        elif name == "_static/documentation_options.js":
            text, count = SEARCH_SUMMARY.subn("SHOW_SEARCH_SUMMARY: false", content.decode("utf-8"))
            if count != 1:
                raise OfflineError(
                    f"{name}: SHOW_SEARCH_SUMMARY not found; search summaries "
                    "need fetch(), which pages opened from disk cannot use"
                )
            content = text.encode("utf-8")
        yield name, content
    for module in sorted(modules):
        if not (site / module).is_file():
            raise OfflineError(f"a page loads {module}, which is not in the site")
        source = module_source(site, module)
        try:
            script = classic_script(source)
        except BundleError as error:
            raise OfflineError(f"{module}: {error}") from None
        yield module.removesuffix(".js") + CLASSIC_SUFFIX, script.encode("utf-8")
    yield "LES-MEG.txt", README.encode("utf-8")


def _zip_time() -> tuple[int, ...]:
    """SOURCE_DATE_EPOCH when set (a reproducible ZIP), else now."""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    return time.gmtime(max(epoch, 315532800))[:6]  # ZIP cannot store dates before 1980


def write_zip(site: Path, target: Path) -> int:
    """Write the offline ZIP (one folder, ``samarbeidsboka/``); returns the number of files."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".zip.partial")
    stamp = _zip_time()
    count = 0
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, content in offline_files(site):
            info = zipfile.ZipInfo(f"{FOLDER}/{name}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)
            count += 1
    partial.replace(target)
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=SITE)
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    try:
        count = write_zip(args.site, args.out)
    except OfflineError as error:
        sys.exit(f"make offline: {error}")
    size = args.out.stat().st_size
    print(f"{args.out}: {count} files, {size / 1_000_000:.1f} MB (unzip it and open {FOLDER}/index.html)")


if __name__ == "__main__":
    main()
