"""``make bench`` (second part): the build with notebook chapters, and the chart pages' weight.

Prints figures, no thresholds. In a copy of the book (``_build/`` is left alone) it builds
clean, rebuilds with nothing changed (with and without ``--all``), rebuilds after a change in
``data/``, and counts the notebooks myst-nb executed each time: a rebuild with nothing changed
must execute none, a data change must execute them again. It also builds once without the
notebook chapters, to show what they add, and weighs the heaviest chart page in Chromium.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .book_copy import copy_book

JUPYTER_BOOK = str(Path(sys.executable).parent / "jupyter-book")
FLAGS = ["-W", "-n", "--keep-going"]
EXECUTED = re.compile(r"Executing notebook using")  # myst-nb, one notebook while reading
PRE_RUN = re.compile(r"notebooks: (\d+) executed")  # book/ext/notebook_runs.py, before reading
NOTEBOOK_ENTRY = re.compile(r"^\s*- file: chapters/(?:tall/|verktoy/analyser-gruppens-svar).*\n", re.M)


def build(book: Path, *flags: str, strict: bool = True) -> tuple[float, int]:
    """(seconds, notebooks executed) for one build; exits with the log if it fails."""
    start = time.perf_counter()
    checks = FLAGS if strict else [f for f in FLAGS if f != "-W"]
    result = subprocess.run(
        [JUPYTER_BOOK, "build", str(book), *flags, *checks], capture_output=True, text=True, cwd=book
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"build of {book} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    log = result.stdout + result.stderr
    return elapsed, len(EXECUTED.findall(log)) + sum(int(n) for n in PRE_RUN.findall(log))


def chart_pages(site: Path) -> list[str]:
    return sorted(
        str(p.relative_to(site))
        for p in site.rglob("*.html")
        if "_static" not in p.parts and 'class="kb-chart"' in p.read_text(encoding="utf-8")
    )


def page_bytes(site: Path, pages: list[str]) -> list[tuple[str, int, int, int, int]]:
    """(page, HTML bytes, bytes transferred, requests, requests to other hosts)."""
    from playwright.sync_api import sync_playwright

    from .browser import launch, serve, visit

    rows = []
    with sync_playwright() as playwright, serve(site) as base_url:
        browser = launch(playwright)
        for path in pages:
            with visit(browser, base_url, path, measure=True) as opened:
                sizes, blocked = opened.response_sizes, opened.blocked
                rows.append(
                    (path, (site / path).stat().st_size, sum(sizes), len(sizes) + len(blocked), len(blocked))
                )
        browser.close()
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="kb-bench-nb-") as tmp:
        book = copy_book(Path(tmp) / "book")
        figures = {}
        figures["clean build --all"] = build(book, "--all")
        figures["rebuild, nothing changed"] = build(book)
        figures["rebuild --all, nothing changed"] = build(book, "--all")
        timeline = book / "data" / "timeline.yml"
        timeline.write_text(timeline.read_text(encoding="utf-8") + "# bench\n", encoding="utf-8")
        figures["rebuild after a data/ change"] = build(book)
        weights = page_bytes(book / "_build" / "html", chart_pages(book / "_build" / "html"))

        plain = copy_book(Path(tmp) / "plain")
        toc = plain / "_toc.yml"
        text = NOTEBOOK_ENTRY.sub("", toc.read_text(encoding="utf-8"))
        toc.write_text(
            re.sub(r"^  - caption: Tall og figurer\n    chapters:\n", "", text, flags=re.M), encoding="utf-8"
        )
        # Not strict: the pages that link the group notebook now point at a page not built.
        figures["clean build --all without notebook chapters"] = build(plain, "--all", strict=False)

    print(f"{'build':48} {'seconds':>8} {'notebooks executed':>19}")
    for name, (seconds, executed) in figures.items():
        print(f"{name:48} {seconds:8.1f} {executed:19d}")
    with_nb = figures["clean build --all"][0]
    without = figures["clean build --all without notebook chapters"][0]
    print(f"{'notebook chapters add to a clean build':48} {with_nb - without:8.1f}")
    print()
    print(f"{'chart page':44} {'HTML bytes':>11} {'transferred':>12} {'requests':>9} {'other hosts':>12}")
    for path, html_bytes, size, requests, blocked in sorted(weights, key=lambda r: -r[2]):
        print(f"{path:44} {html_bytes:11,} {size:12,} {requests:9} {blocked:12}")
    heaviest = max(weights, key=lambda r: r[2])
    print(
        f"\nheaviest chart page: {heaviest[0]}, {heaviest[2]:,} bytes transferred "
        f"({heaviest[1]:,} bytes of HTML)"
    )


if __name__ == "__main__":
    main()
