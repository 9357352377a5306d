"""``make bench``: build times and page weight of this book against a default Jupyter Book.

Prints figures; it is not a test and has no thresholds. Both books are built with the same
pinned packages in temporary folders (the project's own ``_build`` is left alone). Page
weight is measured in Debian's Chromium with every request to another host blocked (and
counted), as the browser tests do. Then every page's bytes as sent gzip-compressed by
``tools/server.py`` (as a static host sends them), heaviest first; ``--sent`` prints only
those, for the current ``_build/html``. Last, Lighthouse scores (tools/lighthouse.py) of the
three heaviest pages beside the default book's first page.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from book import ROOT

from . import bench_build, bench_gruppe, lighthouse
from .book_copy import copy_book

JUPYTER_BOOK = str(Path(sys.executable).parent / "jupyter-book")


def timed_build(book: Path, *flags: str) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [JUPYTER_BOOK, "build", str(book), *flags], capture_output=True, text=True, cwd=book
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"build of {book} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return elapsed


def page_weights(site: Path) -> list[tuple[str, int, int, int]]:
    """(page, bytes transferred, requests, requests to other hosts) for every page."""
    from playwright.sync_api import sync_playwright

    from .browser import launch, serve, visit

    results = []
    pages = sorted(str(p.relative_to(site)) for p in site.rglob("*.html") if "_static" not in p.parts)
    with sync_playwright() as playwright, serve(site) as base_url:
        browser = launch(playwright)
        for path in pages:
            with visit(browser, base_url, path, measure=True) as opened:
                sizes, blocked = opened.response_sizes, opened.blocked
                results.append((path, sum(sizes), len(sizes) + len(blocked), len(blocked)))
        browser.close()
    return results


WIDGET_PAGE = "chapters/verktoy/selvvurdering.html"
DEFAULT_PAGE = "intro.html"  # the first page of `jupyter-book create`


def heaviest(weights: list[tuple[str, int]], count: int = 3) -> list[str]:
    return [page for page, _ in weights[:count]]


SENT_BYTES = """() => performance.getEntriesByType("navigation")
  .concat(performance.getEntriesByType("resource"))
  .reduce((sum, entry) => sum + entry.encodedBodySize, 0)"""


def compressed_weights(site: Path) -> list[tuple[str, int]]:
    """(page, bytes of every response body as sent gzip-compressed by tools/server.py),
    heaviest first: the HTML plus everything the page loaded, as a static host sends it."""
    from playwright.sync_api import sync_playwright

    from .browser import launch, serve, visit

    results = []
    pages = sorted(str(p.relative_to(site)) for p in site.rglob("*.html") if "_static" not in p.parts)
    with sync_playwright() as playwright, serve(site) as base_url:
        browser = launch(playwright)
        for path in pages:
            with visit(browser, base_url, path) as opened:
                results.append((path, int(opened.page.evaluate(SENT_BYTES))))
        browser.close()
    return sorted(results, key=lambda row: -row[1])


def print_compressed_weights(weights: list[tuple[str, int]]) -> None:
    print(f"\n{'page (bytes as sent, gzip)':56} {'bytes':>12}")
    for path, size in weights:
        print(f"{path:56} {size:>12,}")
    heaviest, size = weights[0]
    print(f"heaviest: {heaviest} ({size:,} bytes, {size / 1024:.0f} KiB)")


def widget_figures(site: Path, runs: int = 5) -> dict[str, float]:
    """Time from navigation start to a rendered self-assessment, and the widget's own bytes."""
    import gzip

    from playwright.sync_api import sync_playwright

    from book.ext.widgets import STATIC_SUBDIR

    from .browser import launch, serve, visit

    times = []
    with sync_playwright() as playwright, serve(site) as base_url:
        browser = launch(playwright)
        for _ in range(runs):
            with visit(browser, base_url, WIDGET_PAGE) as opened:
                opened.page.wait_for_function(
                    "performance.getEntriesByName('kb-widget-ready:selvvurdering').length"
                )
                times.append(
                    opened.page.evaluate(
                        "performance.getEntriesByName('kb-widget-ready:selvvurdering')[0].startTime"
                    )
                )
        browser.close()
    # What the page loads of ours for the tool, as served (bundled and minified).
    served = site / "_static" / STATIC_SUBDIR
    own = [served / "host.js", *sorted((served / "selvvurdering").glob("*"))]
    raw = sum(path.stat().st_size for path in own)
    packed = sum(len(gzip.compress(path.read_bytes(), 9)) for path in own)
    times.sort()
    return {
        "widget ready after navigation start, median of 5 (ms)": times[len(times) // 2],
        "widget own JS+CSS as served (bytes)": raw,
        "widget own JS+CSS as served, gzip -9 (bytes)": packed,
    }


def measure(book: Path, build_flags: list[str]) -> dict[str, float]:
    clean = timed_build(book, "--all", *build_flags)
    cached = timed_build(book, *build_flags)
    cached_all = timed_build(book, "--all", *build_flags)
    weights = page_weights(book / "_build" / "html")
    page, size, requests, blocked = max(weights, key=lambda row: row[1])
    return {
        "clean build (s)": clean,
        "cached rebuild, no changes (s)": cached,
        "cached rebuild with --all (s)": cached_all,
        "largest page": page,
        "largest page bytes": size,
        "largest page requests": requests,
        "largest page requests to other hosts": blocked,
        "pages": len(weights),
    }


def main() -> None:
    if "--sent" in sys.argv:  # only the per-page compressed weights of the current _build/html
        print_compressed_weights(compressed_weights(ROOT / "_build" / "html"))
        return
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp:
        tmp_path = Path(tmp)
        ours = measure(copy_book(tmp_path / "ours"), ["-W", "-n", "--keep-going"])
        subprocess.run([JUPYTER_BOOK, "create", str(tmp_path / "default")], check=True, capture_output=True)
        default = measure(tmp_path / "default", [])
        widget = widget_figures(tmp_path / "ours" / "_build" / "html")
        sent = compressed_weights(tmp_path / "ours" / "_build" / "html")
        widget.update(bench_gruppe.group_figures(tmp_path / "ours" / "_build" / "html"))
        scores = [
            (f"this book: {page}", row)
            for page, row in lighthouse.audit_pages(tmp_path / "ours" / "_build" / "html", heaviest(sent))
        ] + [
            (f"default JB sample: {page}", row)
            for page, row in lighthouse.audit_pages(tmp_path / "default" / "_build" / "html", [DEFAULT_PAGE])
        ]
    print(f"{'figure':40} {'this book':>22} {'default JB sample':>22} {'ratio':>8}")
    for key, value in ours.items():
        other = default[key]
        if isinstance(value, str):
            print(f"{key:40} {value:>22} {other:>22}")
            continue
        ratio = f"{value / other:.2f}" if other else "-"
        fmt = (lambda v: f"{v:,.2f}") if isinstance(value, float) else (lambda v: f"{v:,}")
        print(f"{key:40} {fmt(value):>22} {fmt(other):>22} {ratio:>8}")
    print()
    for key, value in widget.items():
        print(f"{key:56} {value:>12,.0f}")
    print()
    with tempfile.TemporaryDirectory(prefix="kb-bench-speed-") as tmp:
        bench_build.main(Path(tmp))
    print_reading(ROOT / "_build" / "html")
    print_compressed_weights(sent)
    lighthouse.print_scores(scores)


def print_reading(site: Path) -> None:
    """Visible words (folds closed) on the «Ny i samarbeidet» path and in each area chapter."""
    from tools.reading import BUDGET, area_words, measure

    if not (site / "index.html").is_file():
        print("\n(no _build/html: run `make book` for the reading figures)")
        return
    total, per_step = measure(site)
    print(
        f"\n«Ny i samarbeidet»: {total:,} visible words (budget {BUDGET:,}), "
        f"{total / 200:.0f} minutes at 200 words a minute"
    )
    for text, words, minutes in per_step:
        print(f"  {text.split('(')[0].strip()[:50]:52} {words:>7,} words  stated {minutes} min")
    for area, words in area_words(site).items():
        print(f"area chapter {area:43} {words:>7,} visible words")


if __name__ == "__main__":
    main()
