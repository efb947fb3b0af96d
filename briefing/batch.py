"""Compiling many articles: a directory, a list of files or URLs, a feed's entries, in parallel,
one result per article.

Each article is compiled in a worker process (the compiler is CPU-bound pure Python, so processes,
not threads).  A bad file yields a result with an error instead of stopping the run: archives
always hold a few broken files, and the good briefs must still be written.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from briefing.brief import Brief
from briefing.errors import BriefingError
from briefing.records import dataclass

if TYPE_CHECKING:
    from briefing.sources.base import Article, Raw
    from briefing.sources.feed import Entry

#: Files in a directory that are briefs or hidden are not articles.
_NOT_ARTICLES = {".yaml", ".yml", ".json", ".jsonl"}


@dataclass(frozen=True)
class Result:
    """The outcome for one article: a brief, or the one-line reason it could not be compiled."""

    path: str
    brief: Brief | None = None
    error: str | None = None
    #: One line each about a brief that was made but may be poor (the text is not English).
    warnings: tuple[str, ...] = ()
    #: The brief as text, one per format asked of :func:`compile_many` (then ``brief`` is None).
    rendered: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fetched:
    """A URL fetched while the targets were expanded (to see whether it is a feed): its bytes, or
    the one line saying why it could not be fetched, so that its worker does not fetch it again."""

    url: str
    raw: Raw | None = None
    error: str | None = None


#: What a batch compiles: a path or URL, a feed's entry, or a URL already fetched.
Item: TypeAlias = "str | Entry | Fetched"

#: URLs fetched at once while expanding the targets (the network waits, not the CPU).
_FETCHES = 8


def expand(paths: Iterable[str], save_page: str | None = None) -> list[Item]:
    """Articles named by ``paths``: files as given, directories as their visible article files,
    sorted, and a feed (a file, or a URL, fetched once here) as its entries.  A broken feed raises
    :class:`BriefingError`; a URL that cannot be fetched is reported by its worker."""
    from briefing.sources import is_url

    named = list(paths)
    fetched = _fetch_all([raw for raw in named if is_url(raw)], save_page)
    out: list[Item] = []
    for raw in named:
        if raw in fetched:
            found = fetched[raw]
            out.extend(found if isinstance(found, list) else [found])
            continue
        path = Path(raw)
        if path.is_dir():
            files = [
                str(p)
                for p in sorted(path.iterdir())
                if p.is_file() and not p.name.startswith(".") and p.suffix.lower() not in _NOT_ARTICLES
            ]
        else:
            files = [raw]
        for name in files:
            out.extend(_feed_entries(name) or [name])
    return out


def _fetch_all(urls: list[str], save_page: str | None) -> dict[str, Fetched | list[Entry]]:
    """Each URL fetched (several at a time): a feed as its entries, anything else as :class:`Fetched`."""
    if not urls:
        return {}
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(_FETCHES, len(urls))) as pool:
        found = list(pool.map(_fetch, urls))
    out: dict[str, Fetched | list[Entry]] = {}
    for url, item in zip(urls, found, strict=True):
        if isinstance(item, Fetched) and item.raw is not None and _is_feed(item.raw):
            from briefing.sources import from_raw

            entries = from_raw(item.raw, save_page=save_page)
            out[url] = entries if isinstance(entries, list) else item
        else:
            out[url] = item
    return out


def _fetch(url: str) -> Fetched:
    from briefing.sources import load_raw

    try:
        return Fetched(url, raw=load_raw(url))
    except BriefingError as error:
        return Fetched(url, error=error.message)


def _is_feed(raw: Raw) -> bool:
    from briefing.sources.sniff import sniff

    try:
        return sniff(raw.data, raw.name) == "feed"
    except BriefingError:
        return False  # its worker says what it is


def _feed_entries(name: str) -> list[Entry] | None:
    """The entries of the feed file ``name``; None when it is no feed (or not a readable file:
    its worker then says why)."""
    from briefing.sources import load
    from briefing.sources.sniff import sniff

    try:
        with open(name, "rb") as handle:
            head = handle.read(4096)
        if sniff(head, name) != "feed":
            return None
    except (OSError, BriefingError):
        return None
    loaded = load(name)
    return loaded if isinstance(loaded, list) else None


def item_name(item: Item) -> str:
    """What messages call an article: its path or URL, or a feed entry's name."""
    return item if isinstance(item, str) else item.url if isinstance(item, Fetched) else item.name


def compile_path(
    path: Item,
    published: str | None = None,
    summary_sentences: int | None = None,
    save_page: str | None = None,
) -> Result:
    """Compile one article (a text file, a web page, a URL, a feed entry); bad input becomes a
    :class:`Result` with ``error`` set.  ``published`` overrides the date the page gives;
    ``save_page`` keeps what a URL gave in that directory."""
    from briefing.sources import read_article

    name = item_name(path)
    try:
        if isinstance(path, str):
            article = read_article(path, save_page=save_page)
        elif isinstance(path, Fetched):
            article = _fetched_article(path, save_page)
        else:
            from briefing.sources.feed import read_entry

            article = read_entry(path, save_page=save_page)
    except BriefingError as error:
        return Result(name, error=error.message)
    return compile_loaded(article, name, published, summary_sentences)


