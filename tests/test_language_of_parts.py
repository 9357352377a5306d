"""Language of parts (WCAG 3.1.2): every passage that is not bokmål carries its own ``lang``.

The pages are ``lang="nb"``. A nynorsk or English phrase must stand in an element with
``lang="nn"`` or ``lang="en"``: written with the ``{nn}``/``{en}`` roles in a chapter, or marked
from ``data/`` (``language`` on a quote's citation or on a report). The site test looks for
marker words (below) in each page's text outside such elements and names page and phrase.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pydantic import ValidationError

from book.language import Foreign, foreign_phrases, split_text
from book.models import Citation, Source

from .test_data_validation import broken_copy, errors_for

# Marker words: common words of nynorsk or English that are not words of bokmål, so one of them
# in the text means a passage in that language. Left out on purpose, since bokmål has the same
# word: «for», «and» (duck), «i», «to» (two), «is» (ice), «at», «as» (AS), «or» (alder), «not»
# (seine), «have» (garden), «me»; and nynorsk forms bokmål also allows («kjende», «heller»).
NYNORSK = {
    "ikkje", "eg", "kva", "korleis", "kvifor", "kven", "frå", "dei", "ein", "eit", "berre",
    "mykje", "noko", "nokon", "sjølv", "heile", "vere", "vore", "difor", "meir", "fleire",
    "medan", "utan", "allereie", "òg", "løysing", "løysingar", "rutinar", "avbrot", "skule",
    "skulen", "teneste", "tenesta", "tenestene",
}  # fmt: skip
ENGLISH = {
    "the", "of", "with", "this", "that", "which", "from", "these", "those", "their", "there",
    "what", "would", "should", "has", "been", "were", "was", "you", "your", "they", "them",
    "about", "into", "others", "usual",
}  # fmt: skip
MARKERS = re.compile(r"(?<![\w-])(" + "|".join(sorted(NYNORSK | ENGLISH)) + r")(?![\w-])", re.IGNORECASE)

# Passages that need no ``lang`` (WCAG 3.1.2's exceptions), each with the reason. Only those that
# hold a marker word need to be here; the others are listed in data/wcag.yml's «how».
EXEMPT = {
    # A proper name: the research institute's own English name, as the reports print it.
    "International Research Institute of Stavanger": "proper name",
}
# Not text a reader reads as language: code, the notebooks' code cells, and the page's metadata.
SKIPPED = "script, style, pre, code, kbd, samp, .cell_input, head"
# Attributes whose text a screen reader speaks.
SPOKEN = ("title", "aria-label", "alt", "placeholder")


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "_static" not in p.parts)


def strings(value) -> list[str]:
    """Every string in a JSON value (the widgets' data, which they put on the page)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def unmarked_texts(html: str) -> list[str]:
    """The texts a reader meets in the page's own language: outside elements with another
    ``lang``, outside code; spoken attributes and the widgets' embedded data included."""
    soup = BeautifulSoup(html, "html.parser")
    texts = []
    for data in soup.select('script[type="application/json"]'):
        texts += strings(json.loads(data.string or "null"))
    for element in soup.select(SKIPPED):
        element.decompose()
    for element in soup.select("[lang]"):
        if element.name != "html" and element.get("lang") != "nb":
            element.decompose()
    for element in soup.find_all(True):
        texts += [element[name] for name in SPOKEN if isinstance(element.get(name), str)]
    texts.append(soup.get_text(" "))
    return [" ".join(text.split()) for text in texts]


def foreign_words(html: str) -> list[str]:
    """Marker words in the page's own language, each with some words around it."""
    found = []
    for text in unmarked_texts(html):
        for phrase in EXEMPT:
            text = text.replace(phrase, " ")
        found += [text[max(0, m.start() - 40) : m.end() + 40] for m in MARKERS.finditer(text)]
    return found


def test_finder_sees_unmarked_nynorsk_and_english_and_trusts_lang():
    page = '<html lang="nb"><body><p>Rutinen «{}» gjelder.</p></body></html>'
    assert foreign_words(page.format("Rutinar ved fare for avbrot"))
    assert foreign_words(page.format("business as usual"))
    assert foreign_words(page.format('<span lang="nb">ikkje</span>'))
    assert not foreign_words(page.format('<span lang="nn">Rutinar ved fare for avbrot</span>'))
    assert not foreign_words(page.format('<span lang="en">business as usual</span>'))
    assert not foreign_words(page.format("<code>from x import y</code>"))
    assert not foreign_words(page.format("International Research Institute of Stavanger"))
    # Bokmål words that look like markers elsewhere are not markers here.
    assert not foreign_words(page.format("to og to er fire, for i dag er is godt, and og or"))
    # Spoken attributes and the widgets' data count as text.
    assert foreign_words('<html><body><button aria-label="Show the answer">x</button></body></html>')
    data = '<html><body><script type="application/json">{"a": ["ein tekst"]}</script></body></html>'
    assert foreign_words(data)


def test_no_unmarked_nynorsk_or_english_on_any_page(site):
    found = [
        f"{page.relative_to(site)}: …{hit}…"
        for page in pages(site)
        for hit in foreign_words(page.read_text("utf-8"))
    ]
    assert not found, "Nynorsk or English without lang (mark it with {nn}/{en} in the chapter, or with "
    "language: in data/; or add it to EXEMPT with the reason):\n" + "\n".join(found)


def test_data_quotes_and_chapter_phrases_carry_their_language(site):
    """Each non-bokmål quote from data is marked wherever it stands in «», and the chapter's
    ``{en}`` role gives a ``lang`` span too (endring: once from the role, once from data)."""
    from book.catalogue import load_catalogue

    quotes = foreign_phrases(load_catalogue()).quotes
    assert set(quotes.values()) == {"nn", "en"}  # the real data has both
    shown = 0
    for page in pages(site):
        soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        marked = [(" ".join(s.get_text().split()), s["lang"]) for s in soup.select("span[lang]")]
        text = " ".join(soup.get_text().split())
        for quote, language in quotes.items():
            if f"«{quote}»" in text:
                shown += 1
                assert (quote, language) in marked, (
                    f"{page.relative_to(site)}: «{quote}» has no lang={language}"
                )
    assert shown >= 2  # «Rutinar ved fare for avbrot» and «business as usual» are on pages
    endring = BeautifulSoup((site / "chapters/omrader/endring.html").read_text("utf-8"), "html.parser")
    english = [" ".join(span.get_text().split()) for span in endring.select('span[lang="en"]')]
    assert english == ["business as usual", "business as usual"]


def test_split_text_marks_quotes_in_guillemets_and_titles_anywhere():
    foreign = Foreign(quotes={"business as usual": "en"}, titles={"A Report Title": "en"})
    assert split_text("er «business\nas usual» for", foreign) == [
        ("er «", None),
        ("business\nas usual", "en"),
        ("» for", None),
    ]
    assert split_text("business as usual, uten «»", foreign) == [("business as usual, uten «»", None)]
    assert split_text("Se A Report Title.", foreign) == [("Se ", None), ("A Report Title", "en"), (".", None)]
    assert split_text("bare bokmål", Foreign(quotes={}, titles={})) == [("bare bokmål", None)]


def test_models_accept_only_nb_nn_en():
    assert Citation(source="a", section="1", quote="ikkje", language="nn").language == "nn"
    with pytest.raises(ValidationError, match="literal_error|Input should be 'nb', 'nn' or 'en'"):
        Citation(source="a", section="1", quote="nicht", language="de")
    with pytest.raises(ValidationError, match="give the quote too"):
        Citation(source="a", section="1", language="en")
    fields = {"key": "a", "short_title": "A", "title": "A", "authors": [], "year": None}
    fields |= {k: "x" for k in ("reference", "description", "method", "sample", "period")}
    fields |= {"limitations": [], "sections": [{"heading": "Forord"}]}
    assert Source(**fields).language == "nb"
    with pytest.raises(ValidationError):
        Source(**fields, language="no")


def test_unknown_language_in_data_is_one_precise_line(tmp_path):
    data = broken_copy(
        tmp_path, "sources.yml", '    title: "En rapport"\n', '    title: "En rapport"\n    language: de\n'
    )
    (message,) = errors_for(data)
    assert message.startswith("data/sources.yml:") and "field 'language'" in message, message
    assert "'nb', 'nn' or 'en'" in message, message


def test_bibliography_says_mfl_not_others():
    """BibTeX's ``and others`` is «mfl.» in the Norwegian style (pybtex printed «og others»)."""
    from pybtex.database import parse_string

    from book.ext.bibliography import NorwegianStyle

    bib = parse_string(
        "@techreport{a, author = {Schafft, Angelika and others}, title = {T}, year = {2015}, institution = {AFI}}"
        "@techreport{b, author = {Buland, Trond and Mordal, Siri}, title = {T}, year = {2017}, institution = {I}}",
        "bibtex",
    )
    texts = {e.key: e.text.render_as("text") for e in NorwegianStyle().format_entries(bib.entries.values())}
    assert texts["a"].startswith("Angelika Schafft mfl. T.") and "others" not in texts["a"]
    assert texts["b"].startswith("Trond Buland og Siri Mordal. T.")
