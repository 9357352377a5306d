"""Gruppeoversikt and the partner comparison, driven by visible labels with other hosts blocked."""

from __future__ import annotations

import json
import re
import statistics

import pytest
from playwright.sync_api import expect

from book.catalogue import load_catalogue
from book.scoring import score_themes
from book.widget_data import selvvurdering_data
from tools.browser import axe_violations, describe, visit

from .jupyter_model import MOUNT

pytestmark = pytest.mark.browser
PAGE = "chapters/verktoy/gruppeoversikt.html"
SELF = "chapters/verktoy/selvvurdering.html"
KEY = "samarbeidsboka:selvvurdering:v1"


@pytest.fixture(scope="module")
def data():
    return selvvurdering_data(load_catalogue())


def answers_at(data, level: int, shift: int = 0) -> dict:
    """Every statement answered so that its (turned) value is `level`, the first `shift` one lower."""
    out = {}
    for index, item in enumerate(data["items"]):
        value = max(1, level - 1) if index < shift else level
        out[item["id"]] = 6 - value if item["reverse"] else value
    return out


def export(path, answers, role, label="", stamp="2026-12-01T10:00:00.000Z", extra=None):
    content = {
        "format": "samarbeidsboka-selvvurdering",
        "version": 1,
        "exported": stamp,
        "answers": {**answers, **(extra or {})},
        "context": {"label": label, "role": role, "level": "", "county": ""},
        "plan": [],
        "snapshots": [],
    }
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def theme_means(data, people):
    themes = [t["id"] for t in data["themes"]]
    per = [score_themes(data["items"], themes, a) for a in people]
    return [statistics.mean(p[i]["mean"] for p in per) for i in range(len(themes))]


