"""Lines: a sentence's tokens and the layout facts that change how its names are read.

News text mixes running prose with lines that are not prose: all-capitals headlines, datelines
("OSLO 2001-03-04"), results tables ("Norwich 2 Exeter 1").  Each line is read once here; the
other actor modules only look at the flags.
"""

from __future__ import annotations

from briefing.compile.actors.names import Token, tokenize
from briefing.compile.doc import Sentence
from briefing.compile.lexicon.calendar_names import MONTH_WORDS
from briefing.compile.lexicon.gazetteer import fold
from briefing.patterns import regex
from briefing.records import dataclass

_DATE_START = regex(r"\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}|\(")


@dataclass(slots=True)
class Line:
    """A sentence's tokens and the facts about its layout that change how its names are read."""

    index: int
    tokens: list[Token]
    headline: bool
    table: bool
    first_word: int


def read_line(norm: str, index: int, sentence: Sentence) -> Line:
    """Tokenise sentence ``index`` and flag it as a headline (mostly capitals) or a table row.

    A table row has numbers and at most one lower-case word ("Norwich 2 Exeter 1"); a
    dateline is neither, whatever its capitals and digits.
    """
    tokens = tokenize(norm, sentence.start, sentence.end)
    dateline = is_dateline(tokens)
    words = upper = digits = lower = 0
    first_word = len(tokens)
    for i, t in enumerate(tokens):  # one pass: a sentence of a million marks is read once, not five times
        if t.word:
            if not words:
                first_word = i
            words += 1
            upper += t.upper or (len(t.text) == 1 and t.text.isupper())
            lower += t.text[0].islower()
        elif t.text[0].isdigit():
            digits += 1
    headline = words >= 2 and upper >= 0.7 * words and not dateline
    table = digits >= 1 and lower <= 1 and words > 0 and not dateline
    return Line(index, tokens, headline, table, first_word)


def is_dateline(tokens: list[Token]) -> bool:
    """"OSLO 2001-03-04", "TROY , Ohio 2001-03-04", "OSLO (Agency)" or "OSLO, March 6 (Agency)".

    A place in capitals opens the line; capitalised words and commas may follow; then a date
    (a month name with its day counts) or a parenthesis.
    """
    if not tokens or not tokens[0].upper:
        return False
    for i, tok in enumerate(tokens):
        if tok.text == "." and i > 1 and fold(tokens[i - 1].text) in MONTH_WORDS:
            continue
        if not (tok.capitalised or tok.upper or tok.text == ","):
            month_day = i > 1 and tok.text.isdigit() and len(tok.text) <= 2 and fold(tokens[i - 1 - (tokens[i - 1].text == ".")].text) in MONTH_WORDS
            return i > 0 and (month_day or bool(_DATE_START.match(tok.text)))
    return False


def sentence_capitals(lines: list[Line]) -> tuple[set[str], set[str]]:
    """Folded words written with a capital somewhere other than a line's first word, and those of
    them written so on their own: "in Central" names Central, "the European Central Bank" counts
    for the first set only.  Headlines tell nothing (their capitals are the style's)."""
    anywhere: set[str] = set()
    alone: set[str] = set()
    for line in lines:
        if line.headline:
            continue
        tokens = line.tokens
        for i, tok in enumerate(tokens):
            if i > line.first_word and tok.capitalised and not tok.upper:
                key = fold(tok.text)
                anywhere.add(key)
                after = tokens[i + 1] if i + 1 < len(tokens) else None
                if not tokens[i - 1].capitalised and not (after is not None and after.capitalised):
                    alone.add(key)
    return anywhere, alone
