"""Parallel builds: how many processes a build uses (``KB_JOBS``, book/ext/parallel.py), and that
they write the same site as a serial build (notebooks run before reading: book/ext/notebook_runs.py)."""

from __future__ import annotations

import os
import re
import shutil
import zlib
from pathlib import Path

import pytest

from book.ext.parallel import build_jobs
from tools.book_copy import build, copy_book


def test_kb_jobs_sets_the_number_of_processes_and_every_core_is_the_default():
    assert build_jobs({"KB_JOBS": "1"}) == 1
    assert build_jobs({"KB_JOBS": " 3 "}) == 3
    assert build_jobs({}) == len(os.sched_getaffinity(0))
    assert build_jobs({"KB_JOBS": ""}) == len(os.sched_getaffinity(0))


def test_where_the_system_cannot_say_which_cores_a_build_may_use_it_uses_all(monkeypatch):
    monkeypatch.delattr(os, "sched_getaffinity")  # as on macOS
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    assert build_jobs({}) == 8
    monkeypatch.setattr(os, "cpu_count", lambda: None)
    assert build_jobs({}) == 1


@pytest.mark.parametrize("value", ["0", "-2", "två", "1.5"])
def test_a_kb_jobs_that_is_not_a_whole_number_of_processes_says_so(value):
    with pytest.raises(ValueError, match=f"KB_JOBS must be a whole number of processes .*{value!r}"):
        build_jobs({"KB_JOBS": value})


def _build(book: Path, jobs: str) -> str:
    result = build(book, "--all", env={"KB_JOBS": jobs})
    output = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)
    assert result.returncode == 0, output[-3000:]
    return output


def _site(book: Path) -> dict[str, bytes]:
    html = book / "_build" / "html"
    return {str(p.relative_to(html)): p.read_bytes() for p in sorted(html.rglob("*")) if p.is_file()}


TAG = re.compile(r"<(?P<kind>script|link)\b(?P<attrs>[^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')
CARRIAGE_RETURN = b"\r"  # Sphinx leaves it out of the checksum


def unversioned_assets(site: Path) -> list[str]:
    """Our own scripts and stylesheets a page loads whose ``?v=`` is not the checksum Sphinx
    gives the file served (CRC-32, as ``sphinx.builders.html._assets``): a browser could keep an
    old copy. Content-hashed names (``inline/``, ``joined/``) need none."""
    found = []
    for page in sorted(site.rglob("*.html")):
        name = page.relative_to(site).as_posix()
        if name.startswith("_static/"):
            continue
        for tag in TAG.finditer(page.read_text(encoding="utf-8")):
            attrs = dict(ATTR.findall(tag.group("attrs")))
            url = attrs.get("src", "") if tag.group("kind") == "script" else attrs.get("href", "")
            if tag.group("kind") == "link" and attrs.get("rel") != "stylesheet":
                continue
            if "_static/kb/" not in url or re.search(r"/kb/(inline|joined)/", url):
                continue
            path, _, version = url.partition("?v=")
            target = (page.parent / path).resolve()
            served = "-"
            if target.is_file():
                served = f"{zlib.crc32(target.read_bytes().translate(None, CARRIAGE_RETURN)):08x}"
            if version != served:
                found.append(f"{name}: {url} (served file: {served})")
    return found


@pytest.mark.build
def test_a_parallel_build_writes_the_same_site_as_a_serial_one(tmp_path):
    """Three processes read and write the pages and run the notebooks before reading; one process
    then builds the same book again, reading the notebooks' outputs from the cache the first
    build filled. Every file of the two sites is the same, byte for byte."""
    book = copy_book(tmp_path / "book")
    notebooks = sum(
        "```{code-cell}" in p.read_text(encoding="utf-8") for p in (book / "chapters").rglob("*.md")
    )
    output = _build(book, jobs="3")
    assert f"notebooks: {notebooks} executed, 3 at a time" in output, output[-3000:]
    assert "Executing notebook" not in output  # myst-nb found every one in the cache
    parallel = _site(book)
    # A first build (no earlier files in _build/html): every page's ?v= is already right.
    assert unversioned_assets(book / "_build" / "html")[:5] == []
    shutil.rmtree(book / "_build" / "html")
    output = _build(book, jobs="1")
    assert "notebooks:" not in output and "Executing notebook" not in output, output[-3000:]
    serial = _site(book)
    assert (sorted(set(parallel) - set(serial)), sorted(set(serial) - set(parallel))) == ([], [])
    assert [name for name in serial if parallel[name] != serial[name]] == []
