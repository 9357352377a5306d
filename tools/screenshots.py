"""``make screenshots``: every built page at phone and desktop width, for people to look at.

Writes ``_build/screenshots/<page>-<width>.png`` (full page) and prints where they are. Not a
test: the browser tests check the pages; this is for looking at them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from book import ROOT
from tools.browser import launch, serve, visit

SITE = ROOT / "_build" / "html"
OUT = ROOT / "_build" / "screenshots"
WIDTHS = {"phone": 320, "desktop": 1280}


def pages(site: Path) -> list[str]:
    return sorted(str(p.relative_to(site)) for p in site.rglob("*.html") if "_static" not in p.parts)


def main(only: list[str]) -> None:
    if not (SITE / "index.html").is_file():
        sys.exit("_build/html is missing: run `make book` first")
    OUT.mkdir(parents=True, exist_ok=True)
    chosen = [p for p in pages(SITE) if not only or any(word in p for word in only)]
    with sync_playwright() as playwright, serve(SITE) as base_url:
        browser = launch(playwright)
        for path in chosen:
            for name, width in WIDTHS.items():
                with visit(browser, base_url, path, width=width) as opened:
                    target = OUT / f"{path.removesuffix('.html').replace('/', '__')}-{name}.png"
                    opened.page.screenshot(path=target, full_page=True)
        browser.close()
    print(f"{len(chosen) * len(WIDTHS)} screenshots in {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
