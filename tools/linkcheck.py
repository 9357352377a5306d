"""``make linkcheck``: list every external link in the built site, with the pages using it.

Internal links and anchors are checked by ``make test`` (tests/test_chapters.py). External
ones need the internet, which CI does not have, so this is a separate command:
``--check`` also asks each host (HEAD, then GET) and prints the status.
"""

from __future__ import annotations

import argparse
import sys
import urllib.error
import urllib.request
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

from book import ROOT


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href") if tag == "a" else None
        if href and href.startswith(("http://", "https://")):
            self.links.append(href)


def external_links(site: Path) -> dict[str, list[str]]:
    """URL -> pages (relative paths) that link to it."""
    found: dict[str, set[str]] = defaultdict(set)
    for page in sorted(site.rglob("*.html")):
        if "_static" in page.relative_to(site).parts:
            continue
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for url in parser.links:
            found[url].add(page.relative_to(site).as_posix())
    return {url: sorted(pages) for url, pages in sorted(found.items())}


def status(url: str, timeout: float = 15) -> str:
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(
            url, method=method, headers={"User-Agent": "samarbeidsboka-linkcheck"}
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return str(response.status)
        except urllib.error.HTTPError as error:
            if method == "GET":
                return str(error.code)
        except (urllib.error.URLError, OSError) as error:
            return f"unreachable ({getattr(error, 'reason', error)})"
    return "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.linkcheck", description=__doc__)
    parser.add_argument("site", type=Path, nargs="?", default=ROOT / "_build" / "html")
    parser.add_argument("--check", action="store_true", help="ask each host (needs internet)")
    args = parser.parse_args(argv)
    links = external_links(args.site)
    bad = 0
    for url, pages in links.items():
        line = url
        if args.check:
            result = status(url)
            bad += not result.startswith(("2", "3"))
            line = f"{result:>5}  {url}"
        print(f"{line}\n        {', '.join(pages)}")
    print(f"{len(links)} external links" + (f", {bad} not OK" if args.check else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
