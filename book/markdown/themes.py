"""One theme of the framework as MyST Markdown: its home section in an area chapter.

In layers: first what the reports found (the theme description) and an overview, the gode grep
and barriers whose home is this theme (their first theme) as a list of titles with one line
each, linking to their entries. Then the entries: each a heading (its anchor, in «På denne
siden» and search) and its full text, examples, notes and citations in a ``{kb-fold}`` that
opens on demand and prints open. Then links to grep and barriers homed elsewhere, a «Slik
gjorde de det» example from a named county, the reflection questions and a link to the theme
in the self-assessment.
"""

from __future__ import annotations

import re

from ..catalogue import Catalogue
from ..models import Barrier, Practice
from . import cite, escape, labels, ref

LEVELS = {
    "strategisk": "strategisk nivå",
    "operativt": "operativt nivå",
    "begge": "strategisk og operativt nivå",
}
ACTORS = {
    "nav": "Nav",
    "fylkeskommunen": "fylkeskommunen",
    "ot": "Oppfølgingstjenesten",
    "skolen": "skolen",
    "alle": "alle parter",
}


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«])")


def first_sentence(text: str) -> str:
    """The opening sentence of a description: the entry's one line in a theme's overview.

    A long sentence made of clauses joined by «;» gives only its first clause."""
    sentence = _SENTENCE_END.split(" ".join(text.split()), maxsplit=1)[0]
    if len(sentence.split()) > 20 and "; " in sentence:
        sentence = sentence.split("; ", 1)[0] + "."
    return sentence


def fold_open(title: str, kind: str) -> list[str]:
    clean = " ".join(title.replace("`", "'").split())
    return [f"::::{{kb-fold}} {clean}", f":kind: {kind}", ""]


FOLD_CLOSE = ["::::", ""]


def practice_markdown(practice: Practice, hashes: str) -> list[str]:
    actors = ", ".join(ACTORS[a] for a in practice.actors)
    lines = [
        f"({labels.practice(practice.id)})=",
        f"{hashes} {escape(practice.title)}",
        "",
        *fold_open(practice.title, "grep"),
        f"{escape(practice.description)} {cite(practice.sources)}",
        "",
        f"*Hvem:* {actors}. *Nivå:* {LEVELS[practice.level]}.",
        "",
    ]
    for example in practice.examples:
        lines += [
            f"> **Eksempel – {escape(example.place)}:** {escape(example.text)} {cite(example.sources)}",
            "",
        ]
    if practice.note:
        lines += [f"*Merk:* {escape(practice.note)}", ""]
    return lines + FOLD_CLOSE


def practice_ref(catalogue: Catalogue, practice_id: str) -> str:
    return ref(labels.practice(practice_id), catalogue.practices[practice_id].title)


def barrier_markdown(catalogue: Catalogue, barrier: Barrier, hashes: str) -> list[str]:
    lines = [
        f"({labels.barrier(barrier.id)})=",
        f"{hashes} {escape(barrier.title)}",
        "",
        *fold_open(barrier.title, "barriere"),
        f"{escape(barrier.description)} {cite(barrier.sources)}",
        "",
    ]
    if barrier.addressed_by:
        links = ", ".join(practice_ref(catalogue, p) for p in barrier.addressed_by)
        lines += [f"*Grep som kan hjelpe:* {links}.", ""]
    if barrier.note:
        lines += [f"*Merk:* {escape(barrier.note)}", ""]
    return lines + FOLD_CLOSE


def overview_markdown(title: str, entries, label) -> list[str]:
    """A compact list: each entry's title (a link to its full entry) and its first sentence."""
    if not entries:
        return []
    return [
        f"**{title}**",
        "",
        *(f"- {ref(label(e.id), e.title)}: {escape(first_sentence(e.description))}" for e in entries),
        "",
    ]


def theme_markdown(catalogue: Catalogue, theme_id: str, heading_level: int = 2) -> str:
    theme = catalogue.themes[theme_id]
    h2, h3, h4 = ("#" * (heading_level + n) for n in range(3))
    home = [p for p in catalogue.practices_of(theme_id) if catalogue.home_theme(p) == theme_id]
    elsewhere = [p for p in catalogue.practices_of(theme_id) if catalogue.home_theme(p) != theme_id]
    barriers = [b for b in catalogue.barriers_of(theme_id) if catalogue.home_theme(b) == theme_id]
    barriers_elsewhere = [b for b in catalogue.barriers_of(theme_id) if catalogue.home_theme(b) != theme_id]
    lines = [
        f"({labels.theme(theme.id)})=",
        f"{h2} {escape(theme.name)}",
        "",
        f"{escape(theme.description)} {cite(theme.sources)}",
        "",
        *overview_markdown("Gode grep i temaet", home, labels.practice),
        *overview_markdown("Barrierer i temaet", barriers, labels.barrier),
        f"{h3} Gode grep",
        "",
    ]
    for practice in home:
        lines += practice_markdown(practice, h4)
    if elsewhere:
        links = ", ".join(practice_ref(catalogue, p.id) for p in elsewhere)
        lines += [f"Flere grep som også gjelder dette temaet, er omtalt under andre temaer: {links}.", ""]
    lines += [f"{h3} Barrierer", ""]
    for barrier in barriers:
        lines += barrier_markdown(catalogue, barrier, h4)
    if barriers_elsewhere:
        links = ", ".join(ref(labels.barrier(b.id), b.title) for b in barriers_elsewhere)
        lines += [f"Flere barrierer som også gjelder dette temaet: {links}.", ""]
    lines += example_markdown(catalogue, theme_id, h3)
    if theme.questions:
        lines += [f"{h3} Spørsmål å snakke om", "", *fold_open(f"Spørsmål om {theme.name}", "sporsmal")]
        lines += [f"{i}. {escape(q)}" for i, q in enumerate(theme.questions, start=1)]
        lines += ["", *FOLD_CLOSE]
    lines += [
        ref(f"sv-tema-{theme.id}", "Vurder dette temaet i selvvurderingen"),
        "",
    ]
    return "\n".join(lines)


def example_markdown(catalogue: Catalogue, theme_id: str, hashes: str) -> list[str]:
    """«Slik gjorde de det»: a named (not anonymised) case that illustrates the theme, the one
    that lists the theme earliest among its themes (ties: data order)."""
    named = [c for c in catalogue.cases.values() if theme_id in c.themes and not c.anonymised]
    if not named:
        return []
    case = min(named, key=lambda c: c.themes.index(theme_id))
    return [
        f"{hashes} Slik gjorde de det: {escape(case.name)}",
        "",
        *fold_open(f"Slik gjorde de det: {case.name}", "eksempel"),
        f"{escape(case.model)} {cite(case.sources)} Les hele historien i {ref(labels.case(case.id), case.name)}.",
        "",
        *FOLD_CLOSE,
    ]
