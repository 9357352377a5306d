"""The garbage collector during a build: objects that live for the whole build (Sphinx, the
theme, the catalogue) are frozen out of collection, and collections of the young generation
run less often. A build makes many short-lived objects and few cycles; ``make bench`` measures
it (``KB_GC=default`` turns this off).
"""

from __future__ import annotations

import gc
import os

from sphinx.application import Sphinx

THRESHOLD = (50_000, 20, 20)  # Python's default is (700, 10, 10) (2,000 from 3.13)


def _tune(app: Sphinx, config) -> None:
    if os.environ.get("KB_GC") == "default":
        return
    gc.collect()
    gc.freeze()  # what exists now lives until the build ends
    gc.set_threshold(*THRESHOLD)


def setup_gc_tuning(app: Sphinx) -> None:
    app.connect("config-inited", _tune)
