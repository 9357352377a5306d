"""Command line: ``python -m book check`` (and more subcommands as the book grows)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import DATA_DIR
from .catalogue import load_catalogue
from .errors import DataValidationError


def cmd_check(args: argparse.Namespace) -> int:
    try:
        catalogue = load_catalogue(args.data)
    except DataValidationError as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    sections = sum(len(source.sections) for source in catalogue.sources.values())
    print(
        f"data OK: {len(catalogue.sources)} sources ({sections} sections), "
        f"{len(catalogue.areas)} areas, {len(catalogue.themes)} themes"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m book", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate data/ and report every error")
    check.add_argument("--data", type=Path, default=DATA_DIR, help="data folder (default: data/)")
    check.set_defaults(func=cmd_check)
    args = parser.parse_args(argv)
    return args.func(args)
