"""Search in Norwegian: every message Sphinx's search scripts show has a bokmål translation,
and the relevance weights favour the page that is about a word."""

from __future__ import annotations

import json
import re
from collections import Counter

from book.ext.search import translations_js, weights

MESSAGE = re.compile(r"""(?:\b_|Documentation\.gettext)\(\s*(["'])((?:(?!\1).)+)\1""", re.S)


def test_every_search_script_message_is_translated(site):
    payload = translations_js()
    messages = json.loads(payload[payload.index("{") : payload.rindex("}") + 1])
    assert "new Function" not in payload and "addTranslations" not in payload  # CSP: no eval
    scripts = [site / "_static" / name for name in ("searchtools.js", "sphinx_highlight.js")]
    used = {m.group(2) for script in scripts for m in MESSAGE.finditer(script.read_text())}
    assert "Search Results" in used and len(used) >= 6
    assert sorted(used - messages.keys()) == []
    assert (site / "_static" / "kb" / "translations.js").read_text() == payload


def test_weights_favour_the_page_that_uses_a_word_most_for_its_length():
    data = weights({"a": Counter(ord=5, annet=45), "b": Counter(ord=1, annet=49), "c": Counter(annet=50)})
    assert data["docnames"] == ["a", "b", "c"]
    postings = dict(data["terms"]["ord"])
    assert postings[0] > postings[1] >= 1 and 2 not in postings
