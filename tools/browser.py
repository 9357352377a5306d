"""Drive the built site the way a reader does, in Debian's headless Chromium.

Used by the browser tests and by ``make bench``; needs the test tools (Playwright).

Every page is opened through :func:`visit`, which blocks and records any request to a host
other than the local test server, and records console errors, page errors and failed
requests, so a test can assert that all of them stay empty.
"""

from __future__ import annotations

import functools
import http.server
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Page, Playwright

CHROMIUM = "/usr/bin/chromium"
# As the machine notes advise: no background networking, no GPU, fresh profile per launch.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
AXE_JS = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as any real static host

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass


@contextmanager
def serve(directory: Path):
    """Serve ``directory`` on a free port of 127.0.0.1; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def launch(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@dataclass
class Visit:
    """A page plus everything that went wrong while it was open."""

    page: Page
    blocked: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    response_sizes: list[int] = field(default_factory=list)  # only with measure=True

    def problems(self) -> dict[str, list[str]]:
        found = {
            "requests to other hosts (blocked)": self.blocked,
            "failed requests": self.failed,
            "console errors": self.console_errors,
            "page errors": self.page_errors,
        }
        return {kind: items for kind, items in found.items() if items}


@contextmanager
def visit(browser: Browser, base_url: str, path: str, width: int = 1280, height: int = 900,
          measure: bool = False):
    """Open ``path`` on the local server with every other host blocked; yields a Visit.

    With ``measure``, the size of every response body is recorded (for ``make bench``).
    """
    local = urlsplit(base_url).netloc
    context = browser.new_context(viewport={"width": width, "height": height}, locale="nb-NO")
    page = context.new_page()
    record = Visit(page)

    def route(route):
        url = route.request.url
        if urlsplit(url).netloc == local or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            record.blocked.append(url)
            route.abort()

    context.route("**/*", route)
    page.on("console", lambda msg: msg.type == "error" and record.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: record.page_errors.append(str(exc)))
    page.on(
        "requestfailed",
        lambda req: req.url not in record.blocked and record.failed.append(
            f"{req.url} ({req.failure})"
        ),
    )
    page.on(
        "response",
        lambda resp: resp.status >= 400 and record.failed.append(f"{resp.url} (HTTP {resp.status})"),
    )
    if measure:
        page.on("response", lambda resp: record.response_sizes.append(_body_size(resp)))
    try:
        page.goto(base_url + path, wait_until="networkidle")
        yield record
    finally:
        context.close()


def _body_size(response) -> int:
    try:
        return len(response.body())
    except Exception:  # redirects and aborted requests have no body
        return 0


def axe_violations(page: Page) -> list[dict]:
    """Run axe-core (served from node_modules, never from the network) for WCAG 2.1 AA."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA
    )
    return result["violations"]


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        targets = [" ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets}")
    return "\n".join(lines)
