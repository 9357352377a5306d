"""Drive the built site the way a reader does, in Debian's headless Chromium.

Used by the browser tests and by ``make bench``; needs the test tools (Playwright).

Every page is opened through :func:`visit`, which blocks and records any request to a host
other than the local test server, and records console errors, page errors, failed requests
and Content-Security-Policy violations, so a test can assert that all of them stay empty.
The server (:mod:`tools.server`) sends the site's CSP, so every browser test runs under it.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Page, Playwright, expect

from .server import serve  # noqa: F401 - the tests' server: CSP header, gzip, sub-path

CHROMIUM = "/usr/bin/chromium"
# As the machine notes advise: no background networking, no GPU, fresh profile per launch.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_JS = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


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
    csp_violations: list[str] = field(default_factory=list)
    response_sizes: list[int] = field(default_factory=list)  # only with measure=True

    def problems(self) -> dict[str, list[str]]:
        found = {
            "requests to other hosts (blocked)": self.blocked,
            "failed requests": self.failed,
            "console errors": self.console_errors,
            "page errors": self.page_errors,
            "CSP violations": self.csp_violations,
        }
        return {kind: items for kind, items in found.items() if items}


@contextmanager
def visit(
    browser: Browser,
    base_url: str,
    path: str,
    width: int = 1280,
    height: int = 900,
    measure: bool = False,
    bypass_csp: bool = False,
):
    """Open ``path`` on the local server with every other host blocked; yields a Visit.

    With ``measure``, the size of every response body is recorded (for ``make bench``). With
    ``bypass_csp``, the page ignores the site's CSP: only for a test that plays another host
    (Jupyter runs the widget's module from a blob, which the site's policy forbids).
    """
    local = urlsplit(base_url).netloc
    context = browser.new_context(
        viewport={"width": width, "height": height}, locale="nb-NO", bypass_csp=bypass_csp
    )
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
    context.expose_function("__kbCspViolation", lambda text: record.csp_violations.append(text))
    context.add_init_script(CSP_LISTENER)
    # CSP reports are counted by CSP_LISTENER (which knows axe's own), not twice here.
    page.on(
        "console",
        lambda msg: (
            msg.type == "error"
            and "Content Security Policy" not in msg.text
            and record.console_errors.append(msg.text)
        ),
    )
    page.on("pageerror", lambda exc: record.page_errors.append(str(exc)))
    # A request the browser cancels because the page is left (net::ERR_ABORTED: a test follows
    # a link while the icon is still loading) is no fault of the site; a missing file is a 4xx.
    page.on(
        "requestfailed",
        lambda req: (
            req.url not in record.blocked
            and req.failure != "net::ERR_ABORTED"
            and record.failed.append(f"{req.url} ({req.failure})")
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


# Violations while axe runs are axe's own (it injects a <style> to probe elements).
CSP_LISTENER = """document.addEventListener("securitypolicyviolation", (event) =>
  window.__kbAxeRunning || window.__kbCspViolation(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` in ${event.sourceFile || event.documentURI}:${event.lineNumber}`));"""
AXE_RUN = """async (tags) => {
  window.__kbAxeRunning = true;
  try {
    return await axe.run(document, {runOnly: {type: "tag", values: tags}});
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.__kbAxeRunning = false;
  }
}"""


def _body_size(response) -> int:
    try:
        return len(response.body())
    except Exception:  # redirects and aborted requests have no body
        return 0


def axe_violations(page: Page) -> list[dict]:
    """Run axe-core (served from node_modules, never from the network) for WCAG 2.1 AA."""
    # Evaluated through DevTools, not injected as an inline <script>: the page's CSP would
    # (rightly) block that.
    page.evaluate(AXE_JS.read_text(encoding="utf-8") + "\n;0")
    result = page.evaluate(AXE_RUN, WCAG_21_AA)
    return result["violations"]


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        targets = [" ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets}")
    return "\n".join(lines)


def search_from_page(page: Page, query: str):
    """Search as a reader does (Ctrl+K, type, Enter); the results list once it has shown."""
    page.keyboard.press("Control+k")
    field = page.get_by_role("searchbox").first
    field.fill(query)
    field.press("Enter")
    page.wait_for_url("**/search.html?q=*")
    results = page.locator("#search-results li")
    expect(results.first).to_be_visible(timeout=10_000)
    return results
