"""The offline edition, unzipped and opened from disk (file://) as a reader with a USB stick does."""

from __future__ import annotations

import json
import zipfile

import pytest
from playwright.sync_api import expect

from book.catalogue import load_catalogue
from book.widget_data import selvvurdering_data
from tools.browser import search_from_page, visit
from tools.offline import FOLDER, write_zip

pytestmark = pytest.mark.browser
KEY = "samarbeidsboka:selvvurdering:v1"


@pytest.fixture(scope="module")
def offline_book(site, tmp_path_factory):
    """The ZIP made from the built site, unzipped: the folder holding index.html."""
    folder = tmp_path_factory.mktemp("offline")
    target = folder / "samarbeidsboka-offline.zip"
    write_zip(site, target)
    with zipfile.ZipFile(target) as archive:
        archive.extractall(folder / "unzipped")
    book = folder / "unzipped" / FOLDER
    assert (book / "index.html").is_file()
    return book


def test_offline_book_from_disk_self_assessment_and_search(browser, offline_book):
    data = selvvurdering_data(load_catalogue())
    item = data["items"][0]
    theme = next(t for t in data["themes"] if t["id"] == item["theme"])
    base = offline_book.as_uri() + "/"
    with visit(browser, base, "index.html") as opened:
        page = opened.page
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        expect(page.get_by_role("heading", level=1).first).to_be_visible()

        page.get_by_role("navigation").get_by_role("link", name="Selvvurdering", exact=False).first.click()
        page.wait_for_load_state("networkidle")
        assert page.url.startswith("file://") and page.url.endswith("selvvurdering.html")
        page.locator("summary", has_text=theme["name"]).first.click()
        group = page.get_by_role("group", name=item["text"], exact=True)
        group.get_by_label("Litt enig", exact=True).check()
        expect(page.get_by_text("1 av", exact=False).first).to_be_visible()

        page.reload(wait_until="networkidle")
        page.locator("summary", has_text=theme["name"]).first.click()
        group = page.get_by_role("group", name=item["text"], exact=True)
        expect(group.get_by_label("Litt enig", exact=True)).to_be_checked()
        saved = json.loads(page.evaluate(f"localStorage.getItem({KEY!r})"))
        assert saved["answers"] == {item["id"]: 4}

        results = search_from_page(page, "samarbeidsavtalene")
        assert results.count() >= 3
        results.first.get_by_role("link").first.click()
        page.wait_for_load_state("networkidle")
        assert page.url.startswith(base) and ".html" in page.url

        assert opened.problems() == {}
        outside = [url for url in requests if not url.startswith(("file://", "data:", "blob:"))]
        assert outside == []
