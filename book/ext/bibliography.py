"""A Norwegian bibliography style: pybtex's ``plain`` with «og» between the last two names.

Registered as the pybtex style ``kb``; ``_config.yml`` selects it with
``bibtex_default_style: kb``.
"""

from __future__ import annotations

import pybtex.plugin
from pybtex.style.formatting.plain import Style as PlainStyle
from pybtex.style.template import names, sentence
from sphinx.application import Sphinx


class NorwegianStyle(PlainStyle):
    def format_names(self, role, as_sentence=True):
        formatted = names(role, sep=", ", sep2=" og ", last_sep=" og ")
        return sentence[formatted] if as_sentence else formatted


def setup_bibliography(app: Sphinx) -> None:
    pybtex.plugin.register_plugin("pybtex.style.formatting", "kb", NorwegianStyle)
