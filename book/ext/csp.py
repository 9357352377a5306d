"""Pages that work under a strict Content-Security-Policy (``CSP`` below).

After the build, every inline ``<script>`` the theme templates write (colour mode, page
settings) moves into a file under ``_static/kb/inline/`` named by its content hash, and
the page loads it with ``src``: same order, same blocking, no ``'unsafe-inline'``. JSON data
blocks stay inline (CSP does not run them). ``<style>`` elements (the theme's ``<noscript>``
rule, which search's DOMParser would otherwise parse and report) become ``<link>`` elements the same
way. Inline event handlers and ``style`` attributes have no such rewrite; the build fails
naming the page, so they never ship. Writes ``_headers`` (Netlify, Cloudflare Pages) with the policy for hosts that honour it.
For hosts that send no headers (GitHub Pages), ``kb_csp_meta: true`` (or ``KB_CSP_META=1``)
puts the policy in a ``<meta http-equiv>`` first in every page's head, without
``frame-ancestors``, which browsers ignore in a meta tag. Off by default: a meta policy would
also apply to a copy opened from disk (``file://``), where ``'self'`` matches nothing useful.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

# The site's policy: sent by tools/server.py (make serve, tests), written to _headers.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

INLINE_DIR = Path("_static") / "kb" / "inline"
SCRIPT = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.S | re.I)
DATA_TYPES = re.compile(r"""\stype=["']?(application/(?:ld\+)?json|text/template)""", re.I)
HANDLER = re.compile(r"""<[a-z][^>]*?\s(on[a-z]+)\s*=\s*["']""", re.I)
STYLE_ELEMENT = re.compile(r"<style[\s>]", re.I)
STYLE_BLOCK = re.compile(r"<style(?:\s[^>]*)?>(?P<body>.*?)</style>", re.S | re.I)
NOSCRIPT = re.compile(r"<noscript>.*?</noscript>", re.S | re.I)
STYLE_ATTRIBUTE = re.compile(r"""<[a-z][^>]*?\sstyle\s*=\s*["']""", re.I)


def externalise(page_html: str, write_script, write_style=None) -> str:
    """Replace inline scripts by ``<script src=...>`` and style elements by ``<link>``;
    ``write_script(code) -> src``, ``write_style(css) -> href``."""

    def replace(match: re.Match) -> str:
        attrs, body = match.group("attrs") or "", match.group("body")
        if re.search(r"\ssrc\s*=", attrs) or DATA_TYPES.search(attrs):
            return match.group(0)
        if not body.strip():
            return match.group(0)
        return f'<script{attrs} src="{write_script(body)}"></script>'

    page_html = SCRIPT.sub(replace, page_html)
    if write_style is not None:
        page_html = STYLE_BLOCK.sub(
            lambda m: f'<link rel="stylesheet" href="{write_style(m.group("body"))}">', page_html
        )
    return page_html


def csp_problems(page_html: str) -> list[str]:
    """What a strict CSP would block and we cannot rewrite: handlers, inline styles."""
    outside_noscript = NOSCRIPT.sub("", page_html)
    problems = [f"inline event handler {m.group(1)}=" for m in HANDLER.finditer(outside_noscript)]
    problems += ["<style> element" for _ in STYLE_ELEMENT.finditer(outside_noscript)]
    problems += ["style attribute" for _ in STYLE_ATTRIBUTE.finditer(outside_noscript)]
    return problems


def meta_policy(policy: str = CSP) -> str:
    kept = [d for d in policy.split("; ") if not d.startswith("frame-ancestors")]
    return f'<meta http-equiv="Content-Security-Policy" content="{"; ".join(kept)}">'


def add_meta_policy(page_html: str) -> str:
    """Insert the meta policy right after <meta charset>, before any script or stylesheet."""
    return re.sub(
        r"(<meta charset=[^>]*>)",
        lambda m: m.group(1) + "\n    " + meta_policy(),
        page_html,
        count=1,
        flags=re.I,
    )


def headers_file(policy: str = CSP) -> str:
    lines = ["/*"] + [
        f"  {name}: {value}" for name, value in {**HEADERS, "Content-Security-Policy": policy}.items()
    ]
    return "\n".join(lines) + "\n"


def _rewrite_site(app: Sphinx, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    out = Path(app.outdir)
    inline_dir = out / INLINE_DIR
    inline_dir.mkdir(parents=True, exist_ok=True)
    problems = {}
    for page in sorted(out.rglob("*.html")):
        if "_static" in page.relative_to(out).parts:
            continue

        def write(code: str, suffix: str, page=page) -> str:
            name = hashlib.sha256(code.encode("utf-8")).hexdigest()[:16] + suffix
            (inline_dir / name).write_text(code.strip() + "\n", encoding="utf-8")
            return Path(os.path.relpath(inline_dir / name, page.parent)).as_posix()

        text = page.read_text(encoding="utf-8")
        new = externalise(text, lambda code: write(code, ".js"), lambda css: write(css, ".css"))
        if app.config.kb_csp_meta:
            new = add_meta_policy(new)
        if new != text:
            page.write_text(new, encoding="utf-8")
        if found := csp_problems(new):
            problems[str(page.relative_to(out))] = sorted(set(found))
    (out / "_headers").write_text(headers_file(), encoding="utf-8")
    if problems:
        lines = [f"  {page}: {', '.join(found)}" for page, found in problems.items()]
        raise ExtensionError("pages would break under the Content-Security-Policy:\n" + "\n".join(lines))


def _meta_from_environment(app: Sphinx, config) -> None:
    if os.environ.get("KB_CSP_META", "").strip() in ("1", "true", "yes"):
        config.kb_csp_meta = True


def setup_csp(app: Sphinx) -> None:
    app.add_config_value("kb_csp_meta", False, "html", types=[bool])
    app.connect("config-inited", _meta_from_environment)
    # After every other build-finished handler has written its files.
    app.connect("build-finished", _rewrite_site, priority=900)
