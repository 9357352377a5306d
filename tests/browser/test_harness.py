"""The browser harness itself must catch what the page tests rely on it to catch."""

from __future__ import annotations

import pytest

from tools.browser import axe_violations, serve, visit

pytestmark = pytest.mark.browser

BAD_PAGE = """<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Feil</title>
<script src="https://cdn.example.org/lib.js"></script></head>
<body><main><img src="missing.png">
<script>console.error("boom"); null.x;</script></main></body></html>
"""


def test_harness_records_third_party_requests_errors_and_axe_violations(tmp_path, browser):
    (tmp_path / "bad.html").write_text(BAD_PAGE, encoding="utf-8")
    with serve(tmp_path) as url, visit(browser, url, "bad.html") as opened:
        problems = opened.problems()
        violations = {v["id"] for v in axe_violations(opened.page)}
    assert problems["requests to other hosts (blocked)"] == ["https://cdn.example.org/lib.js"]
    assert any("missing.png" in item for item in problems["failed requests"])
    assert "boom" in problems["console errors"]
    assert problems["page errors"]
    assert "image-alt" in violations