def number(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def test_many_files_at_once_with_bad_ones_counts_gaps_and_minimum_group(browser, base_url, data, tmp_path):
    nav = [answers_at(data, 4), answers_at(data, 5), answers_at(data, 4, shift=3)]
    county = [answers_at(data, 2), answers_at(data, 3)]
    files = [
        export(tmp_path / f"nav{i}.json", a, "Nav-kontor", "Nav Bergen", f"2026-12-01T10:0{i}:00.000Z")
        for i, a in enumerate(nav)
    ]
    files += [
        export(tmp_path / "ot.json", county[0], "Oppfølgingstjenesten (OT)", "Gruppe 2"),
        export(tmp_path / "skole.json", county[1], "Skole", "Gruppe 2", extra={"gammel-pastand": 3}),
    ]
    duplicate = tmp_path / "nav0-kopi.json"
    duplicate.write_text(files[0].read_text(encoding="utf-8"), encoding="utf-8")
    broken = tmp_path / "brukket.json"
    broken.write_text("{ dette er ikke json", encoding="utf-8")
    empty = tmp_path / "tom.json"
    empty.write_text("", encoding="utf-8")
    foreign = tmp_path / "fremmed.json"
    foreign.write_text(json.dumps({"hei": "verden"}), encoding="utf-8")
    huge = tmp_path / "stor.json"
    huge.write_bytes(b" " * (10 * 1024 * 1024))

    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        expect(page.get_by_text("Alt skjer i denne nettleseren")).to_be_visible()
        chooser = page.get_by_label("Velg filer med svar (du kan velge mange samtidig)")
        chooser.set_input_files([*files, duplicate, broken, empty, foreign, huge])
        expect(page.get_by_role("status")).to_contain_text("5 svar i oversikten")
        messages = page.locator(".kb-gr-messages")
        expect(messages).to_contain_text("nav0-kopi.json: samme svar som nav0.json")
        expect(messages).to_contain_text("brukket.json: Filen kunne ikke leses")
        expect(messages).to_contain_text("tom.json: filen er tom")
        expect(messages).to_contain_text("fremmed.json: Filen er ikke en eksport")
        expect(messages).to_contain_text("stor.json: filen er for stor (10,0 MB)")
        expect(messages).to_contain_text(
            "skole.json: 1 svar gjelder påstander som denne utgaven ikke har (gammel-pastand)"
        )

        roles = page.get_by_role("table", name="Antall svar per rolle")
        expect(roles.get_by_role("row", name="Nav-kontor")).to_contain_text("3")
        expect(roles.get_by_role("row", name="Skole")).to_contain_text("1")

        first = data["themes"][0]["name"]
        per_theme = page.get_by_role("table", name="Snitt, spredning og fordeling per tema")
        everyone = theme_means(data, nav + county)
        expect(per_theme.get_by_role("row", name=first).first).to_contain_text(number(everyone[0]))

        # Two on the county side: below the minimum group, the means are hidden and it says why.
        sides = page.get_by_role("table", name="Nav og fylkeskommunen per tema")
        expect(sides.get_by_role("row", name=first).first).to_contain_text("skjult")
        expect(page.get_by_text("Noen tall er skjult.")).to_be_visible()
        expect(page.get_by_text("minst 3 personer")).to_be_visible()

        third = export(tmp_path / "fk.json", answers_at(data, 2), "Fylkeskommunen", "Gruppe 2")
        chooser.set_input_files(third)
        expect(page.get_by_role("status")).to_contain_text("6 svar i oversikten")
        county.append(answers_at(data, 2))
        nav_mean, county_mean = theme_means(data, nav)[0], theme_means(data, county)[0]
        row = sides.get_by_role("row", name=first).first
        expect(row).to_contain_text(f"{number(nav_mean)} (3)")
        expect(row).to_contain_text(f"{number(county_mean)} (3)")
        expect(row).to_contain_text("+" + number(nav_mean - county_mean))
        expect(page.get_by_text("Noen tall er skjult.")).to_have_count(0)

        talk = page.get_by_role("heading", name="Dette bør dere snakke om")
        expect(talk).to_be_visible()
        expect(page.locator(".kb-gr-prompts li").first).to_contain_text(
            "Nav og fylkeskommunen ser dette ulikt"
        )
        profiles = page.get_by_role("table", name="Snitt per tema for hver gruppe")
        expect(profiles).to_contain_text("Nav Bergen (3)")
        expect(profiles).to_contain_text("Gruppe 2 (3)")

        with page.expect_download() as download:
            page.get_by_role("button", name="Last ned gruppens svar (CSV)").click()
        assert download.value.suggested_filename.startswith("gruppeoversikt-")
        csv_file = tmp_path / "gruppe.csv"
        download.value.save_as(csv_file)
        lines = csv_file.read_text(encoding="utf-8-sig").strip().splitlines()
        assert lines[0] == "svar-nr,id,tema,påstand,omvendt,svar,verdi,gruppe,rolle"
        assert len(lines) == 1 + 6 * len(data["items"])
        assert lines[1].endswith(",Nav Bergen,Nav-kontor")

        violations = axe_violations(page)
        assert not violations, describe(violations)
        assert page.locator(".kb-gr [style]").count() == 0, "no inline styles"
        assert opened.problems() == {}

        page.get_by_role("button", name="Tøm oversikten").click()
        expect(page.get_by_role("status")).to_have_text("Oversikten er tømt.")
        expect(page.get_by_text("Ingen svar er lagt inn ennå.")).to_be_visible()
        expect(messages).to_be_empty()


def test_share_codes_from_the_self_assessment_are_read_and_a_typo_named(browser, base_url, data):
    with visit(browser, base_url, SELF) as opened:
        page = opened.page
        page.evaluate(
            "([k, a]) => localStorage.setItem(k, JSON.stringify({answers: a}))", [KEY, answers_at(data, 4)]
        )
        page.reload(wait_until="networkidle")
        page.get_by_label("Navn på gruppen").fill("Gruppe 3")
        page.get_by_label("Hvor jobber du?").select_option("Skole")
        page.get_by_role("button", name="Vis delekode").click()
        code = page.get_by_label("Delekoden din").input_value()
        assert code.startswith("Gruppe 3: SB1-")
        assert json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))["context"]["label"] == "Gruppe 3"
        with page.expect_download() as download:
            page.get_by_role("button", name="Last ned svarene (JSON)").click()
        assert download.value.suggested_filename.startswith("selvvurdering-gruppe-3-")
    last = code[-1]
    typo = code[:-1] + ("0" if last != "0" else "1")
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        page.get_by_label("Lim inn delekoder, én per linje").fill(f"{code}\n{typo}\n{code}")
        page.get_by_role("button", name="Legg til kodene").click()
        expect(page.get_by_role("status")).to_contain_text("1 svar i oversikten")
        messages = page.locator(".kb-gr-messages")
        expect(messages).to_contain_text("Linje 2 (Gruppe 3): Delekoden stemmer ikke")
        expect(messages).to_contain_text("Linje 3 (Gruppe 3): samme kode")
        expect(
            page.get_by_role("table", name="Antall svar per rolle").get_by_role("row", name="Skole")
        ).to_contain_text("1")
        assert opened.problems() == {}


