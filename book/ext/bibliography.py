"""A Norwegian bibliography style: pybtex's ``plain`` with «og» between the last two names and
«mfl.» for BibTeX's ``and others`` (pybtex would print the English word «others»).

Registered as the pybtex style ``kb``; ``_config.yml`` selects it with
``bibtex_default_style: kb``.
"""

from __future__ import annotations

import pybtex.plugin
from pybtex.richtext import Text
from pybtex.style.formatting.plain import Style as PlainStyle
from pybtex.style.template import FieldIsMissing, join, node, sentence
from sphinx.application import Sphinx


@node
def norwegian_names(children, context, role, **kwargs):
    """The persons in ``role`` joined as ``names`` does, with «mfl.» in place of «others»."""
    try:
        persons = context["entry"].persons[role]
    except KeyError:
        raise FieldIsMissing(role, context["entry"]) from None
    style = context["style"]
    others = bool(persons) and str(persons[-1]) == "others"
    named = persons[:-1] if others else persons
    formatted = [style.format_name(person, style.abbreviate_names) for person in named]
    joined = join(**kwargs)[formatted].format_data(context)
    return Text(joined, " mfl.") if others else joined


class NorwegianStyle(PlainStyle):
    def format_names(self, role, as_sentence=True):
        formatted = norwegian_names(role, sep=", ", sep2=" og ", last_sep=" og ")
        return sentence[formatted] if as_sentence else formatted


def setup_bibliography(app: Sphinx) -> None:
    pybtex.plugin.register_plugin("pybtex.style.formatting", "kb", NorwegianStyle)
