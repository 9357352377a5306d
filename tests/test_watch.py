"""``make watch`` (tools/watch.py): what it watches, when it restarts, and its forked builds."""

from __future__ import annotations

import os

from tools.watch import build_forked, changes, needs_restart, snapshot


def test_a_saved_added_or_removed_source_is_a_change_and_build_output_is_not(tmp_path):
    for name in ("chapters/a.md", "data/x.yml", "widgets/w/w.js", "book/ext/m.py", "index.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    (tmp_path / "_build" / "html").mkdir(parents=True)
    (tmp_path / "_build" / "html" / "a.html").write_text("x")
    (tmp_path / "book" / "__pycache__").mkdir()
    (tmp_path / "book" / "__pycache__" / "m.pyc").write_text("x")
    before = snapshot(tmp_path)
    assert sorted(before) == ["book/ext/m.py", "chapters/a.md", "data/x.yml", "index.md", "widgets/w/w.js"]
    assert changes(before, snapshot(tmp_path)) == []

    later = before["chapters/a.md"] + 5
    os.utime(tmp_path / "chapters" / "a.md", (later, later))
    (tmp_path / "data" / "ny.yml").write_text("x")
    (tmp_path / "widgets" / "w" / "w.js").unlink()
    (tmp_path / "_build" / "html" / "b.html").write_text("x")
    assert changes(before, snapshot(tmp_path)) == ["chapters/a.md", "data/ny.yml", "widgets/w/w.js"]


def test_only_python_code_restarts_the_watcher():
    assert needs_restart(["chapters/a.md", "book/ext/paths.py"])
    assert not needs_restart(
        ["chapters/a.md", "data/x.yml", "book/ext/templates/layout.html", "widgets/w/w.js"]
    )


def test_a_forked_build_reports_whether_it_succeeded(tmp_path):
    """The child's exit code reaches the loop: a build of a folder that is not a book fails."""
    ok, seconds = build_forked(tmp_path, ["--version"], quiet=True)
    assert ok and seconds >= 0
    ok, _ = build_forked(tmp_path, ["build", str(tmp_path / "no-such-book")], quiet=True)
    assert not ok
