"""Readers in front of the compiler: whatever the input, article text and its metadata out.

One entry, :func:`read_article`, takes what a user names (a file, ``-`` for standard input) and
returns an :class:`~briefing.sources.base.Article`.  The bytes are sniffed (:mod:`.sniff`), and the
reader for their kind is imported only then: plain text never imports the page reader's libraries,
so ``briefing markdown article.txt`` starts as fast as before.  :func:`compile_article` is the one
place an article and its metadata become compiler options.
"""

from __future__ import annotations

import os
import stat
import sys
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import BriefingError
from briefing.patterns import regex
from briefing.sources.base import Article, Raw, Reader
from briefing.sources.sniff import Kind, sniff

if TYPE_CHECKING:
    from briefing.brief import Brief
    from briefing.sources.feed import Entry

__all__ = [
    "MAX_ARTICLE_BYTES",
    "Article",
    "Raw",
    "Reader",
    "compile_article",
    "compile_html",
    "compile_url",
    "from_raw",
    "is_url",
    "read_article",
    "read_raw",
]

#: Inputs larger than this are refused: the longest news features run to a few hundred kB and
#: their pages to a few MB, so 10 MB is an archive or a dump, which should be split into files.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024

#: The reader of each kind of input, as ``module:function`` so that it is imported only when used.
READERS: dict[Kind, str] = {
    "text": "briefing.sources.text:read",
    "html": "briefing.sources.html:read",
}


_SCHEME = regex(r"[A-Za-z][A-Za-z0-9+.-]{0,15}://")

#: The suffix a fetched input is saved under (``--save-page``), by kind.
SAVED_SUFFIX: dict[Kind, str] = {"text": ".txt", "html": ".html", "feed": ".xml"}


def read_article(target: str | os.PathLike[str], *, save_page: str | None = None) -> Article:
    """The article in a file, at an http(s) URL, or in standard input when ``target`` is ``-``.

    ``save_page`` is a directory where a fetched input is kept (files are not copied).  A feed is
    refused here: it is many articles (see :func:`load`).
    """
    loaded = load(target, save_page=save_page)
    if isinstance(loaded, list):
        raise BriefingError(_feed_refusal(str(target)))
    return loaded


def load(target: str | os.PathLike[str], *, save_page: str | None = None) -> Article | list[Entry]:
    """What ``target`` holds: one article, or a feed's entries (each compiled on its own)."""
    return from_raw(load_raw(target), save_page=save_page)


def from_raw(raw: Raw, *, save_page: str | None = None) -> Article | list[Entry]:
    """What ``raw`` holds (see :func:`load`): the input already read or fetched, so that a URL
    fetched once to see whether it is a feed is not fetched again to be compiled."""
    kind = sniff(raw.data, raw.name, brief_hint=_brief_hint(raw))
    if save_page and raw.url:
        from briefing.sources.web import save_page as keep

        keep(raw, save_page, SAVED_SUFFIX[kind])
    if kind == "feed":
        from briefing.sources.feed import read_feed

        return read_feed(raw)
    return read_raw(raw, kind)


def _feed_refusal(name: str) -> str:
    return f"{name}: is a feed of articles, not one article (briefing compile {name} --out DIR compiles each)"


def read_raw(raw: Raw, kind: Kind | None = None) -> Article:
    """The article in ``raw``, read by the reader of its kind; refuses what is not an article."""
    kind = kind or sniff(raw.data, raw.name, brief_hint=_brief_hint(raw))
    if kind == "feed":
        raise BriefingError(_feed_refusal(raw.name))
    return reader(kind)(raw)


def reader(kind: Kind) -> Reader:
    """The reader function for ``kind``, imported on first use."""
    module, _, function = READERS[kind].partition(":")
    found: Reader = getattr(import_module(module), function)
    return found


def load_raw(target: str | os.PathLike[str]) -> Raw:
    """The bytes of a file, a URL (fetched) or standard input (``-``), at most :data:`MAX_ARTICLE_BYTES`."""
    name = str(target)
    if name == "-":
        return Raw(capped(sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1), "<stdin>"), "<stdin>")
    if is_url(name):
        from briefing.sources.web import fetch

        return fetch(name, max_bytes=MAX_ARTICLE_BYTES)
    try:
        if Path(target).is_dir():
            raise BriefingError(f"{name}: is a directory, not an article")
        data = _read_pipe(target, name) if stat.S_ISFIFO(os.stat(target).st_mode) else _read_file(target)
    except FileNotFoundError:
        raise BriefingError(f"{name}: no such file") from None
    except OSError as exc:
        raise BriefingError(f"{name}: cannot read: {exc.strerror or exc}") from None
    return Raw(capped(data, name), name, path=name)


