"""Checks on the built HTML in ``_build/html`` (run after `make book`)."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from book.ext.render_blocking import JOINED_DIR, joined_sources
from tools.book_copy import build, copy_book

URL = re.compile(r"""(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}""", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)""", re.IGNORECASE)
# Elements and attributes that make a browser fetch something (plain <a href> does not).
FETCHING = {
    "script": "src",
    "link": "href",
    "img": "src",
    "iframe": "src",
    "source": "src",
    "video": "src",
    "audio": "src",
    "embed": "src",
    "object": "data",
    "track": "src",
}


def third_party_references(html: str) -> list[str]:
    """Every reference to another host that a browser would load from this HTML."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for tag, attribute in FETCHING.items():
        for element in soup.find_all(tag):
            value = element.get(attribute) or ""
            if URL.match(value):
                found.append(f"<{tag} {attribute}={value}>")
            if tag == "img" and element.get("srcset") and URL.search(element["srcset"]):
                found.append(f"<img srcset={element['srcset']}>")
    for script in soup.find_all("script", src=False):
        found += [f"inline script: {url}" for url in URL.findall(script.string or "")]
    for style in soup.find_all("style"):
        found += [f"inline style: {url}" for url in third_party_css(style.string or "")]
    for element in soup.find_all(style=True):
        found += [f"style attribute: {url}" for url in third_party_css(element["style"])]
    return found


def third_party_css(css: str) -> list[str]:
    return [url for match in CSS_URL.finditer(css) for url in match.groups() if url and URL.match(url)]


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "_static" not in p.parts)


def test_detector_finds_what_it_must():
    html = """<html><head><script src="https://cdn.example.org/a.js"></script>
    <link rel="stylesheet" href="//fonts.example.com/css"><style>@import "https://x.example.net/s.css";</style>
    <script>const THEBE_JS_URL = "https://unpkg.example.com/thebe"</script></head>
    <body><a href="https://www.nav.no">Nav</a><iframe src="https://video.example.org/v"></iframe>
    <div style="background: url(https://img.example.org/b.png)"></div></body></html>"""
    found = third_party_references(html)
    assert len(found) == 6, found
    assert not any("nav.no" in item for item in found)


def test_no_page_loads_anything_from_another_host(site):
    offenders = {
        str(page.relative_to(site)): refs
        for page in html_pages(site)
        if (refs := third_party_references(page.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_no_stylesheet_loads_anything_from_another_host(site):
    offenders = {
        str(css.relative_to(site)): refs
        for css in site.rglob("*.css")
        if (refs := third_party_css(css.read_text(encoding="utf-8", errors="replace")))
    }
    assert offenders == {}


def test_pages_are_norwegian(site):
    for page in html_pages(site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert soup.html.get("lang") == "nb", page
        assert soup.html.get("data-theme") == "light", page


def test_search_uses_norwegian_stemming(site):
    assert "NorwegianStemmer" in (site / "_static" / "language_data.js").read_text()


def test_footer_shows_this_year_and_no_english_theme_strings(site):
    text = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    footer = text.select_one(".bd-footer-content").get_text(" ", strip=True)
    assert f"© {date.today().year} Samarbeidsboka" in footer
    html = (site / "index.html").read_text(encoding="utf-8")
    for english in [
        "Skip to main content",
        "Back to top",
        "Toggle primary sidebar",
        'aria-label="Main"',
        "Link to this heading",
        "By Samarbeidsboka",
    ]:
        assert english not in html


def test_no_thebe_or_launch_buttons(site):
    for page in html_pages(site):
        html = page.read_text(encoding="utf-8")
        assert "thebe" not in html.lower(), page
        assert "launch-buttons" not in html, page


def build_copy(tmp_path: Path, edit) -> tuple[subprocess.CompletedProcess, str]:
    copy_book(tmp_path)
    edit(tmp_path)
    result = build(tmp_path, "--all")
    return result, result.stdout + result.stderr


@pytest.mark.build
def test_build_stops_on_broken_data_before_sphinx_writes_pages(tmp_path):
    def break_area(book: Path):
        framework = book / "data" / "framework.yml"
        text = framework.read_text(encoding="utf-8")
        first_area = re.search(r"^  - id: (\S+)", text, re.M).group(1)
        framework.write_text(text.replace(f"area: {first_area}", "area: no-such-area", 1))

    result, output = build_copy(tmp_path, break_area)
    assert result.returncode != 0
    assert "unknown area 'no-such-area'" in output
    assert "data/framework.yml:" in output
    assert not (tmp_path / "_build" / "html" / "index.html").exists()


@pytest.mark.build
def test_build_fails_on_an_unknown_citation_section_or_theme_id(tmp_path):
    def break_citation(book: Path):
        page = book / "chapters" / "om-kildene.md"
        text = page.read_text(encoding="utf-8")
        assert "{kilde}`iris2017 Sammendrag`" in text
        page.write_text(text.replace("{kilde}`iris2017 Sammendrag`", "{kilde}`iris2017 9.9.9`"))

    def break_theme(book: Path):
        page = book / "chapters" / "omrader" / "arbeide-sammen.md"
        text = page.read_text(encoding="utf-8")
        assert "{kb-theme} samarbeidsmoter" in text
        page.write_text(text.replace("{kb-theme} samarbeidsmoter", "{kb-theme} samarbeidsmote", 1))

    result, output = build_copy(tmp_path, lambda book: (break_citation(book), break_theme(book)))
    assert result.returncode != 0
    assert "kilde: unknown section '9.9.9' in source 'iris2017'" in output
    assert "kb-theme: unknown id 'samarbeidsmote' (did you mean 'samarbeidsmoter'?)" in output


def test_sources_page_lists_all_five_reports_with_norwegian_references(site):
    soup = BeautifulSoup((site / "chapters" / "om-kildene.html").read_text(encoding="utf-8"), "html.parser")
    entries = soup.select('[role="listitem"].citation')
    assert len(entries) == 5
    text = " ".join(entry.get_text(" ", strip=True) for entry in entries).replace("\xa0", " ")
    assert " and " not in text and "Buland, Christin Tønseth og Ida Holth Mathiesen" in text
    for key in ["iris2017", "sintef2010", "afi2015", "iris2017kort", "master-samskaping"]:
        assert soup.find(id=f"kilde-{key}"), key


@pytest.mark.build
def test_preview_rebuilds_only_the_pages_that_render_the_changed_data(tmp_path):
    result, output = build_copy(tmp_path, lambda book: None)
    assert result.returncode == 0, output[-2000:]
    timeline = tmp_path / "data" / "timeline.yml"
    timeline.write_text(timeline.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    rebuilt = build(tmp_path, env={"KB_JOBS": "1"})  # read serially: the log names each page it reads
    assert rebuilt.returncode == 0, rebuilt.stdout[-2000:]
    plain = re.sub(r"\x1b\[[0-9;]*m", "", rebuilt.stdout)
    read = re.findall(r"^reading sources\.\.\. \[\s*\d+%\] (\S+)$", plain, re.M)
    # The timeline is rendered by the introduction and drawn by the one notebook whose page names
    # timeline.yml (book/ext/notebook_inputs.py); that notebook alone runs again. Nothing else is
    # re-read: not the other notebook chapters, which keep their cached outputs.
    assert "chapters/innledning" in read, rebuilt.stdout[-2000:]
    expected = {"chapters/innledning", "chapters/stier/for-kursholdere", "chapters/tall/over-tid"}
    assert sorted(set(read) - expected) == [], f"re-read: {read}"
    assert plain.count("Executing notebook using") == 1, plain[-2000:]


# Every script and stylesheet any page loads (site-relative; content-hashed names folded). A
# theme or extension script that comes back (fontawesome, copybutton, thebe …) fails this test;
# a new one of ours is added here on purpose. Stylesheets count with the sheets inside the
# joined ones (book/ext/render_blocking.py). Every script is deferred (or a module) except
# BLOCKING_SCRIPTS: the theme's colour-mode script, which must run before the first paint.
BLOCKING_SCRIPTS = {"_static/kb/inline/*.js"}
ALLOWED_SCRIPTS = {
    "_static/design-tabs.js",
    "_static/doctools.js",
    "_static/documentation_options.js",
    "_static/language_data.js",
    "_static/searchtools.js",
    "_static/sphinx_highlight.js",
    "_static/scripts/bootstrap.js",
    "_static/scripts/pydata-sphinx-theme.js",
    "_static/scripts/sphinx-book-theme.js",
    "searchindex.js",
    "_static/kb/folds.js",
    "_static/kb/inline/*.js",
    "_static/kb/paths.js",
    "_static/kb/scroll-cue.js",
    "_static/kb/search-page.js",
    "_static/kb/search-weights.js",
    "_static/kb/tooltips.js",
    "_static/kb/translations.js",
    "_static/kb/widgets/file-warning.js",
    "_static/kb/widgets/host.js",
    "_static/kb/widgets/projector.js",
    "_static/kb/widgets/quiz/quiz.js",
}
ALLOWED_STYLES = {
    "_static/mystnb.*.css",
    "_static/pygments.css",
    "_static/sphinx-design.min.css",
    "_static/styles/pydata-sphinx-theme.css",
    "_static/styles/sphinx-book-theme.css",
    "_static/styles/theme.css",
    "_static/kb/inline/*.css",
    "_static/kb/joined/*.css",
    "_static/kb/kb.css",
    "_static/kb/print.css",
    "_static/kb/charts.css",
    "_static/kb/trainer.css",
    "_static/kb/widgets/gruppe/gruppe.css",
    "_static/kb/widgets/projector.css",
    "_static/kb/widgets/quiz/quiz.css",
    "_static/kb/widgets/selvvurdering/selvvurdering.css",
    "_static/kb/widgets/utforsk/utforsk.css",
}


def asset_name(url: str) -> str:
    """Site-relative path; content-hashed file names folded to ``*``."""
    path = re.sub(r"^(\.\./)+", "", url).split("?")[0]
    path = re.sub(r"^_static/kb/(inline|joined)/[0-9a-f]{16}\.(js|css)$", r"_static/kb/\1/*.\2", path)
    return re.sub(r"^_static/mystnb\.[0-9a-f]{64}\.css$", "_static/mystnb.*.css", path)


def test_pages_load_exactly_the_allowed_scripts_and_stylesheets(site):
    scripts, styles, blocking = set(), set(), set()
    for page in site.rglob("*.html"):
        if "_static" in page.parts:
            continue
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        scripts |= {asset_name(tag["src"]) for tag in html.select("script[src]")}
        styles |= {asset_name(tag["href"]) for tag in html.select("link[rel~=stylesheet]")}
        blocking |= {
            asset_name(tag["src"])
            for tag in html.select("script[src]")
            if not ({"defer", "async"} & set(tag.attrs) or tag.get("type") == "module")
        }
    for joined in (site / JOINED_DIR).glob("*.css"):
        styles |= {asset_name(path) for path, _ in joined_sources(joined.read_text(encoding="utf-8"))}
    assert scripts == ALLOWED_SCRIPTS
    assert styles == ALLOWED_STYLES
    assert blocking == BLOCKING_SCRIPTS


def test_the_widget_host_runs_before_the_other_deferred_scripts(site):
    """Deferred and module scripts run in page order: the tool must not wait for the theme's."""
    html = BeautifulSoup(
        (site / "chapters/verktoy/selvvurdering.html").read_text(encoding="utf-8"), "html.parser"
    )
    deferred = [
        s["src"]
        for s in html.find_all("script", src=True)
        if s.get("type") == "module" or s.has_attr("defer")
    ]
    assert "widgets/host.js" in deferred[0], deferred[:3]
