"""The self-assessment's scoring specification (Python side).

The widget's JavaScript (``widgets/selvvurdering/scoring.js``) implements the same
rules; the shared fixtures in ``tests/fixtures/scoring/`` run against both (pytest and
node's test runner), so the two cannot drift apart.

Scores
------
- An answer is an integer 1–5 (helt uenig … helt enig), ``"vet-ikke"`` («Vet ikke») or,
  only for an item with ``not_applicable: true``, ``"ikke-aktuelt"`` («Ikke aktuelt»);
  anything else (``true``, strings, 4.5, null) counts as not answered. An integral float such
  as ``4.0`` is the integer 4: JSON does not tell them apart in JavaScript. A reverse-scored
  item counts as ``6 - answer``.
- Per theme: ``answered`` numeric answers, ``unknown`` «Vet ikke» answers (the knowledge gap,
  shown but left out of the mean), ``not_applicable`` «Ikke aktuelt» answers (left out of the
  mean and not a knowledge gap), ``total`` items, ``sum`` of the counted values.
- Band: with ``applicable = total - not_applicable``, ``applicable == 0`` or fewer than half
  the applicable items answered (``2 * answered < applicable``) → ``"for-fa-svar"``;
  otherwise mean ≥ 4.0 → ``"styrke"``, mean ≥ 3.0 → ``"delvis"``, else ``"utfordring"``.
  Bands compare integers (``sum >= 4 * answered``), never rounded floats.
- Weakest themes (``assess``, the first version's summary): those in band ``utfordring`` or
  ``delvis``, lowest mean first, ties broken by framework order (area order, then theme
  order); at most three.
- Matches for a theme (``assess``): practices and barriers whose ``themes`` include it, in
  data order; recommendations whose ``themes`` include it and whose level suits the reader:
  ``strategisk`` → ``fylke``, ``operativt`` → ``lokalt``, no level given → both.

Advice (``advise``): what to work on, following the answers
-----------------------------------------------------------
- A statement is *weak* when its counted value is 1 or 2 (whatever its theme's mean: one low
  answer is never averaged away), or 3 when its theme's mean is under 4.0
  (``sum < 4 * answered``).
- A theme is weak when it has a weak statement. Weak themes are ordered by their lowest weak
  value, then by mean (exact compare), then framework order. Two themes with the same lowest
  value and the same mean are *tied*: they share a ``rank`` (1, 2, 2, 4 …).
- Shown themes: the first three weak themes, plus every further theme tied with the third (a
  tie is never broken silently). ``more_themes`` lists the other weak themes, in order.
- For each shown theme: ``statements``, its weak statements, lowest value first, then data
  order, each with the reason the page gives («Dere svarte …»): ``item``, the ``answer`` as
  given, its counted ``value``, and the item's ``practices`` (one to three ids, as listed);
  ``practices``, those ids in that order without repeats; ``more_practices``, the theme's other
  practices in data order (folded away on the page); ``barriers``, the theme's barriers.
- ``practices``: the shown themes' ``practices`` in order, without repeats: what is shown first.
- ``recommendations``: county and local recommendations that suit the reader's level (as for
  ``assess``) and name a shown theme; ``national``: the ``nasjonalt`` ones that name a shown
  theme («Ta opp med sentralt nivå»); both in data order.
- ``find_out``: every statement answered «Vet ikke», in data order, with its theme and
  practices.
- ``status``: ``"svakheter"`` when a statement is weak; else ``"finn-ut-forst"`` when there
  are at least as many «Vet ikke» as counted answers (and at least one); else ``"sterk"`` when
  something is counted; else ``"ingen-svar"``. Only ``"sterk"`` gets ``sustain``: the practices
  with ``sustains: true`` (keeping good collaboration alive), in data order.

Inputs are plain JSON-like data (lists and dicts), the same shape the widget receives.
"""

from __future__ import annotations

from fractions import Fraction
from functools import cmp_to_key

DONT_KNOW = "vet-ikke"
NOT_APPLICABLE = "ikke-aktuelt"
MAX_WEAKEST = 3
MAX_THEMES = 3
LEVEL_RECOMMENDATIONS = {"strategisk": ("fylke",), "operativt": ("lokalt",), None: ("fylke", "lokalt")}


def is_scale_answer(answer) -> bool:
    if isinstance(answer, bool) or not isinstance(answer, (int, float)):
        return False
    return answer in (1, 2, 3, 4, 5)


def item_value(item: dict, answer) -> int | None:
    """The counted value of one answer; None for «Vet ikke», no answer or anything invalid."""
    if not is_scale_answer(answer):
        return None
    return 6 - int(answer) if item.get("reverse") else int(answer)


def is_not_applicable(item: dict, answer) -> bool:
    return answer == NOT_APPLICABLE and bool(item.get("not_applicable"))


def band(answered: int, total: int, value_sum: int, not_applicable: int = 0) -> str:
    applicable = total - not_applicable
    if applicable == 0 or 2 * answered < applicable:
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
        skipped = sum(is_not_applicable(item, answers.get(item["id"])) for item in theme_items)
        value_sum = sum(counted)
        scores.append(
            {
                "theme": theme,
                "total": len(theme_items),
                "answered": len(counted),
                "unknown": unknown,
                "not_applicable": skipped,
                "sum": value_sum,
                "mean": value_sum / len(counted) if counted else None,
                "band": band(len(counted), len(theme_items), value_sum, skipped),
            }
        )
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
        "recommendations": [
            r["id"] for r in catalogue["recommendations"] if theme in r["themes"] and r["level"] in levels
        ],
    }


