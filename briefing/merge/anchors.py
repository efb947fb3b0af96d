"""Reference days for the articles of a story that carry no date of their own.

An article is compiled against its publication date, which anchors "on Friday", "yesterday" and
"April 24" (whose year it gives).  Without one, the compiler falls back on the latest full date
the text gives; an article that gives none keeps its relative dates unresolved (``XXXX-WXX-5``).
Articles of one story appear within days of each other, so such an article is taken to appear
near the story's *anchor*: the median reference day of the articles that have one.  More exactly
on the latest day-and-month it names itself (its dateline, "April 24") within :data:`NEAR_DAYS`
of the anchor, in the year that puts it nearest; failing that on the anchor day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from briefing.brief import Brief
from briefing.patterns import regex

#: How far from the story's anchor an article's own day-and-month may lie to be its reference day.
NEAR_DAYS = 3
_DAY = regex(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH_DAY = regex(r"^XXXX-(\d{2})-(\d{2})$")


def reference_day(brief: Brief) -> date | None:
    """The day a compiled brief's dates were resolved against: its published day, else its latest full date."""
    published = brief.sources[0].published if brief.sources else None
    if published:
        return date.fromisoformat(published)
    days = [_day(d.value) for d in brief.dates]
    return max((d for d in days if d is not None), default=None)


def story_anchors(briefs: Sequence[Brief]) -> dict[int, date]:
    """For each brief (by position) with no reference day and dates left unresolved, the day to
    compile it against again."""
    known = sorted(d for d in (reference_day(b) for b in briefs) if d is not None)
    if not known:
        return {}
    anchor = known[(len(known) - 1) // 2]
    out: dict[int, date] = {}
    for i, brief in enumerate(briefs):
        if reference_day(brief) is not None or not any(d.value.startswith("XXXX") for d in brief.dates):
            continue
        near = [
            d
            for d in (_nearest(m, anchor) for m in (_MONTH_DAY.match(x.value) for x in brief.dates) if m)
            if d is not None and abs((d - anchor).days) <= NEAR_DAYS
        ]
        out[i] = max(near, default=anchor)
    return out


def _day(value: str) -> date | None:
    m = _DAY.match(value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _nearest(m: re.Match[str], anchor: date) -> date | None:
    """The day ``MM-DD`` in the year (the anchor's, or one either side) nearest the anchor."""
    best: date | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            day = date(year, int(m[1]), int(m[2]))
        except ValueError:
            continue
        if best is None or abs(day - anchor) < abs(best - anchor):
            best = day
    return best
