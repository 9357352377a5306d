"""Today's counties for the county names the reports use (2009 and 2017): our note, not theirs.

The reports describe the map before the county reforms of 2018 and 2020 and the split of
Viken, Vestfold og Telemark and Troms og Finnmark in 2024. Pure functions over a page's text.
"""

from __future__ import annotations

import re

# County as the reports name it -> what it is today. Only counties that changed are listed
# (Møre og Romsdal, Rogaland, Nordland and Oslo are as they were).
TODAY: dict[str, str] = {
    "Aust-Agder": "en del av Agder siden 2020 (sammen med Vest-Agder)",
    "Vest-Agder": "en del av Agder siden 2020 (sammen med Aust-Agder)",
    "Hordaland": "en del av Vestland siden 2020 (sammen med Sogn og Fjordane)",
    "Sogn og Fjordane": "en del av Vestland siden 2020 (sammen med Hordaland)",
    "Nord-Trøndelag": "en del av Trøndelag siden 2018 (sammen med Sør-Trøndelag)",
    "Sør-Trøndelag": "en del av Trøndelag siden 2018 (sammen med Nord-Trøndelag)",
    "Oppland": "en del av Innlandet siden 2020 (sammen med Hedmark)",
    "Hedmark": "en del av Innlandet siden 2020 (sammen med Oppland)",
    "Telemark": "eget fylke igjen siden 2024; 2020–2023 en del av Vestfold og Telemark",
    "Vestfold": "eget fylke igjen siden 2024; 2020–2023 en del av Vestfold og Telemark",
    "Troms": "eget fylke igjen siden 2024; 2020–2023 en del av Troms og Finnmark",
    "Finnmark": "eget fylke igjen siden 2024; 2020–2023 en del av Troms og Finnmark",
    "Buskerud": "eget fylke igjen siden 2024; 2020–2023 en del av Viken",
    "Akershus": "eget fylke igjen siden 2024; 2020–2023 en del av Viken",
    "Østfold": "eget fylke igjen siden 2024; 2020–2023 en del av Viken",
}
SUMMARY = "Slik er det i dag: fylkene i boka har fått nye navn"
INTRO = (
    "Vår merknad, ikke rapportenes: rapportene beskriver fylkene slik de var i 2009 og 2017. "
    "Siden er flere fylker slått sammen, og noen er delt igjen."
)


def _pattern(name: str) -> re.Pattern:
    # «Troms» but not «Troms og Finnmark»; «Aust-Agder» and the reports' «Aust Agder».
    words = re.escape(name).replace(r"\-", r"[-\s]+")
    return re.compile(
        rf"(?<![\w-])(?<!Troms og )(?<!Vestfold og ){words}(?![\w-])"
        rf"(?!\s+og\s+(?:Finnmark|Telemark))"
    )


PATTERNS = {name: _pattern(name) for name in TODAY}


def counties_named(text: str) -> list[str]:
    """The changed counties a text names, in the order of :data:`TODAY`."""
    return [name for name, pattern in PATTERNS.items() if pattern.search(text)]


def note_items(names: list[str]) -> list[str]:
    """One line per county: «Hordaland er i dag en del av Vestland siden 2020 (…).»"""
    return [f"{name}: {TODAY[name]}." for name in names]
