"""Small wording rules shared by the views, so print, Markdown, HTML and the TUI agree.

Dates in a brief are TimeML values (``2024-03-14TAF``, ``2024-W01``, ``XXXX-08``); they stay so in
the data, where they sort and compare, and every view words them for people through
:func:`date_words` and :func:`when`.  This module imports nothing heavy: it is on the fast path.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from briefing.patterns import regex

if TYPE_CHECKING:
    from briefing.brief import Brief, Conflict, Source

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
#: A part of the day standing alone in TimeML means the one of the day spoken from.
_PARTS_ALONE = {"MO": "this morning", "AF": "this afternoon", "EV": "this evening", "NI": "tonight", "DT": "today"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_HALVES = {"1": "first half", "2": "second half"}
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
_DURATION_UNITS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "DE": "decade", "CE": "century", "WE": "weekend"}

#: Qualifier words that open a period's wording, and how they read before it.
_MODS = {
    "early": "early {}",
    "mid": "mid-{}",
    "late": "late {}",
    "start": "the start of {}",
    "end": "the end of {}",
    "about": "about {}",
    "earlier": "earlier in {}",
    "later": "later in {}",
}
_LEAD_WORDS = {"expected": "expected", "planned": "planned for"}
_LEADS = tuple(_LEAD_WORDS)

_VALUE = regex(
    r"(?P<year>\d{4}|XXXX)"
    r"(?:-(?:(?P<month>\d\d|XX)(?:-(?P<day>\d\d|XX))?"
    r"|W(?P<week>\d\d|XX)(?:-(?P<weekday>[1-7])|-(?P<weekend>WE))?"
    r"|Q(?P<quarter>[1-4X])|H(?P<half>[12X])|(?P<season>SP|SU|FA|WI)))?"
    r"(?:T(?:(?P<part>MO|AF|EV|NI|DT)|(?P<clock>\d\d:\d\d)))?"
)


def number(value: float | None) -> str:
    """A figure's value for people: ``2,500,000,000``, ``4``, ``12.5``; an em dash when unknown."""
    if value is None:
        return "—"
    if float(value).is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def day(iso: str) -> str:
    """An ISO calendar day as people write it, ``14 Mar 2024``; other text is returned as it is."""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return _day(d)


def _day(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}"


def date_words(value: str) -> str:
    """A TimeML value in words: "14 Mar 2024, afternoon", "week of 1 Jan 2024", "August (year not
    given)", "the 1990s".  A value this does not know is returned unchanged rather than guessed at."""
    if value in _REFS:
        return _REFS[value]
    duration = re.fullmatch(r"P(\d+)(DE|CE|WE|[DWMQY])", value)
    if duration:
        count, unit = int(duration.group(1)), _DURATION_UNITS[duration.group(2)]
        return f"a {unit}" if count == 1 else f"{count} {unit}s"
    alone = re.fullmatch(r"T(MO|AF|EV|NI|DT)", value)
    if alone:
        return _PARTS_ALONE[alone.group(1)]
    if re.fullmatch(r"\d{2,3}", value):
        return f"the {value}{'0' * (4 - len(value))}s"
    m = _VALUE.fullmatch(value)
    if m is None:
        return value
    words, missing = _period(m)
    if m["part"] or m["clock"]:
        extra = _PARTS[m["part"]] if m["part"] else m["clock"]
        if missing == "day":
            return f"{extra} (date not given)"
        words = f"{words} {extra}" if words in _WEEKDAYS else f"{words}, {extra}"
    if words and missing in ("year", "date"):
        return f"{words} ({missing} not given)"
    if missing:
        return f"{missing} not given"
    return words


def _period(m: re.Match[str]) -> tuple[str, str | None]:
    """The wording of a value's date part, and what it lacks: None (nothing), "year" (a month,
    quarter or season without its year), "date" (a weekday without its week), or the unit that
    is wholly unknown ("day", "week", "month", "quarter", "year")."""
    year = m["year"]
    known_year = year != "XXXX"
    if m["week"] is not None:
        if not known_year or m["week"] == "XX":
            if m["weekday"]:
                return _WEEKDAYS[int(m["weekday"]) - 1], "date"
            return "", "weekend" if m["weekend"] else "week"
        monday = _iso_monday(int(year), int(m["week"]))
        if monday is None:
            return m.group(0), None
        if m["weekend"]:
            return f"weekend of {_day(monday + timedelta(days=5))}", None
        if m["weekday"]:
            return _day(monday + timedelta(days=int(m["weekday"]) - 1)), None
        return f"week of {_day(monday)}", None
    if m["quarter"] is not None:
        if m["quarter"] == "X":
            return "", "quarter"
        return (f"Q{m['quarter']} {year}", None) if known_year else (f"Q{m['quarter']}", "year")
    if m["half"] is not None:
        if m["half"] == "X":
            return "", "half-year"
        return (f"{_HALVES[m['half']]} of {year}", None) if known_year else (_HALVES[m["half"]], "year")
    if m["season"] is not None:
        season = _SEASONS[m["season"]]
        return (f"{season} {year}", None) if known_year else (season, "year")
    month, dday = m["month"], m["day"]
    if month is None:
        return (year, None) if known_year else ("", "year")
    if month == "XX":
        return "", "month" if dday is None else "day"
    if not 1 <= int(month) <= 12:
        return m.group(0), None
    name = _MONTHS[int(month) - 1]
    if dday is None:
        return (f"{name} {year}", None) if known_year else (name, "year")
    if dday == "XX":
        return (f"a day in {name} {year}", None) if known_year else (f"a day in {name}", "year")
    if not known_year:
        return f"{int(dday)} {name}", "year"
    try:
        return _day(date(int(year), int(month), int(dday))), None
    except ValueError:
        return m.group(0), None


