"""«Sjekk deg selv»: the ``{kb-quiz} <area-id>`` directive and the quiz's files on its pages.

Each question from ``data/quiz.yml`` is written as readable HTML that needs no script: the
question, the options as a list and a ``<details>`` holding the right answer, the reason (with
its citations) and a link to the section. ``widgets/quiz/quiz.js`` then turns each question into
radio buttons with a «Sjekk svaret» button and feedback in place. Nothing is stored or sent.
"""

from __future__ import annotations

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from .. import DATA_DIR
from ..markdown.quiz import answer_markdown, question_markdown
from .data import catalogue
from .widgets import STATIC_SUBDIR

MARKER = 'class="kb-quiz-q"'


class quiz_question(nodes.General, nodes.Element):
    """One question: ``<div class="kb-quiz-q" data-correct="N">``."""


class quiz_answer(nodes.General, nodes.Element):
    """The answer, folded: ``<details class="kb-quiz-answer">`` with a summary."""


def _visit_question(self, node: quiz_question) -> None:
    self.body.append(f'<div class="kb-quiz-q" id="{node["anchor"]}" data-correct="{node["correct"]}">')


def _depart_question(self, node: quiz_question) -> None:
    self.body.append("</div>\n")


def _visit_answer(self, node: quiz_answer) -> None:
    self.body.append('<details class="kb-quiz-answer"><summary>Se svaret</summary>')


def _depart_answer(self, node: quiz_answer) -> None:
    self.body.append("</details>\n")


class QuizDirective(SphinxDirective):
    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        books = catalogue(self.env.app)
        area = self.arguments[0]
        if area not in books.areas:
            raise self.error(f"kb-quiz: unknown area '{area}' (known: {', '.join(books.areas)})")
        self.env.note_dependency(str(DATA_DIR / "quiz.yml"))
        questions = books.questions_of(area)
        if not questions:
            raise self.error(f"kb-quiz: data/quiz.yml has no questions for area '{area}'")
        holder = nodes.container(classes=["kb-quiz"])
        for number, question in enumerate(questions, start=1):
            box = quiz_question(anchor=f"sporsmal-{question.id}", correct=question.correct_index)
            box += self._parse(question_markdown(question, number), "kb-quiz-body")
            answer = quiz_answer()
            answer += self._parse(answer_markdown(books, question), "kb-quiz-reason")
            box += answer
            holder += box
        return [holder]

    def _parse(self, text: str, css_class: str) -> nodes.container:
        box = nodes.container(classes=[css_class])
        self.state.nested_parse(
            StringList(text.splitlines(), source=self.get_source_info()[0]), self.content_offset, box
        )
        return box


def _add_quiz_assets(app: Sphinx, pagename, templatename, context, doctree) -> None:
    if MARKER in context.get("body", ""):
        app.add_js_file(f"{STATIC_SUBDIR.as_posix()}/quiz/quiz.js", type="module")
        app.add_css_file(f"{STATIC_SUBDIR.as_posix()}/quiz/quiz.css")


def setup_quiz(app: Sphinx) -> None:
    app.add_node(quiz_question, html=(_visit_question, _depart_question))
    app.add_node(quiz_answer, html=(_visit_answer, _depart_answer))
    app.add_directive("kb-quiz", QuizDirective)
    app.connect("html-page-context", _add_quiz_assets)
