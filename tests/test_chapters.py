"""The rendered chapters: every theme, practice, barrier and term has one home; links work."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from book.catalogue import load_catalogue
from book.widget_data import selvvurdering_data

NO_CITATION_NEEDED = {
    "index.html",
    "search.html",  # the landing page and search describe the book
    "404.html",
    "chapters/om-nettstedet.html",  # pages about the site itself
    "chapters/tilgjengelighetserklaering.html",
    "chapters/endringslogg.html",
}


@cache
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "_static" not in p.parts)


def ids_on(path: Path) -> set[str]:
    return {element["id"] for element in soup(path).find_all(id=True)}


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="module")
def all_ids(site) -> Counter:
    return Counter(i for page in pages(site) for i in ids_on(page))


def broken_links(site: Path, page: Path) -> list[str]:
    broken = []
    for link in soup(page).find_all("a", href=True):
        href = link["href"]
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or href.startswith("mailto:"):
            continue
        target = page if not parts.path else (page.parent / unquote(parts.path)).resolve()
        if not target.is_file():
            broken.append(f"{href} (no such file)")
        elif parts.fragment and parts.fragment not in ids_on(target):
            broken.append(f"{href} (no such anchor)")
    return broken


def test_link_checker_finds_broken_links(tmp_path):
    (tmp_path / "a.html").write_text(
        '<a href="b.html#x">1</a><a href="c.html">2</a><a href="#y">3</a><a href="https://nav.no">4</a>'
    )
    (tmp_path / "b.html").write_text('<p id="z"></p>')
    assert broken_links(tmp_path, tmp_path / "a.html") == [
        "b.html#x (no such anchor)",
        "c.html (no such file)",
        "#y (no such anchor)",
    ]


def test_no_broken_internal_links(site):
    broken = {str(p.relative_to(site)): b for p in pages(site) if (b := broken_links(site, p))}
    assert broken == {}


def test_every_page_cites_the_reports(site):
    missing = [
        str(p.relative_to(site))
        for p in pages(site)
        if str(p.relative_to(site)) not in NO_CITATION_NEEDED and not soup(p).select(".kb-kilde")
    ]
    assert missing == []


def test_every_theme_has_its_section_with_grep_and_barriers(site, catalogue):
    area_pages = sorted((site / "chapters" / "omrader").glob("*.html"))
    for theme in catalogue.themes.values():
        page = site / "chapters" / "omrader" / f"{theme.area}.html"
        assert page in area_pages, theme.id
        section = soup(page).find(id=f"tema-{theme.id}")
        assert section is not None, f"no section for theme {theme.id}"
        section = section if section.name == "section" else section.find_parent("section")
        grep = {e["id"] for e in section.select('[id^="grep-"]')} | {
            a["href"].split("#")[1] for a in section.select('a[href*="#grep-"]')
        }
        barriers = {e["id"] for e in section.select('[id^="barriere-"]')} | {
            a["href"].split("#")[1] for a in section.select('a[href*="#barriere-"]')
        }
        assert len(grep) >= 3, (theme.id, grep)
        assert len(barriers) >= 2, (theme.id, barriers)


def test_every_theme_practice_and_barrier_anchor_marks_its_own_heading(site, catalogue):
    """A link to an entry lands on that entry's heading (not on the next one's)."""
    wrong = {}
    entries = [("tema", t.id, t.name, t.area) for t in catalogue.themes.values()]
    for prefix, items in (("grep", catalogue.practices), ("barriere", catalogue.barriers)):
        for entry in items.values():
            home = catalogue.themes[catalogue.home_theme(entry)]
            entries.append((prefix, entry.id, entry.title, home.area))
    for prefix, entry_id, title, area in entries:
        page = site / "chapters" / "omrader" / f"{area}.html"
        element = soup(page).find(id=f"{prefix}-{entry_id}")
        section = (
            element
            if element and element.name == "section"
            else (element.find_parent("section") if element else None)
        )
        heading = section.find(["h2", "h3", "h4"]) if section else None
        text = heading.get_text("", strip=True).removesuffix("#") if heading else None
        if text != " ".join(title.split()):
            wrong[f"{prefix}-{entry_id}"] = text
    assert wrong == {}


def test_every_practice_and_barrier_has_exactly_one_home(all_ids, catalogue):
    for prefix, entries in (("grep", catalogue.practices), ("barriere", catalogue.barriers)):
        counts = {entry_id: all_ids[f"{prefix}-{entry_id}"] for entry_id in entries}
        assert {k: v for k, v in counts.items() if v != 1} == {}, prefix


def test_every_glossary_term_is_defined_once(all_ids, catalogue):
    counts = {term_id: all_ids[f"ord-{term_id}"] for term_id in catalogue.glossary}
    assert {k: v for k, v in counts.items() if v != 1} == {}


def test_widget_links_point_at_existing_sections(site, catalogue):
    data = selvvurdering_data(catalogue)
    hrefs = [t["href"] for t in data["themes"]] + [p["href"] for p in data["catalogue"]["practices"]]
    missing = []
    for href in hrefs:
        path, _, fragment = href.partition("#")
        if not (site / path).is_file() or fragment not in ids_on(site / path):
            missing.append(href)
    assert missing == []


def test_glossary_terms_are_linked_once_per_page(site, catalogue):
    linked_somewhere = False
    for page in pages(site):
        hrefs = [a["href"].split("#")[1] for a in soup(page).select("a.kb-term")]
        assert len(hrefs) == len(set(hrefs)), page
        linked_somewhere |= bool(hrefs)
        assert not soup(page).select("h1 a.kb-term, h2 a.kb-term, h3 a.kb-term"), page
    assert linked_somewhere
    assert not soup(site / "chapters" / "ordliste.html").select("a.kb-term")


def test_projector_slides_carry_no_glossary_links_and_their_chapters_do(site):
    """Slides are read from across a room: a link there is clutter. The same text in the area
    chapter keeps its links."""
    for slides in sorted((site / "chapters" / "kurs" / "projektor").glob("*.html")):
        if slides.name == "index.html":
            continue
        assert soup(slides).select(".kb-projector .kb-slide"), slides.name
        assert not soup(slides).select("a.kb-term"), slides.name
        assert soup(site / "chapters" / "omrader" / slides.name).select("a.kb-term"), slides.name


def test_glossary_patterns_match_inflections_and_exact_abbreviations():
    from types import SimpleNamespace

    from book.ext.glossary_links import patterns_for

    ot, kontor = patterns_for(
        [
            SimpleNamespace(id="ot", term="Oppfølgingstjenesten (OT)"),
            SimpleNamespace(id="kontor", term="NAV-kontor"),
        ]
    )
    assert ot.regex.search("kontakt med OT i dag").group(0) == "OT"
    assert ot.regex.search("OTTO-registeret og Nav-OT") is None
    assert ot.regex.search("oppfølgingstjenesten har").group(0) == "oppfølgingstjenesten"
    assert kontor.regex.search("på Nav-kontoret").group(0) == "Nav-kontoret"


def test_glossary_matcher_links_leftmost_pending_term_once():
    from types import SimpleNamespace

    from docutils import nodes

    from book.ext.glossary_links import _link_in, matcher_for

    matcher = matcher_for(
        [
            SimpleNamespace(id="ot", term="Oppfølgingstjenesten (OT)"),
            SimpleNamespace(id="kontor", term="NAV-kontor"),
        ]
    )
    paragraph = nodes.paragraph("", "", nodes.Text("OT og Nav-kontoret møtes; OT igjen, Nav-kontor igjen."))
    pending = {"ot", "kontor"}
    _link_in(paragraph.children[0], matcher, pending, "ordliste.html")
    links = [(ref.astext(), ref["refuri"]) for ref in paragraph.findall(nodes.reference)]
    assert links == [("OT", "ordliste.html#ord-ot"), ("Nav-kontoret", "ordliste.html#ord-kontor")]
    assert pending == set()
    assert paragraph.astext() == "OT og Nav-kontoret møtes; OT igjen, Nav-kontor igjen."
    # An already linked term is skipped; a pending one after it is still found.
    paragraph = nodes.paragraph("", "", nodes.Text("OT først, så Nav-kontor."))
    pending = {"kontor"}
    _link_in(paragraph.children[0], matcher, pending, "x.html")
    assert [ref.astext() for ref in paragraph.findall(nodes.reference)] == ["Nav-kontor"]
