"""Month and weekday names, their news-style abbreviations and numbers, and the seasons.

Names come from :mod:`calendar` (English as long as the program leaves ``LC_TIME`` at "C", which
Python does unless told otherwise); only what the standard library lacks is written here: "Sept",
the seasons and the TimeML season codes.
"""

from __future__ import annotations

import calendar

#: "January" ... "December".
MONTH_NAMES: tuple[str, ...] = tuple(calendar.month_name[1:])
#: Abbreviations written with a dot in news copy ("Jan.", "Sept."): May has none.
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(
    sorted({a for a in calendar.month_abbr[1:] if a not in MONTH_NAMES} | {"Sept"}, key=lambda a: (len(a), a), reverse=True)
)
#: Lower-case month name or abbreviation -> month number.
MONTH_NUMBERS: dict[str, int] = {
    **{name.lower(): i for i, name in enumerate(calendar.month_name) if name},
    **{abbr.lower(): i for i, abbr in enumerate(calendar.month_abbr) if abbr},
    "sept": 9,
}
#: "Monday" ... "Sunday".
WEEKDAY_NAMES: tuple[str, ...] = tuple(calendar.day_name)
#: Lower-case weekday -> number, Monday 0 (as :meth:`datetime.date.weekday`).
WEEKDAY_NUMBERS: dict[str, int] = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}
#: Lower-case months, their abbreviations and weekdays, for word look-ups.
MONTH_WORDS: frozenset[str] = frozenset(MONTH_NUMBERS)
WEEKDAY_WORDS: frozenset[str] = frozenset(WEEKDAY_NUMBERS)
#: Season -> TimeML season code.
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
