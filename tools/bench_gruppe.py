"""``make bench`` figure: 200 export files read into «Gruppeoversikt» and rendered.

Times, in headless Chromium, from handing the files to the page's file input until the overview
says «200 svar i oversikten» (the median of three runs; Playwright's own overhead included).
Run alone on a built site with ``python -m tools.bench_gruppe [site]``.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

PAGE = "chapters/verktoy/gruppeoversikt.html"
ROLES = ["Nav-kontor", "Nav fylke", "Fylkeskommunen", "Oppfølgingstjenesten (OT)", "Skole", "Annet"]


def write_files(folder: Path, count: int = 200) -> list[Path]:
    from book.catalogue import load_catalogue
    from book.widget_data import selvvurdering_data

    items = selvvurdering_data(load_catalogue())["items"]
    rng = random.Random(11)
    paths = []
    for index in range(count):
        answers = {item["id"]: rng.choice([1, 2, 3, 4, 5, 5, 4, "vet-ikke"]) for item in items}
        content = {
            "format": "samarbeidsboka-selvvurdering",
            "version": 1,
            "exported": f"2026-12-01T10:00:{index % 60:02d}.{index:03d}Z",
            "answers": answers,
            "context": {
                "label": f"Gruppe {index % 12 + 1}",
                "role": rng.choice(ROLES),
                "level": "",
                "county": "",
            },
            "plan": [],
            "snapshots": [],
        }
        path = folder / f"svar-{index:03d}.json"
        path.write_text(json.dumps(content), encoding="utf-8")
        paths.append(path)
    return paths


def group_figures(site: Path, count: int = 200, runs: int = 3) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    from .browser import launch, serve, visit

    times = []
    with tempfile.TemporaryDirectory(prefix="kb-bench-gruppe-") as tmp:
        files = write_files(Path(tmp), count)
        with sync_playwright() as playwright, serve(site) as base_url:
            browser = launch(playwright)
            for _ in range(runs):
                with visit(browser, base_url, PAGE) as opened:
                    page = opened.page
                    chooser = page.get_by_label("Velg filer med svar (du kan velge mange samtidig)")
                    start = time.perf_counter()
                    chooser.set_input_files(files)
                    page.wait_for_function(
                        f"document.querySelector('.kb-gr-status')?.textContent.startsWith('{count} svar')",
                        polling="raf",
                    )
                    times.append((time.perf_counter() - start) * 1000)
            browser.close()
    times.sort()
    return {f"Gruppeoversikt: {count} files read and rendered, median of {runs} (ms)": times[len(times) // 2]}


def main() -> None:
    site = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("_build/html")
    for key, value in group_figures(site).items():
        print(f"{key:64} {value:>10,.0f}")


if __name__ == "__main__":
    main()
