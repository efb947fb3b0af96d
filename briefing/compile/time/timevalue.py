"""TimeML values for recognised expressions, resolved against a reference date and the context.

The reference is the publication date when known; without it, relative expressions keep an
unknown year (``XXXX-08`` for "late August", ``XXXX`` for "this year") rather than a guessed one.
The context carries what the story has said so far: the quarter under discussion (so "a year
earlier" in an earnings story is that quarter a year before, as TimeBank annotates it), the year
named earlier in the sentence ("sales in 1996 rose from a year earlier" is 1995) and whether the
clause looks ahead (a weekday in "will meet on Friday" is the coming one).

A month or day without a year takes the year nearest the reference date, leaning to the past
(measured on the development set: nearest-with-lean beats both plain nearest and strict
tense-based choices).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefing.compile.lexicon.calendar_names import SEASONS
from briefing.compile.lexicon.numbers import DECADE_WORDS, TENS_WORDS, UNIT_WORDS
from briefing.compile.time import timecalc as tc
from briefing.compile.time.timex import MONTHS, NUMBERS, ORDINALS, PARTS_OF_DAY, WEEKDAYS
from briefing.patterns import regex
from briefing.records import dataclass

MODS = {
    "early": "early", "earlier": "earlier", "late": "late", "later": "later", "mid": "mid",
    "the start of": "start", "the beginning of": "start", "the middle of": "mid", "the end of": "end",
    "the close of": "end", "around": "about", "about": "about", "approximately": "about",
    "nearly": "about", "almost": "about", "roughly": "about",
}
_PREPOSITION_BEFORE = regex(
    r"(?i:\b(?:in|since|until|till|by|from|through|of|during|before|after|to|and|or|between|early|late|mid|last|this|next)[\s-]+)$"
)
_NAME_AFTER = regex(r"\s+(?:[A-Z][a-z]|for\b|of\s+the\b)")
#: A weekday heading a name ("The Sunday Telegraph", "Monday Night Football"): a capitalised word follows.
_WEEKDAY_NAME_AFTER = regex(r"\s+[A-Z][a-z]")
#: A preposition or determiner that makes a weekday before a capitalised word a date all the same
#: ("on Sunday Mr Blair said", "last Friday President X").
_WEEKDAY_DATE_BEFORE = regex(
    r"(?i:\b(?:on|by|until|till|since|from|before|after|last|next|this|that|every|each|of|late|early|said|says"
    r"|his|her|its|their|our|my|your)\s+)$"
)
#: A word (or a possessive) right before a capitalised "Today" or "Tonight": the name of a programme
#: or paper ("BBC Radio 4's Today programme", "USA Today"), not the day.
_NAME_BEFORE = regex(r"(?:\w|'s)\s+$")
_SEASON_BEFORE = regex(r"\b(?:in|over|during|into|until|through|since|by)\s+$")
_PLURAL_AFTER = regex(r"\s+(?!was\b|is\b|has\b|as\b|levels\b|results\b|sales\b|earnings\b|figures\b)(?:[a-z]+s|people|men|women|children)\b")
#: A half of a match, not of a year ("a first-half penalty", "the second half of the game").
_GAME_PART_AFTER = regex(
    r"\s*(?:penalty|goal|try|tries|header|strike|equali[sz]er|winner|brace|hat-trick|substitut\w*|red\s+card"
    r"|display|fightback|comeback|onslaught|stoppage|injury|of\s+(?:the\s+)?(?:game|match|season|contest|final|tie))\b"
)
#: A half of a match told by what happened in it ("scored the winner in the second half").
_GAME_PART_BEFORE = regex(
    r"(?i:\b(?:scor(?:ed|es|ing)|goals?|penalt(?:y|ies)|equali[sz]ed|header|substitut\w*|kick-?off|half-?time"
    r"|the\s+break|minutes?|tries|try|wickets?|innings|the\s+(?:home|away)\s+side)\b)"
)
_YEAR_BEFORE = regex(
    r"(?i:\b(?:in|the|since|of|during|until|till|from|by|before|after|through|its|their|his|her|our|this|that)\s+|'s\s+)$"
)


@dataclass(slots=True)
class Context:
    """What values are resolved against: the reference date and what the story said before."""

    anchor: date | None
    future: bool = False
    quarter: tuple[int, int] | None = None
    sentence_year: int | None = None
    #: The year a relative expression earlier in the sentence named ("expects two cuts this year, the
    #: first in June"): a month or day without a year there is in it, whatever the tense says.
    relative_year: int | None = None

    def year_text(self, offset: int = 0) -> str:
        return f"{self.anchor.year + offset:04d}" if self.anchor else "XXXX"


def value(kind: str, m: re.Match[str], ctx: Context) -> str | None:
    """The TimeML value of match ``m`` of rule ``kind``, or None when it is not a date after all."""
    return _RESOLVERS[kind](m, ctx)


def mod(m: re.Match[str]) -> str | None:
    """The modifier word of a match: early, late, mid, start, end, about, ..."""
    groups = m.groupdict()
    pre = groups.get("pre") or groups.get("approx")
    if not pre:
        return None
    return MODS.get(" ".join(pre.lower().split()), "about")


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _year_for(ctx: Context, month_number: int, day_number: int | None = None) -> str:
    if ctx.relative_year is not None:
        return f"{ctx.relative_year:04d}"
    if ctx.anchor is None:
        return "XXXX"
    return f"{tc.nearest_year(ctx.anchor, month_number, day_number, future=ctx.future):04d}"


def _date_value(year: str, month_number: int, day_number: int) -> str | None:
    if year == "XXXX":
        return f"XXXX-{month_number:02d}-{day_number:02d}" if 1 <= day_number <= 31 else None
    when = tc.valid_day(int(year), month_number, day_number)
    return tc.day(when) if when else None


def _month_day(m: re.Match[str], ctx: Context) -> str | None:
    month_number, day_number = _month_number(m["mon"]), int(m["day"])
    if m["year"]:
        ctx.sentence_year = int(m["year"])
        return _date_value(m["year"], month_number, day_number)
    return _date_value(_year_for(ctx, month_number, day_number), month_number, day_number)


def _month_year(m: re.Match[str], ctx: Context) -> str | None:
    ctx.sentence_year = int(m["year"])
    return f"{m['year']}-{_month_number(m['mon']):02d}"


def _month_rel_year(m: re.Match[str], ctx: Context) -> str | None:
    year = ctx.year_text(_DIRECTIONS[m["rel"].lower()])
    return f"{year}-{_month_number(m['mon']):02d}"


def _iso(m: re.Match[str], ctx: Context) -> str | None:
    return _date_value(m["year"], int(m["mo"]), int(m["day"]))


def _slash(m: re.Match[str], ctx: Context) -> str | None:
    year = m["year"]
    if len(year) == 2:
        year = ("20" if int(year) < 30 else "19") + year
    if not 1 <= int(m["mo"]) <= 12:
        return None
    return _date_value(year, int(m["mo"]), int(m["day"]))


def _month(m: re.Match[str], ctx: Context) -> str | None:
    name = m["mon"]
    before = m.string[max(0, m.start() - 20) : m.start()]
    bare = not m["rel"] and not m["pre"]
    if bare and not _PREPOSITION_BEFORE.search(before):
        if name == "May" or _NAME_AFTER.match(m.string, m.end()):
            return None
    month_number = _month_number(name)
    rel = (m["rel"] or "").lower().split()
    if not rel:
        return f"{_year_for(ctx, month_number)}-{month_number:02d}"
    if ctx.anchor is None:
        return f"XXXX-{month_number:02d}"
    year = ctx.anchor.year
    if rel[-1] == "last" or rel[-1] == "past":
        year = year if month_number < ctx.anchor.month else year - 1
    elif rel[-1] in ("next", "coming"):
        year = year if month_number > ctx.anchor.month else year + 1
    return tc.month(year, month_number)


def _with_part(day_value: str, part: str | None) -> str:
    return f"{day_value}T{PARTS_OF_DAY[part.lower()]}" if part else day_value


def _weekday(m: re.Match[str], ctx: Context) -> str | None:
    if not (m["rel"] or m["pre"] or m["part"]) and _WEEKDAY_NAME_AFTER.match(m.string, m.end()):
        if not _WEEKDAY_DATE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
            return None
    weekday = WEEKDAYS[m["wd"].lower()]
    if ctx.anchor is None:
        return _with_part(f"XXXX-WXX-{weekday + 1}", m["part"])
    rel = (m["rel"] or "").lower().split()
    if rel and rel[-1] in ("last", "past"):
        when = tc.weekday_near(ctx.anchor - timedelta(days=1), weekday, future=False)
    elif rel and rel[-1] in ("next", "coming"):
        when = tc.weekday_near(ctx.anchor + timedelta(days=1), weekday, future=True)
    else:
        when = tc.weekday_near(ctx.anchor, weekday, future=ctx.future)
    return _with_part(tc.day(when), m["part"])


_DEIXIS_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "last": -1}


def _deixis(m: re.Match[str], ctx: Context) -> str | None:
    word = (m["word"] or m["this"]).lower()
    if m["word"] in ("Today", "Tonight") and _NAME_BEFORE.search(m.string, max(0, m.start() - 4), m.start()):
        return None
    part = m["part"] or m["part2"] or ("night" if word == "tonight" else None)
    if word == "last" and (part is None or part.lower() != "night"):
        return None
    if ctx.anchor is None:
        return _with_part("XXXX-XX-XX", part)
    return _with_part(tc.day(ctx.anchor + timedelta(days=_DEIXIS_DAYS[word])), part)


_DIRECTIONS = {"last": -1, "previous": -1, "this": 0, "same": 0, "next": 1, "coming": 1, "following": 1, "past": -1}
_UNITS = {"week": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "weekend": "WE"}


def _relative(m: re.Match[str], ctx: Context) -> str | None:
    words = m["rel"].lower().split()
    unit = m["unit"].lower()
    if words[0] == "the" and words[-1] in ("past", "last", "coming", "next") and unit not in ("quarter", "weekend"):
        return f"P1{_UNITS.get(unit, 'Y')}" if unit in _UNITS else None
    if words[-1] == "same":
        return None
    direction = _DIRECTIONS[words[-1]]
    anchor = ctx.anchor
    if unit in SEASONS:
        if anchor is None:
            return f"XXXX-{SEASONS[unit]}"
        return f"{tc.season_year(anchor, SEASONS[unit], direction):04d}-{SEASONS[unit]}"
    if anchor is None:
        return {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX"}.get(unit, "XXXX")
    if unit == "week":
        return tc.week(anchor, direction)
    if unit == "weekend":
        return tc.week(anchor, direction) + "-WE"
    if unit == "month":
        return tc.month(*tc.shift_month(anchor.year, anchor.month, direction))
    if unit == "quarter":
        ctx.quarter = _shift_quarter(anchor.year, tc.quarter_of(anchor), direction)
        return tc.quarter(*ctx.quarter)
    if unit == "year":
        ctx.relative_year = anchor.year + direction
        return f"{anchor.year + direction:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + direction:03d}"
    return f"{anchor.year // 100 + direction:02d}"


def _shift_quarter(year: int, number: int, by: int) -> tuple[int, int]:
    index = year * 4 + number - 1 + by
    return index // 4, index % 4 + 1


def _weekend(m: re.Match[str], ctx: Context) -> str | None:
    return tc.weekend(ctx.anchor) if ctx.anchor else "XXXX-WXX-WE"


def _count(word: str) -> int | None:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _ago(m: re.Match[str], ctx: Context) -> str | None:
    direction = -1 if m["dir"].lower() in ("ago", "earlier") else 1
    n = _count(m["n"])
    if n is None:
        return "PAST_REF" if direction < 0 else "FUTURE_REF"
    unit = m["unit"].lower().rstrip("s")
    anchor = ctx.anchor
    if anchor is None:
        return {"day": "XXXX-XX-XX", "week": "XXXX-XX-XX", "month": "XXXX-XX"}.get(unit, "XXXX")
    by = n * direction
    if unit == "day":
        return tc.day(anchor + timedelta(days=by))
    if unit == "week":
        return tc.day(anchor + timedelta(weeks=by))
    if unit == "month":
        return tc.month(*tc.shift_month(anchor.year, anchor.month, by))
    if unit == "year":
        return f"{anchor.year + by:04d}"
    if unit == "decade":
        return f"{(anchor.year + 10 * by) // 10:03d}"
    return f"{(anchor.year + 100 * by) // 100:02d}"


def _quarter(m: re.Match[str], ctx: Context) -> str | None:
    number = ORDINALS[m["ord"].lower()]
    half = m["qunit"].lower() == "half"
    if half and number > 2 or not half and not number:
        return None
    if half and _GAME_PART_AFTER.match(m.string, m.end()):
        return None
    if half and _GAME_PART_BEFORE.search(m.string, max(0, m.start() - 60), m.start()):
        return None
    number = number or 2
    explicit = m["qyear"] or m["of"]
    rel = (m["qrel"] or m["ofrel"] or "").lower()
    anchor = ctx.anchor
    if explicit:
        year = int(explicit)
    elif anchor is None:
        return f"XXXX-{'H' if half else 'Q'}{number}"
    elif rel:
        year = anchor.year + _DIRECTIONS[rel]
    elif half:
        year = anchor.year
    else:
        year = _quarter_year(anchor, number, ctx.future)
    if half:
        return f"{year:04d}-H{number}"
    ctx.quarter = (year, number)
    return tc.quarter(year, number)


def _quarter_year(anchor: date, number: int, future: bool) -> int:
    """The year of a quarter named without one: the latest begun by the reference date.

    What is expected ("back to capacity by the third quarter") lies ahead, except the quarter just
    ended, whose results are still to come ("will report fourth-quarter results" in January).
    """
    current = tc.quarter_of(anchor)
    if future and number not in (current, (current - 2) % 4 + 1):
        return anchor.year if number > current else anchor.year + 1
    return anchor.year if number <= current else anchor.year - 1


def _q_quarter(m: re.Match[str], ctx: Context) -> str | None:
    """"Q3 2020", "2020 Q3", "H1": business shorthand for quarters and halves."""
    number = int(m["n"])
    if m["qh"] == "H" and number > 2:
        return None
    explicit = m["qyear"] or m["of"]
    if explicit:
        year = int(explicit)
    elif ctx.anchor is None:
        return f"XXXX-{m['qh']}{number}"
    elif m["qh"] == "H":
        year = ctx.anchor.year
    else:
        year = _quarter_year(ctx.anchor, number, ctx.future)
    if m["qh"] == "H":
        return f"{year:04d}-H{number}"
    ctx.quarter = (year, number)
    return tc.quarter(year, number)


def _year_period(m: re.Match[str], ctx: Context) -> str | None:
    """"The 1988 period" in an earnings story is the quarter under discussion, in that year."""
    year = int(m["year"])
    if ctx.quarter is None:
        return m["year"]
    return tc.quarter(year, ctx.quarter[1])


def _that_quarter(m: re.Match[str], ctx: Context) -> str | None:
    if "current" in m.group().lower() and ctx.anchor:
        ctx.quarter = (ctx.anchor.year, tc.quarter_of(ctx.anchor))
    if ctx.quarter is None:
        if ctx.anchor is None:
            return "XXXX-QX"
        ctx.quarter = _shift_quarter(ctx.anchor.year, tc.quarter_of(ctx.anchor), -1)
    return tc.quarter(*ctx.quarter)


def _year_ago(m: re.Match[str], ctx: Context) -> str | None:
    if ctx.quarter is not None:
        return tc.quarter(ctx.quarter[0] - 1, ctx.quarter[1])
    if ctx.sentence_year is not None:
        return f"{ctx.sentence_year - 1:04d}"
    return ctx.year_text(-1)


def _decade(m: re.Match[str], ctx: Context) -> str | None:
    if m["dec"]:
        return m["dec"][:3]
    digit = m["d2"] or str(DECADE_WORDS[m["dw"].lower()])
    return "19" + digit


def _century(m: re.Match[str], ctx: Context) -> str | None:
    number = int(m["c"])
    return f"{number - 1:02d}" if number >= 1 else None


def _season_year(m: re.Match[str], ctx: Context) -> str | None:
    return f"{m['year']}-{SEASONS[m['season'].lower()]}"


def _year(m: re.Match[str], ctx: Context) -> str | None:
    if not m["pre"] and not m["fiscal"]:
        before = m.string[max(0, m.start() - 12) : m.start()]
        if _PLURAL_AFTER.match(m.string, m.end()) and not _YEAR_BEFORE.search(before):
            return None
    ctx.sentence_year = int(m["year"])
    return m["year"]


def _spelled_year(m: re.Match[str], ctx: Context) -> str | None:
    if m["k"]:
        return "2000"
    year = 1900 + 10 * TENS_WORDS[m["tens"].lower()] + (UNIT_WORDS[m["unit"].lower()] if m["unit"] else 0)
    ctx.sentence_year = year
    return str(year)


def _year_end(m: re.Match[str], ctx: Context) -> str | None:
    return ctx.year_text()


def _season(m: re.Match[str], ctx: Context) -> str | None:
    """"In the summer": the latest summer begun by the publication date, or the next for what is expected."""
    if not _SEASON_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return None
    code = SEASONS[m["season"].lower()]
    if ctx.anchor is None:
        return f"XXXX-{code}"
    first = tc.SEASON_MONTHS[code][0]
    if ctx.future:
        year = ctx.anchor.year if first >= ctx.anchor.month else ctx.anchor.year + 1
    else:
        year = ctx.anchor.year if first <= ctx.anchor.month else ctx.anchor.year - 1
    return f"{year:04d}-{code}"


def _the_year(m: re.Match[str], ctx: Context) -> str | None:
    return ctx.year_text()


def _present(m: re.Match[str], ctx: Context) -> str | None:
    return "PRESENT_REF"


def _past(m: re.Match[str], ctx: Context) -> str | None:
    return "PAST_REF"


def _future(m: re.Match[str], ctx: Context) -> str | None:
    return "FUTURE_REF"


_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's": (1, 1),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14),
}
_FLOATING = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1), "election day": (11, 0, 1),
}


def _holiday(m: re.Match[str], ctx: Context) -> str | None:
    name = " ".join(m["hol"].lower().split())
    if name in _HOLIDAYS:
        month_number, day_number = _HOLIDAYS[name]
        return _date_value(_year_for(ctx, month_number, day_number), month_number, day_number)
    month_number, weekday, n = _FLOATING[name]
    year = _year_for(ctx, month_number, 20)
    if year == "XXXX":
        return f"XXXX-{month_number:02d}"
    when = tc.nth_weekday(int(year), month_number, weekday, n)
    return tc.day(when + timedelta(days=1) if name == "election day" else when)


def _time(m: re.Match[str], ctx: Context) -> str | None:
    if m["noon"]:
        clock = "12:00" if m["noon"].lower() == "noon" else "24:00"
    else:
        hour = int(m["h"])
        if not 1 <= hour <= 12:
            return None
        pm = m["ap"].lower() == "p"
        hour = (hour % 12) + (12 if pm else 0)
        clock = f"{hour:02d}:{m['mi'] or '00'}"
    day_value: str | None
    if m["dwd"]:
        day_value = _weekday_value(m["dwd"], ctx)
    elif m["deixis"]:
        word = m["deixis"].lower()
        day_value = tc.day(ctx.anchor + timedelta(days=_DEIXIS_DAYS[word])) if ctx.anchor else "XXXX-XX-XX"
    elif m["dmon"]:
        month_number, day_number = _month_number(m["dmon"]), int(m["dday"])
        day_value = _date_value(_year_for(ctx, month_number, day_number), month_number, day_number)
    else:
        day_value = tc.day(ctx.anchor) if ctx.anchor else "XXXX-XX-XX"
    return f"{day_value}T{clock}" if day_value else None


def _weekday_value(name: str, ctx: Context) -> str:
    weekday = WEEKDAYS[name.lower()]
    if ctx.anchor is None:
        return f"XXXX-WXX-{weekday + 1}"
    return tc.day(tc.weekday_near(ctx.anchor, weekday, future=ctx.future))


_RESOLVERS = {
    "time": _time,
    "month_day": _month_day,
    "day_month": _month_day,
    "month_year": _month_year,
    "month_rel_year": _month_rel_year,
    "iso": _iso,
    "slash": _slash,
    "month": _month,
    "weekday": _weekday,
    "deixis": _deixis,
    "relative": _relative,
    "weekend": _weekend,
    "year_ago": _year_ago,
    "ago": _ago,
    "quarter": _quarter,
    "q_quarter": _q_quarter,
    "year_period": _year_period,
    "that_quarter": _that_quarter,
    "decade": _decade,
    "century": _century,
    "season_year": _season_year,
    "year": _year,
    "spelled_year": _spelled_year,
    "year_end": _year_end,
    "season": _season,
    "the_year": _the_year,
    "present": _present,
    "past": _past,
    "future": _future,
    "holiday": _holiday,
}
