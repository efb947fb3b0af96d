"""Calendar arithmetic for TimeML values: ISO weeks, month and quarter shifts, nearest years.

Kept apart from the recogniser so the rules that say *what* an expression means stay readable and
the date arithmetic they share is tested once.  Values follow TIMEX3: ``1998-02-06``, ``1998-02``,
``1998-W05``, ``1998-W05-WE``, ``1998-Q3``, ``1998-SU``, ``199`` (a decade), ``19`` (a century).
"""

from __future__ import annotations

from datetime import date, timedelta

LEAD_DAYS = 90
#: What is expected ("will publish results on Feb. 20", "will begin in January") ends at most this
#: many days before the reference date (a story written a few days before it came out).
PAST_GRACE_DAYS = 7
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def day(d: date) -> str:
    """``1998-02-06``."""
    return d.isoformat()


def month(year: int, month_number: int) -> str:
    """``1998-02``, after carrying months outside 1..12 into the year."""
    year, month_number = shift_month(year, month_number, 0)
    return f"{year:04d}-{month_number:02d}"


def shift_month(year: int, month_number: int, by: int) -> tuple[int, int]:
    """The (year, month) ``by`` months away; ``by`` may be negative."""
    index = year * 12 + month_number - 1 + by
    return index // 12, index % 12 + 1


def week(d: date, by: int = 0) -> str:
    """The ISO week holding ``d``, moved ``by`` weeks: ``1998-W05``."""
    year, number, _ = (d + timedelta(weeks=by)).isocalendar()
    return f"{year:04d}-W{number:02d}"


def weekend(d: date) -> str:
    """The weekend a news story on ``d`` means: the coming one from Friday on, else the one just past."""
    return week(d, 0 if d.isoweekday() >= 5 else -1) + "-WE"


def quarter_of(d: date) -> int:
    """1..4."""
    return (d.month - 1) // 3 + 1


def quarter(year: int, number: int) -> str:
    """``1998-Q3``, carrying quarters outside 1..4 into the year."""
    index = year * 4 + number - 1
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def weekday_near(anchor: date, weekday: int, future: bool) -> date:
    """The day named ``weekday`` (0 = Monday) a story dated ``anchor`` most likely means.

    News names days of the current week: the last such day on or before the anchor for past
    events, the next one on or after it for what is expected.
    """
    delta = (weekday - anchor.weekday()) % 7
    if future:
        return anchor + timedelta(days=delta)
    return anchor - timedelta(days=(7 - delta) % 7)


def nearest_year(
    anchor: date, month_number: int, day_number: int | None = None, *, future: bool = False
) -> int:
    """The year that puts ``month[/day]`` closest to the anchor (a December date in a January story
    is last year's), leaning to the past: news reports what happened, so a date more than
    ``LEAD_DAYS`` ahead is read as past unless the clause looks ahead, and then a day or month
    that was over more than ``PAST_GRACE_DAYS`` before the anchor is next year's.
    """
    best_year, best_gap = anchor.year, None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            when = date(year, month_number, day_number or 15)
        except ValueError:
            continue
        ahead = (when - anchor).days
        last = when if day_number else date(year + month_number // 12, month_number % 12 + 1, 1) - timedelta(days=1)
        if (future and (last - anchor).days < -PAST_GRACE_DAYS) or (not future and ahead > LEAD_DAYS):
            continue
        gap = abs(ahead)
        if best_gap is None or gap < best_gap:
            best_year, best_gap = year, gap
    return best_year


def season_year(anchor: date, season: str, direction: int) -> int:
    """The year of last (-1), this (0) or next (+1) ``season`` seen from the anchor.

    "Last spring" is the previous year's spring even in October, as news (and TimeBank) use it.
    """
    first = SEASON_MONTHS[season][0]
    if direction < 0:
        return anchor.year - 1
    if direction > 0:
        return anchor.year if first > anchor.month else anchor.year + 1
    return anchor.year


def valid_day(year: int, month_number: int, day_number: int) -> date | None:
    """The date, or None when the day does not exist in that month."""
    try:
        return date(year, month_number, day_number)
    except ValueError:
        return None


def nth_weekday(year: int, month_number: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` (0 = Monday) of a month, e.g. Thanksgiving as the 4th Thursday of November."""
    first = date(year, month_number, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
