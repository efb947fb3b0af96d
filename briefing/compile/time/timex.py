"""Recognising temporal expressions: the TIMEX3 extents news text uses, as precompiled patterns.

Each rule is a pattern and the kind of value it carries; :mod:`briefing.compile.time.timevalue` turns a
match into a TimeML value.  Extents follow TimeML: modifiers that change the value belong to the
expression ("late August", "earlier this year", "two years ago", "the third quarter"), signal
words that only relate it to an event do not ("*before* the end of this year", "*in* June").

Month names and weekdays must be capitalised (or in capitals, except MAY and MARCH), so "may" the
verb and "march" the verb are never dates; bare years must stand alone, so "S-400", "$2019", "2,000" and "F-35" are not.
"""

from __future__ import annotations

import re

from briefing.compile.lexicon.calendar_names import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_NUMBERS,
    WEEKDAY_NAMES,
    WEEKDAY_NUMBERS,
)
from briefing.compile.lexicon.numbers import DECADE_WORDS, NUMBER_WORDS, TENS_WORDS, UNIT_WORDS
from briefing.patterns import regex
from briefing.records import dataclass

MONTHS = MONTH_NUMBERS
WEEKDAYS = WEEKDAY_NUMBERS
NUMBERS = {"a": 1, "an": 1, **NUMBER_WORDS, "hundred": 100, "a couple of": 2, "a dozen": 12}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": 0}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

_MONTH_FULL = "|".join(MONTH_NAMES)
_MONTH_ABBR = r"(?:" + "|".join(MONTH_ABBREVIATIONS) + r")\."
#: Month names in capitals (all-caps copy); MAY and MARCH are words in capitals too ("THOUSANDS MARCH").
_MONTH_CAPS = "|".join(m.upper() for m in MONTH_NAMES if m not in ("May", "March"))
#: Without its dot an abbreviation is a month only before a day number, and "Mar" not even there.
_MONTH_BARE = "|".join(a for a in MONTH_ABBREVIATIONS if a != "Mar")
MONTH = rf"(?P<mon>{_MONTH_FULL}|{_MONTH_CAPS}|{_MONTH_ABBR}|(?:{_MONTH_BARE})(?=\s+\d))"
_WEEKDAY_NAMES = "|".join(WEEKDAY_NAMES)
WEEKDAY = r"(?P<wd>" + _WEEKDAY_NAMES + "|" + "|".join(w.upper() for w in WEEKDAY_NAMES) + ")"
YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)(?![\w%]|[.,]\d)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\w%]|[.,:]\d)"
NUMBER = (
    r"(?P<n>\d+|a\s+couple\s+of|a\s+dozen|an?|"
    + "|".join(sorted((*NUMBER_WORDS, "hundred"), key=len, reverse=True))
    + r"|several|a\s+few|few|many)"
)

# A modifier that belongs to the expression (TIMEX3 "mod"): early/mid/late, the start/end of, about.
PRE = (
    r"(?:(?P<pre>(?i:early|earlier|late|later|mid|the\s+(?:start|beginning|middle|end|close)\s+of"
    r"|around|about|approximately|nearly|almost|roughly))(?:\s+|-))?"
)
_START = r"(?<![\w$'/.-])"


# Words every temporal expression contains at least one of.  Each rule only runs in windows around
# its own triggers, which keeps recognition fast: most of an article holds none.  Tokens are checked
# against sets rather than one large alternation, which the regex engine would try at every character.
TOKEN = regex(r"[A-Za-z]+(?:'s)?|\d+")
WINDOW = 45
_KINDS = ("MONTH", "WEEKDAY", "YEAR4", "SMALL")
_TRIGGERED_BY = {
    "time": "SMALL noon midnight",
    "month_day": "MONTH", "day_month": "MONTH", "month_year": "MONTH", "month_rel_year": "MONTH", "month": "MONTH",
    "iso": "YEAR4", "slash": "SMALL", "q_quarter": "SMALL", "weekday": "WEEKDAY", "century": "SMALL", "season_year": "YEAR4", "year": "YEAR4",
    "deixis": "today tonight tomorrow yesterday morning afternoon evening night",
    "relative": "week weekend month quarter year decade century summer fall autumn winter spring",
    "weekend": "weekend",
    "year_ago": "year",
    "ago": "ago earlier later now hence",
    "quarter": "quarter half",
    "year_period": "period quarter months",
    "that_quarter": "quarter months period",
    "decade": "YEAR4 SMALL " + " ".join(DECADE_WORDS),
    "spelled_year": "nineteen year",
    "year_end": "end",
    "season": "summer spring winter autumn",
    "the_year": "year",
    "present": "now current currently present presently nowadays days",
    "past": "recently lately recent past few several",
    "future": "future term coming upcoming next",
    "holiday": "christmas new thanksgiving election independence halloween valentine's labor",
}
_MONTH_TOKENS = frozenset(MONTH_NAMES) | frozenset(_MONTH_CAPS.split("|")) | frozenset(MONTH_ABBREVIATIONS)
_WEEKDAY_TOKENS = frozenset(name.capitalize() for name in WEEKDAYS) | frozenset(name.upper() for name in WEEKDAYS)
_WORD_TOKENS = frozenset(word for words in _TRIGGERED_BY.values() for word in words.split()) - set(_KINDS)


