"""book/ext/render_blocking.py: one joined stylesheet per page, scripts deferred (unit and build)."""

from __future__ import annotations

import re
from pathlib import Path

from book.ext.render_blocking import (
    JOINED_DIR,
    blocking_requests,
    defer_scripts,
    join_stylesheets,
    joined_sources,
    rebase_css,
    rewrite_site,
)

HEAD = """<html><head>
  <script data-cfasync="false" src="mode.js"></script>
  <noscript><link rel="stylesheet" href="noscript.css"></noscript>
  <link href="a.css?digest=1" rel="stylesheet" />
  <link rel="stylesheet" media="print" href="middle-print.css" />
  <link rel="stylesheet" type="text/css" href="b.css" />
  <link rel="stylesheet" media="print" href="print.css" />
  <link rel="icon" href="icon.svg">
  <script src="options.js"></script>
  <script src="uses-options.js"></script>
  <script type="module" src="host.js"></script>
  <script defer src="already.js"></script>
  <script type="application/json">{"a": 1}</script>
</head><body><p>x</p></body></html>"""


def _join(page: str) -> tuple[str, list[tuple[str, str]], list[str]]:
    parts, written = [], []

    def css_of(href, media):
        parts.append((href, media))
        return f"/* {href} */"

    def write(css):
        written.append(css)
        return "joined.css"

    return join_stylesheets(page, css_of, write), parts, written


def test_the_blocking_stylesheets_become_one_link_in_their_order():
    html, parts, written = _join(HEAD)
    # The print sheet between two blocking ones keeps its place (wrapped in @media by css_of);
    # the one after the last blocking sheet never blocks and stays a link of its own.
    assert parts == [("a.css?digest=1", ""), ("middle-print.css", "print"), ("b.css", "")]
    assert written == ["/* a.css?digest=1 */\n/* middle-print.css */\n/* b.css */"]
    links = re.findall(r"<link[^>]*>", html)
    assert links == [
        '<link rel="stylesheet" href="noscript.css">',
        '<link rel="stylesheet" href="joined.css">',
        '<link rel="stylesheet" media="print" href="print.css" />',
        '<link rel="icon" href="icon.svg">',
    ]


def test_a_page_without_blocking_stylesheets_is_left_alone():
    page = '<head><link rel="stylesheet" media="print" href="p.css"></head>'
    assert _join(page)[0] == page


def test_scripts_are_deferred_in_order_except_the_one_that_must_run_before_paint():
    html = defer_scripts(HEAD)
    assert '<script data-cfasync="false" src="mode.js">' in html
    assert '<script defer="defer" src="options.js"></script>' in html
    assert '<script defer="defer" src="uses-options.js"></script>' in html
    assert html.index("options.js") < html.index("uses-options.js")  # order kept
    assert '<script type="module" src="host.js">' in html
    assert '<script defer src="already.js">' in html
    assert '<script type="application/json">' in html
    assert defer_scripts(html) == html


def test_scripts_before_one_that_must_block_keep_blocking():
    page = '<script src="a.js"></script><script data-cfasync="false" src="b.js"></script><script src="c.js"></script>'
    assert defer_scripts(page) == (
        '<script src="a.js"></script><script data-cfasync="false" src="b.js"></script>'
        '<script defer="defer" src="c.js"></script>'
    )


def test_blocking_requests_are_counted_from_the_head():
    assert blocking_requests(HEAD) == ["a.css?digest=1", "b.css", "mode.js", "options.js", "uses-options.js"]
    assert blocking_requests(defer_scripts(_join(HEAD)[0])) == ["joined.css", "mode.js"]


def test_css_is_rebased_to_the_joined_folder_with_imports_inlined():
    files = {
        "_static/styles/theme.css": '@charset "utf-8";\n@import "../basic.css";\n.t{}',
        "_static/basic.css": ".b{background:url(file.png)}\n/*# sourceMappingURL=basic.css.map */",
    }
    css = files["_static/styles/theme.css"] + (
        '\n@font-face{src:url("../vendor/f.woff2?v=1#x") format("woff2")}'
        "\n.i{background:url(\"data:image/svg+xml,%3Csvg xmlns='http://x'/%3E\")}"
        "\n.j{background:url(/abs.png)}"
    )
    out = rebase_css(css, "_static/styles/theme.css", "_static/kb/joined", files.__getitem__)
    assert out.startswith('\n.b{background:url("../../file.png")}')
    assert "@import" not in out and "@charset" not in out and "sourceMappingURL" not in out
    assert 'url("../../vendor/f.woff2?v=1#x")' in out
    assert "url(\"data:image/svg+xml,%3Csvg xmlns='http://x'/%3E\")" in out
    assert "url(/abs.png)" in out