def test_the_status_counts_every_unread_file_and_code_in_the_list(browser, base_url, data, tmp_path):
    good = export(tmp_path / "nav.json", answers_at(data, 4), "Nav-kontor", "Nav Bergen")
    broken = tmp_path / "brukket.json"
    broken.write_text("{ dette er ikke json", encoding="utf-8")
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        page.get_by_label("Velg filer med svar (du kan velge mange samtidig)").set_input_files([good, broken])
        expect(page.get_by_role("status")).to_have_text(
            "1 svar i oversikten. 1 fil eller kode kunne ikke leses; se listen."
        )
        page.get_by_label("Lim inn delekoder, én per linje").fill("Gruppe 9: SB1-FEIL")
        page.get_by_role("button", name="Legg til kodene").click()
        messages = page.locator(".kb-gr-messages li")
        expect(messages).to_have_count(2)
        # Two lines in the list say «Ikke lest»: the status says two, not only the last batch's one.
        expect(page.get_by_role("status")).to_have_text(
            "1 svar i oversikten. 2 filer eller koder kunne ikke leses; se listen."
        )
        assert opened.problems() == {}


def test_the_overviews_buttons_look_like_the_self_assessments(browser, base_url, data, tmp_path):
    files = [export(tmp_path / f"nav{i}.json", answers_at(data, 3 + i), "Nav-kontor") for i in range(3)]
    with visit(browser, base_url, PAGE, width=1280) as opened:
        page = opened.page
        page.get_by_label("Velg filer med svar (du kan velge mange samtidig)").set_input_files(files)
        expect(page.get_by_role("status")).to_contain_text("3 svar i oversikten")
        # The same filled buttons as in the self-assessment, not the browser's grey default.
        button = page.get_by_role("button", name="Legg til kodene")
        assert button.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(0, 91, 130)"
        assert opened.problems() == {}


def test_filled_in_overview_with_text_at_200_percent_does_not_scroll_sideways(
    browser, base_url, data, tmp_path
):
    """WCAG 1.4.4 with the tables there (the page-wide check sees the empty overview only)."""
    files = [export(tmp_path / f"nav{i}.json", answers_at(data, 3 + i), "Nav-kontor") for i in range(3)]
    with visit(browser, base_url, PAGE, width=1280) as opened:
        page = opened.page
        page.get_by_label("Velg filer med svar (du kan velge mange samtidig)").set_input_files(files)
        expect(page.get_by_role("status")).to_contain_text("3 svar i oversikten")
        page.evaluate("document.documentElement.style.fontSize = '200%'")
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280


def test_partner_comparison_keeps_your_own_answers(browser, base_url, data, tmp_path):
    mine = answers_at(data, 5)
    partner = export(tmp_path / "ot.json", answers_at(data, 2), "Oppfølgingstjenesten (OT)", "OT Vestland")
    with visit(browser, base_url, SELF) as opened:
        page = opened.page
        page.evaluate("([k, a]) => localStorage.setItem(k, JSON.stringify({answers: a}))", [KEY, mine])
        page.reload(wait_until="networkidle")
        page.get_by_label("Velg filen fra samarbeidspartneren").set_input_files(partner)
        table = page.get_by_role("table", name="Per tema: dine svar og partnerens (snitt fra 1 til 5)")
        expect(table).to_be_visible()
        first = data["themes"][0]["name"]
        row = table.get_by_role("row", name=first).first
        expect(row).to_contain_text("5,0")
        expect(row).to_contain_text("2,0")
        expect(row).to_contain_text("Dere ser det ulikt")
        expect(
            page.get_by_role("heading", name="Dere og OT Vestland, Oppfølgingstjenesten (OT)")
        ).to_be_visible()
        assert json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))["answers"] == mine
        expect(
            page.get_by_role("table", name="Resultat per tema").get_by_role("row", name=first)
        ).to_contain_text("5,0")
        violations = axe_violations(page)
        assert not violations, describe(violations)
        page.get_by_role("button", name="Fjern sammenligningen").click()
        expect(table).to_have_count(0)
        assert json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))["answers"] == mine
        assert opened.problems() == {}


def test_overview_fits_a_320_px_phone(browser, base_url, data, tmp_path):
    files = [
        export(
            tmp_path / f"s{i}.json",
            answers_at(data, 1 + i % 5),
            role,
            f"Gruppe med et langt navn {i}",
            f"2026-12-01T10:{i:02d}:00.000Z",
        )
        for i, role in enumerate(
            ["Nav-kontor", "Nav fylke", "Nav-kontor", "Skole", "Fylkeskommunen", "Skole"]
        )
    ]
    with visit(browser, base_url, PAGE, width=320, height=640) as opened:
        page = opened.page
        page.get_by_label("Velg filer med svar (du kan velge mange samtidig)").set_input_files(files)
        expect(page.get_by_role("status")).to_contain_text("6 svar i oversikten")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        violations = axe_violations(page)
        assert not violations, describe(violations)
        assert opened.problems() == {}


