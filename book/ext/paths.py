"""Reading paths you can follow: «Du leser: Ny i samarbeidet – steg 3 av 9» on each step.

A path is a page under ``chapters/stier/``; its steps are defined once, on that page: the
numbered list there, one step per item, the item's first link to another page. (Items without
such a link, e.g. «Sjekk deg selv», are not steps.) Each step's page gets a bar at the top and
at the bottom with the previous and next step and a link back to the path; on the path page, a
link to the first step follows its list of steps. Step links carry ``?sti=<path>``: on a page
that is on several paths, ``kb/paths.js`` then shows only the bar of the path the reader came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util import docname_join

PATH_DIR = "chapters/stier/"
STATIC_JS = Path(__file__).parent / "static" / "kb" / "paths.js"
_ENV_ATTR = "kb_path_links"  # a new name: environments saved with resolved steps are not read


@dataclass(frozen=True)
class Step:
    path: str  # the path page's docname
    number: int  # 1-based
    count: int
    docname: str
    previous: str | None  # None before the first step: the path page itself
    next: str | None  # None after the last step


def path_id(path_doc: str) -> str:
    return path_doc.rsplit("/", 1)[-1]


Link = tuple[str, str]  # ("doc", docname) or ("ref", label): a link as read, not yet resolved


def step_links(doctree: nodes.document, docname: str) -> list[list[list[Link]]]:
    """Every numbered list's items, each as its links to other pages, in order.

    Read from one page alone: a ``{ref}`` is resolved later (:func:`resolve_steps`), when every
    page has been read. Pages may be read in any order and in several processes (``-j``).
    """
    lists = []
    for listing in doctree.findall(nodes.enumerated_list):
        items = []
        for item in listing.children:
            links: list[Link] = []
            for xref in item.findall(addnodes.pending_xref):
                if xref.get("reftype") == "doc":
                    raw = xref["reftarget"]
                    links.append(
                        ("doc", raw.lstrip("/") if raw.startswith("/") else docname_join(docname, raw))
                    )
                elif xref.get("reftype") == "ref":
                    links.append(("ref", xref["reftarget"]))
            items.append(links)
        lists.append(items)
    return lists


def resolve_steps(lists: list[list[list[Link]]], docname: str, labels: dict) -> list[str]:
    """The docnames the first numbered list with steps links to, one per item.

    An item's first link to another page makes it a step: a ``{doc}`` link, or a ``{ref}`` to a
    section whose page is known from ``labels`` (the std domain's label → (docname, …)).
    """
    return steps_list(lists, docname, labels)[1]


def steps_list(lists: list[list[list[Link]]], docname: str, labels: dict) -> tuple[int | None, list[str]]:
    """(index among the page's numbered lists, steps) of the first list with steps; (None, [])."""
    for index, items in enumerate(lists):
        steps = []
        for links in items:
            for kind, target in links:
                page = target if kind == "doc" else labels.get(target, (None,))[0]
                if page is not None and page != docname:
                    if page not in steps:
                        steps.append(page)
                    break
        if steps:
            return index, steps
    return None, []


def steps_in(doctree: nodes.document, docname: str, labels: dict | None = None) -> list[str]:
    """The steps of the path page ``doctree`` (see :func:`resolve_steps`)."""
    return resolve_steps(step_links(doctree, docname), docname, labels or {})


def steps_of(paths: dict[str, list[str]], docname: str) -> list[Step]:
    """Every path step that ``docname`` is, in path order."""
    found = []
    for path in sorted(paths):
        docs = paths[path]
        for index, doc in enumerate(docs):
            if doc == docname:
                found.append(
                    Step(
                        path,
                        index + 1,
                        len(docs),
                        doc,
                        docs[index - 1] if index else None,
                        docs[index + 1] if index + 1 < len(docs) else None,
                    )
                )
    return found


def bar_html(step: Step, title, href, end: bool = False) -> str:
    """The «Du leser» bar; ``title(doc)`` and ``href(doc)`` give a page's title and link."""
    name = escape(title(step.path))
    sti = f"?sti={path_id(step.path)}"
    back = f'<a href="{href(step.path)}">{name}</a>'
    if step.previous:
        previous = (
            f'<a rel="prev" href="{href(step.previous)}{sti}">'
            f'<span aria-hidden="true">← </span>Forrige steg: {escape(title(step.previous))}</a>'
        )
    else:
        previous = (
            f'<a rel="prev" href="{href(step.path)}">'
            f'<span aria-hidden="true">← </span>Til starten av lesestien</a>'
        )
    if step.next:
        following = (
            f'<a rel="next" href="{href(step.next)}{sti}">'
            f'Neste steg: {escape(title(step.next))}<span aria-hidden="true"> →</span></a>'
        )
    else:
        following = (
            f'<a href="{href(step.path)}">Siste steg. Tilbake til lesestien'
            f'<span aria-hidden="true"> →</span></a>'
        )
    label = f"Lesesti: {name}" + (", videre" if end else "")
    css = "kb-path kb-path-end" if end else "kb-path"
    return (
        f'<nav class="{css}" aria-label="{label}" data-kb-sti="{path_id(step.path)}">'
        f'<p class="kb-path-where">Du leser: {back} – steg {step.number} av {step.count}</p>'
        f'<ul class="kb-path-links"><li>{previous}</li><li>{following}</li></ul></nav>'
    )


def start_html(path: str, first: str, title, href) -> str:
    return (
        f'<nav class="kb-path kb-path-start" aria-label="Start lesestien">'
        f'<a href="{href(first)}?sti={path_id(path)}">Begynn med steg 1: '
        f'{escape(title(first))}<span aria-hidden="true"> →</span></a></nav>'
    )


def _links(env) -> dict[str, list[list[list[Link]]]]:
    """Each path page's links as read (merged from every reading process)."""
    if getattr(env, _ENV_ATTR, None) is None:
        setattr(env, _ENV_ATTR, {})
    return getattr(env, _ENV_ATTR)


def _paths(env) -> dict[str, list[str]]:
    """Each path page's steps, resolved now that every page has been read."""
    labels = env.get_domain("std").labels
    found = {doc: resolve_steps(lists, doc, labels) for doc, lists in _links(env).items()}
    return {doc: steps for doc, steps in found.items() if steps}


def _read_links(app: Sphinx, doctree: nodes.document) -> None:
    docname = app.env.docname
    if docname.startswith(PATH_DIR):
        _links(app.env)[docname] = step_links(doctree, docname)


def _purge(app: Sphinx, env, docname: str) -> None:
    _links(env).pop(docname, None)


def _merge(app: Sphinx, env, docnames, other) -> None:
    _links(env).update({d: s for d, s in _links(other).items() if d in docnames})


def _outdated(app: Sphinx, env, added, changed, removed) -> list[str]:
    """When a path page changes, its steps' bars change too (steps as of the last build)."""
    paths = _paths(env)
    touched = (added | changed) & set(paths)
    return sorted({doc for path in touched for doc in paths[path]} & env.found_docs)


def _title_of(env):
    """A page's title by docname (the docname itself for a page without one)."""
    titles = env.titles
    return lambda doc: titles[doc].astext() if doc in titles else doc


def _inject(app: Sphinx, pagename, templatename, context, doctree) -> None:
    paths = _paths(app.env)
    if "body" not in context or not paths:
        return
    title = _title_of(app.env)

    def href(doc: str) -> str:
        return context["pathto"](doc)

    steps = [s for s in steps_of(paths, pagename) if s.docname in app.env.titles]
    body = context["body"]
    if steps:
        top = "".join(bar_html(s, title, href) for s in steps)
        bottom = "".join(bar_html(s, title, href, end=True) for s in steps)
        body = top + body + bottom
        app.add_js_file("kb/paths.js", loading_method="defer")
    context["body"] = body


def _add_start(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """On a path page, «Begynn med steg 1» right after the list of steps."""
    lists = _links(app.env).get(docname)
    if not lists or app.builder.format != "html":
        return
    index, steps = steps_list(lists, docname, app.env.get_domain("std").labels)
    if index is None:
        return

    def href(doc: str) -> str:
        return app.builder.get_relative_uri(docname, doc)

    listing = list(doctree.findall(nodes.enumerated_list))[index]
    start = nodes.raw("", start_html(docname, steps[0], _title_of(app.env), href), format="html")
    listing.parent.insert(listing.parent.index(listing) + 1, start)


def setup_paths(app: Sphinx) -> None:
    app.connect("doctree-read", _read_links)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-get-outdated", _outdated)
    app.connect("html-page-context", _inject)
    app.connect("doctree-resolved", _add_start)