def test_an_import_with_media_is_wrapped_and_a_remote_import_is_refused():
    files = {"x.css": ".x{}"}
    assert (
        rebase_css('@import url("x.css") print;', "a.css", ".", files.__getitem__)
        == "@media print {\n.x{}\n}"
    )
    try:
        rebase_css('@import "https://cdn.example.org/x.css";', "a.css", ".", files.__getitem__)
    except ValueError as error:
        assert "cannot be joined" in str(error)
    else:
        raise AssertionError("a remote @import was joined")


def _mini_site(root: Path) -> None:
    (root / "_static" / "sub").mkdir(parents=True)
    (root / "_static" / "a.css").write_text(".a{background:url(sub/i.png)}")
    (root / "_static" / "p.css").write_text("@page{margin:1cm}.p{}")
    (root / "_static" / "sub" / "i.png").write_bytes(b"png")
    (root / "chapters").mkdir()
    head = (
        '<html><head><link rel="stylesheet" href="{r}_static/a.css?v=1">'
        '<link rel="stylesheet" media="print" href="{r}_static/p.css">'
        '<link rel="stylesheet" href="{r}_static/a.css"><script src="{r}_static/s.js"></script></head></html>'
    )
    (root / "index.html").write_text(head.format(r=""))
    (root / "chapters" / "one.html").write_text(head.format(r="../"))


def test_the_site_shares_one_content_hashed_file_per_set_and_rebuilds_the_same(tmp_path):
    _mini_site(tmp_path)
    assert rewrite_site(tmp_path) == {next((tmp_path / JOINED_DIR).glob("*.css")).name: 2}
    joined = next((tmp_path / JOINED_DIR).glob("*.css"))
    css = joined.read_text()
    assert joined_sources(css) == [("_static/a.css", ""), ("_static/p.css", "print"), ("_static/a.css", "")]
    assert 'url("../../sub/i.png")' in css and "@media print {\n@page{margin:1cm}.p{}\n}" in css
    page = (tmp_path / "chapters" / "one.html").read_text()
    assert f'<link rel="stylesheet" href="../{JOINED_DIR}/{joined.name}">' in page
    assert '<script defer="defer" src="../_static/s.js">' in page
    # An incremental build rewrites some pages and leaves the others joined: the result is the same.
    before = {p: p.read_text() for p in tmp_path.rglob("*.html")}
    (tmp_path / "_static" / "stale.css").write_text("")
    rewrite_site(tmp_path)
    assert {p: p.read_text() for p in tmp_path.rglob("*.html")} == before
    assert [f.name for f in (tmp_path / JOINED_DIR).glob("*.css")] == [joined.name]


def test_every_built_page_has_one_blocking_stylesheet_and_one_blocking_script(site):
    pages = [p for p in site.rglob("*.html") if "_static" not in p.relative_to(site).parts]
    assert len(pages) > 30
    for page in pages:
        blocking = blocking_requests(page.read_text(encoding="utf-8"))
        assert len(blocking) <= 2, (page, blocking)
        assert [b for b in blocking if "/kb/joined/" in b], (page, blocking)
        for href in blocking:
            assert (page.parent / href.split("?")[0]).is_file(), (page, href)


def test_joined_stylesheets_name_only_files_in_the_site(site):
    for joined in (site / JOINED_DIR).glob("*.css"):
        css = joined.read_text(encoding="utf-8")
        assert "@import" not in css, joined
        for path, _ in joined_sources(css):
            assert (site / path).is_file(), (joined, path)
        for url in re.findall(r'url\("(?!data:)([^"?#]+)', css):
            assert (joined.parent / url).is_file(), (joined, url)
