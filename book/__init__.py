"""Samarbeidsboka's Python package: data loading and validation, Sphinx glue, command line.

The flow is one-way: ``data/*.yml`` → :mod:`book.catalogue` (validated models) → pages, charts
and widgets. Nothing downstream reads the YAML files directly.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