#: Seconds to wait for a writer to open a named pipe given as the article before giving up.
PIPE_WAIT = 5.0


def _read_file(target: str | os.PathLike[str]) -> bytes:
    with open(target, "rb") as handle:
        return handle.read(MAX_ARTICLE_BYTES + 1)


def _read_pipe(target: str | os.PathLike[str], name: str) -> bytes:
    """A named pipe's bytes, once a writer has opened it and closed it again.

    Opening a FIFO blocks until a writer comes, forever when none does; opened without blocking,
    it is watched for :data:`PIPE_WAIT` seconds for its first bytes (or the writer's close), then
    read to its end as usual.  A pipe nobody writes to is one clear line, not a hang.
    """
    import select

    descriptor = os.open(target, os.O_RDONLY | os.O_NONBLOCK)
    with open(descriptor, "rb", closefd=True) as handle:
        ready, _, _ = select.select([descriptor], [], [], PIPE_WAIT)
        if not ready:
            raise BriefingError(f"{name}: is a named pipe that nothing writes to (waited {PIPE_WAIT:g} s)")
        os.set_blocking(descriptor, True)
        return handle.read(MAX_ARTICLE_BYTES + 1)


def is_url(target: str) -> bool:
    """True for an address written ``scheme://...`` (only http and https are fetched)."""
    return bool(_SCHEME.match(target))


def capped(data: bytes, name: str) -> bytes:
    """``data`` unless it is larger than :data:`MAX_ARTICLE_BYTES` (then one clear refusal)."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise BriefingError(
            f"{name}: larger than {MAX_ARTICLE_BYTES / (1024 * 1024):g} MB, not an article"
            " (split an archive into files and compile the directory)"
        )
    return data


def _brief_hint(raw: Raw) -> str:
    shown = raw.path or raw.url
    return f" (briefing print {shown} shows it)" if shown else ""


def compile_article(
    article: Article, *, published: str | None = None, summary_sentences: int | None = None
) -> Brief:
    """Compile ``article``: ``published`` (``--published``) overrides the date the input gave,
    which otherwise anchors relative dates; the input's title replaces a derived one."""
    from briefing.compile import compile_text

    return compile_text(
        article.text,
        published=published or article.published,
        path=article.path,
        url=article.url,
        title=article.title,
        site=article.site,
        author=article.author,
        summary_sentences=summary_sentences,
    )


def language_warning(article: Article, name: str) -> str | None:
    """One line when the article's text is not English (the compiler reads English), else None."""
    from briefing.sources.language import warning

    return warning(article.text, name, article.language)


def compile_html(
    page: str | bytes,
    *,
    url: str | None = None,
    published: str | None = None,
    summary_sentences: int | None = None,
) -> Brief:
    """Compile a web page's markup: its main text, with the title, byline and date it gives.

    ``url`` is where the page came from (recorded when the page names no canonical URL);
    ``published`` overrides the page's date.  Raises :class:`BriefingError` for a page without text.
    """
    data = page.encode("utf-8") if isinstance(page, str) else page
    raw = Raw(data, url or "<page>", url=url, charset="utf-8" if isinstance(page, str) else None)
    article = reader("html")(raw)
    return compile_article(article, published=published, summary_sentences=summary_sentences)


def compile_url(
    url: str,
    *,
    published: str | None = None,
    summary_sentences: int | None = None,
    save_page: str | None = None,
) -> Brief:
    """Fetch ``url`` (a page or plain text; http or https) and compile it.

    The only call in briefing that uses the network.  Raises :class:`BriefingError` with one line
    for every failure: host not found, timeout, HTTP error, too large, not a page, TLS.
    """
    if not is_url(url):
        raise BriefingError(f"{url}: not a URL (http:// or https://)")
    article = read_article(url, save_page=save_page)
    return compile_article(article, published=published, summary_sentences=summary_sentences)
