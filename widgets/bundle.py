"""Inline an ES module and every relative module it imports: one module text, or one classic script.

anywidget loads ``_esm`` as one module text, not from a URL, so ``import … from "./x.js"``
cannot be resolved in Jupyter. :func:`bundle` wraps each imported module in a function scope
(its exports become the function's return value) and turns each import into a destructuring
of that value, in dependency order. The static book loads the same files unbundled.

Browsers do not run ES modules from pages opened straight from disk (``file://``), so the
offline edition (``tools/offline.py``) loads :func:`classic_script` instead: the same graph as
one classic script (a strict-mode IIFE, no ``import``/``export`` left). We chose to extend
this bundler rather than add esbuild from npm: the widgets use a small, fixed module syntax
that this file already inlines for Jupyter, so one bundler serves both and nothing new is
installed or shipped; it refuses any syntax it does not know, so a new construct fails the
build instead of producing a broken bundle.

Only the module syntax the widgets use is accepted: ``import { a, b as c } from "./x.js";``
and ``export`` before a ``function``/``const``/``let``/``class`` declaration (plus ``export
default`` in the entry module). :func:`classic_script` also understands one dynamic import,
the host's ``import(new URL(`./${name}/${name}.js`, import.meta.url))``: every widget beside
the host (a folder ``X/`` holding ``X.js``) is inlined and started only when a page asks for
it. Anything else raises, so a new construct cannot slip through into a broken bundle.
"""

from __future__ import annotations

import re
from pathlib import Path

# `./x.js` beside the module, or `../w/x.js` in a sibling widget folder (the group overview
# uses the self-assessment's modules).
IMPORT = re.compile(r'^import\s*\{([^}]*)\}\s*from\s*"((?:\./|\.\./[\w-]+/)[\w-]+\.js)";[ \t]*\n', re.M)
EXPORT = re.compile(r"^export (async function\*?|function\*?|const|let|class) (\w+)", re.M)
ANY_IMPORT = re.compile(r"^\s*import\b|\bimport\s*\(|\bimport\.meta\b", re.M)
ANY_EXPORT = re.compile(r"^\s*export\b", re.M)
DEFAULT_EXPORT = re.compile(r"^export default ", re.M)
WIDGET_IMPORT = re.compile(r"import\(new URL\(`\./\$\{(\w+)\}/\$\{\1\}\.js`,\s*import\.meta\.url\)\)")


class BundleError(RuntimeError):
    pass


def _binding(path: Path) -> str:
    """The variable that holds a module's exports: named by its folder and file."""
    return "__esm_" + re.sub(r"\W", "_", f"{path.parent.name}_{path.stem}")


def _imports(path: Path, source: str) -> tuple[str, list[Path]]:
    """The source with its imports turned into destructurings, and the modules it needs."""
    needed: list[Path] = []

    def replace(match: re.Match) -> str:
        names = [n.strip() for n in match.group(1).split(",") if n.strip()]
        parts = [re.sub(r"^(\w+)\s+as\s+(\w+)$", r"\1: \2", n) for n in names]
        target = (path.parent / match.group(2)).resolve()
        needed.append(target)
        return f"const {{ {', '.join(parts)} }} = {_binding(target)};\n"

    out = IMPORT.sub(replace, source)
    if ANY_IMPORT.search(out):
        raise BundleError(f"{path.name}: an import the bundler does not understand")
    return out, needed


def _body(path: Path, source: str, default: bool = False) -> str:
    """A module's code as a function body that returns its exports (``default`` too)."""
    if default:
        source = DEFAULT_EXPORT.sub("const __esm_default = ", source, count=1)
    names = [m.group(2) for m in EXPORT.finditer(source)]
    body = EXPORT.sub(lambda m: f"{m.group(1)} {m.group(2)}", source)
    if ANY_EXPORT.search(body):
        raise BundleError(f"{path.name}: an export the bundler does not understand")
    if default:
        names.insert(0, "default: __esm_default")
    return f"{body}\nreturn {{ {', '.join(names)} }};\n"