def trigger(token: str) -> str | None:
    """The trigger of a token: a kind (MONTH, WEEKDAY, YEAR4, SMALL), a lower-case trigger word, or None."""
    if token[0].isdigit():
        if len(token) <= 2:
            return "SMALL"
        return "YEAR4" if len(token) == 4 and 1500 <= int(token) <= 2099 else None
    lower = token.lower()
    if lower in _WORD_TOKENS:
        return lower
    if token.endswith("'s"):
        token, lower = token[:-2], lower[:-2]
    if token in _MONTH_TOKENS:
        return "MONTH"
    if token in _WEEKDAY_TOKENS:
        return "WEEKDAY"
    return lower if lower in _WORD_TOKENS else None


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern, the name of the value rule (in :mod:`timevalue`) that reads its groups, and the
    triggers (see :func:`trigger`) near which it can match."""

    kind: str
    pattern: re.Pattern[str]
    triggers: frozenset[str]


def _rule(kind: str, pattern: str) -> Rule:
    return Rule(kind, regex(pattern), frozenset(_TRIGGERED_BY[kind].split()))


RULES: tuple[Rule, ...] = (
    _rule(
        "time",
        rf"{_START}(?:(?P<approx>(?i:around|about|approximately|shortly\s+(?:before|after)))\s+)?"
        r"(?:(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>(?i:[ap]))\.?\s?(?i:m)\b\.?|(?<!high\s)(?<!High\s)(?P<noon>(?i:noon|midnight))\b)"
        r"(?:\s+(?P<tz>[ECMP][SD]?T|GMT|UTC|BST|CES?T))?"
        rf"(?:,?\s+(?:(?i:on)\s+)?(?:(?P<dwd>{_WEEKDAY_NAMES})"
        rf"|(?P<deixis>(?i:today|yesterday|tomorrow))|(?P<dmon>{_MONTH_FULL}|{_MONTH_ABBR})\s+(?P<dday>[0-3]?\d)\b))?",
    ),
    _rule(
        "month_day",
        rf"{_START}{PRE}(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?",
    ),
    _rule(
        "day_month",
        rf"{_START}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?",
    ),
    _rule(
        "month_year",
        rf"{_START}{PRE}{MONTH},?\s+(?:of\s+)?{YEAR}",
    ),
    _rule(
        "month_rel_year",
        rf"{_START}{PRE}{MONTH}\s+(?:of\s+)?(?P<rel>(?i:this|last|next))\s+year\b(?!-)",
    ),
    _rule("iso", r"(?<![\w-])(?P<year>(?:1[5-9]|20)\d\d)-(?P<mo>[01]\d)-(?P<day>[0-3]\d)(?![\d-]|[A-SU-Za-z])"),
    _rule("slash", r"(?<![\w/])(?P<mo>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)(?![\w/])"),
    _rule(
        "month",
        rf"{_START}{PRE}(?:(?P<rel>(?i:last|this|next|this\s+past|this\s+coming))\s+)?(?P<mon>{_MONTH_FULL}|{_MONTH_CAPS})\b(?!-)",
    ),
    _rule(
        "weekday",
        rf"{_START}{PRE}(?:(?P<rel>(?i:last|this|next|this\s+past|this\s+coming|coming))\s+)?{WEEKDAY}"
        rf"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?\b",
    ),
    _rule(
        "deixis",
        rf"{_START}{PRE}(?:(?P<word>(?i:today(?!'s)|tonight|yesterday|tomorrow))(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?"
        r"|(?P<this>(?i:this|last))\s+(?P<part2>(?i:morning|afternoon|evening|night)))\b",
    ),
    _rule(
        "relative",
        rf"{_START}{PRE}(?P<rel>(?i:last|this\s+past|this\s+coming|this|next|coming|previous|the\s+(?:past|last|coming|next|previous|following|same)))"
        r"\s+(?P<unit>week|weekend|month|quarter|year|decade|century|summer|fall|autumn|winter|spring)\b(?!-)",
    ),
    _rule("weekend", rf"{_START}(?P<unit>(?i:the\s+weekend))\b"),
    _rule(
        "year_ago",
        rf"{_START}(?i:(?P<a>an?|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?year-(?:earlier|ago)"
        r"(?:\s+(?:quarter|period|three\s+months))?|(?:the\s+)?(?:prior|previous)[\s-]year\s+(?:quarter|period))\b(?!-)",
    ),
    _rule(
        "ago",
        rf"{_START}(?:(?P<approx>(?i:about|nearly|almost|some|roughly|more\s+than|less\s+than|around|only|just))\s+)?"
        rf"(?i:{NUMBER})\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?|centuries))(?:\s+(?i:or\s+so))?"
        r"\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence))\b",
    ),
    _rule(
        "quarter",
        rf"{_START}(?i:(?:the\s+(?!(?:fiscal\s+)?(?:first|second|third|fourth)-))?(?:(?P<qyear>(?:19|20)\d\d)(?:'s)?\s+|(?P<qrel>this|last|next)\s+year's\s+)?"
        r"(?:fiscal\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last)[\s-]+(?:fiscal\s+)?(?P<qunit>quarter|half)"
        r"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<of>(?:19|20)\d\d)|(?P<ofrel>this|last|next)\s+year))?)(?![\w-])",
    ),
    _rule(
        "q_quarter",
        rf"{_START}(?:(?P<qyear>(?:19|20)\d\d)\s+)?(?P<qh>[QH])(?P<n>[1-4])(?:\s+(?:of\s+)?(?P<of>(?:19|20)\d\d))?\b",
    ),
    _rule(
        "year_period",
        rf"{_START}(?i:the\s+(?P<year>(?:19|20)\d\d)\s+(?:fiscal\s+)?(?:period|quarter|three\s+months))\b(?!-)",
    ),
    _rule(
        "that_quarter",
        rf"{_START}(?i:the\s+(?:latest|most\s+recent|recent|current|fiscal|same|just-ended|just\s+ended)?\s*"
        r"(?:quarter|three\s+months)|the\s+latest\s+period)\b(?!-)",
    ),
    _rule(
        "decade",
        rf"{_START}(?i:(?:the\s+)?(?:(?P<pre>early|mid|late)[\s-]+)?"
        r"(?:(?P<dec>(?:1[5-9]|20)\d0)'?s|'(?P<d2>\d)0'?s|(?P<dw>" + "|".join(DECADE_WORDS) + r")))\b",
    ),
    _rule(
        "century",
        rf"{_START}(?i:(?:the\s+)?(?:(?P<pre>early|mid|late)[\s-]+)?(?P<c>[12]?\d)(?:st|nd|rd|th)[\s-]+century)\b",
    ),
    _rule(
        "season_year",
        rf"{_START}{PRE}(?i:(?:the\s+)?(?P<season>summer|fall|autumn|winter|spring)(?:\s+of)?)\s+{YEAR}",
    ),
    _rule(
        "year",
        rf"{_START}{PRE}(?:(?P<fiscal>(?i:fiscal(?:\s+year)?)\s+|FY\s?))?(?P<year>(?:1[6-9]|20)\d\d)(?![\w%/]|[.,-]\d|\s?%)",
    ),
    _rule(
        "spelled_year",
        rf"{_START}(?i:(?:the\s+year\s+)?nineteen\s+(?P<tens>" + "|".join(TENS_WORDS) + ")"
        r"(?:[\s-](?P<unit>" + "|".join(UNIT_WORDS) + "))?|"
        r"(?P<k>the\s+year\s+two\s+thousand))\b",
    ),
    _rule("year_end", rf"{_START}(?i:(?P<pre>around\s+)?(?:year[-\s]end|year's\s+end))\b(?!-)"),
    _rule(
        "season",
        rf"{_START}(?:the\s+)?(?:(?P<pre>early|late|mid)[\s-]+)?"
        r"(?P<season>summer|spring|winter|autumn)\b(?!-)",
    ),
    _rule("the_year", rf"{_START}{PRE}(?i:the\s+(?:full\s+|current\s+|fiscal\s+)?year)\b(?![-'])"),
    _rule(
        "present",
        rf"{_START}(?i:(?P<word>now|currently|current|presently|at\s+present|nowadays|these\s+days|the\s+present))\b(?![-'])",
    ),
    _rule(
        "past",
        rf"{_START}(?i:(?P<word>(?:more\s+)?recently|lately|recent\s+(?:years|months|weeks|days|times|decades)|past\s+(?:years|decades)"
        r"|the\s+past(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|decade|century|week|month|year|day|quarter))"
        r"|(?:the\s+)?(?:past|last)\s+(?:few|several)\s+(?:years|months|weeks|days|quarters)))\b(?!-)",
    ),
    _rule(
        "future",
        rf"{_START}(?i:(?P<word>the\s+(?:near\s+|distant\s+)?future|the\s+(?:near|short)\s+term"
        r"|(?:the\s+)?(?:coming|next\s+few|upcoming)\s+(?:years|months|weeks|days|quarters)))\b(?![-'])",
    ),
    _rule(
        "holiday",
        rf"{_START}(?P<hol>Christmas(?:\s+(?:Eve|Day))?|New\s+Year's(?:\s+(?:Eve|Day))?|Thanksgiving(?:\s+Day)?"
        r"|Independence\s+Day|Halloween|Valentine's\s+Day|Labor\s+Day|Election\s+Day)(?!\w)",
    ),
)
