"""The self-assessment, driven as a reader does: by visible labels, with other hosts blocked."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from book.catalogue import load_catalogue
from book.scoring import assess
from book.widget_data import selvvurdering_data
from tools.browser import axe_violations, describe, visit

from .jupyter_model import MOUNT

pytestmark = pytest.mark.browser
PAGE = "chapters/verktoy/selvvurdering.html"
BAND_TEXT = {"styrke": "Styrke", "delvis": "Delvis", "utfordring": "Utfordring", "for-fa-svar": "For få svar"}
LABELS = {
    1: "Helt uenig",
    2: "Litt uenig",
    3: "Verken enig eller uenig",
    4: "Litt enig",
    5: "Helt enig",
    "vet-ikke": "Vet ikke",
}


@pytest.fixture(scope="module")
def data():
    return selvvurdering_data(load_catalogue())


def planned_answers(data) -> dict:
    """Low answers in the first themes, high in the rest, one «Vet ikke»."""
    answers = {}
    for _index, item in enumerate(data["items"]):
        theme_index = [t["id"] for t in data["themes"]].index(item["theme"])
        wanted = 1 if theme_index < 3 else 5
        answers[item["id"]] = (6 - wanted) if item["reverse"] else wanted
    answers[data["items"][-1]["id"]] = "vet-ikke"
    return answers


def answer_all(page, data, answers):
    for theme in data["themes"]:
        page.locator("summary", has_text=theme["name"]).first.click()
    for item in data["items"]:
        group = page.get_by_role("group", name=item["text"], exact=True)
        group.get_by_label(LABELS[answers[item["id"]]], exact=True).check()


def stored(page) -> dict:
    return json.loads(page.evaluate("localStorage.getItem('samarbeidsboka:selvvurdering:v1')") or "{}")


def test_answer_everything_see_results_and_keep_them(browser, base_url, data):
    answers = planned_answers(data)
    expected = assess(data["items"], [t["id"] for t in data["themes"]], answers, data["catalogue"], None)
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        requests = []
        page.on("request", lambda request: requests.append((request.method, request.url)))
        answer_all(page, data, answers)
        expect(
            page.get_by_text(f"{len(data['items'])} av {len(data['items'])} besvart", exact=True)
        ).to_be_visible()

        table = page.get_by_role("table", name="Resultat per tema")
        for score in expected["scores"]:
            theme_name = next(t["name"] for t in data["themes"] if t["id"] == score["theme"])
            row = table.get_by_role("row", name=theme_name)
            assert BAND_TEXT[score["band"]] in row.inner_text()

        weakest = expected["weakest"]
        assert weakest, "the planned answers must give weak themes"
        first = next(t["name"] for t in data["themes"] if t["id"] == weakest[0])
        assert page.get_by_role("heading", name=first, level=3).is_visible()
        practice = data["catalogue"]["practices"][
            [p["id"] for p in data["catalogue"]["practices"]].index(
                expected["matches"][weakest[0]]["practices"][0]
            )
        ]
        assert page.get_by_text(practice["title"], exact=True).first.is_visible()
        expect(page.get_by_role("status")).to_contain_text("Utfordring")  # the live region announced it

        violations = axe_violations(page)
        assert not violations, describe(violations)

        page.reload(wait_until="networkidle")
        for theme in data["themes"]:
            page.locator("summary", has_text=theme["name"]).first.click()
        first_item = data["items"][0]
        group = page.get_by_role("group", name=first_item["text"], exact=True)
        assert group.get_by_label(LABELS[answers[first_item["id"]]], exact=True).is_checked()
        assert stored(page)["answers"] == answers

        assert opened.problems() == {}
        assert all(method == "GET" for method, _ in requests), requests
        assert all(url.startswith(base_url) for _, url in requests), requests


def test_export_import_broken_files_and_delete(browser, base_url, data, tmp_path):
    answers = planned_answers(data)
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        answer_all(page, data, answers)
        page.get_by_label("Fylke (lagres bare i din nettleser)").fill("Vestfold")

        with page.expect_download() as download:
            page.get_by_role("button", name="Last ned svarene (JSON)").click()
        exported = tmp_path / "svar.json"
        download.value.save_as(exported)
        content = json.loads(exported.read_text(encoding="utf-8"))
        assert content["answers"] == answers and content["context"]["county"] == "Vestfold"
        assert content["statements"] == data["statement_set"]  # the set it was made with

        with page.expect_download() as download:
            page.get_by_role("button", name="Last ned svarene som tabell (CSV)").click()
        csv_file = tmp_path / "svar.csv"
        download.value.save_as(csv_file)
        assert len(csv_file.read_text(encoding="utf-8-sig").strip().splitlines()) == len(data["items"]) + 1

        importer = page.get_by_label("Les inn svar fra en fil du har lastet ned")
        broken = tmp_path / "broken.json"
        broken.write_text("{ dette er ikke json", encoding="utf-8")
        importer.set_input_files(broken)
        expect(page.get_by_role("alert")).to_contain_text("broken.json: Filen kunne ikke leses")
        expect(page.get_by_role("alert")).to_contain_text("Svarene dine er ikke endret")
        assert stored(page)["answers"] == answers

        empty = tmp_path / "tom.json"
        empty.write_bytes(b"")
        importer.set_input_files(empty)
        expect(page.get_by_role("alert")).to_contain_text("tom.json: Filen er tom.")
        assert stored(page)["answers"] == answers

        foreign = tmp_path / "foreign.json"
        foreign.write_text(json.dumps({"answers": {"x": 1}}), encoding="utf-8")
        importer.set_input_files(foreign)
        expect(page.get_by_role("alert")).to_contain_text("ikke en eksport fra Samarbeidsbokas selvvurdering")
        assert stored(page)["answers"] == answers

        big = tmp_path / "big.json"
        big.write_text(" " * (600 * 1024), encoding="utf-8")
        importer.set_input_files(big)
        expect(page.get_by_role("alert")).to_contain_text("for stor")

        near_empty = tmp_path / "near-empty.json"
        near_empty.write_text(
            json.dumps({"format": content["format"], "version": content["version"], "answers": {"a": True}}),
            encoding="utf-8",
        )
        importer.set_input_files(near_empty)
        expect(page.get_by_role("alert")).to_contain_text("ingen svar")
        assert stored(page)["answers"] == answers
        assert stored(page)["context"]["county"] == "Vestfold"

        page.once("dialog", lambda dialog: dialog.accept())
        page.get_by_role("button", name="Slett svarene mine").click()
        assert stored(page) == {} and own_keys(page) == []
        expect(page.get_by_text(f"0 av {len(data['items'])} besvart", exact=True)).to_be_visible()

        hostile = dict(content)
        hostile["context"] = {
            **content["context"],
            "county": '<img src=x onerror="window.__hacked=1"><script>window.__hacked=2</script>',
        }
        hostile["plan"] = [
            {"practice": data["catalogue"]["practices"][0]["id"], "what": "<b>fet</b>", "who": "", "when": ""}
        ]
        evil = tmp_path / "evil.json"
        evil.write_text(json.dumps(hostile), encoding="utf-8")
        importer.set_input_files(evil)
        page.get_by_role("button", name="Les inn og erstatt").click()
        expect(page.get_by_role("alert")).to_contain_text("Svarene er lest inn")
        assert stored(page)["answers"] == answers
        assert page.get_by_label("Fylke (lagres bare i din nettleser)").input_value().startswith("<img")
        assert page.evaluate("window.__hacked") is None
        assert page.get_by_text("Fylke: <img src=x").first.is_visible()  # and as text on paper
        assert page.get_by_label("Hva skal dere gjøre?").input_value() == "<b>fet</b>"

        assert opened.problems() == {}


def test_action_plan_and_snapshot_comparison(browser, base_url, data):
    answers = planned_answers(data)
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        answer_all(page, data, answers)
        page.get_by_role("button", name="Lagre øyeblikksbilde").click()

        checkbox = page.get_by_role("checkbox").first
        checkbox.check()
        page.get_by_label("Hva skal dere gjøre?").fill("Lage felles ordliste")
        page.get_by_label("Hvem har ansvaret?").fill("OT-leder")
        page.get_by_label("Innen når?").fill("1. mars")
        assert stored(page)["plan"][0]["what"] == "Lage felles ordliste"

        first_item = data["items"][0]
        group = page.get_by_role("group", name=first_item["text"], exact=True)
        group.get_by_label("Helt enig" if not first_item["reverse"] else "Helt uenig", exact=True).check()

        page.get_by_label("Sammenlign svarene nå med").select_option(index=1)
        comparison = page.get_by_role("table", name="Sammenligning med")
        first_theme = data["themes"][0]["name"]
        assert "Bedre" in comparison.get_by_role("row", name=first_theme).inner_text()

        violations = axe_violations(page)
        assert not violations, describe(violations)
        assert opened.problems() == {}


def test_widget_says_how_to_open_the_book_when_opened_from_disk(browser, site):
    context = browser.new_context()
    page = context.new_page()
    page.goto((site / PAGE).as_uri())
    message = page.locator(".kb-widget-fallback").inner_text()
    context.close()
    assert "file://" in message and "make serve" in message


def test_keyboard_only(browser, base_url, data):
    """Open a theme, answer with Space and arrow keys, all without a mouse."""
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        page.locator("summary", has_text=data["themes"][0]["name"]).first.focus()
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        page.keyboard.press("Space")
        page.keyboard.press("ArrowRight")
        first = data["items"][0]
        assert stored(page)["answers"] == {first["id"]: 2}
        expect(page.get_by_text(f"1 av {len(data['items'])} besvart", exact=True)).to_be_visible()
        focused = page.evaluate("document.activeElement.labels[0].textContent")
        assert focused == "Litt uenig"
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none", "the focused radio must show a visible focus"
        assert opened.problems() == {}


@pytest.mark.parametrize("width", [1024, 1280, 1440])
def test_the_five_steps_of_the_scale_share_one_line_on_a_desktop(browser, base_url, data, width):
    with visit(browser, base_url, PAGE, width=width) as opened:
        page = opened.page
        page.locator("summary", has_text=data["themes"][0]["name"]).first.click()
        group = page.get_by_role("group", name=data["items"][0]["text"], exact=True)
        tops = {
            round(group.get_by_label(LABELS[value], exact=True).bounding_box()["y"])
            for value in (1, 2, 3, 4, 5)
        }
        assert len(tops) == 1, f"the scale breaks over {len(tops)} lines at {width} px"


def test_jupyter_bundle_syncs_both_ways(browser, base_url, data):
    """The inlined module (what anywidget runs) with an anywidget-like model: Python → page
    (a trait set from Python fires change:answers) and page → Python (set + save_changes)."""
    from widgets.selvvurdering import esm_source

    first, second = data["items"][0], data["items"][1]
    with visit(browser, base_url, PAGE, bypass_csp=True) as opened:  # Jupyter, not the site
        page = opened.page
        page.evaluate(
            MOUNT,
            [
                esm_source(),
                {"data": data, "answers": {}, "context": {}, "plan": [], "snapshots": [], "page_root": ""},
            ],
        )
        cell = page.locator("#jupyter-cell")
        expect(cell.get_by_text(f"0 av {len(data['items'])} besvart", exact=True)).to_be_visible()

        page.evaluate(
            "a => { window.__model.set('answers', a); window.__model.set('context', {county: 'Agder'}); }",
            {first["id"]: 5},
        )
        expect(cell.get_by_text(f"1 av {len(data['items'])} besvart", exact=True)).to_be_visible()
        cell.locator("summary", has_text=data["themes"][0]["name"]).first.click()
        group = cell.get_by_role("group", name=first["text"], exact=True)
        assert group.get_by_label("Helt enig", exact=True).is_checked()
        assert cell.get_by_label("Fylke (lagres bare i din nettleser)").input_value() == "Agder"

        cell.get_by_role("group", name=second["text"], exact=True).get_by_label(
            "Litt uenig", exact=True
        ).check()
        synced = page.evaluate("window.__model.get('answers')")
        assert synced == {first["id"]: 5, second["id"]: 2}
        assert page.evaluate("window.__saves") >= 1
        assert opened.problems() == {}


KEY = "samarbeidsboka:selvvurdering:v1"


def own_keys(page) -> list[str]:
    return page.evaluate("k => Object.keys(localStorage).filter(n => n === k || n.startsWith(k + ':'))", KEY)


def open_theme(page, theme):
    page.locator("summary", has_text=theme["name"]).first.click()


def test_two_tabs_merge_answers_county_and_snapshots(browser, base_url, data):
    first, last = data["items"][0], data["items"][-1]
    first_theme = next(t for t in data["themes"] if t["id"] == first["theme"])
    last_theme = next(t for t in data["themes"] if t["id"] == last["theme"])
    with visit(browser, base_url, PAGE) as opened:
        tab_a = opened.page
        tab_b = tab_a.context.new_page()
        tab_b.goto(base_url + PAGE, wait_until="networkidle")

        open_theme(tab_a, first_theme)
        tab_a.get_by_role("group", name=first["text"], exact=True).get_by_label(
            "Litt enig", exact=True
        ).check()
        tab_a.get_by_label("Fylke (lagres bare i din nettleser)").fill("Innlandet")
        tab_a.get_by_role("button", name="Lagre øyeblikksbilde").click()

        # Tab B picks the answer up without a reload...
        expect(tab_b.get_by_text(f"1 av {len(data['items'])} besvart", exact=True)).to_be_visible()
        open_theme(tab_b, last_theme)
        tab_b.get_by_role("group", name=last["text"], exact=True).get_by_label("Vet ikke", exact=True).check()
        # ...and its own answer keeps tab A's answer, county and snapshot.
        saved = stored(tab_b)
        assert saved["answers"] == {first["id"]: 4, last["id"]: "vet-ikke"}
        assert saved["context"]["county"] == "Innlandet"
        assert len(saved["snapshots"]) == 1
        expect(tab_a.get_by_text(f"2 av {len(data['items'])} besvart", exact=True)).to_be_visible()
        assert tab_b.get_by_label("Fylke (lagres bare i din nettleser)").input_value() == "Innlandet"
        assert opened.problems() == {}


def test_storage_full_tells_the_reader_and_offers_the_answers(browser, base_url, data, tmp_path):
    first = data["items"][0]
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        page.evaluate("""() => {
          const setItem = Storage.prototype.setItem;
          Storage.prototype.setItem = function (key, value) {
            if (window.__full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
            return setItem.call(this, key, value);
          };
          window.__full = true;
        }""")
        open_theme(page, data["themes"][0])
        page.get_by_role("group", name=first["text"], exact=True).get_by_label(
            "Helt uenig", exact=True
        ).check()
        warning = page.get_by_role("alert").filter(has_text="Svarene blir ikke lagret")
        expect(warning).to_be_visible()
        assert warning.is_visible()  # in view while answering (sticky)
        with page.expect_download() as download:
            warning.get_by_role("button", name="Last ned svarene nå").click()
        rescued = tmp_path / "rescued.json"
        download.value.save_as(rescued)
        assert json.loads(rescued.read_text(encoding="utf-8"))["answers"] == {first["id"]: 1}

        page.evaluate("window.__full = false")
        page.get_by_role("group", name=first["text"], exact=True).get_by_label(
            "Litt uenig", exact=True
        ).check()
        expect(warning).to_have_count(0)
        assert stored(page)["answers"] == {first["id"]: 2}
        assert opened.problems() == {}, "no uncaught errors"


def test_large_unreadable_value_never_stops_the_tool_and_delete_leaves_nothing(browser, base_url, data):
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        # The largest broken value this browser will hold: a copy of it cannot fit beside it.
        size = page.evaluate(
            """k => {
          localStorage.clear();
          let size = 0;
          for (let step = 1 << 24; step >= 1 << 12; step >>= 1) {
            try { localStorage.setItem(k, "{" + "x".repeat(size + step)); size += step; } catch { /* too big */ }
          }
          localStorage.setItem(k, "{" + "x".repeat(size));
          return size;
        }""",
            KEY,
        )
        assert size > 1_000_000
        page.reload(wait_until="networkidle")
        expect(page.get_by_role("button", name="Slett svarene mine")).to_be_visible()
        keys = own_keys(page)
        assert len(keys) == 1 and keys[0] != KEY, keys  # moved aside, once
        assert page.evaluate("k => localStorage.getItem(k).length", keys[0]) == size + 1
        page.reload(wait_until="networkidle")
        assert own_keys(page) == keys, "no second copy on the next load"

        open_theme(page, data["themes"][0])
        first = data["items"][0]
        page.get_by_role("group", name=first["text"], exact=True).get_by_label(
            "Helt enig", exact=True
        ).check()
        page.get_by_label("Fylke (lagres bare i din nettleser)").fill("Troms")
        assert stored(page)["answers"] == {first["id"]: 5}

        page.once("dialog", lambda dialog: dialog.accept())
        page.get_by_role("button", name="Slett svarene mine").click()
        expect(page.get_by_role("alert")).to_contain_text("slettet")
        assert own_keys(page) == []
        page.reload(wait_until="networkidle")
        assert own_keys(page) == []
        expect(page.get_by_text(f"0 av {len(data['items'])} besvart", exact=True)).to_be_visible()
        assert opened.problems() == {}


def test_profile_bars_are_right_under_a_strict_csp(browser, base_url, data):
    answers = planned_answers(data)
    expected = assess(data["items"], [t["id"] for t in data["themes"]], answers, data["catalogue"], None)
    csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'"
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page

        def with_csp(route):
            response = route.fetch()
            route.fulfill(response=response, headers={**response.headers, "content-security-policy": csp})

        page.route(base_url + PAGE, with_csp)
        violations = []
        page.on("console", lambda msg: "Content Security Policy" in msg.text and violations.append(msg.text))
        page.evaluate(
            "k => localStorage.setItem(k, JSON.stringify({answers: %s}))" % json.dumps(answers), KEY
        )
        page.reload(wait_until="networkidle")
        widths = page.evaluate("""() => [...document.querySelectorAll('.kb-sv-results .kb-sv-chart-row')].map(row => {
          const track = row.querySelector('.kb-sv-chart-track').getBoundingClientRect().width;
          const bar = row.querySelector('.kb-sv-chart-bar').getBoundingClientRect().width;
          return bar / track; })""")
        assert len(widths) == len(expected["scores"])
        for share, score in zip(widths, expected["scores"]):
            want = 0 if score["mean"] is None else score["mean"] / 5
            assert abs(share - want) < 0.03, (score, share)
        assert page.locator(".kb-sv [style]").count() == 0, "no inline styles in the widget"
        assert not [v for v in violations if "kb-sv" in v or "selvvurdering" in v], violations


def test_every_link_in_the_widget_leads_somewhere(browser, base_url, data, site):
    answers = planned_answers(data)
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        page.evaluate(
            "k => localStorage.setItem(k, JSON.stringify({answers: %s}))" % json.dumps(answers), KEY
        )
        page.reload(wait_until="networkidle")
        links = page.evaluate("() => [...document.querySelectorAll('.kb-sv a[href]')].map(a => a.href)")
    assert len(links) >= 4
    for link in set(links):
        assert link.startswith(base_url), link
        path, _, anchor = link[len(base_url) :].partition("#")
        html = (site / path).read_text(encoding="utf-8")
        assert anchor and f'id="{anchor}"' in html, link


def test_import_shows_the_file_and_asks_before_replacing(browser, base_url, data, tmp_path):
    answers = planned_answers(data)
    first = data["items"][0]
    theirs = {
        "format": "samarbeidsboka-selvvurdering",
        "version": 1,
        "exported": "2026-03-05T12:00:00.000Z",
        "answers": {first["id"]: 3},
        "context": {"role": "Oppfølgingstjenesten (OT)", "level": "", "county": "Nordland"},
        "plan": [],
        "snapshots": [],
    }
    upload = tmp_path / "fra-kollega.json"
    upload.write_text(json.dumps(theirs), encoding="utf-8")
    with visit(browser, base_url, PAGE) as opened:
        page = opened.page
        page.evaluate(
            "([k, a]) => localStorage.setItem(k, JSON.stringify({answers: a, context: {county: 'Agder'}}))",
            [KEY, answers],
        )
        page.reload(wait_until="networkidle")
        importer = page.get_by_label("Les inn svar fra en fil du har lastet ned")

        importer.set_input_files(upload)
        question = page.get_by_role("group", name="Vil du lese inn fra-kollega.json?")
        expect(question).to_be_visible()
        for line in (
            "Lastet ned: 5. mars 2026",
            "Rolle: Oppfølgingstjenesten (OT)",
            "Fylke: Nordland",
            f"Svar: 1 av {len(data['items'])} påstander",
        ):
            expect(question.get_by_text(line, exact=True)).to_be_visible()
        assert stored(page)["answers"] == answers, "nothing replaced before the reader says so"
        question.get_by_role("button", name="Avbryt").click()
        expect(page.get_by_role("alert")).to_contain_text("Svarene dine er ikke endret")
        assert stored(page)["answers"] == answers

        importer.set_input_files(upload)
        keep = page.get_by_label("Ta vare på svarene jeg har nå som et øyeblikksbilde først")
        assert keep.is_checked()
        violations = axe_violations(page)
        assert not violations, describe(violations)
        page.get_by_role("button", name="Les inn og erstatt").click()
        expect(page.get_by_role("alert")).to_contain_text("lagret som øyeblikksbildet «Før innlesing")
        saved = stored(page)
        assert saved["answers"] == {first["id"]: 3}
        assert saved["context"]["county"] == "Nordland"
        assert [s["answers"] for s in saved["snapshots"]] == [answers]
        assert saved["snapshots"][0]["label"].startswith("Før innlesing")
        assert page.get_by_label("Fylke (lagres bare i din nettleser)").input_value() == "Nordland"
        assert opened.problems() == {}


def test_filled_in_page_fits_a_320_px_phone(browser, base_url, data):
    answers = planned_answers(data)
    with visit(browser, base_url, PAGE, width=320, height=640) as opened:
        page = opened.page
        page.evaluate(
            "([k, a]) => localStorage.setItem(k, JSON.stringify({answers: a, snapshots: "
            "[{date: '2026-01-01T10:00:00Z', label: '1.1.2026', answers: a}]}))",
            [KEY, answers],
        )
        page.reload(wait_until="networkidle")
        page.get_by_label("Sammenlign svarene nå med").select_option(index=1)
        for theme in data["themes"]:
            open_theme(page, theme)
        page.get_by_role("checkbox").first.check()
        table = page.get_by_role("table", name="Resultat per tema")
        expect(table).to_be_visible()
        assert table.get_by_role("row", name=data["themes"][0]["name"]).is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert opened.problems() == {}
