"""What text in ``data/`` may contain: plain text, no markup, no invisible characters.

Data text reaches pages (escaped MyST), the search page (Sphinx inserts section titles as
HTML) and the self-assessment widget, so it must mean the same everywhere. The book's own
subset of Markdown in data is «…» for quotes (verified against the reports) and nothing else:
anything an HTML or Markdown renderer would interpret, and characters that hide or reorder
text (controls, bidi controls, zero-width characters), are refused by :func:`problem`.
"""

from __future__ import annotations

import re

from linkify_it import LinkifyIt

# Lengths a reader can take in; the real data stays well below them.
MAX_LINE = 200  # titles, names, headings, labels
MAX_PARAGRAPH = 1500  # descriptions, notes, definitions

_INVISIBLE = {
    **dict.fromkeys("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", "a bidi control"),
    **dict.fromkeys("\u200e\u200f\u061c", "a direction mark"),
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e", "a zero-width character"),
    **dict.fromkeys("\u2028\u2029", "a Unicode line separator"),
}
_MARKUP = [  # (pattern, what a renderer would make of it)
    (re.compile(r"<|>"), "raw HTML (write ‹ › or «» instead of < >)"),
    (re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"), "an HTML entity"),
    (re.compile(r"`"), "code or a role (`)"),
    (re.compile(r"[{}]"), "a MyST role, substitution or attribute ({ })"),
    (re.compile(r"!?\[[^\]]*\]\s*[(\[]"), "a Markdown link or image"),
    (re.compile(r"[*_]"), "Markdown emphasis (* or _)"),
    (re.compile(r"\\"), "a Markdown escape (\\)"),
    (re.compile(r"[$|~^]"), "Markdown syntax ($ | ~ ^)"),
    (re.compile(r"^\s*#", re.MULTILINE), "a Markdown heading (# at the start of a line)"),
    (
        re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]*://|\bwww\.|\bmailto:", re.IGNORECASE),
        "a web address (it would become a link)",
    ),
]


# Controls (but tab and line breaks), surrogates, private use, and the invisible characters.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\uf8ff\U000f0000-\U0010ffff" + "".join(_INVISIBLE) + "]"
)
# The book's Markdown parser links bare domains too ("nav.no"; Jupyter Book 1.x ignores
# myst_linkify_fuzzy_links): ask the same detector, linkify-it, where a link is possible at all.
_LINKIFY = LinkifyIt()
_MAYBE_LINK = re.compile(r"\w[.@:][\w/]")
_ANY_MARKUP = re.compile(
    "|".join(f"(?:{pattern.pattern})" for pattern, _ in _MARKUP), re.IGNORECASE | re.MULTILINE
)


def problem(text: str) -> str | None:
    """Why ``text`` is not plain data text, or ``None`` if it is."""
    found = _FORBIDDEN.search(text)
    if found is not None:
        char = found.group()
        code = f"U+{ord(char):04X}"
        if char in _INVISIBLE:
            return f"{_INVISIBLE[char]} {code} is not allowed in data text (it hides or reorders text)"
        return f"control, surrogate or private-use character {code} is not allowed in data text"
    meaning = None
    if _ANY_MARKUP.search(text) is not None:
        meaning = next((meaning for pattern, meaning in _MARKUP if pattern.search(text)), "markup")
    elif _MAYBE_LINK.search(text) and _LINKIFY.test(text):
        meaning = "a web or e-mail address (the book would turn it into a link)"
    if meaning is None:
        return None
    return f"{meaning} is not allowed: data text is plain text (the only markup is «…» for a quote)"


def check(text: str) -> str:
    """Pydantic validator: return ``text`` unchanged or raise ``ValueError`` naming the problem."""
    found = problem(text)
    if found is not None:
        raise ValueError(found)
    return text
