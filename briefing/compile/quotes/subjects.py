"""Runs of capitalised words that can name a speaker, read without a model.

The speaker pass needs them twice: to read the subject of a cue verb ("Democratic nominee
Hillary Clinton said" -> Hillary Clinton) and, when the actor pass knows no such person, to fall
back on the words of the text for pronouns and descriptions ("the spokesman" -> the last name
that stood after "spokesman").
"""

from __future__ import annotations

from briefing.compile.lexicon.heads import MODIFIED_NOUNS, TITLE_WORDS
from briefing.compile.lexicon.titles import TITLE_ABBREVIATIONS
from briefing.compile.lexicon.words import (
    CLAUSE_WORDS,
    NAME_PARTICLES,
    NAME_RUN_OPENERS,
    NAME_SUFFIXES,
    ORG_HEADS,
    PLACE_HEADS,
    ROLE_NOUNS,
)
from briefing.compile.quotes.cues import CUE_VERBS
from briefing.patterns import regex
from briefing.records import dataclass

_TITLE_ABBR = r"(?:" + "|".join(sorted((a.capitalize() for a in {*TITLE_ABBREVIATIONS, "st", "jr", "sr"}), key=lambda a: (-len(a), a))) + r")\."
_UPPER = "A-ZÀ-ÖØ-ÞĆČĐŁŃŚŠŹŻŽ"
_TOKEN = _TITLE_ABBR + rf"|[{_UPPER}]\.(?:[{_UPPER}]\.)*|[{_UPPER}][^\W_]*(?:-[^\W_]+|'(?!s\b)[^\W_]+)*"
# An editors' bracket may wrap any word of a name ("[Finance] Minister [Ann] Roe").
_WORD_IN_RUN = r"\[?(?:" + _TOKEN + r")\]?"
_RUN = regex(
    r"(?<![\w'.-])(?:" + _WORD_IN_RUN + r")(?:\s(?:(?:" + "|".join(sorted(NAME_PARTICLES | {"of"})) + r")\s)?(?:" + _WORD_IN_RUN + r"))*"
)
_NEXT_WORDS = regex(r" ((?:[a-z][a-z-]* ?){1,3})([A-Z])?")
# "X of Y" names a body, a place or an office when X is one of these ("Bank of Spain", "Secretary of State").
_OF_HEADS = ORG_HEADS | PLACE_HEADS | ROLE_NOUNS


@dataclass(frozen=True, slots=True)
class NameRun:
    """A run of capitalised words at ``start:end``; ``possessive`` and ``modifier`` disqualify a head."""

    start: int
    end: int
    text: str
    possessive: bool
    modifier: bool


def name_runs(norm: str, start: int, end: int) -> list[NameRun]:
    """Name runs in ``norm[start:end]``, leading function words ("But", "The") dropped."""
    out: list[NameRun] = []
    for match in _RUN.finditer(norm, start, end):
        s, e = match.start(), match.end()
        words = match.group().split()
        while words and words[0].lower().rstrip(".") in NAME_RUN_OPENERS:
            s = norm.index(words[0], s) + len(words[0])
            while s < e and norm[s].isspace():
                s += 1
            words.pop(0)
        if not words:
            continue
        e = _cut_of_place(norm, s, e)
        possessive = norm.startswith(("'s", "' ", " 's "), e)
        out.append(NameRun(s, e, norm[s:e], possessive, not possessive and qualifies_noun(norm, e, end)))
    return out


def _cut_of_place(norm: str, start: int, end: int) -> int:
    """End a person's name before "of <place>" ("Rep. Ann Roe of Ohio"), keep "Bank of Spain"."""
    cut = norm.find(" of ", start, end)
    if cut < 0:
        return end
    before = norm[start:cut].split()
    if len(before) >= 2 and before[-1].lower() not in _OF_HEADS:
        return cut
    return end


def qualifies_noun(norm: str, end: int, limit: int) -> bool:
    """Whether the run qualifies a noun after it: a role or group noun ("the Trump campaign",
    "Clinton aides"), or lower-case words leading on to another name ("Tulsa police Chief Roe")."""
    words = _NEXT_WORDS.match(norm, end, limit)
    if words is None:
        return False
    following = words.group(1).split()
    for word in following:
        if word in MODIFIED_NOUNS:
            return True
        if word in CLAUSE_WORDS or word in CUE_VERBS:
            break
    return bool(words.group(2)) and not any(w in CLAUSE_WORDS or w in CUE_VERBS or w.endswith(("ed", "s")) for w in following)


def head_run(runs: list[NameRun]) -> NameRun | None:
    """The first run that is neither possessive nor a modifier of a common noun."""
    for run in runs:
        if not run.possessive and not run.modifier:
            return run
    return None


def bare_name(text: str) -> str:
    """A name without the titles in front of it ("Turkish President Recep Erdogan" -> "Recep Erdogan")."""
    words = text.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in NAME_SUFFIXES:
        words.pop()
    titles = [i for i, w in enumerate(words[:4]) if w.lower().rstrip(".") in TITLE_WORDS]
    cut = titles[-1] + 1 if titles else 0
    if cut < len(words) - 1 and words[cut] == "of":
        cut += 2
    return " ".join(words[cut:]) if cut < len(words) else " ".join(words)
