"""Print: Chromium's PDF of a page is complete (every tab, every fold) and has no navigation."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter

import pytest
from playwright.sync_api import expect

from book.catalogue import load_catalogue
from book.ext.printing import print_note, target_of
from tools.browser import visit

pytestmark = pytest.mark.browser

SCREEN_ONLY = ["Vis hele teksten", "Hovedmeny", "Til toppen", "Neste", "Forrige", "Ctrl"]


def printed_text(browser, base_url, path: str, tmp_path) -> str:
    """The page as Chromium prints it to A4, as plain text on one line."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: `make test-deps` installs poppler-utils")
    pdf = tmp_path / "page.pdf"
    with visit(browser, base_url, path) as opened:
        opened.page.pdf(path=pdf, format="A4")
        assert opened.problems() == {}
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.split())


LEVEL_TABS = {"nasjonalt": "Nasjonalt nivå", "fylke": "Fylkesnivå", "lokalt": "Lokalt nivå"}


def level_tabs() -> dict[str, str]:
    """Each level's tab label with its count, as the page shows it: «Fylkesnivå (22)»."""
    levels = Counter(r.level for r in load_catalogue().recommendations.values())
    return {level: f"{name} ({levels[level]})" for level, name in LEVEL_TABS.items()}


def test_printed_recommendations_have_all_levels_and_all_entries(browser, base_url, tmp_path):
    text = printed_text(browser, base_url, "chapters/anbefalinger.html", tmp_path)
    recommendations = load_catalogue().recommendations.values()
    assert len(recommendations) >= 30
    missing = [r.title for r in recommendations if " ".join(r.title.split()) not in text]
    assert missing == []
    for label in level_tabs().values():
        assert label in text
    assert [word for word in SCREEN_ONLY if word in text] == []


def test_a_printed_area_chapter_has_every_fold_open_and_links_say_where_they_go(browser, base_url, tmp_path):
    text = printed_text(browser, base_url, "chapters/omrader/arbeide-sammen.html", tmp_path)
    catalogue = load_catalogue()
    homed = [
        p
        for p in catalogue.practices.values()
        if catalogue.themes[catalogue.home_theme(p)].area == "arbeide-sammen"
    ]
    assert len(homed) >= 5
    missing = [p.id for p in homed if " ".join(p.description.split())[:80] not in text]
    assert missing == []
    assert "Godt grep" in text and "Barriere" in text
    assert (
        "Vurder dette temaet i selvvurderingen (se «Samarbeidsprosjekter» i «Selvvurdering av samarbeidet»)"
    ) in text
    assert [word for word in SCREEN_ONLY if word in text] == []


def test_printed_check_yourself_answers_are_open(browser, base_url, tmp_path):
    text = printed_text(browser, base_url, "chapters/stier/ny-i-samarbeidet.html", tmp_path)
    assert "OT er en tjeneste i fylkeskommunen" in text or "Sjekk deg selv" in text
    with visit(browser, base_url, "chapters/stier/ny-i-samarbeidet.html") as opened:
        answers = opened.page.locator("details .sd-summary-content, details .kb-fold-body")
        if answers.count():
            opened.page.emulate_media(media="print")
            expect(answers.first).to_be_visible()


def test_recommendations_open_on_the_county_tab(browser, base_url):
    with visit(browser, base_url, "chapters/anbefalinger.html") as opened:
        page = opened.page
        tabs = level_tabs()
        expect(page.get_by_label(tabs["fylke"])).to_be_checked()
        expect(page.get_by_label(tabs["nasjonalt"])).not_to_be_checked()


def test_print_notes_name_the_section_and_the_page():
    assert (
        print_note("Samarbeidsmøter", "Å arbeide sammen", "møtene")
        == " (se «Samarbeidsmøter» i «Å arbeide sammen»)"
    )
    assert print_note("Samarbeidsmøter", "Å arbeide sammen", "Samarbeidsmøter") == " (i «Å arbeide sammen»)"
    assert print_note(None, "Ordliste") == " (se «Ordliste»)"
    assert print_note(None, "Ordliste", "ordliste") == ""  # the link text names the page already
    assert target_of("../om-kildene.html#kilde-x", "chapters/stier/a") == ("chapters/om-kildene", "kilde-x")
    assert target_of("omrader/endring.html", "chapters/anbefalinger") == ("chapters/omrader/endring", "")


def test_a_printed_notebook_page_has_no_code_boxes_and_long_tables_run_on(browser, base_url, tmp_path):
    """Folded code prints as nothing (not an empty «Skjul koden» box); a table longer than the
    room left on a page starts on that page (the theme kept tables whole) with its header
    repeated on the next."""
    text = printed_text(browser, base_url, "chapters/tall/kunnskapsgrunnlaget.html", tmp_path)
    assert "Skjul koden" not in text and "Vis koden »" not in text
    assert "Grep og barrierer som bygger på én studie" in text
    pages = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(tmp_path / "page.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\f")
    header = "Tema IRIS SINTEF AFI Masteroppgave 2017 2010 2015"
    with_header = [i for i, page in enumerate(pages) if header in " ".join(page.split())]
    assert len(with_header) >= 2 and with_header[1] == with_header[0] + 1, with_header
