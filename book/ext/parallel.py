"""Parallel builds: Sphinx reads and writes pages in several processes (``-j``), on every core.

``jupyter-book build`` has no ``-j`` option, so the number of processes is set here:
``KB_JOBS`` if set (``KB_JOBS=1`` builds serially), else one per core the build may use.
Sphinx reads in parallel only when every extension says it is safe; ``sphinx-external-toc``
loads ``sphinx_multitoc_numbering``, which does not say so, though it only replaces how section
numbers are assigned after reading, in the main process. Our extension's read-phase state is
merged from the worker processes (``env-merge-info`` in ``paths``, ``search`` and ``book_pdf``).
"""

from __future__ import annotations

import os

from sphinx.application import Sphinx

# Replaces TocTreeCollector.assign_section_numbers, which runs after reading in the main process.
SAFE_WITHOUT_SAYING = ("sphinx_multitoc_numbering",)


def build_jobs(environ: dict[str, str] | None = None) -> int:
    """Processes for a build: ``KB_JOBS`` if set, else the cores this process may run on."""
    value = (os.environ if environ is None else environ).get("KB_JOBS", "").strip()
    if value:
        if not value.isdigit() or int(value) < 1:
            raise ValueError(f"KB_JOBS must be a whole number of processes (1 or more), not {value!r}")
        return int(value)
    return available_cores()


def available_cores() -> int:
    """The cores this process may run on (all of them where the system cannot say, as on macOS)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _set_jobs(app: Sphinx, config) -> None:
    for name in SAFE_WITHOUT_SAYING:
        if name in app.extensions:
            app.extensions[name].parallel_read_safe = True
    if app.parallel <= 1:  # a caller that asked for -j keeps its choice
        app.parallel = build_jobs()


def setup_parallel(app: Sphinx) -> None:
    app.connect("config-inited", _set_jobs)
