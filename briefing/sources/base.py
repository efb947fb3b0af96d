"""The one contract every reader keeps: :class:`Raw` bytes in, one :class:`Article` out.

A reader is a small adapter (plain text, a web page, ...) behind the same call, so the entry
points (CLI, TUI, Python API, batch) never care what an input was: they get article text, which
the compiler reads, and the metadata the page gave (title, byline, date, site, URL, language),
which the brief's source records.
"""

from __future__ import annotations

from typing import Protocol

from briefing.records import dataclass


@dataclass(frozen=True)
class Raw:
    """The bytes of one input and where they came from, before any reader looked at them."""

    data: bytes
    #: What error messages call the input: the path as given, the URL, or ``<stdin>``.
    name: str
    #: The file read (None for standard input and for URLs).
    path: str | None = None
    #: The address fetched, after redirects (None for files).
    url: str | None = None
    #: The HTTP Content-Type's media type and charset, when the input was fetched.
    media_type: str | None = None
    charset: str | None = None


@dataclass(frozen=True)
class Article:
    """Article text as the compiler reads it, with what the input said about it.

    ``text`` is kept verbatim in the brief and every evidence offset indexes it, so a reader
    returns exactly the text it wants compiled (a page's extracted main text, not its markup).
    """

    text: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    site: str | None = None
    author: str | None = None
    #: ISO date (YYYY-MM-DD) the input gave; ``--published`` overrides it.
    published: str | None = None
    #: ISO 639-1 code the input declared (a page's ``lang``), when it did.
    language: str | None = None
    #: How the bytes were decoded (for plain text), or None when a library decoded them.
    encoding: str | None = None


class Reader(Protocol):
    """A reader: one input's bytes to one article, or a :class:`~briefing.errors.BriefingError`."""

    def __call__(self, raw: Raw) -> Article: ...
