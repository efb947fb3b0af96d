"""Compiling many articles: a directory, a list of files or URLs, a feed's entries, in parallel,
one result per article.

Each article is compiled in a worker process (the compiler is CPU-bound pure Python, so processes,
not threads).  A bad file yields a result with an error instead of stopping the run: archives
always hold a few broken files, and the good briefs must still be written.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.brief import Brief
from briefing.errors import BriefingError

if TYPE_CHECKING:
    from briefing.sources.base import Article
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


def expand(paths: Iterable[str]) -> list[str | Entry]:
    """Articles named by ``paths``: files as given, directories as their visible article files,
    sorted, and a feed file as its entries.  A broken feed raises :class:`BriefingError`."""
    out: list[str | Entry] = []
    for raw in paths:
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


def item_name(item: str | Entry) -> str:
    """What messages call an article: its path or URL, or a feed entry's name."""
    return item if isinstance(item, str) else item.name


def compile_path(
    path: str | Entry,
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
        else:
            from briefing.sources.feed import read_entry

            article = read_entry(path, save_page=save_page)
    except BriefingError as error:
        return Result(name, error=error.message)
    return compile_loaded(article, name, published, summary_sentences)


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


def compile_many(
    paths: Sequence[str | Entry],
    *,
    jobs: int | None = None,
    published: str | None | Sequence[str | None] = None,
    summary_sentences: int | None = None,
    save_page: str | None = None,
) -> Iterator[Result]:
    """Results in the order of ``paths``, computed by up to ``jobs`` processes (default: all cores).

    ``published`` is one date for every article, or one per article (a story's estimated days).
    """
    days = [published] * len(paths) if published is None or isinstance(published, str) else list(published)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(paths) or 1))
    if jobs == 1:
        for path, day in zip(paths, days, strict=True):
            yield compile_path(path, day, summary_sentences, save_page)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk = max(1, min(16, len(paths) // (jobs * 4)))
        yield from pool.map(
            compile_path,
            paths,
            days,
            [summary_sentences] * len(paths),
            [save_page] * len(paths),
            chunksize=chunk,
        )


def output_names(paths: Sequence[str | Entry], suffix: str) -> list[str]:
    """One distinct output file name per article: its stem plus ``suffix``, numbered on collisions."""
    used: set[str] = set()
    names = []
    for path in paths:
        stem = (Path(path).stem if isinstance(path, str) else path.stem) or "article"
        name, number = f"{stem}{suffix}", 1
        while name in used:
            number += 1
            name = f"{stem}-{number}{suffix}"
        used.add(name)
        names.append(name)
    return names
