"""Group statistics for a workshop's answers (Python side of ``widgets/gruppe/stats.js``).

Same rules as the page: a respondent's theme mean is the self-assessment's (``score_themes``);
per theme the mean of those means, their sample standard deviation and the distribution of
turned answers; the Nav side against the county side, withheld below ``MIN_GROUP`` on either
side. The shared fixtures in ``tests/fixtures/group/`` run against both.
"""

from __future__ import annotations

import math

from .scoring import DONT_KNOW, item_value, score_themes

MIN_GROUP = 3
NAV_ROLES = ("Nav-kontor", "Nav fylke")
COUNTY_ROLES = ("Fylkeskommunen", "Oppfølgingstjenesten (OT)", "Skole")


def side(role: str) -> str | None:
    if role in NAV_ROLES:
        return "nav"
    if role in COUNTY_ROLES:
        return "county"
    return None


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
