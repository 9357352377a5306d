"""Data → MyST Markdown: pure functions, tested on the fixture catalogue."""

from __future__ import annotations

import pytest

from book.catalogue import load_catalogue
from book.ext.citations import parse_citations
from book.markdown import escape, ref
from book.markdown.framework import framework_markdown
from book.markdown.sources import sources_markdown
from book.markdown.themes import theme_markdown

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(FIXTURES / "data", seeds=FIXTURES / "seeds")


def test_escape_keeps_data_text_literal():
    assert escape("<script>alert(1)</script>") == r"\<script\>alert(1)\</script\>"
    assert escape("a *b* [c](d) `e`\n  f") == r"a \*b\* \[c\](d) \`e\` f"
    assert escape("«Nav» og NAV-kontor") == "«Nav» og NAV-kontor"


def test_framework_markdown_describes_areas_and_links_themes(catalogue):
    text = framework_markdown(catalogue)
    assert "## 1. Organisering" in text
    assert "Les mer i kapitlet {ref}`Organisering <omrade-organisering>`" in text
    assert "- {ref}`Samarbeidsavtaler <tema-avtaler>`" in text
    assert "{kilde}`rapport-a 4.1`" in text


def test_theme_markdown_renders_practices_barriers_example_and_links(catalogue):
    text = theme_markdown(catalogue, "avtaler")
    assert text.startswith("(tema-avtaler)=\n## Samarbeidsavtaler\n")
    assert "### Gode grep" in text and "(grep-korte-avtaler)=\n#### Skriv korte avtaler" in text
    assert "> **Eksempel – Telemark:** Avtalen var på to sider. {kilde}`rapport-a 1`" in text
    assert "(barriere-skepsis-til-avtaler)=\n#### Skepsis til formelle avtaler" in text
    assert "*Grep som kan hjelpe:* {ref}`Skriv korte avtaler <grep-korte-avtaler>`." in text
    assert "### Slik gjorde de det: Telemark" in text
    assert "{ref}`Vurder dette temaet i selvvurderingen <sv-tema-avtaler>`" in text


def test_theme_markdown_gives_an_overview_and_folds_each_entry(catalogue):
    text = theme_markdown(catalogue, "avtaler")
    overview, _, entries = text.partition("### Gode grep")
    assert "**Gode grep i temaet**" in overview and "**Barrierer i temaet**" in overview
    assert "- {ref}`Skriv korte avtaler <grep-korte-avtaler>`: " in overview
    assert "{kilde}" not in overview.split("**Gode grep i temaet**")[1]
    assert (
        "(grep-korte-avtaler)=\n#### Skriv korte avtaler\n\n::::{kb-fold} Skriv korte avtaler\n"
        ":kind: grep\n" in entries
    )
    assert ":kind: barriere" in entries
    assert entries.count("::::{kb-fold}") == entries.count("\n::::\n")


def test_first_sentence_is_the_one_line_of_an_entry():
    from book.markdown.themes import first_sentence

    assert first_sentence("Kort. Lang setning her.") == "Kort."
    assert first_sentence("Hva nå? «Sitat» her.") == "Hva nå?"
    long = "En " + "lang " * 20 + "setning; med et tillegg. Neste."
    assert first_sentence(long) == "En " + "lang " * 20 + "setning."


def test_ref_text_cannot_break_the_role():
    assert ref("grep-x", "A <b> `c`") == "{ref}`A ‹b› 'c' <grep-x>`"


def test_sources_markdown_lists_method_and_table_of_contents(catalogue):
    text = sources_markdown(catalogue, heading_level=3)
    assert "(kilde-rapport-a)=\n### Rapport A\n\n*En rapport*" in text
    assert "Metode\n: Intervjuer." in text
    assert "- 4.1 Organisering" in text


def test_parse_citations():
    first, second = parse_citations("iris2017 4.2.1; sintef2010 Gode grep i Troms")
    assert (first.source, first.section) == ("iris2017", "4.2.1")
    assert (second.source, second.section) == ("sintef2010", "Gode grep i Troms")
    with pytest.raises(ValueError, match="expected '<source key> <section>'"):
        parse_citations("iris2017")