def _iso_monday(year: int, week: int) -> date | None:
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def when(value: str, qualifier: str | None = None) -> str:
    """A dated item's time for people: the value in words with its qualifier worked in.

    "late 2017", "expected before the end of 2019", "mid-March 2024", "since 14 Mar 2024"; the
    qualifier's words appear once, however the article put them.
    """
    words = date_words(value)
    if not qualifier:
        return words
    parts = qualifier.lower().split()
    lead = [p for p in parts if p in _LEADS]
    rest = [p for p in parts if p not in _LEADS]
    mod = next((p for p in rest if p in _MODS), None)
    signal = " ".join(p for p in rest if p != mod)
    if mod:
        words = _MODS[mod].format(words)
    if signal:
        words = f"{signal} {words}"
    return " ".join([*(_LEAD_WORDS[w] for w in lead), words])


def said_differently(said: str, shown: str) -> bool:
    """Whether the article's words ``said`` tell the reader more than the wording ``shown``.

    They are left out when they are the same words, case and punctuation aside, so "late 2017"
    is not followed by "late 2017" again.
    """
    def key(text: str) -> str:
        return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())

    return bool(said.strip()) and key(said) != key(shown) and key(said) not in key(shown)


def event_when(value: str, qualifier: str | None, said: str) -> tuple[str, str]:
    """A timeline entry's date in words, and the article's own words for it when they add to them
    (else ""): ``("4 Mar 2024", "Monday")``, ``("late 2017", "")``.

    A value that places nothing ("last week" with no publication date is a week, which week not
    known) is shown in the article's words, as a person would quote it: ``("last week (date not
    given)", "")``, not "week not given".
    """
    words = " ".join(said.split())
    if words and _places_nothing(value):
        return f"{words} (date not given)", ""
    shown = when(value, qualifier)
    return shown, said if said_differently(said, shown) else ""


def _places_nothing(value: str) -> bool:
    """Whether a TimeML value names a unit of time but no date, week, month or year to put it in."""
    m = _VALUE.fullmatch(value)
    if m is None:
        return False
    words, missing = _period(m)
    return not words and missing is not None


def measure_of(unit: str | None, measure: str | None) -> str | None:
    """What a figure measures, left out when it only repeats its unit ("people" counting people)."""
    if not measure or (unit and measure.casefold().strip() == unit.casefold().strip()):
        return None
    return measure


#: How far into the article a dated line still counts as its dateline.
DATELINE_WITHIN = 400


def publication(published: str | None, dates: list[tuple[int, str]]) -> str:
    """The brief's date for its header: the publication date when given, else the first full
    day the article states near its top (its dateline), which is also what the compiler
    anchored "yesterday" and "on Friday" to; "publication date unknown" when there is neither."""
    if published:
        return f"published {day(published)}"
    for start, value in dates:
        if start > DATELINE_WITHIN:
            break
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return f"dated {day(value)} in the text"
    return "publication date unknown"


#: Why the actors stand in the order they do (the compiler ranks them by salience, not by count).
ACTOR_ORDER = "most prominent first (mentions, and how early)"


def source_numbers(brief: Brief) -> dict[str, int]:
    """Source id -> its number as the reader sees it (1, 2, ...); empty for a one-article brief,
    whose items need no source tags."""
    if len(brief.sources) < 2:
        return {}
    return {s.id: k for k, s in enumerate(brief.sources, 1)}


def source_tag(ids: list[str], numbers: dict[str, int]) -> str:
    """The footnote-like tag of an item's sources, ``[1]`` or ``[1, 3]``; empty without numbers."""
    shown = sorted({numbers[i] for i in ids if i in numbers})
    return f"[{', '.join(map(str, shown))}]" if shown else ""


def source_line(source: Source) -> str:
    """One line naming a source for people: its title, then where it came from and when."""
    facts = [source.site, source.author, day(source.published) if source.published else None, source.url or source.path]
    head = source.title or source.url or source.path or source.id
    rest = [f for f in facts if f and f != head]
    return " · ".join([head, *rest])


def claim_lines(conflict: Conflict, numbers: dict[str, int]) -> list[str]:
    """Each side of a disagreement as ``text [n]``."""
    return [f"{claim.text} {source_tag([claim.source], numbers)}".rstrip() for claim in conflict.claims]


def shown_bounds(text: str) -> tuple[int, int]:
    """Where an article's text is shown from and to: its first and last lines that are not blank.

    Articles often open or end with blank lines of their own; a view that shows the text leaves
    them out but keeps its offsets into the whole text, so the evidence stays where it was.
    ``(0, 0)`` for a text with nothing but white space.
    """
    first = len(text) - len(text.lstrip())
    if first == len(text):
        return 0, 0
    start = text.rfind("\n", 0, first) + 1
    last = len(text.rstrip())
    end = text.find("\n", last)
    return start, len(text) if end < 0 else end

