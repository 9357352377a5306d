"""Search in Norwegian: bokmål messages, and results ranked by relevance with title hits first.

- Messages: Sphinx's search scripts translate through ``translations.js``, which Sphinx ships
  only for ``nb_NO``, not ``nb``. We write ``_static/kb/translations.js`` from ``locale/nb.po``.
- Ranking: Sphinx scores every page that merely contains a word the same, then sorts ties
  alphabetically. ``search_scorer.js`` (Sphinx's ``html_search_scorer``, included in
  ``language_data.js``) puts results whose title holds the query first, then orders by how
  much of each page is about the query words, from ``_static/kb/search-weights.js``: per stem
  (same stemmer as Sphinx's index) a BM25-style weight for each page that uses it.
"""

from __future__ import annotations

import json
from collections import Counter
from importlib import import_module
from pathlib import Path

from babel.messages.pofile import read_po
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.search import SearchLanguage, WordCollector, languages

from .theme import PO_FILE

HERE = Path(__file__).parent
SCORER = HERE / "search_scorer.js"
SEARCH_PAGE = "search"
_ENV_ATTR = "kb_search_words"
K1, B = 1.2, 0.75  # BM25 constants


def translations_js(po_file: Path = PO_FILE) -> str:
    """Every message of our catalogue, in the form Sphinx's ``Documentation`` reads."""
    with po_file.open("rb") as handle:
        catalog = read_po(handle, locale="nb")
    messages = {m.id: m.string for m in catalog if m.id and m.string}
    # Not Documentation.addTranslations: it builds the plural rule with `new Function`, which
    # the site's CSP (no 'unsafe-eval') blocks. Bokmål's rule is written out instead.
    return (
        "// Generated from book/ext/locale/nb.po by book/ext/search.py.\n"
        f"Object.assign(Documentation.TRANSLATIONS, "
        f"{json.dumps(messages, ensure_ascii=False, indent=1)});\n"
        "Documentation.PLURAL_EXPR = (n) => (n === 1 ? 0 : 1);\n"
        'Documentation.LOCALE = "nb";\n'
    )


def search_language(app: Sphinx) -> SearchLanguage:
    """The language object Sphinx's index uses (splitting, stop words, stemmer)."""
    found = getattr(app, "kb_search_language", None)
    if found is None:
        key = app.config.html_search_language or app.config.language
        cls = languages.get(key) or languages.get(key.split("_")[0])
        if isinstance(cls, str):
            module, name = cls.rsplit(".", 1)
            cls = getattr(import_module(module), name)
        found = app.kb_search_language = cls(app.config.html_search_options)
    return found


def stem_counts(words: list[str], lang: SearchLanguage) -> Counter:
    """How often each stem occurs, filtered and stemmed as Sphinx's ``IndexBuilder.feed``
    (each distinct word stemmed once: the Snowball stemmer is pure Python)."""
    counts: Counter = Counter()
    for word, count in Counter(words).items():
        stemmed = lang.stem(word).lower()
        if not lang.word_filter(stemmed) and lang.word_filter(word):
            stemmed = word
        if lang.word_filter(stemmed):
            counts[stemmed] += count
    return counts


def weights(pages: dict[str, Counter]) -> dict:
    """Per stem: ``[[page index, weight 1–99], ...]`` (BM25 term frequency, length-normalised)."""
    docnames = sorted(pages)
    lengths = {d: sum(pages[d].values()) or 1 for d in docnames}
    average = sum(lengths.values()) / max(len(lengths), 1)
    terms: dict[str, list] = {}
    for index, docname in enumerate(docnames):
        norm = K1 * (1 - B + B * lengths[docname] / average)
        for stem, tf in pages[docname].items():
            weight = max(1, round(99 * tf / (tf + norm)))
            terms.setdefault(stem, []).append([index, weight])
    return {"docnames": docnames, "terms": terms}


def _collect_words(app: Sphinx, doctree: nodes.document) -> None:
    collector = WordCollector(doctree, search_language(app))
    doctree.walk(collector)
    store = getattr(app.env, _ENV_ATTR, None)
    if store is None:
        store = {}
        setattr(app.env, _ENV_ATTR, store)
    store[app.env.docname] = stem_counts(collector.found_words, search_language(app))


def _purge(app: Sphinx, env, docname: str) -> None:
    getattr(env, _ENV_ATTR, {}).pop(docname, None)


def _merge(app: Sphinx, env, docnames, other) -> None:
    store = getattr(env, _ENV_ATTR, None)
    if store is None:
        store = {}
        setattr(env, _ENV_ATTR, store)
    store.update({d: c for d, c in getattr(other, _ENV_ATTR, {}).items() if d in docnames})


def _configure(app: Sphinx, config) -> None:
    config.html_search_scorer = str(SCORER)


def _add_scripts(app: Sphinx, pagename, templatename, context, doctree) -> None:
    if pagename == SEARCH_PAGE:
        app.add_js_file("kb/search-weights.js")
        app.add_js_file("kb/search-page.js", loading_method="defer")


def _write_files(app: Sphinx, env) -> None:
    """At ``env-updated``: every page has been read and none written yet, so the ``?v=`` each
    page gets for these files is the checksum of what it loads."""
    if app.builder.format != "html":
        return
    target = Path(app.outdir) / "_static" / "kb"
    target.mkdir(parents=True, exist_ok=True)
    (target / "translations.js").write_text(translations_js(), encoding="utf-8")
    store = getattr(app.env, _ENV_ATTR, {})
    data = weights({d: c for d, c in store.items() if d in app.env.found_docs})
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    (target / "search-weights.js").write_text(
        f"// Generated by book/ext/search.py.\nvar KB_SEARCH_WEIGHTS = {text};\n", encoding="utf-8"
    )


def setup_search(app: Sphinx) -> None:
    app.connect("config-inited", _configure)
    app.connect("doctree-read", _collect_words)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("html-page-context", _add_scripts)
    app.connect("env-updated", _write_files)
    app.add_js_file("kb/translations.js")
