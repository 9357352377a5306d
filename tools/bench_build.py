"""Build-speed figures for writers and maintainers, printed by ``make bench``.

At ×1 and at ×10 content (a synthetic copy, :mod:`tools.scaled_copy`): the data check, a clean
build, a rebuild with nothing changed, a preview rebuild after one page and after one data
file changed (incremental, as ``make preview``), and the rebuild ``make watch`` makes after one
page changed (forked from a process that has imported everything, :mod:`tools.watch`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tools.scaled_copy import scaled_copy

JUPYTER_BOOK = str(Path(sys.executable).parent / "jupyter-book")
STRICT = ("-W", "-n", "--keep-going")


def _timed(command: list[str], cwd: Path, preview: bool = False) -> float:
    start = time.perf_counter()
    env = {**os.environ, "KB_PREVIEW": "1"} if preview else None  # as `make preview`
    result = subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return elapsed


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def build_figures(book: Path) -> dict[str, float]:
    build = [JUPYTER_BOOK, "build", str(book), *STRICT]
    figures = {
        "check data (s)": _timed([sys.executable, "-m", "book", "check", "--data", str(book / "data")], book),
        "clean build (s)": _timed([*build, "--all"], book),
        "rebuild, nothing changed (s)": _timed(build, book),
    }
    _append(book / "chapters" / "innledning.md", "\nEn ny setning.\n")
    figures["preview, one page changed (s)"] = _timed(build, book, preview=True)
    _append(book / "data" / "timeline.yml", "\n")
    figures["preview, one data file changed (s)"] = _timed(build, book, preview=True)
    figures["make watch, one page changed (s)"] = _watch_rebuild(book)
    return figures


# Run in the copy, so its own `book` package (and data) is the one imported and forked.
WATCH_REBUILD = """
import sys
from pathlib import Path
from tools import watch
watch.preload()
page = Path("chapters/innledning.md")
page.write_text(page.read_text(encoding="utf-8") + "\\nEnda en setning.\\n", encoding="utf-8")
ok, seconds = watch.build_forked(Path.cwd(), quiet=True)
print(seconds)
sys.exit(0 if ok else 1)
"""


def _watch_rebuild(book: Path) -> float:
    """Seconds for the rebuild ``make watch`` makes after one page changed."""
    result = subprocess.run([sys.executable, "-c", WATCH_REBUILD], capture_output=True, text=True, cwd=book)
    if result.returncode != 0:
        sys.exit(f"the watch rebuild of {book} failed: run `make watch` there to see why")
    return float(result.stdout.split()[-1])


def main(root: Path) -> None:
    rows = {factor: build_figures(scaled_copy(root / f"x{factor}", factor)) for factor in (1, 10)}
    print(f"{'build speed':40} {'×1':>10} {'×10':>10}")
    for key in rows[1]:
        print(f"{key:40} {rows[1][key]:>10.2f} {rows[10][key]:>10.2f}")
