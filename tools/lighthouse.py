"""Lighthouse 12.2.3 (npm, pinned) scores for built pages, served as a static host serves them.

Part of ``make bench`` (never of ``make test``): each page is served by :mod:`tools.server`
(gzip, the site's CSP) and audited on Lighthouse's default simulated mobile connection in
Debian's Chromium (``CHROME_PATH``). Prints performance, accessibility, best practices and SEO
(0-100) with the metrics behind performance. The machine's cores are shared, so the timings
are upper bounds. ``python -m tools.lighthouse [page.html ...]`` audits pages of the current
``_build/html`` (default: the landing page).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from book import ROOT

from .browser import CHROMIUM
from .server import serve

LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking"


def audit(url: str) -> dict:
    """Lighthouse's report for ``url`` as a dict (its JSON output)."""
    if not LIGHTHOUSE.is_file():
        sys.exit("Lighthouse is missing: run `npm ci` (make test-deps does)")
    with tempfile.TemporaryDirectory(prefix="kb-lighthouse-") as tmp:
        report = Path(tmp) / "report.json"
        result = subprocess.run(
            [
                "node",
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                f"--only-categories={','.join(CATEGORIES)}",
                f"--chrome-flags={CHROME_FLAGS}",
            ],
            env={**os.environ, "CHROME_PATH": CHROMIUM},
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode != 0 or not report.is_file():
            raise RuntimeError(f"lighthouse {url} failed:\n{result.stderr[-2000:]}")
        return json.loads(report.read_text(encoding="utf-8"))


def scores(report: dict) -> dict[str, object]:
    """The four category scores (0-100) and the main metrics (FCP, LCP in s; TBT in ms)."""
    row: dict[str, object] = {
        name: round(100 * (report["categories"][name]["score"] or 0)) for name in CATEGORIES
    }
    for audit_id, label in METRICS.items():
        row[label] = report["audits"][audit_id]["displayValue"]
    row["transfer"] = f"{report['audits']['total-byte-weight']['numericValue'] / 1024:.0f} KiB"
    failed = [
        audit_id
        for name in CATEGORIES[1:]
        for ref in report["categories"][name]["auditRefs"]
        if ref["weight"] and (report["audits"][(audit_id := ref["id"])]["score"] or 0) < 1
    ]
    row["failing"] = ", ".join(failed)
    return row


def audit_pages(site: Path, pages: list[str]) -> list[tuple[str, dict]]:
    with serve(site) as base_url:
        return [(page, scores(audit(base_url + page))) for page in pages]


def print_scores(rows: list[tuple[str, dict]]) -> None:
    print(f"\n{'Lighthouse (mobile, simulated)':44} {'perf':>5} {'a11y':>5} {'BP':>5} {'SEO':>5}  metrics")
    for label, row in rows:
        metrics = ", ".join(f"{key} {row[key]}" for key in (*METRICS.values(), "transfer"))
        print(
            f"{label:44} {row['performance']:>5} {row['accessibility']:>5} "
            f"{row['best-practices']:>5} {row['seo']:>5}  {metrics}"
        )
        if row["failing"]:
            print(f"{'':44} not passed: {row['failing']}")


def main(argv: list[str]) -> None:
    site = ROOT / "_build" / "html"
    print_scores(audit_pages(site, argv or ["index.html"]))


if __name__ == "__main__":
    main(sys.argv[1:])
