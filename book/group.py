"""Group statistics for a workshop's answers (Python side of ``widgets/gruppe/stats.js``).

Same rules as the page: respondents by role; a respondent's theme mean is the
self-assessment's (``score_themes``); per theme the mean of those means, their sample standard
deviation and the distribution of turned answers; the Nav side against the county side,
withheld below ``MIN_GROUP`` on either side; the themes to talk about. The shared fixtures in
``tests/fixtures/group/`` run against both.
"""

from __future__ import annotations

import math

from .scoring import DONT_KNOW, item_value, score_themes

MIN_GROUP = 3
UNLABELLED = "Uten gruppenavn"  # as widgets/gruppe/stats.js
NAV_ROLES = ("Nav-kontor", "Nav fylke")
COUNTY_ROLES = ("Fylkeskommunen", "Oppfølgingstjenesten (OT)", "Skole")
# The roles the self-assessment offers, in its order (ROLES in widgets/selvvurdering/state.js).
ROLES = (*NAV_ROLES, *COUNTY_ROLES, "Annet")
NO_ROLE = "Ikke oppgitt"
DISAGREEMENT_MIN = 0.5  # a spread or gap below this is not worth a prompt


def side(role: str) -> str | None:
    if role in NAV_ROLES:
        return "nav"
    if role in COUNTY_ROLES:
        return "county"
    return None


def role_counts(respondents: list[dict], roles: tuple[str, ...] = ROLES) -> list[tuple[str, int]]:
    """(role, n) in the order of ``roles``, then «Ikke oppgitt»; roles nobody has are left out."""
    counts = dict.fromkeys((*roles, NO_ROLE), 0)
    for respondent in respondents:
        role = respondent.get("role") or ""
        counts[role if role in counts and role != "" else NO_ROLE] += 1
    return [(role, n) for role, n in counts.items() if n > 0]


def mean_sd(values: list[float]) -> dict:
    n = len(values)
    if n == 0:
        return {"n": 0, "mean": None, "sd": None}
    mean = sum(values) / n
    if n < 2:
        return {"n": n, "mean": mean, "sd": None}
    return {"n": n, "mean": mean, "sd": math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1))}


def theme_means(items: list[dict], themes: list[str], respondents: list[dict]) -> dict[str, list]:
    """Theme → [(respondent, mean)] for those with a mean."""
    out: dict[str, list] = {theme: [] for theme in themes}
    for respondent in respondents:
        for score in score_themes(items, themes, respondent["answers"]):
            if score["mean"] is not None:
                out[score["theme"]].append((respondent, score["mean"]))
    return out


def theme_stats(items: list[dict], themes: list[str], respondents: list[dict]) -> list[dict]:
    means = theme_means(items, themes, respondents)
    stats = []
    for theme in themes:
        distribution = {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0, DONT_KNOW: 0}
        for respondent in respondents:
            for item in (i for i in items if i["theme"] == theme):
                answer = respondent["answers"].get(item["id"])
                value = item_value(item, answer)
                if answer == DONT_KNOW:
                    distribution[DONT_KNOW] += 1
                elif value is not None:
                    distribution[str(value)] += 1
        stats.append({"theme": theme, **mean_sd([m for _, m in means[theme]]), "distribution": distribution})
    return stats


def side_gaps(
    items: list[dict], themes: list[str], respondents: list[dict], minimum: int = MIN_GROUP
) -> list[dict]:
    means = theme_means(items, themes, respondents)
    gaps = []
    for theme in themes:
        nav = mean_sd([m for r, m in means[theme] if side(r["role"]) == "nav"])
        county = mean_sd([m for r, m in means[theme] if side(r["role"]) == "county"])
        hidden = nav["n"] < minimum or county["n"] < minimum
        gaps.append(
            {
                "theme": theme,
                "hidden": hidden,
                "navN": nav["n"],
                "countyN": county["n"],
                "nav": None if hidden else nav["mean"],
                "county": None if hidden else county["mean"],
                "gap": None if hidden else nav["mean"] - county["mean"],
            }
        )
    return gaps


def disagreements(stats: list[dict], gaps: list[dict], limit: int = 3) -> list[dict]:
    """The themes to talk about: largest spread or shown Nav–county gap first, ties in theme
    order; ``reason`` is ``"gap"`` when the gap is at least the spread, else ``"spread"``."""
    gap_of = {g["theme"]: g["gap"] for g in gaps if not g["hidden"]}
    ranked = []
    for index, s in enumerate(stats):
        gap = gap_of.get(s["theme"])
        weight = max(s["sd"] or 0, abs(gap or 0))
        if weight >= DISAGREEMENT_MIN:
            ranked.append((-weight, index, s["theme"], s["sd"], gap))
    ranked.sort()
    return [
        {
            "theme": theme,
            "sd": sd,
            "gap": gap,
            "reason": "gap" if gap is not None and abs(gap) >= (sd or 0) else "spread",
        }
        for _, _, theme, sd, gap in ranked[:limit]
    ]


def group_profiles(items: list[dict], themes: list[str], respondents: list[dict]) -> list[dict]:
    """Each labelled group's profile, in first-seen order: label, n and, per theme, the mean of
    its members' theme means (None where no member has one). Unlabelled answers form one group."""
    groups: dict[str, list[dict]] = {}
    for respondent in respondents:
        groups.setdefault(respondent.get("label") or UNLABELLED, []).append(respondent)
    profiles = []
    for label, members in groups.items():
        means = theme_means(items, themes, members)
        profiles.append(
            {
                "label": label,
                "n": len(members),
                "means": [mean_sd([m for _, m in means[theme]])["mean"] for theme in themes],
            }
        )
    return profiles
