"""Inline an ES module and every relative module it imports into one module text.

anywidget loads ``_esm`` as one module text, not from a URL, so ``import … from "./x.js"``
cannot be resolved in Jupyter. :func:`bundle` wraps each imported module in a function scope
(its exports become the function's return value) and turns each import into a destructuring
of that value, in dependency order. The static book loads the same files unbundled.

Only the module syntax the widgets use is accepted: ``import { a, b as c } from "./x.js";``
and ``export`` before a ``function``/``const``/``let``/``class`` declaration (plus ``export
default`` in the entry module). Anything else raises, so a new construct cannot slip through
into a broken bundle.
"""

from __future__ import annotations

import re
from pathlib import Path

IMPORT = re.compile(r'^import\s*\{([^}]*)\}\s*from\s*"\./([\w-]+)\.js";[ \t]*\n', re.M)
EXPORT = re.compile(r"^export (async function\*?|function\*?|const|let|class) (\w+)", re.M)
ANY_IMPORT = re.compile(r"^\s*import\b|\bimport\s*\(", re.M)
ANY_EXPORT = re.compile(r"^\s*export\b", re.M)
DEFAULT_EXPORT = re.compile(r"^export default ", re.M)


class BundleError(RuntimeError):
    pass


def _binding(name: str) -> str:
    return "__esm_" + re.sub(r"\W", "_", name)


def _imports(path: Path, source: str) -> tuple[str, list[str]]:
    """The source with its imports turned into destructurings, and the modules it needs."""
    needed: list[str] = []

    def replace(match: re.Match) -> str:
        names = [n.strip() for n in match.group(1).split(",") if n.strip()]
        parts = [re.sub(r"^(\w+)\s+as\s+(\w+)$", r"\1: \2", n) for n in names]
        needed.append(match.group(2))
        return f"const {{ {', '.join(parts)} }} = {_binding(match.group(2))};\n"

    out = IMPORT.sub(replace, source)
    if ANY_IMPORT.search(out):
        raise BundleError(f"{path.name}: an import the bundler does not understand")
    return out, needed


def _wrap(path: Path, source: str) -> str:
    names = [m.group(2) for m in EXPORT.finditer(source)]
    body = EXPORT.sub(lambda m: f"{m.group(1)} {m.group(2)}", source)
    if ANY_EXPORT.search(body):
        raise BundleError(f"{path.name}: an export the bundler does not understand")
    return (f"// ---- {path.name}\nconst {_binding(path.stem)} = (() => {{\n{body}\n"
            f"return {{ {', '.join(names)} }};\n}})();\n")


def bundle(entry: Path) -> str:
    """The entry module with every module it imports (transitively) inlined before it."""
    folder = entry.parent
    order: list[Path] = []
    seen: set[str] = set()
    converted: dict[Path, str] = {}

    def visit(path: Path, trail: tuple[str, ...]) -> None:
        if path.stem in trail:
            raise BundleError(f"import cycle: {' -> '.join((*trail, path.stem))}")
        if path.stem in seen:
            return
        if not path.is_file():
            raise BundleError(f"{trail[-1]}.js imports ./{path.name}, which does not exist")
        source, needed = _imports(path, path.read_text(encoding="utf-8"))
        for name in needed:
            visit(folder / f"{name}.js", (*trail, path.stem))
        seen.add(path.stem)
        converted[path] = source
        order.append(path)

    visit(entry, ())
    parts = [_wrap(path, converted[path]) for path in order[:-1]]
    main = converted[entry]
    if DEFAULT_EXPORT.search(main) is None:
        raise BundleError(f"{entry.name} has no default export")
    return "\n".join(parts) + f"// ---- {entry.name}\n" + main
