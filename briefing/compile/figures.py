"""Figures: money, percentages and counts, each with what it measures.

A figure is a number a reader would want to check: "$ 2.5 billion" (a contract), "12 percent",
"four S-400 batteries".  Money and percentages are recognised by their currency or percent sign
or word; a bare number only counts when a plural noun follows it ("38 runs", "dozens of
protesters"), which keeps out years, dates, clock times, model numbers (S-400, F-35), phone
numbers and ordinals.  The measure is the short noun phrase after the figure ("contract",
"S-400 batteries").  The same figure with the same measure said again by another rendition of the
story is kept once, with the evidence of every mention.
"""

from __future__ import annotations

import functools
import re

from briefing.compile.doc import FigureFound, Layout, Noise
from briefing.compile.lexicon import gazetteer
from briefing.compile.lexicon.currencies import SIGNS
from briefing.compile.lexicon.numbers import NUMBER_WORDS
from briefing.compile.lexicon.stopwords import MEASURE_ENDS
from briefing.compile.lexicon.units import DURATIONS, NOT_UNITS
from briefing.patterns import regex
from briefing.records import dataclass

_SMALL = NUMBER_WORDS
_SCALE = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "k": 1e3,
}
#: Vague plural amounts: "dozens of", "hundreds of", "thousands of" (value is the least they can mean).
_VAGUE = {"dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2000.0, "millions": 2e6, "billions": 2e9}

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WORD_NUMBER = "|".join(sorted(_SMALL, key=len, reverse=True))
_SCALES = "hundred|thousand|million|billion|trillion|mln|mn|bn|tn|m|b|k"

_PERCENT_AFTER = regex(r"[ \t]*%|[ \t]+(?:per[ \t]?cent|percent|percentage points?)\b", re.IGNORECASE)
#: The first number of a range whose second carries the sign ("between 4 and 5 percent").
_RANGE_PERCENT = regex(
    rf"[ \t]*(?:and|to|or|-)[ \t]*{_NUMBER}(?:[ \t]*%|[ \t]+(?:per[ \t]?cent|percent)\b)", re.IGNORECASE
)
_PARTS = regex(rf"([\d.,]+|[a-z]+)(?:[ \t]*+(?:-[ \t]*+)?({_SCALES}))?")
_NOUN_WORD = regex(r"[ \t]+(?:of[ \t]+)?([A-Za-z][\w'-]*)")
#: "12% of the vote": the measure is the noun after the determiner.
_OF_THE = regex(r"[ \t]+of[ \t]+(?:the|all|its|their|his|her|our|these|those)(?=[ \t])", re.IGNORECASE)

_MAX_MEASURE_WORDS = 3
_NAME_WORD = regex(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class _Money:
    """What reads money, built from the gazetteer's currency table on first use (so importing this
    module loads no table): ``amount`` finds every amount, a sign or an ISO code before it;
    ``names`` maps a currency name after it, of at most ``longest`` words, to its code."""

    amount: re.Pattern[str]
    #: The words right after an amount, as many as the longest currency name has.
    words_after: re.Pattern[str]
    names: dict[str, str]
    codes: frozenset[str]

    def after(self, norm: str, end: int, limit: int) -> tuple[int, str] | None:
        """The end and code of the longest currency name right after ``end`` ("Canadian dollars")."""
        words = self.words_after.match(norm, end, limit)
        if words is None:
            return None
        found = list(_NAME_WORD.finditer(words.group()))
        for k in range(len(found), 0, -1):
            name = " ".join(m.group().lower() for m in found[:k])
            code = self.names.get(name)
            if code is not None:
                return end + found[k - 1].end(), code
        return None


@functools.cache
def _money() -> _Money:
    table = gazetteer.load()
    signs = "|".join(re.escape(sign) for sign in sorted(SIGNS, key=lambda s: (-len(s), s)))
    return _Money(
        # One scan finds every amount; what follows it decides whether it is money, a percentage or a count.
        regex(
            # Any three capitals before the amount are read as a sign and checked against the codes
            # afterwards: an alternation of 136 codes tried at every offset cost ~2% of a compile.
            rf"(?:(?P<sign>{signs}|\b[A-Z]{{3}}(?=[ \t]))[ \t]?)?(?<![\w.,:/-])"
            rf"(?P<num>{_NUMBER}|(?i:{_WORD_NUMBER}|{'|'.join(_VAGUE)}))"
            rf"(?:[ \t]*+(?:-[ \t]*+)?(?P<scale>(?i:{_SCALES}))\b)?(?![\w:/-]|[.,]\d)"
        ),
        regex(rf"(?:[ \t]++[^\W\d_]++(?!\w)){{1,{max(len(name.split()) for name in table.currencies)}}}"),
        table.currencies,
        frozenset(table.currency_codes),
    )

Found = tuple[int, int, float | None, str | None]


def find_figures(layout: Layout, noise: Noise) -> list[FigureFound]:
    """Figures in article order with what they measure, one per distinct figure and measure."""
    norm, sentences = layout.norm, layout.sentences
    found: dict[tuple[str, str | None], FigureFound] = {}
    money = _money()
    for match in money.amount.finditer(norm):
        index = layout.sentence_at(match.start())
        if index < 0 or index in noise or match.end() > sentences[index].end:
            continue
        figure = _classify(norm, match, sentences[index].end)
        if figure is None:
            continue
        start, end, value, unit = figure
        measure = _measure(norm, end, sentences[index].end)
        if unit is None:
            if measure is None:
                continue
            unit = measure
        figure_text = " ".join(norm[start:end].split())
        key = (figure_text.lower(), measure.lower() if measure else None)
        if key in found:
            found[key].evidence.append((start, end))
        else:
            found[key] = FigureFound(figure_text, value, unit, [(start, end)], measure)
    return list(found.values())


def _classify(norm: str, match: re.Match[str], limit: int) -> Found | None:
    """Money (a sign or a currency word), a percentage, or a count of a plural noun; None otherwise."""
    start, end = match.start(), match.end()
    amount = norm[match.start("num") : end]
    money = _money()
    if match.group("sign"):
        sign = match.group("sign").upper()
        code = sign if sign in money.codes else SIGNS.get(sign)
        if code is not None:
            return start, end, _value(amount), code
        start = match.start("num")  # three capitals that are no currency's code ("ALL 12 members")
    percent = _PERCENT_AFTER.match(norm, end, limit)
    if not percent and not _is_year(amount) and _RANGE_PERCENT.match(norm, end, limit):
        return start, end, _value(amount), "percent"
    if percent:
        unit = "percentage points" if "point" in percent.group().lower() else "percent"
        return start, percent.end(), _value(amount), unit
    currency = money.after(norm, end, limit)
    if currency:
        return start, currency[0], _value(amount), currency[1]
    low = match.group("num").lower()
    if not match.group("scale") and (low == "one" or _is_year(amount)):
        return None
    if low in _VAGUE and not norm.startswith(" of ", end):
        return None
    measure = _measure(norm, end, limit)
    if measure is None or (low.isalpha() and _is_title(amount) and _is_title(measure.split()[0])):
        return None
    head = measure.split()[-1]
    if not _plural(head) or head.lower() in DURATIONS:
        return None
    return start, end, _value(amount), None


def _is_title(word: str) -> bool:
    """'Three Kings', 'Seven Dwarfs': a capitalised number word before a capitalised noun is a name."""
    return word[:1].isupper() and word[1:].islower()


def _is_year(amount: str) -> bool:
    """Four-digit numbers from 1000 to 2199 read as years ("in 2019", "2019 elections")."""
    return len(amount) == 4 and amount.isdigit() and 1000 <= int(amount) <= 2199


def _plural(word: str) -> bool:
    """A counted noun is plural ("batteries", "people"); the model in "S-400" is not its plural."""
    base = word.split("-")[-1] if word[:1].isupper() and "-" in word else word
    low = base.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "'s")) and len(low) > 2 or low in (
        "people", "children", "men", "women", "police", "staff", "cattle", "personnel", "troops", "feet", "sheep", "pence",
    )


