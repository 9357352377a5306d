"""Command line: ``python -m book check`` (and more subcommands as the book grows)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import DATA_DIR, catalogue_cache
from .catalogue import load_catalogue
from .coverage import load_complete_catalogue, stats_table
from .errors import DataValidationError
from .quotes import SEEDS

COUNTED = (  # every collection but sources, as the OK line names it
    ("areas", "areas"),
    ("themes", "themes"),
    ("practices", "practices"),
    ("barriers", "barriers"),
    ("recommendations", "recommendations"),
    ("cases", "cases"),
    ("timeline", "timeline events"),
    ("glossary", "glossary terms"),
    ("figures", "figures"),
    ("items", "self-assessment items"),
    ("assessment_notes", "self-assessment notes"),
    ("questions", "quiz questions"),
    ("cards", "dialogue cards"),
    ("assessment_versions", "statement sets"),
)


def cmd_check(args: argparse.Namespace) -> int:
    try:
        if args.no_coverage:
            catalogue = load_catalogue(args.data, seeds=args.seeds)
        else:
            key = catalogue_cache.fingerprint(args.data, args.seeds)
            catalogue = load_complete_catalogue(args.data, seeds=args.seeds)
            if args.data.resolve() == DATA_DIR.resolve():  # the build reuses it (validate once)
                catalogue_cache.save(catalogue, key)
    except DataValidationError as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    sections = sum(len(source.sections) for source in catalogue.sources.values())
    counts = [f"{len(catalogue.sources)} sources ({sections} sections)"]
    counts += [f"{len(getattr(catalogue, name))} {label}" for name, label in COUNTED]
    print("data OK: " + ", ".join(counts))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """Practices/barriers per theme and report (an entry counts for every report it cites)."""
    try:
        catalogue = load_catalogue(args.data, seeds=args.seeds)
    except DataValidationError as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    rows = stats_table(catalogue)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    print("\ncells: practices/barriers citing the report; an entry may cite several reports")
    counts = {
        name: len(getattr(catalogue, name))
        for name in ("recommendations", "cases", "timeline", "glossary", "figures")
    }
    print(", ".join(f"{count} {name}" for name, count in counts.items()))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m book", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate data/ and report every error")
    check.add_argument("--data", type=Path, default=DATA_DIR, help="data folder (default: data/)")
    check.add_argument(
        "--seeds",
        type=Path,
        default=SEEDS,
        help="the reports' text (default: ../shared/seeds; required when CI is set)",
    )
    check.add_argument(
        "--no-coverage",
        action="store_true",
        help="skip the coverage rules (for partial data sets such as fixtures)",
    )
    check.set_defaults(func=cmd_check)
    stats = sub.add_parser("stats", help="counts per theme and report")
    stats.add_argument("--data", type=Path, default=DATA_DIR, help="data folder (default: data/)")
    stats.add_argument("--seeds", type=Path, default=SEEDS, help=argparse.SUPPRESS)
    stats.set_defaults(func=cmd_stats)
    args = parser.parse_args(argv)
    return args.func(args)
