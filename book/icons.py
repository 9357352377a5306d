"""Draw the PNG icons from ``book/ext/static/kb/icons/icon.svg`` with headless Chromium.

Maintainers run ``.venv/bin/python -m book.icons`` after changing the SVG and commit the PNGs
(the build itself needs no browser). Needs the test tools (Playwright, Debian's chromium).
"""

from __future__ import annotations

from pathlib import Path

ICONS = Path(__file__).parent / "ext" / "static" / "kb" / "icons"
SIZES = {"icon-32.png": 32, "apple-touch-icon.png": 180, "icon-192.png": 192, "icon-512.png": 512}


def main() -> None:
    from playwright.sync_api import sync_playwright

    from .browser import launch

    svg = (ICONS / "icon.svg").read_text(encoding="utf-8")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for name, size in SIZES.items():
            page = browser.new_page(viewport={"width": size, "height": size})
            page.set_content(
                f'<html><body style="margin:0">{svg.replace("<svg ", f"<svg width={size} height={size} ")}</body></html>'
            )
            page.screenshot(path=str(ICONS / name), omit_background=True)
            page.close()
            print(f"wrote {name} ({size}x{size})")
        browser.close()


if __name__ == "__main__":
    main()
