"""WCAG 2.1 criteria axe does not test, checked on one page of each kind (text, folds, the
widgets, the trainer kit): 1.4.4 text at 200 %, 1.4.12 text spacing, 2.4.7 visible focus.
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

# Whether the focused element shows a ring: its own outline or box shadow, its first child's
# (the sidebar's toggles ring their icon), or the card a stretched link covers.
FOCUS = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const rings = (el) => {
    if (!el) return false;
    const s = getComputedStyle(el);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  };
  const card = e.classList.contains('sd-stretched-link') ? e.closest('.sd-card') : null;
  const shown = rings(e) || rings(e.firstElementChild) || rings(card);
  return { shown, name: `${e.tagName.toLowerCase()} «${(e.innerText || e.getAttribute('aria-label') || '').trim().slice(0, 40)}»` };
}"""


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
    """2.4.7: the first 60 stops of the Tab key each show a focus ring."""
    with visit(browser, base_url, path) as opened:
        hidden = []
        for _ in range(60):
            opened.page.keyboard.press("Tab")
            focused = opened.page.evaluate(FOCUS)
            if focused and not focused["shown"]:
                hidden.append(focused["name"])
        assert hidden == []
