"""Words that introduce or close reported speech, shared by the quote and speaker passes.

Kept apart from both passes because the quote pass needs them to tell a quotation that is
attributed ("a fragment", he said) from a scare quote, and the speaker pass to find the subject.
"""

from __future__ import annotations

from briefing.compile.lexicon.speech import NOUN_LIKE_VERBS, SPEECH_NOUNS, SPEECH_VERB_FORMS
from briefing.patterns import regex
from briefing.records import dataclass

CUE_VERBS: frozenset[str] = SPEECH_VERB_FORMS - NOUN_LIKE_VERBS
"""Speech verb forms that cue a quote; base forms far more often nouns ("the state") are left out."""

_TOKEN = regex(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_PAIRS = {"according": "to", "put": "it"}
_INVERTED = frozenset(("Said", "Says", "According"))


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word or pair ("according to", "put it") at ``start:end``."""

    start: int
    end: int
    text: str


def find_cues(norm: str, start: int, end: int, *, running_text: bool = True) -> list[Cue]:
    """Cue words in ``norm[start:end]`` by word look-up (a set, not a regex alternation).

    In ``running_text`` a verb is a cue only in lower case, save the inverted "Said X:" and a
    sentence-opening "According to", so "United States" or "Wayne State" are not speech.
    """
    tokens = list(_TOKEN.finditer(norm, start, end))
    out: list[Cue] = []
    for i, token in enumerate(tokens):
        word = token.group()
        low = word.lower()
        if running_text and not word.islower() and word not in _INVERTED:
            continue
        pair = _PAIRS.get(low)
        if pair is not None:
            follower = tokens[i + 1] if i + 1 < len(tokens) else None
            if follower is not None and follower.group() == pair and follower.start() == token.end() + 1:
                out.append(Cue(token.start(), follower.end(), norm[token.start() : follower.end()]))
        elif low in CUE_VERBS:
            out.append(Cue(token.start(), token.end(), word))
    return out


def speech_words(norm: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets of every cue word or speech noun ("a statement", "his remarks") in ``start:end``.

    One pass over a stretch (a paragraph); callers ask whether a sentence holds one by bisection,
    so checking every quote's sentence stays linear however many quotes a sentence has.
    """
    stop = len(norm) if end is None else end
    found: list[int] = []
    tokens = list(_TOKEN.finditer(norm, start, stop))
    for i, token in enumerate(tokens):
        low = token.group().lower()
        pair = _PAIRS.get(low)
        if low in CUE_VERBS or low in SPEECH_NOUNS:
            found.append(token.start())
        elif pair is not None and i + 1 < len(tokens) and tokens[i + 1].group() == pair:
            found.append(token.start())
    return found
