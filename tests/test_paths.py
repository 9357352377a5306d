"""Reading paths: steps come from the path page's numbered list; each step knows its neighbours."""

from __future__ import annotations

from book.ext.paths import bar_html, steps_of


def test_steps_know_their_neighbours_and_pages_on_two_paths_get_both():
    paths = {"chapters/stier/a": ["x", "y", "z"], "chapters/stier/b": ["y"]}
    first, only = steps_of(paths, "y")
    assert (first.number, first.count, first.previous, first.next) == (2, 3, "x", "z")
    assert (only.path, only.number, only.previous, only.next) == ("chapters/stier/b", 1, None, None)
    assert steps_of(paths, "elsewhere") == []


def test_bar_links_carry_the_path_and_say_where_the_reader_is():
    (step,) = steps_of({"chapters/stier/a": ["x", "y"]}, "x")
    html = bar_html(step, title=lambda d: {"chapters/stier/a": "Sti & co"}.get(d, d.upper()),
                    href=lambda d: f"{d}.html")
    assert "Du leser: <a href=\"chapters/stier/a.html\">Sti &amp; co</a> – steg 1 av 2" in html
    assert 'href="y.html?sti=a">Neste steg: Y' in html
    assert 'href="chapters/stier/a.html"><span aria-hidden="true">← </span>Til starten' in html
