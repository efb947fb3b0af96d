"""Sentence topics: who each sentence is about, read from its grammatical subject.

News prose keeps one actor in focus for a stretch: "Dr Roe accused the minister of lying. "It is
a disgrace," she said." The "she" is the subject of the sentence before, not the last name the
reader met ("the minister").  Without a parser the subject is read the way a reader skims: past
an introductory word or clause ("However,", "In a statement on Monday,"), over titles, role words
and a determiner ("Party leader Cal Kent", "An angry Roe"), up to the first word that cannot be
part of the noun phrase (the main verb).  A pronoun or a description of a person there ("He",
"The 48-year-old") keeps the topic of the sentence before; a subject that is no person ("The
report", "Police") leaves the sentence's first free-standing person as its topic.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from briefing.compile.doc import Entity, Sentence, Span
from briefing.compile.lexicon.gazetteer import Gazetteer
from briefing.compile.lexicon.heads import TITLE_WORDS
from briefing.compile.lexicon.stopwords import DETERMINERS, OBJECT_PREPOSITIONS, OBJECT_VERBS
from briefing.compile.lexicon.tense import PRONOUN_GENDERS
from briefing.compile.lexicon.titles import GENDERED_TITLES
from briefing.compile.lexicon.words import (
    INTRO_ADVERBS,
    INTRO_OPENERS,
    PERSON_DESCRIPTION_NOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    TEAM_NOUNS,
    UNNAMED_SOURCES,
)
from briefing.compile.quotes.cues import CUE_VERBS
from briefing.patterns import regex
from briefing.records import dataclass

_TOKEN = regex(r"[^\W\d_][\w'’.-]*[\w]|[^\W\d_]|\d[\w-]*|[,;:]")
# Words after which a name is an object ("talks with Roe", "thanked Roe"), not free-standing.
_EMBEDDING = OBJECT_PREPOSITIONS | OBJECT_VERBS
_INTRO_REACH = 16
# How many words an unnamed source's description may take before its noun ("The prime minister's official spokesman").
_SOURCE_REACH = 6
_SOURCE_WORD = regex(r"\b(?:" + "|".join(sorted(UNNAMED_SOURCES)) + r")\b", re.I)


@dataclass(frozen=True, slots=True)
class Topic:
    """The actor ``entity`` (an index into the entities) is in focus from ``start`` on; or, with
    ``entity`` None, the unnamed speaker ``described`` ("an executive spokeswoman insisted ...")."""

    start: int
    entity: int | None
    described: Span | None = None


def sentence_topics(
    norm: str, sentences: list[Sentence], entities: list[Entity], quoted: Callable[[int], bool]
) -> list[Topic]:
    """One topic per sentence that names a person outside quotes, or whose subject is an unnamed
    source who speaks ("The minister's spokesman said ..."), in text order."""
    mentions = sorted(
        (m.start, m.end, k) for k, e in enumerate(entities) if e.kind in ("person", "group") for m in e.mentions
    )
    starts = [m[0] for m in mentions]
    out: list[Topic] = []
    for sentence in sentences:
        lo = bisect_left(starts, sentence.start)
        hi = bisect_left(starts, sentence.end)
        inside = [m for m in mentions[lo:hi] if not quoted(m[0])]
        if not any(entities[k].kind == "person" for _, _, k in inside) and not _SOURCE_WORD.search(
            norm, sentence.start, sentence.end
        ):
            continue
        words = [
            (t.start(), t.end(), t.group())
            for t in _TOKEN.finditer(norm, sentence.start, sentence.end)
            if not quoted(t.start())
        ]
        found = _subject(norm, words, inside, entities)
        if found is not None:
            out.append(found)
    return out


def _subject(
    norm: str, words: list[tuple[int, int, str]], inside: list[tuple[int, int, int]], entities: list[Entity]
) -> Topic | None:
    """The sentence's person subject, or its unnamed source subject that speaks; None when the
    topic carries on."""
    at = {s: (e, k) for s, e, k in inside}
    i = _after_intro(words)
    if i is None:
        return _free_person(norm, words, inside, entities)
    source = _unnamed_source(words, i, {s for s, _, _ in inside})
    if source is not None:
        return source
    capital = determiner = False
    lower = 0
    for j in range(i, len(words)):
        start, end, text = words[j]
        low = text.lower()
        if start in at:
            mention_end, k = at[start]
            if entities[k].kind == "group" and determiner:
                return None
            if entities[k].kind == "person":
                if norm.startswith(("'s", "’s", "' "), mention_end):
                    return _free_person(norm, words, inside, entities)
                return Topic(start, k)
            capital = True
            continue
        if low in PRONOUN_GENDERS:
            if j == i:
                return None
            break
        if low in DETERMINERS:
            determiner = True
            continue
        if text[0].isupper():
            capital = True
            continue
        if low in ROLE_NOUNS or low in TITLE_WORDS or low in TEAM_NOUNS or low in ROLE_MODIFIERS or "-" in low:
            continue
        if determiner and not capital and lower < 2 and not low.endswith("ly") and low not in CUE_VERBS:
            lower += 1
            continue
        break
    else:
        return None
    head = _head_before(words, j)
    if head is not None and _describes_person(head, determiner, capital):
        return None
    return _free_person(norm, words, inside, entities)


def _unnamed_source(words: list[tuple[int, int, str]], i: int, mentioned: set[int]) -> Topic | None:
    """``A Green party source told ...``, ``The minister's official spokesman said ...``: a subject
    of a few words ending in an unnamed source's noun right before a cue verb; a person named in
    it only as the owner ("Mr Roe's spokesman") is not the subject."""
    person = False
    for m in range(i, min(len(words) - 1, i + _SOURCE_REACH)):
        start, _, text = words[m]
        if text in (",", ";", ":") or text.lower() in PRONOUN_GENDERS:
            return None
        person = (person or start in mentioned) and not text.endswith(("'s", "’s"))
        if text.lower() in UNNAMED_SOURCES and words[m + 1][2].lower() in CUE_VERBS and not person:
            return Topic(words[i][0], None, (words[i][0], words[m][1]))
    return None


def _after_intro(words: list[tuple[int, int, str]]) -> int | None:
    """Index of the first word after an introductory word or clause; None when the clause runs on."""
    if not words:
        return None
    first = words[0][2].lower()
    if first in INTRO_ADVERBS:
        return 2 if len(words) > 1 and words[1][2] == "," else 1
    if first in INTRO_OPENERS:
        for j in range(1, min(len(words), _INTRO_REACH)):
            if words[j][2] == ",":
                return j + 1
        return None
    return 0


def _head_before(words: list[tuple[int, int, str]], j: int) -> str | None:
    """The last word of the noun phrase that ends before word ``j``."""
    return words[j - 1][2] if j > 0 and words[j - 1][2] not in ",;:" else None


def _describes_person(head: str, determiner: bool, capital: bool) -> bool:
    """Whether a subject's head word describes a person: a role ("the minister"), an age ("the
    48-year-old"), a described newcomer or a capitalised epithet ("the Scot")."""
    low = head.lower()
    if low in ROLE_NOUNS or low in TITLE_WORDS or low in TEAM_NOUNS or low in PERSON_DESCRIPTION_NOUNS:
        return True
    if low.endswith("-old"):
        return True
    return determiner and capital and head[0].isupper()