def _wrap(path: Path, source: str) -> str:
    return f"// ---- {path.name}\nconst {_binding(path)} = (() => {{\n{_body(path, source)}}})();\n"


def _graph(entry: Path, entry_source: str | None = None) -> tuple[list[Path], dict[Path, str]]:
    """Every module ``entry`` imports (transitively), imports converted, in dependency order."""
    entry = entry.resolve()
    order: list[Path] = []
    seen: set[Path] = set()
    converted: dict[Path, str] = {}

    def visit(path: Path, trail: tuple[Path, ...]) -> None:
        if path in trail:
            raise BundleError("import cycle: " + " -> ".join(p.stem for p in (*trail, path)))
        if path in seen:
            return
        if not path.is_file():
            raise BundleError(f"{trail[-1].name} imports {path.name}, which does not exist")
        text = entry_source if path == entry and entry_source is not None else None
        source, needed = _imports(path, text if text is not None else path.read_text(encoding="utf-8"))
        for target in needed:
            visit(target, (*trail, path))
        seen.add(path)
        converted[path] = source
        order.append(path)

    visit(entry, ())
    return order, converted


def bundle(entry: Path) -> str:
    """The entry module with every module it imports (transitively) inlined before it."""
    order, converted = _graph(entry)
    parts = [_wrap(path, converted[path]) for path in order[:-1]]
    main = converted[order[-1]]
    if DEFAULT_EXPORT.search(main) is None:
        raise BundleError(f"{entry.name} has no default export")
    return "\n".join(parts) + f"// ---- {entry.name}\n" + main


def module_function(entry: Path, entry_source: str | None = None) -> str:
    """An arrow function that runs ``entry`` and its imports and returns its namespace object."""
    order, converted = _graph(entry, entry_source)
    parts = [_wrap(path, converted[path]) for path in order[:-1]]
    main = converted[order[-1]]
    main_body = _body(entry, main, default=DEFAULT_EXPORT.search(main) is not None)
    return "() => {\n" + "\n".join(parts) + f"// ---- {entry.name}\n{main_body}}}"


def widget_entries(folder: Path) -> dict[str, Path]:
    """The widgets beside a host: each subfolder ``X/`` of ``folder`` that holds ``X.js``."""
    return {
        sub.name: sub / f"{sub.name}.js"
        for sub in sorted(folder.iterdir())
        if sub.is_dir() and (sub / f"{sub.name}.js").is_file()
    }


def classic_script(entry: Path) -> str:
    """``entry`` and its module graph as one classic script (runs from ``file://``)."""
    source = entry.read_text(encoding="utf-8")
    registry = ""
    if WIDGET_IMPORT.search(source):
        widgets = widget_entries(entry.parent)
        if not widgets:
            raise BundleError(f"{entry.name} loads widgets, but no folder beside it holds one")
        source = WIDGET_IMPORT.sub(lambda m: f"__esm_widget({m.group(1)})", source)
        entries = ",\n".join(f"[{name!r}, {module_function(path)}]" for name, path in widgets.items())
        registry = (
            f"const __esm_widgets = new Map([\n{entries}]);\n"
            "const __esm_started = new Map();\n"
            "// What a dynamic import gives: the widget's namespace; its modules run once.\n"
            "function __esm_widget(name) {\n"
            "  if (!__esm_widgets.has(name)) throw new Error(`no widget named ${name} in this bundle`);\n"
            "  if (!__esm_started.has(name)) __esm_started.set(name, __esm_widgets.get(name)());\n"
            "  return __esm_started.get(name);\n"
            "}\n"
        )
    return (
        f"// Generated from {entry.name} and the modules it loads by widgets/bundle.py "
        "(classic_script): do not edit.\n"
        f'(() => {{\n"use strict";\n{registry}({module_function(entry, source)})();\n}})();\n'
    )