def _measure(norm: str, start: int, end: int) -> str | None:
    """The noun phrase after a figure: up to three words, cut at a function word or punctuation."""
    words: list[str] = []
    of_the = _OF_THE.match(norm, start, end)
    cursor = of_the.end() if of_the else start
    while len(words) < _MAX_MEASURE_WORDS:
        m = _NOUN_WORD.match(norm, cursor, end)
        if not m or m.group(1).lower() in MEASURE_ENDS:
            break
        if words and m.group(0).lstrip().lower().startswith("of"):
            break
        words.append(m.group(1))
        cursor = m.end()
        if m.group(1).endswith("'") or _plural(m.group(1)):
            break
    if not words or words[0].lower() in NOT_UNITS:
        return None
    return " ".join(words)


def _value(amount: str) -> float | None:
    """'2.5 billion' -> 2.5e9, '$1.13bn' -> 1.13e9, 'four' -> 4, '1,200' -> 1200, 'dozens' -> 24."""
    m = _PARTS.fullmatch(amount.strip().lower())
    if not m:
        return None
    head, scale = m.group(1).replace(",", ""), m.group(2)
    if head in _VAGUE:
        return _VAGUE[head]
    value = float(_SMALL[head]) if head in _SMALL else float(head)
    return value * _SCALE[scale] if scale else value
