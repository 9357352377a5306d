"""``make release`` and ``make linkcheck`` helpers, on small fixtures (no build needed)."""

from __future__ import annotations

import zipfile

from tools.linkcheck import external_links
from tools.release import make_release, placeholders


def test_release_folder_has_the_site_a_reproducible_zip_and_checksums(tmp_path):
    site = tmp_path / "html"
    (site / "chapters").mkdir(parents=True)
    (site / "index.html").write_text("<p>forside</p>", encoding="utf-8")
    (site / "chapters" / "a.html").write_text("<p>a</p>", encoding="utf-8")
    pdf = tmp_path / "book.pdf"
    pdf.write_bytes(b"%PDF-1.7 stand-in")
    extras = {pdf: "{name}.pdf", tmp_path / "missing.zip": "{name}-offline.zip"}
    folder = make_release(site, tmp_path / "release", extras)
    assert folder.name.startswith("samarbeidsboka-")
    assert (folder / f"{folder.name}.pdf").read_bytes() == b"%PDF-1.7 stand-in"
    assert not (folder / f"{folder.name}-offline.zip").exists()  # not made: not claimed
    assert (folder / "nettsted" / "chapters" / "a.html").is_file()
    [archive] = folder.glob("*-nettsted.zip")
    with zipfile.ZipFile(archive) as opened:
        assert sorted(opened.namelist()) == [f"{folder.name}/chapters/a.html", f"{folder.name}/index.html"]
    first = archive.read_bytes()
    assert make_release(site, tmp_path / "release", extras) == folder
    assert archive.read_bytes() == first  # same site, same bytes
    sums = (folder / "SHA256SUMS").read_text(encoding="utf-8")
    assert archive.name in sums and f"{folder.name}.pdf" in sums


def test_release_names_the_settings_still_to_fill_in():
    config = 'a: 1\n    kb_publisher: "(fylles ut av utgiveren)"\n# x: (fylles ut av utgiveren)\n'
    assert placeholders(config) == ["kb_publisher"]


def test_linkcheck_lists_external_links_with_their_pages(tmp_path):
    (tmp_path / "a.html").write_text(
        '<a href="https://nav.no">x</a><a href="b.html">y</a><link href="https://cdn.example.org/x.css">'
    )
    (tmp_path / "b.html").write_text('<a href="https://nav.no">x</a><a href="mailto:a@b">m</a>')
    assert external_links(tmp_path) == {"https://nav.no": ["a.html", "b.html"]}
