"""``make watch``: the writer's loop. Builds the preview (as ``make preview``) and again each time
a source file is saved.

Each build runs in a process forked from this one, which has already imported Sphinx, Jupyter
Book, myst-nb, the theme and our extension: a build then skips the second or so a fresh
``jupyter-book build`` spends on imports. Every build starts from the same untouched process, so
nothing is carried over from one build to the next. A change to Python code (``book/``,
``widgets/``) restarts the watcher, so the new code is imported. Stop with Ctrl+C.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from book import ROOT

# What a writer edits: pages, data, widgets' scripts and styles, and the book's own settings.
WATCHED_DIRS = ("chapters", "data", "widgets", "book")
WATCHED_FILES = ("index.md", "_toc.yml", "_config.yml", "references.bib")
WATCHED_SUFFIXES = {".md", ".yml", ".yaml", ".csv", ".bib", ".js", ".css", ".py", ".po", ".html", ".svg"}
RESTART_SUFFIXES = {".py"}  # code imported once per watcher; templates and the rest are read per build
POLL_SECONDS = 0.3
BUILD_ARGS = ["build", ".", "-W", "-n", "--keep-going", "-q"]  # as `make preview`, warnings only


def snapshot(root: Path) -> dict[str, float]:
    """Modification time of every watched file, by path relative to ``root``."""
    found = {}
    for name in WATCHED_FILES:
        if (root / name).is_file():
            found[name] = (root / name).stat().st_mtime
    for folder in WATCHED_DIRS:
        for path in (root / folder).rglob("*"):
            if path.suffix in WATCHED_SUFFIXES and "__pycache__" not in path.parts and path.is_file():
                found[path.relative_to(root).as_posix()] = path.stat().st_mtime
    return found


def changes(before: dict[str, float], after: dict[str, float]) -> list[str]:
    """Files added, removed or saved between two snapshots, sorted."""
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


def needs_restart(changed: list[str]) -> bool:
    return any(Path(name).suffix in RESTART_SUFFIXES for name in changed)


def preload() -> None:
    """Import what every build needs, once, before the first fork."""
    import jupyter_book.cli.main  # noqa: F401
    import myst_nb.sphinx_ext  # noqa: F401
    import sphinx.application  # noqa: F401
    import sphinx_book_theme  # noqa: F401
    import sphinx_design  # noqa: F401
    import sphinxcontrib.bibtex  # noqa: F401

    import book.ext  # noqa: F401


def build_forked(root: Path, args: list[str] = BUILD_ARGS, quiet: bool = False) -> tuple[bool, float]:
    """One preview build in a forked child; (succeeded, seconds). ``root`` must be the book whose
    ``book`` package this process imported (``book.ROOT``): the child builds with that code and data."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child builds and exits; it never returns to the loop
        code = 1
        try:
            os.chdir(root)
            os.environ["KB_PREVIEW"] = "1"
            if quiet:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 1)
                os.dup2(devnull, 2)
            from jupyter_book.cli.main import main

            result = main(args, standalone_mode=False)  # an exit code when click exits early
            code = result if isinstance(result, int) else 0
        except BaseException as error:  # the child reports and exits either way
            print(f"watch: the build failed: {error}", file=sys.stderr)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0, time.perf_counter() - start


def main() -> None:
    if not hasattr(os, "fork"):
        sys.exit("make watch needs a system that can fork processes (Linux, macOS): use make preview")
    preload()
    seen = snapshot(ROOT)
    ok, seconds = build_forked(ROOT)
    print(f"watch: {'built' if ok else 'FAILED'} in {seconds:.1f} s; open _build/html/index.html", flush=True)
    print("watch: waiting for changes (Ctrl+C stops)", flush=True)
    try:
        while True:
            time.sleep(POLL_SECONDS)
            now = snapshot(ROOT)
            changed = changes(seen, now)
            if not changed:
                continue
            seen = now
            if needs_restart(changed):
                print(f"watch: {', '.join(changed)} changed: restarting to load the new code", flush=True)
                os.execv(sys.executable, [sys.executable, "-m", "tools.watch"])
            ok, seconds = build_forked(ROOT)
            verdict = "built" if ok else "FAILED (see above)"
            print(f"watch: {', '.join(changed)}: {verdict} in {seconds:.1f} s", flush=True)
    except KeyboardInterrupt:
        print("\nwatch: stopped", flush=True)


if __name__ == "__main__":
    main()
