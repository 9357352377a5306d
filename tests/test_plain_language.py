"""Plain language on the rendered pages: «Nav» in our own text, acronyms in the glossary,
today's counties noted, numbers that agree with their nouns, no placeholders."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from book import ROOT
from book.catalogue import load_catalogue
from book.ext.glossary_links import patterns_for
from book.markdown.counties import counties_named

# All-caps words that are not acronyms a reader needs explained: parts of a name whose whole is
# in the glossary (Ny GIV, I UNG), the trainer pages' file formats, and the reports' headings in
# capitals (listed on «Om kildene» only), the licences' names (CC BY, MIT), the WCAG levels (A, AA)
# and the last word of Uutilsynet's full name («... universell utforming av IKT»).
NOT_ACRONYMS = {"GIV", "UNG", "JSON", "CSV", "PC", "CC", "BY", "MIT", "AA", "IKT"}


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "_static" not in p.parts)


@cache
def our_text(path: Path) -> str:
    """The article's running text without citation labels, scripts and code."""
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article.bd-article") or soup.body
    for element in article.select(".kb-kilde, script, style, pre, code, .cell_input"):
        element.decompose()
    return " ".join(article.get_text(" ").split())


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def report_names(catalogue) -> list[str]:
    """Titles, references and section headings of the reports: their words, not ours."""
    names = set()
    for source in catalogue.sources.values():
        names |= {source.title, source.reference} | {s.heading for s in source.sections}
    return sorted((" ".join(n.split()) for n in names), key=len, reverse=True)


def capital_nav(text: str, names: list[str]) -> list[str]:
    """«NAV» outside «quotes» and outside the reports' titles and headings."""
    text = re.sub(r"«[^»]*»", "«»", text)
    for name in names:
        text = text.replace(name, "")
    return [text[max(0, m.start() - 40) : m.end() + 30] for m in re.finditer(r"\bNAV", text)]


def test_capital_nav_finder():
    names = ["Samarbeid mellom NAV og fylkeskommunen"]
    assert capital_nav("Til NAV og OT", names) == ["Til NAV og OT"]
    assert capital_nav("de kaller det «NAV sosial» (Samarbeid mellom NAV og fylkeskommunen)", names) == []


def test_nav_in_our_own_text(site, catalogue):
    names = report_names(catalogue)
    found = {str(p.relative_to(site)): hits for p in pages(site) if (hits := capital_nav(our_text(p), names))}
    assert found == {}


def test_number_agreement_in_figures(site, catalogue):
    """«1 respondenter» is wrong: a value of 1 takes the singular."""
    plural = [f.id for f in catalogue.figures.values() if f.value == 1 and re.search(r"(er|ene)$", f.unit)]
    assert plural == []
    for page in pages(site):
        assert not re.search(
            r"(?<![\d,.])1 (respondenter|personer|fylker|intervjuer|svar er)\b", our_text(page)
        ), page


def test_acronyms_are_explained_in_the_glossary(site, catalogue):
    """Every acronym in running text is matched by a glossary term, so its first use on each
    page links to the explanation (book/ext/glossary_links.py)."""
    patterns = patterns_for(catalogue.glossary.values())
    names = report_names(catalogue)
    unexplained = {}
    for page in pages(site):
        if page.name in ("om-kildene.html", "ordliste.html", "search.html"):
            continue  # the reports' titles and contents, and the glossary itself
        text = re.sub(r"«[^»]*»", "«»", our_text(page))  # quotes are the reports' words
        for name in names:  # so are the reports' titles and headings («AFI 2015, SAMMENDRAG»)
            text = text.replace(name, "")
        # Acronyms standing alone; in a compound («AMO-kurs») the glossary term is the compound.
        for word in set(re.findall(r"(?<![\w-])[A-ZÆØÅ]{2,}(?![\w-])", text)):
            explained_here = f"({word})" in text  # «Praktisk yrkeskvalifisering (PYK)»
            if (
                word not in NOT_ACRONYMS
                and not explained_here
                and not any(p.regex.fullmatch(word) for p in patterns)
            ):
                unexplained.setdefault(word, []).append(page.name)
    assert unexplained == {}


def test_first_use_of_an_acronym_links_to_the_glossary(site):
    soup = BeautifulSoup((site / "chapters" / "fylkene-forteller.html").read_text(), "html.parser")
    linked = {a.get_text() for a in soup.select("a.kb-term")}
    assert {"AID", "KS"} <= linked


def test_counties_named_finds_old_names_only():
    assert counties_named("Aust Agder, Nord-Trøndelag og Troms") == ["Aust-Agder", "Nord-Trøndelag", "Troms"]
    assert counties_named("Troms og Finnmark, Vestfold og Telemark, Møre og Romsdal") == []


def test_pages_naming_old_counties_say_what_they_are_today(site):
    missing = {}
    for page in pages(site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        note = soup.select_one(".kb-today")
        listed = {li.get_text().split(":")[0] for li in note.select("li")} if note else set()
        if note:
            note.decompose()
        article = soup.select_one("article.bd-article") or soup.body
        named = set(counties_named(" ".join(article.get_text(" ").split())))
        if named - listed:
            missing[page.name] = sorted(named - listed)
    assert missing == {}
    note = BeautifulSoup((site / "chapters" / "fylkene-forteller.html").read_text(), "html.parser")
    assert "Vår merknad" in note.select_one(".kb-today").get_text()


def test_no_placeholders_in_the_pages(site):
    for page in pages(site):
        assert "Tittel ikke oppgitt" not in page.read_text(encoding="utf-8"), page


# WCAG 1.3.3: an instruction never rests on colour, shape or place alone («trykk på den grønne
# knappen», «til høyre»). Instructions name the button or heading instead.
SENSORY = re.compile(
    r"\b(rød[te]?|grønn[e]?|blå[e]?|gul[e]?|oransje|sirkel(en)?|firkant(en)?|trekant(en)?"
    r"|til (høyre|venstre)|øverst til|nederst til|i hjørnet)\b",
    re.IGNORECASE,
)


def test_sensory_words_are_found():
    assert SENSORY.search("Trykk på den grønne knappen")
    assert SENSORY.search("menyen til venstre")
    assert not SENSORY.search("trekantsamtaler med ungdommen")


def test_instructions_do_not_rest_on_colour_shape_or_place(site):
    found = [f"{p.name}: {m[0]}" for p in pages(site) for m in SENSORY.finditer(our_text(p))]
    for script in sorted((ROOT / "widgets").rglob("*.js")):
        found += [f"{script.name}: {m[0]}" for m in SENSORY.finditer(script.read_text(encoding="utf-8"))]
    assert found == []
