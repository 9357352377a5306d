"""The browser harness itself must catch what the page tests rely on it to catch."""

from __future__ import annotations

import pytest

from tools.browser import axe_violations, serve, visit

pytestmark = pytest.mark.browser

BAD_PAGE = """<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Feil</title>
<script src="https://cdn.example.org/lib.js"></script></head>
<body><main><img src="missing.png">
<script src="bad.js"></script></main></body></html>
"""
BAD_SCRIPT = 'console.error("boom"); null.x;'


def test_harness_records_third_party_requests_errors_and_axe_violations(tmp_path, browser):
    (tmp_path / "bad.html").write_text(BAD_PAGE, encoding="utf-8")
    (tmp_path / "bad.js").write_text(BAD_SCRIPT, encoding="utf-8")
    # Without the CSP, which would stop the third-party script before the harness sees it.
    with serve(tmp_path, csp=False) as url, visit(browser, url, "bad.html") as opened:
        problems = opened.problems()
        violations = {v["id"] for v in axe_violations(opened.page)}
    assert problems["requests to other hosts (blocked)"] == ["https://cdn.example.org/lib.js"]
    assert any("missing.png" in item for item in problems["failed requests"])
    assert "boom" in problems["console errors"]
    assert problems["page errors"]
    assert "image-alt" in violations


def test_harness_records_what_the_content_security_policy_blocks(tmp_path, browser):
    (tmp_path / "inline.html").write_text(
        '<!doctype html><html lang="nb"><head><title>CSP</title><style>p{color:red}</style>'
        '</head><body><main><p>x</p><script>document.title = "ran"</script>'
        '<button onclick="alert(1)">Knapp</button></main></body></html>',
        encoding="utf-8",
    )
    with serve(tmp_path) as url, visit(browser, url, "inline.html") as opened:
        assert opened.page.title() == "CSP"  # the inline script did not run
        violations = opened.problems()["CSP violations"]
    assert any(v.startswith("script-src") for v in violations), violations
    assert any(v.startswith("style-src") for v in violations), violations
