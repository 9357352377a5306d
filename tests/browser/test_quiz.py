"""«Sjekk deg selv», driven as a reader does: by visible labels, mouse or keyboard only."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from book.catalogue import load_catalogue
from book.markdown.quiz import LETTERS
from tools.browser import axe_violations, describe, visit

pytestmark = pytest.mark.browser
AREA = "to-organisasjoner-motes"
PAGE = f"chapters/omrader/{AREA}.html"


@pytest.fixture(scope="module")
def question():
    return load_catalogue().questions_of(AREA)[0]


def label(question, index: int) -> str:
    return f"{LETTERS[index]}: {question.options[index].text}"


def test_wrong_then_right_answer_gives_feedback_in_place(browser, base_url, question):
    wrong = next(i for i, o in enumerate(question.options) if not o.correct)
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        stored_before = page.evaluate("JSON.stringify(localStorage)")  # the theme's own settings
        group = page.get_by_role("group", name=question.question)
        box = page.locator(".kb-quiz-q").filter(has=group)
        feedback = box.get_by_role("status")

        box.get_by_role("button", name="Sjekk svaret").click()
        expect(feedback).to_contain_text("Velg et svar først")

        group.get_by_label(label(question, wrong), exact=True).check()
        box.get_by_role("button", name="Sjekk svaret").click()
        expect(feedback).to_contain_text("Ikke riktig.")
        expect(feedback).to_contain_text(f"Riktig svar er {LETTERS[question.correct_index]}")
        expect(feedback).to_contain_text(question.reason.split(".")[0])
        expect(
            feedback.get_by_role("link", name=load_catalogue().themes[question.theme].name)
        ).to_be_visible()

        group.get_by_label(label(question, question.correct_index), exact=True).check()
        box.get_by_role("button", name="Sjekk svaret").click()
        expect(feedback).to_contain_text("Riktig.")
        expect(feedback).not_to_contain_text("Ikke riktig")
        expect(feedback).to_contain_text(question.reason.split(".")[0])

        assert requests == []  # nothing sent
        assert page.evaluate("JSON.stringify(localStorage)") == stored_before  # nothing stored
        violations = axe_violations(page)
        assert not violations, describe(violations)
        assert opened.problems() == {}


def test_keyboard_only(browser, base_url, question):
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        group = page.get_by_role("group", name=question.question)
        first = group.get_by_label(label(question, 0), exact=True)
        first.focus()
        page.keyboard.press("Space")
        expect(first).to_be_checked()
        for _ in range(question.correct_index):
            page.keyboard.press("ArrowDown")
        expect(group.get_by_label(label(question, question.correct_index), exact=True)).to_be_checked()
        page.keyboard.press("Tab")
        expect(page.get_by_role("button", name="Sjekk svaret").first).to_be_focused()
        page.keyboard.press("Enter")
        box = page.locator(".kb-quiz-q").filter(has=group)
        expect(box.get_by_role("status")).to_contain_text("Riktig.")


def test_without_javascript_the_answer_and_reason_are_readable(browser, base_url, question):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base_url + PAGE)
        box = page.locator(".kb-quiz-q").filter(has_text=question.question)
        expect(box.get_by_text(label(question, 0))).to_be_visible()
        box.get_by_text("Se svaret").click()
        expect(box.get_by_text(f"Riktig svar er {LETTERS[question.correct_index]}")).to_be_visible()
        expect(box.get_by_text(question.reason.split(".")[0])).to_be_visible()
    finally:
        context.close()
