"""The static server of ``make serve`` and the browser tests: CSP, gzip, sub-path, 404."""

from __future__ import annotations

import gzip
import urllib.error
import urllib.request

from book.ext.csp import CSP
from tools.server import serve


def fetch(url: str, gzip_ok: bool = True):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_server_sends_the_policy_and_compresses_text(tmp_path):
    (tmp_path / "index.html").write_text("<p>hei</p>" * 200, encoding="utf-8")
    (tmp_path / "a.png").write_bytes(b"\x89PNG" + bytes(100))
    with serve(tmp_path) as url:
        status, headers, body = fetch(url)
        assert status == 200 and headers["Content-Security-Policy"] == CSP
        assert headers["Content-Encoding"] == "gzip" and headers["Vary"] == "Accept-Encoding"
        assert gzip.decompress(body).decode() == "<p>hei</p>" * 200
        assert int(headers["Content-Length"]) == len(body) < 200
        status, headers, body = fetch(url + "index.html", gzip_ok=False)
        assert "Content-Encoding" not in headers and len(body) == 2000
        status, headers, _ = fetch(url + "a.png")
        assert "Content-Encoding" not in headers and headers["Content-Security-Policy"] == CSP


def test_server_under_a_sub_path_serves_404_page_for_anything_else(tmp_path):
    (tmp_path / "index.html").write_text("forsiden", encoding="utf-8")
    (tmp_path / "404.html").write_text("Siden finnes ikke", encoding="utf-8")
    with serve(tmp_path, prefix="/samarbeidsboka/") as url:
        assert url.endswith("/samarbeidsboka/")
        assert gzip.decompress(fetch(url)[2]).decode() == "forsiden"
        root = url.removesuffix("samarbeidsboka/")
        status, _headers, body = fetch(root + "index.html")
        assert status == 404 and body.decode() == "Siden finnes ikke"
        assert fetch(url + "nope.html")[0] == 404
