"""Notebook chapters whose cached outputs are stale are executed before reading, several at once.

myst-nb executes a notebook when Sphinx reads its page, one after another. Each run is mostly
a kernel starting, imports and the first chart (about 3–4 s), so before reading we execute every
stale notebook at the same time, one kernel per core (threads only wait for the kernels), and put
the outputs in jupyter-cache exactly as myst-nb would. Reading then finds them cached. A notebook
that fails is not cached: myst-nb runs it again while reading and fails the build with the cell
and its traceback, as before.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from nbformat import NotebookNode
from sphinx.application import Sphinx
from sphinx.util import logging

from .parallel import build_jobs

logger = logging.getLogger(__name__)


@dataclass
class Stale:
    docname: str
    path: Path
    notebook: NotebookNode
    read_fmt: dict | None


def stale_notebooks(env, docnames, cache) -> list[Stale]:
    """The pages among ``docnames`` that are notebooks without outputs in ``cache``."""
    from myst_nb.core.read import create_nb_reader

    found = []
    for docname in sorted(docnames):
        path = Path(env.doc2path(docname))
        text = path.read_text(encoding="utf-8")
        reader = create_nb_reader(str(path), env.myst_config, env.mystnb_config, text)
        if reader is None:
            continue
        notebook = reader.read(text)  # as myst-nb reads it, so the cache keys agree
        try:
            cache.match_cache_notebook(notebook)
        except KeyError:
            found.append(Stale(docname, path, notebook, reader.read_fmt))
    return found


def _execute(stale: Stale, config):
    from jupyter_cache.executors.utils import single_nb_execution

    return single_nb_execution(
        stale.notebook,
        cwd=str(stale.path.parent),
        allow_errors=config.execution_allow_errors,
        timeout=config.execution_timeout,
        meta_override=True,
    )


def _run_stale(app: Sphinx, env, docnames: list[str]) -> None:
    config = env.mystnb_config
    if config.execution_mode != "cache":
        return
    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn

    cache = get_cache(config.execution_cache_path)
    stale = stale_notebooks(env, docnames, cache)
    workers = min(build_jobs(), len(stale))
    if workers < 2:  # one notebook: myst-nb runs it while reading, as it would anyway
        return
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda s: _execute(s, config), stale))
    for item, result in zip(stale, results, strict=True):
        if result.err is not None:
            continue  # read again, run again, reported by myst-nb with its traceback
        options = {} if item.read_fmt is None else {"read_data": item.read_fmt}
        record = cache.add_nb_to_project(str(item.path), **options)  # as myst-nb stages it
        cache.cache_notebook_bundle(
            CacheBundleIn(item.notebook, record.uri, data={"execution_seconds": result.time}),
            check_validity=False,
            overwrite=True,
        )
    logger.info(
        f"notebooks: {len(stale)} executed, {workers} at a time, in {time.perf_counter() - start:.1f} s"
    )


def setup_notebook_runs(app: Sphinx) -> None:
    app.connect("env-before-read-docs", _run_stale)
