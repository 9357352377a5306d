"""Who publishes the book: the publisher's settings (``kb_*`` in ``_config.yml``), the
``{kb-info}`` role and ``{kb-wcag}`` directive for «Om nettstedet» and the accessibility
statement, the footer links (uustatus or our statement, version) and the Norwegian 404 page.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util.docutils import SphinxDirective

from .. import ROOT
from ..dates import norwegian_date
from ..errors import DataValidationError
from ..wcag import WCAG_FILE, criteria_table, load_statement, summary

PLACEHOLDER = "(fylles ut av utgiveren)"
VERSION_FILE = ROOT / "VERSION"
ABOUT_PAGE = "chapters/om-nettstedet"
STATEMENT_PAGE = "chapters/tilgjengelighetserklaering"
# name -> default. Unknown facts default to a visible placeholder the publisher replaces.
SETTINGS = {
    "kb_publisher": PLACEHOLDER,
    "kb_contact_email": PLACEHOLDER,
    "kb_uustatus_url": "",
    "kb_content_licence": "CC BY 4.0",
    "kb_content_licence_url": "https://creativecommons.org/licenses/by/4.0/deed.no",
    "kb_code_licence": "MIT",
    "kb_code_licence_url": "https://opensource.org/license/mit",
}


def version() -> str:
    return VERSION_FILE.read_text(encoding="utf-8").strip() if VERSION_FILE.is_file() else "0"


def info_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """``{kb-info}`publisher``` → the setting ``kb_publisher`` (e-mail and URLs as links)."""
    config = inliner.document.settings.env.config
    key = f"kb_{text.strip()}"
    if key == "kb_version":
        return [nodes.inline(text=version())], []
    if key not in SETTINGS:
        message = inliner.reporter.error(
            f"kb-info: unknown setting '{text}' (known: {', '.join(k[3:] for k in SETTINGS)})", line=lineno
        )
        return [inliner.problematic(rawtext, rawtext, message)], [message]
    value = str(getattr(config, key))
    if value != PLACEHOLDER and "@" in value and key.endswith("email"):
        return [nodes.reference(text=value, refuri=f"mailto:{value}")], []
    url = getattr(config, f"{key}_url", "") if f"{key}_url" in SETTINGS else ""
    if url:
        return [nodes.reference(text=value, refuri=url)], []
    return [nodes.inline(text=value, classes=["kb-placeholder"] if value == PLACEHOLDER else [])], []


class WcagDirective(SphinxDirective):
    """The status of every WCAG 2.1 criterion in force, from ``data/wcag.yml``."""

    def run(self) -> list[nodes.Node]:
        self.env.note_dependency(str(WCAG_FILE))
        try:
            statement = load_statement()
        except DataValidationError as exc:
            raise ExtensionError(exc.report()) from None
        counts = ", ".join(f"{label.lower()}: {n}" for label, n in summary(statement).items() if n)
        text = (
            f"Sist gjennomgått {norwegian_date(statement.reviewed)}. "
            f"{len(statement.in_force)} krav gjelder ({counts}).\n\n"
            f"{criteria_table(statement)}\n"
        )
        parsed = self.parse_text_to_nodes(text)
        for table in (t for node in parsed for t in node.findall(nodes.table)):
            table["classes"].append("kb-wcag-table")  # kb.css lets long test names wrap
        return parsed


def _footer_context(app: Sphinx, pagename, templatename, context, doctree) -> None:
    uustatus = app.config.kb_uustatus_url
    context["kb_statement_url"] = uustatus or context["pathto"](STATEMENT_PAGE)
    context["kb_about_url"] = context["pathto"](ABOUT_PAGE)
    context["kb_version"] = version()


def setup_publishing(app: Sphinx) -> None:
    for name, default in SETTINGS.items():
        app.add_config_value(name, default, "html", types=[str])
    app.add_role("kb-info", info_role)
    app.add_directive("kb-wcag", WcagDirective)
    app.connect("html-page-context", _footer_context)
    app.connect(
        "config-inited", lambda app, config: config.html_additional_pages.setdefault("404", "kb-404.html")
    )
