"""Roles: the position a person holds, as the article words it, and the titles that stand for them.

A role is read from three places, in this order of trust: the title words in front of a name
inside its capitalised run ("Turkish Defense Minister Hulusi Akar"), a lower-case role noun just
before the name with its qualifiers ("Defense Ministry spokesman Jonathan Hoffman"), and an
apposition after a comma ("Alexander Mikheev, head of the Russian arms export company X").
"""

from __future__ import annotations

from briefing.compile.actors.names import Token
from briefing.compile.lexicon.gazetteer import Gazetteer
from briefing.compile.lexicon.words import FUNCTION_WORDS, ROLE_LEADERS, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_NOISE
from briefing.patterns import regex

_APPOSITION_STOP = frozenset(",;:.)(\"")
_ROLE_PREFIXES = frozenset("co vice ex deputy joint acting".split())
_MAX_APPOSITION = 18
_MAX_BEFORE = 6


def is_role_word(word: str, gaz: Gazetteer) -> bool:
    """A word that names a position ("minister", "spokesman", "Gen")."""
    low = word.lower().rstrip(".")
    prefix, _, rest = low.partition("-")
    if prefix in _ROLE_PREFIXES and rest:
        low = rest
    return low in ROLE_NOUNS or (low in gaz.titles and low not in TITLE_NOISE)


def before(tokens: list[Token], first: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """Span of a lower-case role phrase ending right before token ``first`` ("Ministry spokesman")."""
    if first == 0:
        return None
    if tokens[first - 1].text == "," and first >= 2:
        return _set_off(tokens, first - 1, gaz)
    last = tokens[first - 1]
    if last.capitalised or not last.word or not is_role_word(last.text, gaz):
        return None
    start = first - 1
    i = first - 2
    while i >= 0 and first - i <= _MAX_BEFORE:
        tok = tokens[i]
        low = tok.text.lower()
        if not tok.word or tok.possessive or low in ROLE_LEADERS or (low in FUNCTION_WORDS and low not in ROLE_MODIFIERS):
            break
        if not (tok.capitalised or is_role_word(tok.text, gaz) or low in ROLE_MODIFIERS):
            break
        start = i
        i -= 1
    return tokens[start].start, last.end


def _set_off(tokens: list[Token], comma: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """"The city's mayor, Ana Ruiz": a determined role phrase set off by a comma before the name."""
    span = before(tokens, comma, gaz)
    if span is None:
        return None
    start = next(i for i in range(comma - 1, -1, -1) if tokens[i].start == span[0])
    opener = tokens[start - 1] if start else None
    if opener is None or not (opener.possessive or opener.text.lower() in ROLE_LEADERS):
        return None
    return span


def apposition(tokens: list[Token], last: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """Span of ", head of the ... company X" after token ``last`` (without the commas)."""
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return None
    i = last + 2
    while i < len(tokens) and tokens[i].text.lower() in ROLE_LEADERS:
        i += 1
    head = i
    saw_role = False
    while i < len(tokens) and i - head < 4 and tokens[i].word:
        if is_role_word(tokens[i].text, gaz):
            saw_role = True
            break
        if not (tokens[i].capitalised or tokens[i].text.lower() in ROLE_MODIFIERS):
            break
        i += 1
    if not saw_role:
        return None
    end = i
    while end < len(tokens) and end - (last + 2) < _MAX_APPOSITION and tokens[end].text not in _APPOSITION_STOP:
        if tokens[end].text.lower() in ("who", "which", "said", "says", "told"):
            break
        end += 1
    if end < len(tokens) and tokens[end].text not in _APPOSITION_STOP:
        return None
    return tokens[last + 2].start, tokens[end - 1].end


_SPACES = regex(r"\s+")


def clean(text: str) -> str:
    """A role as shown: editors' brackets dropped, whitespace collapsed, no space before "'s"."""
    text = _SPACES.sub(" ", text.replace("[", "").replace("]", "")).strip()
    return text.replace(" 's", "'s").replace(" ,", ",")


def title_phrases(role: str, gaz: Gazetteer) -> list[str]:
    """Lower-case phrases that can stand for the holder: "the turkish president", "the president".

    Only short roles give title phrases; an apposition ("head of the ... company") is a
    description, not a title readers repeat.
    """
    words = [w for w in role.lower().split() if w not in ("then", "former", "acting")]
    if not words or len(words) > 4 or not is_role_word(words[-1], gaz):
        return []
    phrases = ["the " + " ".join(words)]
    if len(words) > 1:
        phrases.append("the " + words[-1])
    return phrases
