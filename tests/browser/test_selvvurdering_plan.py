"""The self-assessment's action plan, as a leader uses it: grep and own actions, CSV, paper."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from datetime import date

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from book.catalogue import load_catalogue
from book.scoring import advise
from book.widget_data import selvvurdering_data
from tools.browser import axe_violations, describe, visit

from .test_selvvurdering import KEY, LABELS, PAGE, answer_all, planned_answers, stored

pytestmark = pytest.mark.browser

MONTHS = ["januar", "februar", "mars", "april", "mai", "juni"]
MONTHS += ["juli", "august", "september", "oktober", "november", "desember"]
LONG_WHAT = (
    "Vi setter opp et fast møte hver måned mellom veilederne i Nav og OT, med en felles oversikt over "
    "ungdommer som står i fare for å slutte. Vi avtaler hvem som tar kontakt, og følger opp på neste møte. "
) * 4
LONG_WHAT = LONG_WHAT[:599] + "."
OWN_TITLE = "Felles kaffe for veiledere og OT hver fredag"


@pytest.fixture(scope="module")
def data():
    return selvvurdering_data(load_catalogue())


def first_advice(data) -> tuple[dict, dict, str]:
    """The first reason the page shows (statement, answer label) and the first grep for it."""
    advice = advise(
        data["items"], [t["id"] for t in data["themes"]], planned_answers(data), data["catalogue"]
    )
    entry = advice["themes"][0]
    statement = entry["statements"][0]
    item = next(i for i in data["items"] if i["id"] == statement["item"])
    practice = next(p for p in data["catalogue"]["practices"] if p["id"] == entry["practices"][0])
    return item, practice, LABELS[statement["answer"]]


def fill_plan(page, data) -> dict:
    """Answers, county and role; one grep and one own action in the plan. Returns the grep."""
    answer_all(page, data, planned_answers(data))
    page.get_by_label("Fylke (lagres bare i din nettleser)").fill("Vestfold")
    page.get_by_label("Hvor jobber du?").select_option(label="Nav-kontor")
    _, practice, _ = first_advice(data)
    page.get_by_role("checkbox", name=f"Ta med «{practice['title']}» i handlingsplanen").check()
    row = page.get_by_role("group", name=practice["title"], exact=True)
    row.get_by_label("Hva skal dere gjøre?").fill("Gå gjennom avtalen på neste personalmøte")
    row.get_by_label("Hvem har ansvaret?").fill("Nav-leder")
    row.get_by_label("Innen når?").fill("1. mars")

    page.get_by_role("button", name="Legg til eget tiltak").click()
    title = page.get_by_label("Hva heter tiltaket?")
    expect(title).to_be_focused()
    title.fill(OWN_TITLE)
    own = page.get_by_role("group", name="Eget tiltak 1", exact=True)
    own.get_by_label("Tema (valgfritt)").select_option(label="Felles språk")
    own.get_by_label("Hva skal dere gjøre?").fill(LONG_WHAT)
    own.get_by_label("Hvem har ansvaret?").fill("OT-leder")
    own.get_by_label("Innen når?").fill("Før sommeren")
    return practice


def test_advice_gives_the_reason_and_the_plan_takes_grep_and_own_actions(browser, base_url, data, tmp_path):
    item, practice, answer = first_advice(data)
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        fill_plan(page, data)
        reason = page.get_by_text(f"Dere svarte «{answer}» på «{item['text']}»", exact=True)
        expect(reason.first).to_be_visible()

        plan = stored(page)["plan"]
        assert [(row["practice"], row["title"]) for row in plan] == [(practice["id"], ""), ("", OWN_TITLE)]
        assert plan[0]["theme"] == item["theme"]
        assert plan[1]["theme"] == next(t["id"] for t in data["themes"] if t["name"] == "Felles språk")
        assert plan[1]["what"] == LONG_WHAT

        with page.expect_download() as download:
            page.get_by_role("button", name="Last ned planen (CSV)").click()
        name = download.value.suggested_filename
        assert re.fullmatch(r"handlingsplan-vestfold-\d{4}-\d\d-\d\d\.csv", name), name
        path = tmp_path / name
        download.value.save_as(path)
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
        assert rows[0] == ["Tema", "Tiltak", "Godt grep", "Hva", "Hvem", "Når", "Kilde"]
        theme = next(t["name"] for t in data["themes"] if t["id"] == item["theme"])
        assert rows[1] == [
            theme,
            practice["title"],
            "ja",
            "Gå gjennom avtalen på neste personalmøte",
            "Nav-leder",
            "1. mars",
            practice["source"],
        ]
        assert rows[2] == [
            "Felles språk",
            OWN_TITLE,
            "nei, eget tiltak",
            LONG_WHAT,
            "OT-leder",
            "Før sommeren",
            "",
        ]

        violations = axe_violations(page)
        assert not violations, describe(violations)

        # Reloaded, the plan is still there; removing the grep unticks it in the advice.
        page.reload(wait_until="networkidle")
        expect(page.get_by_label("Hva heter tiltaket?")).to_have_value(OWN_TITLE)
        page.get_by_role("button", name=f"Fjern «{practice['title']}» fra planen").click()
        expect(page.get_by_role("group", name=practice["title"], exact=True)).to_have_count(0)
        box = page.get_by_role("checkbox", name=f"Ta med «{practice['title']}» i handlingsplanen")
        expect(box).not_to_be_checked()
        assert [row["title"] for row in stored(page)["plan"]] == [OWN_TITLE]
        assert opened.problems() == {}


def test_the_printed_plan_has_title_date_profile_every_row_and_sources(browser, base_url, data, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: `make test-deps` installs poppler-utils")
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        practice = fill_plan(page, data)
        for _ in range(4):  # six rows in all
            page.get_by_role("button", name="Legg til eget tiltak").click()
            page.get_by_label("Hva heter tiltaket?").last.fill("Et tiltak til")
        page.evaluate("() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; }")
        page.get_by_role("button", name="Skriv ut planen").click()
        assert page.evaluate("window.__printed") == 1

        page.emulate_media(media="print")
        printed = page.get_by_role("table", name="Tiltak (6)")
        expect(printed).to_be_visible()
        expect(printed.get_by_role("row")).to_have_count(7)
        expect(printed).to_contain_text(LONG_WHAT)  # all of it, not what fits in a text box
        expect(page.get_by_label("Hva skal dere gjøre?").first).to_be_hidden()
        expect(page.get_by_role("button", name="Legg til eget tiltak")).to_be_hidden()

        pdf = tmp_path / "plan.pdf"
        page.pdf(path=pdf, format="A4")
        assert 1 <= len(PdfReader(pdf).pages) <= 2
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        text = " ".join(text.split())
        today = date.today()
        for wanted in (
            "Handlingsplan for samarbeidet mellom Nav og fylkeskommunen",
            "Fylke: Vestfold",
            "Rolle: Nav-kontor",
            f"Dato: {today.day}. {MONTHS[today.month - 1]} {today.year}",
            "Profilen fra selvvurderingen",
            data["themes"][0]["name"],
            "Kilder",
            practice["source"].split(";")[0],
            "Nav-leder",
            "Før sommeren",
        ):
            assert wanted in text, wanted
        for screen_only in ("Personvern", "Dette kan dere jobbe med", "Legg til eget tiltak", "Hovedmeny"):
            assert screen_only not in text, screen_only
        assert opened.problems() == {}


def test_a_plan_saved_before_own_actions_still_loads(browser, base_url, data):
    practice = data["catalogue"]["practices"][0]
    old = {
        "plan": [{"practice": practice["id"], "what": "Lage felles ordliste", "who": "OT", "when": "mars"}]
    }
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps(old)])
        page.reload(wait_until="networkidle")
        row = page.get_by_role("group", name=practice["title"], exact=True)
        expect(row.get_by_label("Hva skal dere gjøre?")).to_have_value("Lage felles ordliste")
        expect(row.get_by_label("Innen når?")).to_have_value("mars")
        assert opened.problems() == {}


def test_the_filled_in_plan_fits_a_320_px_phone(browser, base_url, data):
    with visit(browser, base_url, PAGE, width=320, height=640) as opened:
        page = opened.page
        fill_plan(page, data)
        expect(page.get_by_role("button", name="Skriv ut planen")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert opened.problems() == {}
