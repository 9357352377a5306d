"""WCAG 2.1 criteria axe does not test, checked on one page of each kind (text, folds, the
widgets, the trainer kit): 1.4.4 text at 200 %, 1.4.11 contrast of fields and focus rings,
1.4.12 text spacing, 2.4.7 visible focus.
(1.4.10 reflow at 320 px is checked on every page in test_pages.py.)
"""

from __future__ import annotations

import pytest

from tools.browser import visit

pytestmark = pytest.mark.browser

PAGES = [
    "index.html",
    "chapters/omrader/endring.html",
    "chapters/verktoy/selvvurdering.html",
    "chapters/verktoy/gruppeoversikt.html",
    "chapters/kurs/dialogkort.html",
]

# Visible elements that clip their text (overflow hidden or clip, content larger than the box),
# and leaf elements that stick out of the page or out of the sidebar.
CUT_OFF = """() => {
  const found = [];
  const name = (e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} «${e.innerText.trim().slice(0, 30)}»`;
  const page = document.documentElement.clientWidth;
  const sidebar = document.querySelector('.bd-sidebar-primary')?.getBoundingClientRect();
  for (const e of document.querySelectorAll('body *')) {
    const style = getComputedStyle(e);
    const box = e.getBoundingClientRect();
    if (style.display === 'none' || style.visibility === 'hidden' || box.width < 2 || box.height < 2) continue;
    if (e.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)') || !e.innerText?.trim()) continue;
    const clipsX = ['hidden', 'clip'].includes(style.overflowX);
    const clipsY = ['hidden', 'clip'].includes(style.overflowY);
    if ((clipsX && e.scrollWidth > e.clientWidth + 1) || (clipsY && e.scrollHeight > e.clientHeight + 1)) {
      found.push(`clips its text: ${name(e)}`);
    }
    if (e.children.length === 0) {
      if (box.right > page + 1) found.push(`sticks out of the page: ${name(e)}`);
      if (sidebar && e.closest('.bd-sidebar-primary') && (box.left < sidebar.left - 1 || box.right > sidebar.right + 1)) {
        found.push(`sticks out of the sidebar: ${name(e)}`);
      }
    }
  }
  return found;
}"""

# WCAG 1.4.12's test values: line height 1.5, paragraph spacing 2em, letter spacing 0.12em,
# word spacing 0.16em. Added as a constructed style sheet (CSSOM), which the site's CSP allows.
SPACING = """() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}"""

# WCAG's contrast ratio of a colour against the first opaque background behind an element.
CONTRAST = r"""
  const rgb = (c) => {
    const p = (c.match(/rgba?\(([^)]+)\)/) || [, ""])[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
    return p.length >= 3 ? { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 } : null;
  };
  const luminance = ({ r, g, b }) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const behind = (e) => {
    for (let el = e.parentElement; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const contrast = (colour, e) => {
    const [x, y] = [luminance(rgb(colour)), luminance(behind(e))].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
"""

# Whether the focused element shows a ring, and the ring's contrast: its own outline or box
# shadow, its first child's (the sidebar's toggles ring their icon), or the card a stretched
# link covers. A box shadow's colour is not measured (none of ours is the only ring).
FOCUS = (
    "() => {"
    + CONTRAST
    + """
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const card = e.classList.contains('sd-stretched-link') ? e.closest('.sd-card') : null;
  const name = `${e.tagName.toLowerCase()} «${(e.innerText || e.getAttribute('aria-label') || '').trim().slice(0, 40)}»`;
  for (const el of [e, e.firstElementChild, card]) {
    if (!el) continue;
    const s = getComputedStyle(el);
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) return { name, shown: true, contrast: contrast(s.outlineColor, el) };
    if (s.boxShadow !== 'none') return { name, shown: true, contrast: null };
  }
  return { name, shown: false, contrast: null };
}"""
)

# Text fields (not radio buttons, check boxes or file choosers, which Chromium draws): the contrast of the
# field's edge, that is its border, its fill, or the border of the box the theme wraps it in
# (the search field).
FIELDS = (
    "() => {"
    + CONTRAST
    + """
  const weak = [];
  const edge = (el) => {
    const s = getComputedStyle(el);
    const border = parseFloat(s.borderTopWidth) > 0 ? contrast(s.borderTopColor, el) : 0;
    const fill = rgb(s.backgroundColor);
    return Math.max(border, fill && fill.a > 0.5 ? contrast(s.backgroundColor, el) : 0);
  };
  for (const e of document.querySelectorAll('input:not([type=radio]):not([type=checkbox]):not([type=hidden]):not([type=file]), select, textarea')) {
    if (getComputedStyle(e).display === 'none' || !e.getBoundingClientRect().width) continue;
    const best = Math.max(edge(e), e.parentElement.matches('form, .bd-search') ? edge(e.parentElement) : 0);
    if (best < 3) weak.push(`${e.tagName.toLowerCase()}#${e.id}: ${best.toFixed(2)}`);
  }
  return weak;
}"""
)


@pytest.mark.parametrize("path", PAGES)
def test_text_at_200_percent_is_not_cut_off(browser, base_url, path):
    """1.4.4: all text twice as large (root font size 200 %), at 1280 px."""
    with visit(browser, base_url, path) as opened:
        opened.page.evaluate("document.documentElement.style.fontSize = '200%'")
        assert opened.page.evaluate(CUT_OFF) == []
        assert opened.page.evaluate("document.documentElement.scrollWidth") <= 1280


@pytest.mark.parametrize("path", PAGES)
def test_wider_text_spacing_cuts_nothing_off(browser, base_url, path):
    """1.4.12: with the criterion's spacing, no text is clipped, at 1280 px and at 320 px."""
    for width in (1280, 320):
        with visit(browser, base_url, path, width=width) as opened:
            opened.page.evaluate(SPACING)
            assert opened.page.evaluate(CUT_OFF) == [], width
            assert opened.page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("path", PAGES)
def test_every_control_reached_by_tab_shows_where_focus_is(browser, base_url, path):
    """2.4.7 and 1.4.11: the first 60 stops of the Tab key each show a focus ring, in a colour
    with at least 3:1 contrast against what is behind it."""
    with visit(browser, base_url, path) as opened:
        hidden, faint = [], []
        for _ in range(60):
            opened.page.keyboard.press("Tab")
            focused = opened.page.evaluate(FOCUS)
            if focused and not focused["shown"]:
                hidden.append(focused["name"])
            elif focused and focused["contrast"] is not None and focused["contrast"] < 3:
                faint.append(f"{focused['name']}: {focused['contrast']:.2f}")
        assert hidden == []
        assert faint == []


@pytest.mark.parametrize(
    "path", ["chapters/verktoy/selvvurdering.html", "chapters/verktoy/utforsk-grepene.html", "search.html"]
)
def test_text_fields_stand_out_from_the_page(browser, base_url, path):
    """1.4.11: each text field's border (or fill) has at least 3:1 contrast against the page."""
    with visit(browser, base_url, path) as opened:
        assert opened.page.evaluate(FIELDS) == []


def test_no_tooltip_that_esc_cannot_close(browser, base_url):
    """1.4.13: the theme's Bootstrap tooltip on «Søk» (which Esc does not close) is off; the
    button keeps its title, which the browser shows and closes itself."""
    with visit(browser, base_url, "chapters/omrader/endring.html", width=360) as opened:
        button = opened.page.get_by_role("button", name="Søk").first
        button.hover()
        opened.page.wait_for_timeout(700)  # the theme's tooltip appeared after 500 ms
        assert opened.page.locator(".tooltip").count() == 0
        assert button.get_attribute("title") == "Søk"
