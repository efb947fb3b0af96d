"""Name candidates: the words of a sentence and the runs of capitalised words that may be names.

Works on running text ("Lockheed Martin's jets") and on tokenised text alike ("Norfolk 's",
"U.S. , Chile"): a possessive is a flag on the word it belongs to, editors' brackets inside a name
("President [Joe] Biden") are stepped over, and lower-case connectors stay inside a run only
between two capitalised words ("Bank of England"; whether they may stay is the classifier's call).
"""

from __future__ import annotations

from typing import NamedTuple

from briefing.compile.lexicon.titles import NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS
from briefing.compile.lexicon.words import CONNECTORS, MODIFIER_TAILS
from briefing.patterns import regex

_TOKEN = regex(r"'s\b|'(?=\s|$)|[^\W\d_](?:[\w&]|[.'\-](?=\w))*\.?|\d(?:[\w]|[.,:/\-](?=\w))*|[^\w\s]")
_ABBREVIATIONS = frozenset(TITLE_ABBREVIATIONS) | NAME_ABBREVIATIONS | frozenset("inc corp ltd co no".split())
_DIGIT = regex(r"\d")
_NON_LETTERS = regex(r"[^\w]|[\d_]")
_PARTICLE_PREFIX = regex(r"^(?:al|el|ad|ash|as|at|az|bin|ibn|abu|d|o|mc|mac)['\-]?[A-Z]")


class Token(NamedTuple):
    """One word or mark; ``text`` without a trailing possessive, which sets ``possessive``.

    The shape flags are computed once when the token is made, since every rule reads them:
    ``capitalised`` (starts with a capital or a name particle before one, "al-Assad", and holds
    no digit), ``upper`` (all capitals, two letters or more: "NATO", "U.S."), ``compound_modifier``
    (a name fused with a lower-case word, "US-made": an adjective, not a name).

    An immutable named tuple rather than a frozen dataclass: a sentence makes one per word, and a
    frozen dataclass's ``__init__`` sets each field through ``object.__setattr__`` (five times the
    cost: 5% of compiling the seed).
    """

    start: int
    end: int
    text: str
    possessive: bool = False
    word: bool = False
    capitalised: bool = False
    upper: bool = False
    compound_modifier: bool = False


def _token(start: int, end: int, text: str, possessive: bool) -> Token:
    first = text[0]
    if not first.isalpha():
        return Token(start, end, text, possessive)
    if text.isalpha():
        capitalised = first.isupper()
        return Token(start, end, text, possessive, True, capitalised, capitalised and len(text) >= 2 and text.isupper())
    head, _, tail = text.rpartition("-")
    compound = bool(head) and tail.isalpha() and tail.islower() and head[0].isupper()
    digits = _DIGIT.search(text) is not None
    capitalised = not digits and not compound and (first.isupper() or _PARTICLE_PREFIX.match(text) is not None)
    letters = _NON_LETTERS.sub("", text)
    upper = len(letters) >= 2 and letters.isupper()
    return Token(start, end, text, possessive, True, capitalised, upper, compound)


def _syllable_pair(text: str) -> bool:
    """"Jong-un", "Jae-in", "Ki-moon": a hyphened given name of two short syllables, the second in
    lower case, after another capitalised word ("Kim Jong-un") -- a name, not a modifier like
    "US-made" or "Obama-era" (the tails of :data:`MODIFIER_TAILS`, participles in -ed)."""
    head, _, tail = text.partition("-")
    return (
        2 <= len(head) <= 5
        and head.isalpha()
        and head[1:].islower()
        and 1 <= len(tail) <= 4
        and tail.isalpha()
        and not tail.endswith("ed")
        and tail not in MODIFIER_TAILS
    )


#: Makes a Token from all eight fields in C, skipping the named tuple's Python-level ``__new__``:
#: the two shapes every sentence makes most of (a plain word, a mark) are built so.
_new = tuple.__new__


def tokenize(norm: str, start: int, end: int) -> list[Token]:
    """The tokens of ``norm[start:end]``; possessive endings ("'s", a lone "'") fold into the word before."""
    out: list[Token] = []
    for match in _TOKEN.finditer(norm, start, end):
        text = match.group()
        s, e = match.span()
        if text.isalpha():
            capitalised = text[0].isupper()
            upper = capitalised and len(text) > 1 and text.isupper()
            out.append(_new(Token, (s, e, text, False, True, capitalised, upper, False)))
            continue
        if len(text) == 1 and text != "'":  # a mark or a digit (a lone "'" may be a possessive)
            out.append(_new(Token, (s, e, text, False, False, False, False, False)))
            continue
        if text in ("'s", "'"):
            if out and out[-1].word and out[-1].end == s - (1 if norm[s - 1] == " " else 0):
                prev = out[-1]
                out[-1] = _token(prev.start, prev.end, prev.text, True)
                continue
            out.append(Token(s, e, text))
            continue
        possessive = False
        if text.endswith("'s") and len(text) > 2:
            text, e, possessive = text[:-2], e - 2, True
        stop = None
        if text.endswith(".") and len(text) > 1:
            core = text[:-1]
            if not (len(core) == 1 or "." in core or core.lower() in _ABBREVIATIONS):
                text, e, stop = core, e - 1, Token(e - 1, e, ".")
        token = _token(s, e, text, possessive)
        if token.compound_modifier and out and out[-1].capitalised and _syllable_pair(text):
            token = token._replace(capitalised=True, compound_modifier=False)
        out.append(token)
        if stop:
            out.append(stop)
    return out


def runs(tokens: list[Token]) -> list[list[int]]:
    """Index lists of maximal runs of capitalised words, connectors and brackets between them.

    A run ends after a possessive word and never ends on a connector or a bracket.
    """
    out: list[list[int]] = []
    current: list[int] = []
    pending: list[int] = []
    for i, tok in enumerate(tokens):
        if tok.capitalised:
            if current:
                current.extend(pending)
            current.append(i)
            pending = []
            if tok.possessive:
                out.append(current)
                current = []
            continue
        if current and (tok.text.lower() in CONNECTORS or tok.text in "[]") and not (
            tok.text == "[" and i + 1 < len(tokens) and not tokens[i + 1].capitalised
        ):
            pending.append(i)
            continue
        if current:  # (pending only fills while a run is open)
            out.append(current)
            current, pending = [], []
    if current:
        out.append(current)
    return [_trim(run, tokens) for run in out]


def _trim(run: list[int], tokens: list[Token]) -> list[int]:
    """Drop brackets at the edges that enclose nothing of the run."""
    while run and tokens[run[-1]].text in "[]":
        run = run[:-1]
    while run and tokens[run[0]].text in "[]":
        run = run[1:]
    return run
