"""The example group in ``data/gruppeoversikt-eksempel.csv``: fictional respondents, fixed seed.

``python -m tools.group_example`` writes the file in the format «Gruppeoversikt» downloads; a
test checks that running it again gives the same bytes. The people are made up: four groups
where Nav and the county side see two themes differently, and where too few on the county side
answer one theme for its Nav–county gap to be shown (the minimum group rule).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from book.catalogue import load_catalogue
from book.group_csv import group_csv_text
from book.widget_data import selvvurdering_data

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "data" / "gruppeoversikt-eksempel.csv"
SEED = 20261201
GROUPS = ["Eksempelgruppe 1", "Eksempelgruppe 2", "Eksempelgruppe 3", "Eksempelgruppe 4"]
# Role of each fictional respondent, in order; they are dealt to the groups in turn.
ROLES = [
    *["Nav-kontor"] * 6,
    *["Nav fylke"] * 3,
    *["Fylkeskommunen"] * 2,
    *["Oppfølgingstjenesten (OT)"] * 5,
    *["Skole"] * 4,
    "Annet",
    "",
]
NAV = {"Nav-kontor", "Nav fylke"}
COUNTY = {"Fylkeskommunen", "Oppfølgingstjenesten (OT)", "Skole"}
# By theme position (framework order): Nav sees theme 2 as better, the county side theme 7;
# on theme 10 only two on the county side know enough to answer (the rest say «Vet ikke»).
NAV_HIGHER, COUNTY_HIGHER, FEW_COUNTY = 1, 6, 9


def _answer(rng: random.Random, view: float, item: dict):
    roll = rng.random()
    if roll < 0.06:
        return "vet-ikke"
    if roll < 0.09:
        return None
    if item.get("not_applicable") and roll < 0.12:
        return "ikke-aktuelt"
    value = min(5, max(1, round(view + rng.gauss(0, 0.7))))
    return 6 - value if item.get("reverse") else value


def example_respondents(items: list[dict], themes: list[dict], seed: int = SEED) -> list[dict]:
    """The fictional respondents: ``{id, label, role, answers}`` as the page collects them."""
    rng = random.Random(seed)
    base = {theme["id"]: rng.uniform(2.4, 4.0) for theme in themes}
    respondents = []
    county_seen = 0
    for number, role in enumerate(ROLES, start=1):
        county_seen += role in COUNTY
        personal = rng.gauss(0, 0.4)
        answers = {}
        for position, theme in enumerate(themes):
            view = base[theme["id"]] + personal
            if position == NAV_HIGHER:
                view += 0.8 if role in NAV else -0.6
            if position == COUNTY_HIGHER:
                view += 0.9 if role in COUNTY else -0.5
            for item in (i for i in items if i["theme"] == theme["id"]):
                if position == FEW_COUNTY and role in COUNTY and county_seen > 2:
                    answer = "vet-ikke"
                else:
                    answer = _answer(rng, view, item)
                if answer is not None:
                    answers[item["id"]] = answer
        label = GROUPS[(number - 1) % len(GROUPS)]
        respondents.append({"id": str(number), "label": label, "role": role, "answers": answers})
    return respondents


def example_csv(data: dict | None = None) -> str:
    """The example file's text, with the byte order mark the page writes."""
    data = data or selvvurdering_data(load_catalogue())
    respondents = example_respondents(data["items"], data["themes"])
    return "\ufeff" + group_csv_text(data["items"], data["themes"], respondents)


def main() -> int:
    TARGET.write_text(example_csv(), encoding="utf-8", newline="")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