def assess(
    items: list[dict], themes: list[str], answers: dict, catalogue: dict, level: str | None = None
) -> dict:
    """Everything the widget shows: scores, weakest themes and their matches."""
    scores = score_themes(items, themes, answers)
    weakest = weakest_themes(scores)
    return {
        "scores": scores,
        "weakest": weakest,
        "matches": {theme: matches(theme, catalogue, level) for theme in weakest},
    }


def _unique(ids) -> list[str]:
    return list(dict.fromkeys(ids))


def _mean_below(score: dict, threshold: int) -> bool:
    return score["sum"] < threshold * score["answered"]


def weak_statements(items: list[dict], scores: list[dict], answers: dict) -> list[dict]:
    """Every weak statement with its reason (item, answer, value) and practices, data order."""
    by_theme = {score["theme"]: score for score in scores}
    weak = []
    for item in items:
        value = item_value(item, answers.get(item["id"]))
        score = by_theme.get(item["theme"])
        if value is None or score is None:
            continue
        if value <= 2 or (value == 3 and _mean_below(score, 4)):
            weak.append(
                {
                    "item": item["id"],
                    "theme": item["theme"],
                    "answer": answers[item["id"]],
                    "value": value,
                    "practices": list(item.get("practices", [])),
                }
            )
    return weak


def _theme_key(score: dict, lowest: int):
    """Sort key; equal keys are ties. The mean is compared exactly as a fraction."""
    return (lowest, Fraction(score["sum"], score["answered"]))


def rank_themes(scores: list[dict], weak: list[dict]) -> tuple[list[tuple[int, dict]], list[str]]:
    """The weak themes to show, each with its rank (ties share one), and the ids of the rest."""
    lowest: dict[str, int] = {}
    for statement in weak:
        lowest[statement["theme"]] = min(statement["value"], lowest.get(statement["theme"], 5))
    keyed = sorted(
        (
            (_theme_key(s, lowest[s["theme"]]), order, s)
            for order, s in enumerate(scores)
            if s["theme"] in lowest
        ),
        key=lambda entry: (entry[0], entry[1]),
    )
    shown, more, keys = [], [], [key for key, _, _ in keyed]
    for index, (key, _, score) in enumerate(keyed):
        rank = keys.index(key) + 1  # the first theme with this key: competition ranking
        if index < MAX_THEMES or key == keys[MAX_THEMES - 1]:
            shown.append((rank, score))
        else:
            more.append(score["theme"])
    return shown, more


def theme_advice(rank: int, score: dict, weak: list[dict], catalogue: dict) -> dict:
    """One shown theme: its weak statements (lowest first), their practices, the rest folded."""
    theme = score["theme"]
    statements = sorted(
        (s for s in weak if s["theme"] == theme), key=lambda s: s["value"]
    )  # stable: data order within a value
    first = _unique(p for s in statements for p in s["practices"])
    return {
        "theme": theme,
        "rank": rank,
        "band": score["band"],
        "statements": [{k: s[k] for k in ("item", "answer", "value", "practices")} for s in statements],
        "practices": first,
        "more_practices": [
            p["id"] for p in catalogue["practices"] if theme in p["themes"] and p["id"] not in first
        ],
        "barriers": [b["id"] for b in catalogue["barriers"] if theme in b["themes"]],
    }


def advice_status(weak: int, unknown: int, counted: int) -> str:
    if weak:
        return "svakheter"
    if unknown and unknown >= counted:
        return "finn-ut-forst"
    return "sterk" if counted else "ingen-svar"


def advise(
    items: list[dict], themes: list[str], answers: dict, catalogue: dict, level: str | None = None
) -> dict:
    """The advice the widget shows: weakest statements first, their practices, the rest."""
    scores = score_themes(items, themes, answers)
    weak = weak_statements(items, scores, answers)
    shown, more = rank_themes(scores, weak)
    shown_themes = [theme_advice(rank, score, weak, catalogue) for rank, score in shown]
    named = {entry["theme"] for entry in shown_themes}
    levels = LEVEL_RECOMMENDATIONS.get(level, LEVEL_RECOMMENDATIONS[None])
    recommendations = [r for r in catalogue["recommendations"] if named & set(r["themes"])]
    unknown = [item for item in items if answers.get(item["id"]) == DONT_KNOW]
    status = advice_status(len(weak), len(unknown), sum(s["answered"] for s in scores))
    return {
        "status": status,
        "themes": shown_themes,
        "more_themes": more,
        "practices": _unique(p for entry in shown_themes for p in entry["practices"]),
        "recommendations": [r["id"] for r in recommendations if r["level"] in levels],
        "national": [r["id"] for r in recommendations if r["level"] == "nasjonalt"],
        "find_out": [
            {"item": item["id"], "theme": item["theme"], "practices": list(item.get("practices", []))}
            for item in unknown
        ],
        "sustain": (
            [p["id"] for p in catalogue["practices"] if p.get("sustains")] if status == "sterk" else []
        ),
    }
