"""The trainer kit's directives and assets: dialogue cards, question sheets, the paper
self-assessment, projector slides, and links to the card PDFs when ``make cards`` made them.

Markdown comes from :mod:`book.markdown.trainer`; this module only parses it and tags the
top-level sections with classes the print CSS (``static/kb/trainer.css``) and the projector
module (``widgets/projector.js``) use.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from .. import DATA_DIR, ROOT
from ..markdown import trainer
from ..schema import files
from .data import catalogue

KIT_PAGES = "chapters/kurs/"
CARDS_PER_SHEET = 4
PDF_DIR = ROOT / "_build" / "cards"  # written by `make cards` (tools/cards.py)
MADE = PDF_DIR / "made"  # touched by `make cards` each time it has written the PDFs
PDFS = {  # file name -> link text
    "dialogkort-a6.pdf": "Dialogkortene, fire A6-kort per A4-ark, med klippemerker (PDF)",
    "dialogkort-a4.pdf": "Dialogkortene, ett kort per A4-ark (PDF)",
    "sporsmalsark.pdf": "Spørsmålsarkene, ett ark per område (PDF)",
    "selvvurdering-papir.pdf": "Selvvurderingen på papir (PDF)",
}


class KitDirective(SphinxDirective):
    """Parse a pure function's Markdown; give each top-level section ``section_class``;
    wrap everything in a container with ``wrapper_class`` when that is set."""

    has_content = False
    option_spec: ClassVar[dict] = {"heading-level": directives.positive_int}
    section_class = ""
    wrapper_class = ""
    depends: ClassVar[tuple[str, ...]] = ()  # the data files the text comes from (re-read on change)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if unknown := set(cls.depends) - set(files()):
            raise ValueError(f"{cls.__name__}: no such data file {sorted(unknown)}")

    def markdown(self, books, level: int) -> str:
        raise NotImplementedError

    def run(self) -> list[nodes.Node]:
        for file_name in self.depends:
            self.env.note_dependency(str(DATA_DIR / file_name))
        try:
            text = self.markdown(catalogue(self.env.app), self.options.get("heading-level", 2))
        except KeyError as exc:
            raise self.error(f"{self.name}: {exc.args[0]}") from None
        top = self.sections(text)
        for section in top:
            if self.section_class:
                section["classes"].append(self.section_class)
        if not self.wrapper_class:
            return top
        wrapper = nodes.container(classes=[self.wrapper_class])
        wrapper += top
        return [wrapper]

    def sections(self, text: str) -> list[nodes.Node]:
        """Build the section tree ourselves: MyST would attach parsed headings to the page,
        outside this directive, where no class or wrapper can reach them."""
        top: list[nodes.Node] = []
        stack: list[tuple[int, nodes.Element | None]] = [(0, None)]
        for level, title, body in split_headings(text):
            section = nodes.section()
            if title is not None:
                inline, _messages = self.state.inline_text(title, self.lineno)
                section += nodes.title(title, "", *inline)
                section["names"].append(nodes.fully_normalize_name(title))
                self.state.document.note_implicit_target(section, section)
                while stack[-1][0] >= level:
                    stack.pop()
                parent = stack[-1][1]
                (top.append(section) if parent is None else parent.append(section))
                stack.append((level, section))
            target = section if title is not None else nodes.Element()
            self.state.nested_parse(
                StringList(body, source=self.get_source_info()[0]), self.content_offset, target
            )
            if title is None:
                top += target.children
        return top


def split_headings(text: str) -> list[tuple[int, str | None, list[str]]]:
    """(level, title, body lines) per ATX heading; text before the first has title None."""
    chunks: list[tuple[int, str | None, list[str]]] = [(0, None, [])]
    for line in text.splitlines():
        hashes, _, rest = line.partition(" ")
        if hashes and set(hashes) == {"#"} and rest:
            chunks.append((len(hashes), rest.strip(), []))
        else:
            chunks[-1][2].append(line)
    return [chunk for chunk in chunks if chunk[1] is not None or any(chunk[2])]


class CardsDirective(KitDirective):
    """``{kb-dialogue-cards}``, ``:layout: a4`` (one card per sheet) or ``a6`` (four per sheet)."""

    option_spec: ClassVar[dict] = {
        **KitDirective.option_spec,
        "layout": lambda value: directives.choice(value, ("a4", "a6")),
    }
    section_class = "kb-card"
    depends = ("framework.yml", "dialogue_cards.yml", "practices.yml")

    def run(self) -> list[nodes.Node]:
        layout = self.options.get("layout", "a4")
        self.wrapper_class = f"kb-cards-{layout}"
        [wrapper] = super().run()
        if layout == "a6":  # four cards per A4 sheet
            cards = list(wrapper.children)
            wrapper.children = []
            for start in range(0, len(cards), CARDS_PER_SHEET):
                sheet = nodes.container(classes=["kb-a6-sheet"])
                sheet += cards[start : start + CARDS_PER_SHEET]
                wrapper += sheet
        return [wrapper]

    def markdown(self, books, level):
        return trainer.cards_markdown(books, level)


class QuestionSheetsDirective(KitDirective):
    section_class = "kb-sheet"
    depends = ("framework.yml",)

    def markdown(self, books, level):
        return trainer.question_sheets_markdown(books, level)


class PaperAssessmentDirective(KitDirective):
    section_class = "kb-paper-area"
    wrapper_class = "kb-paper-assessment"
    depends = ("framework.yml", "assessment.yml")

    def markdown(self, books, level):
        return trainer.paper_assessment_markdown(books, level)


class ProjectorDirective(KitDirective):
    """``{kb-projector} <area-id>``: one slide (section) per idea, stepped by projector.js."""

    required_arguments = 1
    section_class = "kb-slide"
    wrapper_class = "kb-projector"
    depends = ("framework.yml", "dialogue_cards.yml", "practices.yml")

    def markdown(self, books, level):
        if self.arguments[0] not in books.areas:
            raise KeyError(f"unknown area '{self.arguments[0]}'")
        return trainer.projector_markdown(books, self.arguments[0], level)


class CardPdfsDirective(SphinxDirective):
    """Download links to the PDFs ``make cards`` wrote, or a note on how to make them.

    A PDF older than the data, the kit pages or their print CSS is stale and is not linked.
    The page is re-read when ``make cards`` has run (it touches ``MADE``) and, once PDFs exist,
    when what they are made of changes; otherwise a data change leaves it alone.
    """

    has_content = False

    def run(self) -> list[nodes.Node]:
        if not MADE.is_file():
            MADE.parent.mkdir(parents=True, exist_ok=True)
            MADE.touch()
        self.env.note_dependency(str(MADE))
        made = [PDF_DIR / name for name in PDFS if (PDF_DIR / name).is_file()]
        if made:
            for path in kit_inputs():
                self.env.note_dependency(str(path))
        lines = []
        newest_input = max(p.stat().st_mtime for p in kit_inputs())
        for name, text in PDFS.items():
            path = PDF_DIR / name
            if path in made and path.stat().st_mtime >= newest_input:
                lines.append(f"- [{text}](/{path.relative_to(ROOT).as_posix()})")
        if not lines:
            lines = [
                "PDF-utgavene er ikke laget for denne utgaven av boka. Skriv ut sidene over "
                "fra nettleseren, eller lag PDF-ene med `make cards`."
            ]
        holder = nodes.Element()
        self.state.nested_parse(
            StringList(lines, source=self.get_source_info()[0]), self.content_offset, holder
        )
        return holder.children


def kit_inputs() -> list[Path]:
    """What the printed PDFs are made from: data, kit pages, print CSS."""
    return [
        *(DATA_DIR / name for name in files()),
        *(ROOT / "chapters" / "kurs").rglob("*.md"),
        Path(__file__).parent / "static" / "kb" / "trainer.css",
    ]


def _add_kit_assets(app: Sphinx, pagename, templatename, context, doctree) -> None:
    if not pagename.startswith(KIT_PAGES):
        return
    app.add_css_file("kb/trainer.css", priority=901)
    if 'class="kb-projector' in context.get("body", ""):
        app.add_js_file("kb/widgets/projector.js", type="module")
        app.add_css_file("kb/widgets/projector.css", priority=902)


def setup_trainer(app: Sphinx) -> None:
    app.add_directive("kb-dialogue-cards", CardsDirective)
    app.add_directive("kb-question-sheets", QuestionSheetsDirective)
    app.add_directive("kb-paper-assessment", PaperAssessmentDirective)
    app.add_directive("kb-projector", ProjectorDirective)
    app.add_directive("kb-card-pdfs", CardPdfsDirective)
    app.connect("html-page-context", _add_kit_assets)
