"""Compiling many articles: a directory or a list of files, in parallel, one result per article.

Each article is compiled in a worker process (the compiler is CPU-bound pure Python, so processes,
not threads).  A bad file yields a result with an error instead of stopping the run: archives
always hold a few broken files, and the good briefs must still be written.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.brief import Brief
from briefing.errors import BriefingError

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


def expand(paths: Iterable[str]) -> list[str]:
    """Articles named by ``paths``: files as given, directories as their visible article files, sorted."""
    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(
                str(p)
                for p in sorted(path.iterdir())
                if p.is_file() and not p.name.startswith(".") and p.suffix.lower() not in _NOT_ARTICLES
            )
        else:
            out.append(raw)
    return out


def compile_path(
    path: str, published: str | None = None, summary_sentences: int | None = None, save_page: str | None = None
) -> Result:
    """Compile one article (a text file, a web page, a URL); bad input becomes a :class:`Result`
    with ``error`` set.  ``published`` overrides the date the page gives; ``save_page`` keeps
    what a URL gave in that directory."""
    from briefing.sources import compile_article, language_warning, read_article

    try:
        article = read_article(path, save_page=save_page)
        brief = compile_article(article, published=published, summary_sentences=summary_sentences)
    except BriefingError as error:
        return Result(path, error=error.message)
    except RecursionError:
        return Result(path, error=f"{path}: too deeply nested to compile")
    warning = language_warning(article, path if path != "-" else "<stdin>")
    return Result(path, brief=brief, warnings=(warning,) if warning else ())


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
    paths: list[str],
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


def output_names(paths: list[str], suffix: str) -> list[str]:
    """One distinct output file name per article: its stem plus ``suffix``, numbered on collisions."""
    used: set[str] = set()
    names = []
    for path in paths:
        stem = Path(path).stem or "article"
        name, number = f"{stem}{suffix}", 1
        while name in used:
            number += 1
            name = f"{stem}-{number}{suffix}"
        used.add(name)
        names.append(name)
    return names