def _fetched_article(item: Fetched, save_page: str | None) -> Article:
    """The article of a URL fetched while expanding the targets, or its fetch error."""
    from briefing.sources import from_raw

    if item.raw is None:
        raise BriefingError(item.error or f"{item.url}: cannot fetch")
    loaded = from_raw(item.raw, save_page=save_page)
    if isinstance(loaded, list):  # pragma: no cover - expand gives a feed as its entries
        raise BriefingError(f"{item.url}: is a feed of articles, not one article")
    return loaded


def compile_loaded(
    article: Article, name: str, published: str | None = None, summary_sentences: int | None = None
) -> Result:
    """Compile an article already read; ``name`` is what messages call it."""
    from briefing.sources import compile_article, language_warning

    try:
        brief = compile_article(article, published=published, summary_sentences=summary_sentences)
    except BriefingError as error:
        return Result(name, error=error.message)
    except RecursionError:
        return Result(name, error=f"{name}: too deeply nested to compile")
    warning = language_warning(article, name if name != "-" else "<stdin>")
    return Result(name, brief=brief, warnings=(warning,) if warning else ())


def brief_for(
    path: str,
    published: str | None = None,
    warn: Callable[[str], None] | None = None,
    save_page: str | None = None,
) -> Brief:
    """The brief behind ``path``: a .yaml/.yml/.json brief loaded and validated, or an article
    (``-`` for stdin) compiled.  Raises :class:`BriefingError` with one line when neither works;
    ``warn`` hears about a brief that may be poor (the CLI prints it, the TUI has no stderr).

    The one place the views (print, markdown, the TUI) turn a path into a brief.
    """
    from briefing.sources import is_url
    from briefing.store import format_for, load_brief

    fmt = format_for(path) if path != "-" and not is_url(path) else None
    if fmt is not None:
        return load_brief(path, fmt)
    result = compile_path(path, published, save_page=save_page)
    if result.brief is None:
        raise BriefingError(result.error or f"{path}: cannot compile")
    for line in result.warnings:
        if warn is not None:
            warn(line)
    return result.brief


#: Seconds one article may take in a batch before it is skipped (a 10 MB article, the input cap,
#: takes well under a minute): one pathological file must not stall the files after it.
DEFAULT_TIME_LIMIT = 120.0


def compile_many(
    paths: Sequence[Item],
    *,
    jobs: int | None = None,
    published: str | None | Sequence[str | None] = None,
    summary_sentences: int | None = None,
    save_page: str | None = None,
    formats: tuple[str, ...] = (),
    time_limit: float = DEFAULT_TIME_LIMIT,
) -> Iterator[Result]:
    """Results in the order of ``paths``, computed by up to ``jobs`` processes (default: all cores).

    ``published`` is one date for every article, or one per article (a story's estimated days).
    With ``formats`` ("yaml", "json", "jsonl") each worker renders the brief itself and the result
    carries only those texts (``rendered``), not the brief: far less to send between processes.
    Several articles always run in workers, so an article over ``time_limit`` seconds is skipped
    (a result with an error) and the rest are still done; at most a few results wait in memory.
    """
    from functools import partial

    days = [published] * len(paths) if published is None or isinstance(published, str) else list(published)
    items = list(zip(paths, days, strict=True))
    work = partial(_compile_item, summary_sentences=summary_sentences, save_page=save_page, formats=formats)
    if len(items) == 1:
        yield work(items[0])
        return
    import briefing.compile.pipeline  # noqa: F401 - imported once here, not in every worker
    from briefing.compile.lexicon import gazetteer
    from briefing.pool import ordered

    gazetteer.load()  # before the workers fork: they start with the compiler imported and its table read
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(paths)))
    yield from ordered(work, items, jobs=jobs, time_limit=time_limit, failed=_failed)


def _compile_item(
    item: tuple[Item, str | None],
    *,
    summary_sentences: int | None,
    save_page: str | None,
    formats: tuple[str, ...],
) -> Result:
    """One article of a batch, rendered in the requested formats when there are any."""
    path, day = item
    result = compile_path(path, day, summary_sentences, save_page)
    if result.brief is None or not formats:
        return result
    from briefing.store import dumps_brief, json_line

    try:
        rendered = tuple(json_line(result.brief) + "\n" if f == "jsonl" else dumps_brief(result.brief, f) for f in formats)  # type: ignore[arg-type]
    except BriefingError as error:
        return Result(result.path, error=error.message, warnings=result.warnings)
    return Result(result.path, warnings=result.warnings, rendered=rendered)


def _failed(item: tuple[Item, str | None], reason: str) -> Result:
    name = item_name(item[0])
    return Result(name, error=f"{name}: {reason}")


def output_names(paths: Sequence[Item], suffix: str) -> list[str]:
    """One distinct output file name per article: its stem plus ``suffix``, numbered on collisions."""
    used: set[str] = set()
    names = []
    for path in paths:
        stem = (path.stem if not isinstance(path, str | Fetched) else Path(item_name(path)).stem) or "article"
        name, number = f"{stem}{suffix}", 1
        while name in used:
            number += 1
            name = f"{stem}-{number}{suffix}"
        used.add(name)
        names.append(name)
    return names
