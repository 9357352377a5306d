"""Maintainers' tools, kept out of the product package ``book``.

``browser`` drives the built site in Debian's Chromium (browser tests and bench), ``bench`` is
``make bench``, ``book_copy`` copies the book's sources for builds that must not touch ``_build/``.
"""
