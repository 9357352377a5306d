"""Serve a built site as a real static host would: the site's Content-Security-Policy and
security headers on every response, gzip for text when the client asks, optional sub-path.

``python -m tools.server _build/html [--port 8000] [--prefix /samarbeidsboka/]`` is
``make serve``; the browser tests use :func:`serve`. No third-party packages.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from book.ext.csp import HEADERS

COMPRESSIBLE = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".map", ".webmanifest")
EXTRA_TYPES = {".webmanifest": "application/manifest+json", ".mjs": "text/javascript"}


class StaticHandler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as any real static host
    prefix = "/"
    headers_to_send = HEADERS
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **EXTRA_TYPES}
    _gzip_cache: dict[tuple[str, float], bytes] = {}

    def log_message(self, format, *args):
        pass

    def end_headers(self):
        for name, value in self.headers_to_send.items():
            self.send_header(name, value)
        super().end_headers()

    def translate_path(self, path):
        route = urlsplit(path).path
        if not route.startswith(self.prefix):
            return os.path.join(self.directory, "\0outside-prefix")
        return super().translate_path("/" + route[len(self.prefix) :])

    def send_head(self):
        route = urlsplit(self.path).path
        if not route.startswith(self.prefix):
            return self._not_found()
        path = self.translate_path(self.path)
        if os.path.isdir(path) and route.endswith("/"):
            path = os.path.join(path, "index.html")
        if not os.path.exists(path):
            return self._not_found()
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (os.path.isfile(path) and wants_gzip and path.endswith(COMPRESSIBLE)):
            return super().send_head()
        key = (path, os.path.getmtime(path))
        body = self._gzip_cache.get(key)
        if body is None:
            body = gzip.compress(Path(path).read_bytes(), compresslevel=9, mtime=0)
            self._gzip_cache[key] = body
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def _not_found(self):
        """The site's own 404.html with status 404, as static hosts do."""
        page = Path(self.directory) / "404.html"
        if not page.is_file():
            self.send_error(404, "File not found")
            return None
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def make_server(directory: Path, port: int = 0, prefix: str = "/", csp: bool = True):
    """``csp=False`` leaves the policy out (only for testing the test harness itself)."""
    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    sent = HEADERS if csp else {k: v for k, v in HEADERS.items() if k != "Content-Security-Policy"}
    handler_class = type("Handler", (StaticHandler,), {"prefix": prefix, "headers_to_send": sent})
    handler = functools.partial(handler_class, directory=str(directory))
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler), prefix


@contextmanager
def serve(directory: Path, prefix: str = "/", csp: bool = True):
    """Serve ``directory`` on a free port of 127.0.0.1; yields the base URL (with prefix)."""
    server, prefix = make_server(directory, 0, prefix, csp)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.server", description=__doc__)
    parser.add_argument("directory", type=Path, nargs="?", default=Path("_build/html"))
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--prefix", default="/", help="serve under this sub-path")
    args = parser.parse_args(argv)
    server, prefix = make_server(args.directory, args.port, args.prefix)
    print(f"Serving {args.directory} on http://127.0.0.1:{args.port}{prefix} (CSP, gzip; Ctrl+C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
