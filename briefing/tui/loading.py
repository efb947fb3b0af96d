"""Getting a brief for the TUI: load a brief file or compile an article, or say why not.

Runs in a worker thread, so it must not touch widgets.  Standard input is read once, before the
app starts, because the terminal UI then needs the keyboard on file descriptor 0.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import BriefingError
from briefing.records import dataclass

if TYPE_CHECKING:  # imported where used: the CLI forks the first load before importing them
    from briefing.brief import Brief
    from briefing.sources.base import Article

STDIN = "-"
#: What a load gives the screen: the brief or the one-line reason there is none, and the lines
#: that say the brief may be poor.
Outcome = tuple["Brief | str", tuple[str, ...]]


@dataclass(frozen=True)
class Target:
    """What the app shows: a file path, a URL (fetched by the worker), or an article already read
    from standard input."""

    path: Path | None
    stdin_article: Article | None = None
    published: str | None = None
    url: str | None = None
    #: The articles of a story (files, directories, pages, URLs, feeds), merged into one brief.
    story: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        if self.story:
            more = f" and {len(self.story) - 1} more" if len(self.story) > 1 else ""
            return f"story: {self.story[0]}{more}"
        return str(self.path) if self.path is not None else self.url or "<stdin>"


def target_for(name: str, published: str | None = None) -> Target:
    """The target a user typed: a URL as it is, a path with ``~`` expanded."""
    from briefing.sources import is_url

    if is_url(name):
        return Target(None, published=published, url=name)
    return Target(Path(name).expanduser(), published=published)


def load(target: Target, warn: Callable[[str], None] | None = None) -> Brief:
    """The brief for ``target``; a :class:`BriefingError` with one line when it cannot be had.

    ``warn`` hears the lines the CLI prints on stderr about a brief that may be poor (the text is
    not English): the TUI has no stderr, so it shows them as notifications.  A story whose
    articles partly fail is shown from the others; the first failure is raised only when none
    could be compiled.
    """
    if target.story:
        from briefing.batch import expand
        from briefing.story import compile_story

        articles = expand(target.story)
        if not articles:
            raise BriefingError(f"{', '.join(target.story)}: no article files found")
        return compile_story(articles, published=target.published, warn=warn or (lambda line: None))[0]
    if target.path is not None or target.url is not None:
        from briefing.batch import brief_for

        return brief_for(target.url or str(target.path), target.published, warn)
    from briefing.sources import Article, compile_article, language_warning

    article = target.stdin_article or Article(text="")
    brief = compile_article(article, published=target.published)
    line = language_warning(article, "<stdin>")
    if line and warn is not None:
        warn(line)
    return brief


def outcome_of(target: Target) -> Outcome:
    """Load ``target`` for the screen: every failure becomes its one line, never an exception.

    A compiler bug must not take the terminal down with it, so any exception is a message too.
    """
    warnings: list[str] = []
    outcome: Brief | str
    try:
        outcome = load(target, warnings.append)
    except BriefingError as error:
        outcome = error.message
    except Exception as error:
        outcome = f"{target.label}: could not compile: {type(error).__name__}: {error}"
    return outcome, tuple(warnings)


def stamp(path: Path | None) -> tuple[int, int] | None:
    """Modification time and size of ``path``: a change in either means the file changed."""
    if path is None:
        return None
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


def read_stdin_target(published: str | None) -> Target:
    """Read the article from standard input, then give the UI the terminal back as its input.

    Raises :class:`BriefingError` when the input is not an article or no terminal is there to
    drive the UI from.
    """
    from briefing.sources import read_article

    article = read_article(STDIN)
    if not sys.__stdin__ or not sys.__stdin__.isatty():
        try:
            tty = os.open("/dev/tty", os.O_RDONLY)
        except OSError:
            raise BriefingError("<stdin>: the TUI needs a terminal; use 'briefing print -' for piped input") from None
        os.dup2(tty, 0)
        os.close(tty)
    return Target(None, article, published)