def _free_person(
    norm: str, words: list[tuple[int, int, str]], inside: list[tuple[int, int, int]], entities: list[Entity]
) -> Topic | None:
    """The sentence's first person that speaks ("..., Lord Roe said") or, failing that, the first
    that stands free (not after a preposition or an object verb, not a possessive)."""
    people = [(s, e, k) for s, e, k in inside if entities[k].kind == "person"]
    index = {w[0]: n for n, w in enumerate(words)}
    free: Topic | None = None
    for s, e, k in people:
        n = index.get(s)
        if n is None:
            continue
        after = next((w for w in words[n + 1 :] if w[0] >= e), None)
        before = words[n - 1][2].lower() if n > 0 else ""
        if (after is not None and after[2].lower() in CUE_VERBS) or before in ("said", "says"):
            return Topic(s, k)
        if free is None and before not in _EMBEDDING and not norm.startswith(("'s", "’s", "' "), e):
            free = Topic(s, k)
    return free


def gender_of(norm: str, entity: Entity, gaz: Gazetteer) -> str:
    """"m", "f" or "" for a person: an honorific before a mention ("Ms Roe"), else the given name."""
    for mention in entity.mentions:
        before = norm[max(0, mention.start - 6) : mention.start].split()
        inner = mention.text.split()
        for word in ([before[-1]] if before else []) + inner[:1]:
            gender = GENDERED_TITLES.get(word.lower().rstrip("."))
            if gender:
                return gender
    words = entity.name.split()
    return gaz.gender(words[0]) if len(words) >= 2 else ""
