"""Pure functions that turn validated data into MyST Markdown text.

Directives in :mod:`book.ext` parse this text into the page, so lists on pages come from
``data/`` and are never pasted by hand. Being plain strings, the output is easy to test.
"""

import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~$^])")


def escape(text: str) -> str:
    """Escape data text so MyST shows it literally (no markup, no raw HTML)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def cite(citations) -> str:
    """A ``{kilde}`` role for one or more citations."""
    refs = "; ".join(f"{c.source} {c.section}" for c in citations)
    return f"{{kilde}}`{refs}`"


def ref(label: str, text: str) -> str:
    """A ``{ref}`` with explicit link text (never depends on which title Sphinx finds)."""
    clean = " ".join(text.replace("`", "'").replace("<", "‹").replace(">", "›").split())
    return f"{{ref}}`{clean} <{label}>`"
