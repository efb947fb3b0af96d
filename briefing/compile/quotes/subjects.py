"""Runs of capitalised words that can name a speaker, read without a model.

The speaker pass needs them twice: to read the subject of a cue verb ("Democratic nominee
Hillary Clinton said" -> Hillary Clinton) and, when the actor pass knows no such person, to fall
back on the words of the text for pronouns and descriptions ("the spokesman" -> the last name
that stood after "spokesman").
"""

from __future__ import annotations

from briefing.compile.lexicon.heads import MODIFIED_NOUNS, TITLE_WORDS
from briefing.compile.lexicon.titles import TITLE_ABBREVIATIONS
from briefing.compile.lexicon.words import NAME_PARTICLES
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
_FUNCTION = frozenset(
    """of and or who whom whose which that also has have had was is were are will would could should
    may might must did does do can cannot later then previously recently once again repeatedly himself
    herself themselves reportedly in at on during after before from to with for by last this when
    while as but not never often the a an""".split()
)

_LEADING_STOP = frozenset(
    """the a an and but or so yet in on at as when while after before if this that these those it its he
    she they we i his her their our my your you us them then now still meanwhile however also asked
    speaking since until though although because for from with without by to of during despite
    according there here what who why how where which whose both all some many most several other
    another each every no not nor last next former""".split()
)



_ORG_WORDS = frozenset(
    """bank university college department ministry secretary board council institute school church
    museum society league association federation union academy court commission committee office
    state states republic kingdom house chamber""".split()
)
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


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
        while words and words[0].lower().rstrip(".") in _LEADING_STOP:
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
    if len(before) >= 2 and before[-1].lower() not in _ORG_WORDS:
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
        if word in _FUNCTION or word in CUE_VERBS:
            break
    return bool(words.group(2)) and not any(w in _FUNCTION or w in CUE_VERBS or w.endswith(("ed", "s")) for w in following)


def head_run(runs: list[NameRun]) -> NameRun | None:
    """The first run that is neither possessive nor a modifier of a common noun."""
    for run in runs:
        if not run.possessive and not run.modifier:
            return run
    return None


def bare_name(text: str) -> str:
    """A name without the titles in front of it ("Turkish President Recep Erdogan" -> "Recep Erdogan")."""
    words = text.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in _SUFFIXES:
        words.pop()
    titles = [i for i, w in enumerate(words[:4]) if w.lower().rstrip(".") in TITLE_WORDS]
    cut = titles[-1] + 1 if titles else 0
    if cut < len(words) - 1 and words[cut] == "of":
        cut += 2
    return " ".join(words[cut:]) if cut < len(words) else " ".join(words)
