"""What a reader sees: visible words of built pages and of a reading path's steps.

Words inside a ``<details>`` fold do not count (its summary does); a step is what its links
point at (a section, or a whole page). Used by ``tests/test_paths.py`` and ``make bench``.
"""

from __future__ import annotations

import re
from copy import copy
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, Tag

PATH_PAGE = "chapters/stier/ny-i-samarbeidet.html"
STEPS_SECTION = "sti-ny-steg"
WORDS_PER_MINUTE = 200
BUDGET = 12_000
SKIPPED_LINKS = ".kb-kilde a, a.kb-term, a.headerlink"  # citations and glossary links are not steps


def article(path: Path) -> Tag:
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return soup.select_one("article.bd-article") or soup.body


def visible_words(element: Tag) -> int:
    """Words a reader sees without opening a fold (hidden elements and scripts excluded)."""
    element = copy(element)
    for fold in element.find_all("details"):
        summary = fold.find("summary")
        for child in list(fold.children):
            if child is not summary:
                child.extract()
    # screen-reader-only and print-only text is not on the screen
    for hidden in element.select(
        "script, style, template, [hidden], .headerlink, .visually-hidden, .kb-print-only"
    ):
        hidden.decompose()
    return len(re.findall(r"\w+", element.get_text(" ")))


def target_of(page: Path, href: str) -> Tag | None:
    """What a link asks the reader to read: the section it points at, or the whole page.

    None for a section of the path page itself, which is counted whole anyway."""
    parts = urlsplit(href)
    if not parts.path:
        return None
    target = page if not parts.path else (page.parent / unquote(parts.path)).resolve()
    whole = article(target)
    if not parts.fragment:
        return whole
    found = whole.find(id=parts.fragment)
    assert found is not None, f"{href}: no such anchor"
    return found if found.name == "section" else found.find_parent("section")


def steps(site: Path) -> list[tuple[str, int | None, list[Tag]]]:
    """(step text, stated minutes, what it links to) for each item of the path's list."""
    page = site / PATH_PAGE
    section = article(page).find(id=STEPS_SECTION)
    section = section if section.name == "section" else section.find_parent("section")
    found = []
    for item in section.find("ol").find_all("li", recursive=False):
        skipped = set(map(id, item.select(SKIPPED_LINKS)))
        links = [a["href"] for a in item.find_all("a", href=True) if id(a) not in skipped]
        text = " ".join(item.get_text(" ").split())
        minutes = re.search(r"\((\d+) minutter\)", text)
        found.append(
            (text[:60], int(minutes.group(1)) if minutes else None, [target_of(page, href) for href in links])
        )
    return found


def measure(site: Path) -> tuple[int, list[tuple[str, int, int | None]]]:
    """Total visible words on the path, and per step (text, words, stated minutes)."""
    per_step = []
    seen: set[int] = set()
    for text, minutes, targets in steps(site):
        words = 0
        for target in targets:
            if target is not None and id(target) not in seen:  # a section linked twice is read once
                seen.add(id(target))
                words += visible_words(target)
        per_step.append((text, words, minutes))
    own = visible_words(article(site / PATH_PAGE))
    return own + sum(words for _, words, _ in per_step), per_step


def practices_are_folded(site: Path) -> bool:
    """True once the area chapters fold each practice's details away (issue 9, presentation)."""
    page = article(site / "chapters" / "omrader" / "endring.html")
    # A fold inside a theme's section, other than the quiz's answers and our county note.
    ours = ("kb-quiz", "kb-today")
    return any(
        not fold.find_parent(class_=ours) and fold.find_parent(id=re.compile("^tema-"))
        for fold in page.find_all("details")
    )


AREA_PAGES = (
    "to-organisasjoner-motes",
    "arbeide-sammen",
    "relasjoner-og-egenskaper",
    "felles-forstaelse",
    "endring",
)


def area_words(site: Path) -> dict[str, int]:
    """Visible words of each area chapter."""
    return {
        area: visible_words(article(site / "chapters" / "omrader" / f"{area}.html")) for area in AREA_PAGES
    }
