"""Reading paths: steps know their neighbours, and «Ny i samarbeidet» holds its promise: «Ny i samarbeidet» fits in about an hour.

A reader reads what a step links to (a whole page, or the section a link points at) plus the
path page itself, and sees only what is open: inside a ``<details>`` fold only the summary
counts. At 200 words a minute an hour is 12,000 words; each step's stated minutes must cover
its words.
"""

from __future__ import annotations

from bs4 import BeautifulSoup
from docutils import nodes
from sphinx import addnodes

from book.ext.paths import bar_html, resolve_steps, step_links, steps_in, steps_of
from tools.reading import BUDGET, WORDS_PER_MINUTE, measure, steps, visible_words


def test_every_step_links_to_what_to_read_and_states_its_minutes(site):
    found = steps(site)
    assert len(found) >= 5
    for text, minutes, targets in found:
        assert targets, f"step without a link: {text}"
        assert minutes, f"step without minutes: {text}"
    assert 45 <= sum(m for _, m, _ in found) <= 60


def test_visible_words_skip_folds_but_count_their_summaries():
    html = (
        "<article class='bd-article'><p>en to tre</p><details><summary>fire fem</summary>"
        "<p>skjult skjult skjult</p></details><p hidden>borte</p>"
        "<p><span class='visually-hidden'>for skjermleser</span><span class='kb-print-only'>papir</span></p></article>"
    )
    assert visible_words(BeautifulSoup(html, "html.parser").article) == 5


def test_new_staff_path_fits_in_an_hour(site):
    """The words a reader sees on the path's steps, folds closed, fit in 60 minutes."""
    total, per_step = measure(site)
    report = "; ".join(f"{t.split('(')[0].strip()[:30]}: {w} words ({m} min)" for t, w, m in per_step)
    too_long = [t for t, w, m in per_step if m is not None and w > (m + 1) * WORDS_PER_MINUTE]
    assert total <= BUDGET, f"path shows {total} words (budget {BUDGET}). {report}"
    assert too_long == [], f"steps whose minutes do not cover their words: {too_long}. {report}"


def test_steps_know_their_neighbours_and_pages_on_two_paths_get_both():
    paths = {"chapters/stier/a": ["x", "y", "z"], "chapters/stier/b": ["y"]}
    first, only = steps_of(paths, "y")
    assert (first.number, first.count, first.previous, first.next) == (2, 3, "x", "z")
    assert (only.path, only.number, only.previous, only.next) == ("chapters/stier/b", 1, None, None)
    assert steps_of(paths, "elsewhere") == []


def test_bar_links_carry_the_path_and_say_where_the_reader_is():
    (step,) = steps_of({"chapters/stier/a": ["x", "y"]}, "x")
    html = bar_html(
        step, title=lambda d: {"chapters/stier/a": "Sti & co"}.get(d, d.upper()), href=lambda d: f"{d}.html"
    )
    assert 'Du leser: <a href="chapters/stier/a.html">Sti &amp; co</a> – steg 1 av 2' in html
    assert 'href="y.html?sti=a">Neste steg: Y' in html
    assert 'href="chapters/stier/a.html"><span aria-hidden="true">← </span>Til starten' in html


def _path_page(*items: list[tuple[str, str]]) -> nodes.document:
    """A path page's doctree: one numbered list, each item with the given (reftype, target) links."""
    document = nodes.document(None, None)
    listing = nodes.enumerated_list()
    for links in items:
        item = nodes.list_item()
        for reftype, target in links:
            item += addnodes.pending_xref("", reftype=reftype, reftarget=target)
        listing += item
    document += listing
    return document


def test_steps_are_read_from_the_path_page_alone_and_resolved_when_every_page_is_read():
    """Pages may be read in any order and in several processes (``-j``): a ``{ref}`` to a section
    of a page not read yet is kept as read, and becomes a step once the labels are known."""
    page = _path_page(
        [("doc", "../innledning")],
        [("ref", "sv-seksjon"), ("doc", "/chapters/rammeverket")],
        [("doc", "ny-i-samarbeidet")],  # the path page itself: not a step
        [("ref", "ukjent")],  # a label no page defines: not a step
    )
    links = step_links(page, "chapters/stier/ny-i-samarbeidet")
    assert links == [
        [
            [("doc", "chapters/innledning")],
            [("ref", "sv-seksjon"), ("doc", "chapters/rammeverket")],
            [("doc", "chapters/stier/ny-i-samarbeidet")],
            [("ref", "ukjent")],
        ]
    ]
    labels = {"sv-seksjon": ("chapters/omrader/endring", "sv-seksjon", "Seksjon")}
    assert resolve_steps(links, "chapters/stier/ny-i-samarbeidet", labels) == [
        "chapters/innledning",
        "chapters/omrader/endring",
    ]
    # Before the section's page is read, the item falls back to its next link.
    assert steps_in(page, "chapters/stier/ny-i-samarbeidet") == [
        "chapters/innledning",
        "chapters/rammeverket",
    ]


def test_a_path_page_offers_its_first_step_right_after_the_list_of_steps(site):
    """«Begynn med steg 1» follows the steps, not the end of the page after «Sjekk deg selv»."""
    for page in sorted((site / "chapters" / "stier").glob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        (start,) = soup.select("nav.kb-path-start")
        assert start.find_previous_sibling().name == "ol", page.name
        assert start.get_text(" ", strip=True).startswith("Begynn med steg 1:"), page.name