def print_view(page, files: list) -> None:
    """Read ``files`` into the overview, then show the page as «Skriv ut oversikten» prints it."""
    page.get_by_label("Velg filer med svar (du kan velge mange samtidig)").set_input_files(files)
    expect(page.get_by_role("status")).to_contain_text(f"{len(files)} svar i oversikten")
    page.evaluate("document.documentElement.classList.add('kb-gr-printing')")  # as the button does
    page.emulate_media(media="print")


def test_printed_summary_is_one_page_without_the_controls(browser, base_url, data, tmp_path):
    roles = ["Nav-kontor", "Nav fylke", "Skole", "Fylkeskommunen", "Oppfølgingstjenesten (OT)", "Annet"]
    files = [
        export(
            tmp_path / f"p{i}.json",
            answers_at(data, 1 + i % 5, shift=i % 7),
            roles[i % 6],
            f"Gruppe {i % 12 + 1}",
            f"2026-12-01T10:{i:02d}:00.000Z",
        )
        for i in range(40)
    ]
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        print_view(page, files)
        expect(page.get_by_role("button", name="Tøm oversikten")).to_be_hidden()
        expect(page.get_by_text("Gruppeoversikt fra Samarbeidsboka")).to_be_visible()
        expect(page.get_by_role("table", name="Snitt per tema for hver gruppe")).to_be_visible()
        pdf = page.pdf(format="A4")
        assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1


def test_a_printed_summary_with_nothing_to_talk_about_says_so(browser, base_url, data, tmp_path):
    files = [
        export(tmp_path / f"p{i}.json", answers_at(data, 3), "", "", f"2026-12-01T10:0{i}:00.000Z")
        for i in range(2)
    ]
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        print_view(page, files)
        talk = page.get_by_role("region", name="Dette bør dere snakke om")
        expect(talk).to_be_visible()
        # Not a heading over nothing: the reason there is nothing to talk about is printed too.
        expect(talk.get_by_text("Ingen temaer skiller seg ut")).to_be_visible()


def test_a_file_from_an_older_statement_set_is_mapped_and_nothing_is_stored(
    browser, base_url, data, tmp_path
):
    """An export made with v2 (moter-konkrete-saker, today moter-klare-avtaler) and one with v1."""
    v1, v2 = data["versions"]
    v2_answers = {item: 4 for item in v2["items"]}
    v1_answers = {item: 2 for item in v1["items"]}
    files = [
        export(tmp_path / "v2.json", v2_answers, "Skole", "Gruppe 1"),
        export(tmp_path / "v1.json", v1_answers, "Nav-kontor", "Gruppe 2"),
    ]
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        page.get_by_label("Velg filer med svar (du kan velge mange samtidig)").set_input_files(files)
        expect(page.get_by_role("status")).to_contain_text("2 svar i oversikten")
        messages = page.locator(".kb-gr-messages")
        expect(messages).to_contain_text(
            "v2.json: 1 svar er laget med en eldre utgave av påstandene og er overført til påstandene de svarer til nå."
        )
        retired = len(v1["retired"])
        expect(messages).to_contain_text(
            f"v1.json: {retired} svar gjelder påstander som denne utgaven ikke har"
        )
        assert page.evaluate("Object.keys(localStorage).filter(k => k.includes('gruppe'))") == []
        assert opened.problems() == {}


def test_jupyter_bundle_sends_the_respondents_to_python(browser, base_url, data):
    """What anywidget runs (widgets.gruppe.esm_source) with an anywidget-like model."""
    from widgets.gruppe import esm_source

    with visit(browser, base_url, SELF) as opened:  # a real share code from the self-assessment
        page = opened.page
        page.evaluate(
            "([k, a]) => localStorage.setItem(k, JSON.stringify({answers: a}))", [KEY, answers_at(data, 4)]
        )
        page.reload(wait_until="networkidle")
        page.get_by_role("button", name="Vis delekode").click()
        code = page.get_by_label("Delekoden din").input_value()
    # Jupyter, not the site: a page without the overview, so its ids are the bundle's alone.
    with visit(browser, base_url, "chapters/innledning.html", bypass_csp=True) as opened:
        page = opened.page
        page.evaluate(MOUNT, [esm_source(), {"data": data, "page_root": "", "sync": True, "respondents": []}])
        cell = page.locator("#jupyter-cell")
        cell.get_by_label("Lim inn delekoder, én per linje").fill(f"Gruppe 7: {code.split(': ')[-1]}")
        cell.get_by_role("button", name="Legg til kodene").click()
        expect(cell.get_by_role("status")).to_contain_text("1 svar i oversikten")
        respondents = page.evaluate("window.__model.get('respondents')")
        assert [r["label"] for r in respondents] == ["Gruppe 7"]
        assert respondents[0]["answers"] == answers_at(data, 4)
        assert page.evaluate("window.__saves") >= 1
