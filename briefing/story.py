"""Compiling a story: every article compiled in parallel by the batch machinery, then one merge.

Each article is compiled alone, against its own publication date.  An article that carries no
date of its own and leaves relative dates unresolved is compiled once more against the day the
rest of the story points to (:func:`briefing.merge.anchors.story_anchors`); its source's
``published`` stays empty, since that day is an estimate, not its publication date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from briefing.batch import Result, compile_many
from briefing.brief import Brief
from briefing.errors import BriefingError

if TYPE_CHECKING:
    from briefing.batch import Item


def compile_story(
    paths: Sequence[Item],
    *,
    jobs: int | None = None,
    published: str | None = None,
    summary_sentences: int | None = None,
    advance: Callable[[], None] = lambda: None,
    warn: Callable[[str], None] = lambda line: None,
) -> tuple[Brief, list[str]]:
    """The story brief of the articles at ``paths`` (files, pages, URLs, feed entries) and the
    one-line errors of those that failed;
    ``advance`` is called once per article compiled, ``warn`` with each warning about a poor brief.

    Raises :class:`BriefingError` when no article could be compiled.
    """
    from briefing.merge import merge_story
    from briefing.merge.anchors import story_anchors

    results: list[Result] = []
    for result in compile_many(paths, jobs=jobs, published=published, summary_sentences=summary_sentences):
        results.append(result)
        for line in result.warnings:
            warn(line)
        advance()
    errors = [r.error or f"{r.path}: cannot compile" for r in results if r.brief is None]
    good = [(item, r.brief) for item, r in zip(paths, results, strict=True) if r.brief is not None]
    if not good:
        raise BriefingError(errors[0] if len(errors) == 1 else f"none of the {len(paths)} articles could be compiled")
    briefs = [brief for _, brief in good]
    if published is None:
        again = story_anchors(briefs)
        if again:
            order = sorted(again)
            redo = compile_many(
                [good[i][0] for i in order],
                jobs=jobs,
                published=[again[i].isoformat() for i in order],
                summary_sentences=summary_sentences,
            )
            for i, result in zip(order, redo, strict=True):
                if result.brief is not None:
                    for source in result.brief.sources:
                        source.published = None
                    briefs[i] = result.brief
    return merge_story(briefs), errors
