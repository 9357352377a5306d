"""Icons as inline SVG: no page loads the 156 KB Font Awesome web font for a handful of icons.

After the build, every ``<i>``/``<span>`` with a Font Awesome class (``fa-solid fa-bars``, from
the theme's templates, ours and ``{kb-fold}``) becomes an ``<svg>`` with the same classes, so
the theme's rules that place or turn an icon (``.fa-chevron-down`` in an open ``<details>``)
still apply. An admonition's title gets the theme's icon for its kind the same way, and the
theme's icon-font ``::after`` is switched off in ``kb.css``. The drawings come from the theme's own Font Awesome bundle (``fontawesome.js``,
which the pages never load), so the icons are exactly the ones the theme would show. The font
is only fetched for text that uses it; an ``<svg>`` has no text and no ``::before``, so no page
asks for it. An icon the bundle lacks fails the build, naming it.
"""

from __future__ import annotations

import functools
import re
from html import escape
from pathlib import Path

import pydata_sphinx_theme
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

BUNDLE = (
    Path(pydata_sphinx_theme.__file__).parent
    / "theme"
    / "pydata_sphinx_theme"
    / "static"
    / "scripts"
    / "fontawesome.js"
)
PACKS = {"fa-solid": "fas", "fa-regular": "far", "fa-brands": "fab"}
SIZES = {"fa-lg", "fa-xs", "fa-sm", "fa-xl", "fa-fw", "fa-2x", "fa-3x"}  # modifiers, not icon names
# Where the bundle registers a pack: its icons are the object literal just before this call.
PACK_CALL = re.compile(r'\bd\("(fa[srb])",\w+\)')
ICON_TAG = re.compile(
    r'<(?P<tag>i|span)\s+class="(?P<classes>[^"]*\bfa-(?:solid|regular|brands)\b[^"]*)"(?P<attrs>[^>]*)>\s*</(?P=tag)>'
)

# Admonition kind -> (icon, colour), as pydata-sphinx-theme 0.17 draws them with its font.
ADMONITIONS = {
    "attention": ("circle-exclamation", "attention"),
    "important": ("circle-exclamation", "attention"),
    "caution": ("triangle-exclamation", "warning"),
    "warning": ("triangle-exclamation", "warning"),
    "danger": ("triangle-exclamation", "danger"),
    "error": ("circle-xmark", "danger"),
    "hint": ("lightbulb", "success"),
    "tip": ("lightbulb", "success"),
    "seealso": ("share", "success"),
    "note": ("circle-info", "info"),
    "admonition-todo": ("pencil", "secondary"),
}
DEFAULT_ADMONITION = ("bell", "info")
ADMONITION_TITLE = re.compile(
    r'(?P<open><div class="(?P<classes>[^"]*\badmonition\b[^"]*)">\s*<p class="admonition-title">)(?!<svg)'  # once only: incremental builds see it again
)


@functools.lru_cache(maxsize=1)
def _packs(bundle: Path = BUNDLE) -> dict[str, str]:
    """Pack prefix (``fas``) -> the bundle's source text that defines that pack's icons."""
    text = bundle.read_text(encoding="utf-8")
    packs, start = {}, 0
    for match in PACK_CALL.finditer(text):
        packs.setdefault(match.group(1), text[start : match.start()])
        start = match.end()
    return packs


# One icon in a pack's object literal: ``name:[width,height,[aliases],"unicode","path"]``.
ICON = re.compile(r'(?:"([\w-]+)"|\b([\w-]+)):\[(\d+),(\d+),\[[^\]]*\],"[0-9a-f]*","([^"]+)"\]')


@functools.lru_cache(maxsize=1)
def _icons(bundle: Path = BUNDLE) -> dict[str, dict[str, tuple[int, int, str]]]:
    """Pack prefix -> icon name -> (width, height, SVG path): the bundle read once, in one pass."""
    icons: dict[str, dict[str, tuple[int, int, str]]] = {}
    for pack, source in _packs(bundle).items():
        found = icons.setdefault(pack, {})
        for m in ICON.finditer(source):
            found.setdefault(m.group(1) or m.group(2), (int(m.group(3)), int(m.group(4)), m.group(5)))
    return icons


def icon_shape(pack: str, name: str, bundle: Path = BUNDLE) -> tuple[int, int, str]:
    """(width, height, SVG path) of icon ``name`` in pack ``fas``/``far``/``fab``."""
    try:
        return _icons(bundle)[pack][name]
    except KeyError:
        raise KeyError(f"{pack} {name}") from None


def svg_for(classes: str, attrs: str = "") -> str:
    """The inline ``<svg>`` for an icon element's classes (``fa-solid fa-bars fa-lg``)."""
    names = classes.split()
    pack = next(PACKS[n] for n in names if n in PACKS)
    icon = [n for n in names if n.startswith("fa-") and n not in PACKS and n not in SIZES]
    if len(icon) != 1:
        raise KeyError(f"no single icon name in class={classes!r}")
    width, height, path = icon_shape(pack, icon[0][3:])
    attrs = re.sub(r'\s(aria-hidden|focusable)="[^"]*"', "", attrs)
    return (
        f'<svg class="{escape(classes)} kb-icon"{attrs} viewBox="0 0 {width} {height}" '
        f'aria-hidden="true" focusable="false"><path d="{path}"/></svg>'
    )


def admonition_icon(classes: str) -> str:
    kind = next((k for k in classes.split() if k in ADMONITIONS), None)
    name, colour = ADMONITIONS.get(kind, DEFAULT_ADMONITION)
    return svg_for(f"fa-solid fa-{name} kb-admonition-icon kb-icon--{colour}")


def inline_icons(page_html: str) -> str:
    page_html = ICON_TAG.sub(lambda m: svg_for(m.group("classes"), m.group("attrs")), page_html)
    return ADMONITION_TITLE.sub(lambda m: m.group("open") + admonition_icon(m.group("classes")), page_html)


def _rewrite_site(app: Sphinx, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    out = Path(app.outdir)
    missing = {}
    for page in sorted(out.rglob("*.html")):
        if "_static" in page.relative_to(out).parts:
            continue
        text = page.read_text(encoding="utf-8")
        try:
            new = inline_icons(text)
        except KeyError as exc:
            missing[str(page.relative_to(out))] = str(exc)
            continue
        if new != text:
            page.write_text(new, encoding="utf-8")
    if missing:
        lines = [f"  {page}: {icon}" for page, icon in missing.items()]
        raise ExtensionError("icons not found in the theme's Font Awesome bundle:\n" + "\n".join(lines))


def setup_inline_icons(app: Sphinx) -> None:
    # Before csp (900) and the stylesheet purge, which read the final pages.
    app.connect("build-finished", _rewrite_site, priority=880)
