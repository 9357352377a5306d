"""The self-assessment's scoring specification (Python side).

The widget's JavaScript (``widgets/selvvurdering/scoring.js``) implements the same
rules; the shared fixtures in ``tests/fixtures/scoring/`` run against both (pytest and
node's test runner), so the two cannot drift apart.

Rules
-----
- An answer is an integer 1–5 (helt uenig … helt enig) or ``"vet-ikke"``; anything else
  (``true``, strings, 4.5, null) counts as not answered. An integral float such as ``4.0`` is
  the integer 4: JSON does not tell them apart in JavaScript. A reverse-scored item counts as ``6 - answer``.
- Per theme: ``answered`` numeric answers, ``unknown`` «Vet ikke» answers (the knowledge gap,
  shown but left out of the mean), ``total`` items, ``sum`` of the counted values.
- Band: fewer than half the theme's items answered (``2 * answered < total``) →
  ``"for-fa-svar"``; otherwise mean ≥ 4.0 → ``"styrke"``, mean ≥ 3.0 → ``"delvis"``, else
  ``"utfordring"``. Bands compare integers (``sum >= 4 * answered``), never rounded floats.
- Weakest themes: those in band ``utfordring`` or ``delvis``, lowest mean first, ties broken
  by framework order (area order, then theme order); at most three.
- Matches for a theme: practices and barriers whose ``themes`` include it, in data order;
  recommendations whose ``themes`` include it and whose level suits the reader:
  ``strategisk`` → ``fylke``, ``operativt`` → ``lokalt``, no level given → both. National
  recommendations are addressed to central government, not to a county's team, so they are
  not matched.

Inputs are plain JSON-like data (lists and dicts), the same shape the widget receives.
"""

from __future__ import annotations

from functools import cmp_to_key

DONT_KNOW = "vet-ikke"
MAX_WEAKEST = 3
LEVEL_RECOMMENDATIONS = {"strategisk": ("fylke",), "operativt": ("lokalt",),
                         None: ("fylke", "lokalt")}


def is_scale_answer(answer) -> bool:
    if isinstance(answer, bool) or not isinstance(answer, (int, float)):
        return False
    return answer in (1, 2, 3, 4, 5)


def item_value(item: dict, answer) -> int | None:
    """The counted value of one answer; None for «Vet ikke», no answer or anything invalid."""
    if not is_scale_answer(answer):
        return None
    return 6 - int(answer) if item.get("reverse") else int(answer)


def band(answered: int, total: int, value_sum: int) -> str:
    if total == 0 or 2 * answered < total:
        return "for-fa-svar"
    if value_sum >= 4 * answered:
        return "styrke"
    if value_sum >= 3 * answered:
        return "delvis"
    return "utfordring"


def score_themes(items: list[dict], themes: list[str], answers: dict) -> list[dict]:
    """One score per theme, in framework order."""
    scores = []
    for theme in themes:
        theme_items = [item for item in items if item["theme"] == theme]
        values = [item_value(item, answers.get(item["id"])) for item in theme_items]
        counted = [value for value in values if value is not None]
        unknown = sum(answers.get(item["id"]) == DONT_KNOW for item in theme_items)
        value_sum = sum(counted)
        scores.append({
            "theme": theme,
            "total": len(theme_items),
            "answered": len(counted),
            "unknown": unknown,
            "sum": value_sum,
            "mean": value_sum / len(counted) if counted else None,
            "band": band(len(counted), len(theme_items), value_sum),
        })
    return scores


def weakest_themes(scores: list[dict], limit: int = MAX_WEAKEST) -> list[str]:
    order = {score["theme"]: index for index, score in enumerate(scores)}
    weak = [s for s in scores if s["band"] in ("utfordring", "delvis")]

    def compare(a: dict, b: dict) -> int:
        left, right = a["sum"] * b["answered"], b["sum"] * a["answered"]  # exact mean compare
        if left != right:
            return -1 if left < right else 1
        return order[a["theme"]] - order[b["theme"]]

    return [s["theme"] for s in sorted(weak, key=cmp_to_key(compare))[:limit]]


def matches(theme: str, catalogue: dict, level: str | None = None) -> dict[str, list[str]]:
    """Ids of the practices, barriers and recommendations that match one theme."""
    levels = LEVEL_RECOMMENDATIONS[level]
    return {
        "practices": [p["id"] for p in catalogue["practices"] if theme in p["themes"]],
        "barriers": [b["id"] for b in catalogue["barriers"] if theme in b["themes"]],
        "recommendations": [r["id"] for r in catalogue["recommendations"]
                            if theme in r["themes"] and r["level"] in levels],
    }


def assess(items: list[dict], themes: list[str], answers: dict, catalogue: dict,
           level: str | None = None) -> dict:
    """Everything the widget shows: scores, weakest themes and their matches."""
    scores = score_themes(items, themes, answers)
    weakest = weakest_themes(scores)
    return {"scores": scores, "weakest": weakest,
            "matches": {theme: matches(theme, catalogue, level) for theme in weakest}}
