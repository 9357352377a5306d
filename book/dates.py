"""Norwegian month names and dates as the book writes them («2. desember 2026»)."""

from __future__ import annotations

MONTHS = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
]


def norwegian_date(day) -> str:
    """«2. desember 2026» for a ``date`` (or anything with day, month and year)."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
