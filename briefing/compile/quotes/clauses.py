"""Clause windows around a cue: sentence starts, comma parts, asides and subordinate clauses.

The speaker pass reads a subject in the few words between a quote and its cue verb; these
helpers cut that stretch the way a reader does, without a parser: "Mr." and "U.S." end no
sentence, commas inside "(D-S.C.)" split nothing, a cue inside an open parenthesis reads its
subject there.
"""

from __future__ import annotations

import re

from briefing.compile.doc import Span
from briefing.compile.lexicon.calendar_names import MONTH_ABBREVIATIONS
from briefing.compile.lexicon.titles import NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS
from briefing.compile.lexicon.words import STATE_ABBREVIATIONS
from briefing.patterns import regex

_ABBREVIATIONS = (
    frozenset(TITLE_ABBREVIATIONS)
    | NAME_ABBREVIATIONS
    | frozenset(a.lower() for a in MONTH_ABBREVIATIONS)
    | frozenset(a.rstrip(".") for a in STATE_ABBREVIATIONS)
    | frozenset("u.s u.k u.n d.c no vs inc corp co ltd".split())
)
_SENTENCE_END = regex(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_SUBORDINATE = regex(r"\b(?:that|when|because|after|before|while|since|if|as|until)\s")
_ADVERB = regex(r"also|then|later|once|again|recently|previously|reportedly|has|had|have|would|will|\w+ly")


def sentence_cuts(norm: str, start: int, end: int) -> list[int]:
    """Offsets where a new sentence starts in ``start:end``; "Mr." and "U.S." do not end one.

    The look-ahead may read past ``end``: a sentence ended right before an opening quote mark
    at ``end`` still counts.
    """
    cuts = []
    for match in _SENTENCE_END.finditer(norm, start, min(len(norm), end + 2)):
        if match.start() >= end:
            break
        word = norm[max(start, match.start() - 6) : match.start()].split()
        if norm[match.start()] == "." and word and word[-1].lower().lstrip("(\"'") in _ABBREVIATIONS:
            continue
        if norm[match.start()] == "." and word and re.fullmatch(r"[A-Z]", word[-1]):
            continue
        cuts.append(match.end())
    return cuts


def comma_parts(norm: str, start: int, end: int) -> list[Span]:
    """Comma-separated parts of a window; commas inside parentheses ("(D-S.C.)") do not split."""
    parts: list[Span] = []
    depth = 0
    cursor = start
    for i in range(start, end):
        ch = norm[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in ",;-" and depth == 0 and (ch != "-" or norm[i - 1 : i] == " "):
            parts.append((cursor, i))
            cursor = i + 1
    parts.append((cursor, end))
    return [p for p in parts if norm[p[0] : p[1]].strip()]


def last_subordinate(norm: str, start: int, end: int) -> int | None:
    """Where the last subordinate clause before a cue begins ("an explosion that Roe described"):
    a name closing it right before the cue is that cue's subject."""
    found = None
    for match in _SUBORDINATE.finditer(norm, start, end):
        found = match.end()
    return found


def open_paren(norm: str, start: int, end: int) -> int | None:
    """The last "(" not closed before ``end``: a parenthesis the cue stands in ("(or, as X said")."""
    depth: list[int] = []
    for i in range(start, end):
        if norm[i] == "(":
            depth.append(i)
        elif norm[i] == ")" and depth:
            depth.pop()
    return depth[-1] if depth else None


def only_adverbs(norm: str, start: int, end: int) -> bool:
    """Whether only adverbs or auxiliaries stand between a name and the cue verb after it.

    Read word by word (each word whole, and a space before the cue): one pattern repeating over
    words that can match one stretch in several ways took exponential time on "recently recently ...".
    """
    stretch = norm[start:end]
    if stretch.strip() and not stretch[-1].isspace():
        return False
    return all(_ADVERB.fullmatch(word) for word in stretch.split())
