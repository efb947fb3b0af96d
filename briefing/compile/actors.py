"""Actors: people, organisations, places and groups, each merged over all its surface forms.

Three steps, all linear in the article: every sentence's capitalised runs are cut into name
candidates and each gets a kind guess from its own words and its neighbours (titles, first names,
org suffixes, the gazetteer, prepositions, speech verbs); the document then settles each name's
kind by vote and folds short forms into the full names they shorten ("Erdogan" into "Recep
Tayyip Erdogan"); last, roles and title mentions ("the Turkish president") are attached and the
entities are ordered by salience.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from briefing.compile import gazetteer, roles
from briefing.compile.doc import Entity, Mention, Noise, Sentence
from briefing.compile.gazetteer import Gazetteer, fold
from briefing.compile.lexicon import (
    ADJECTIVE_ENDINGS,
    EVENT_SUFFIXES,
    FUNCTION_WORDS,
    MONTHS,
    NOT_PERSON_TITLES,
    NAME_PARTICLES,
    HOLDING_NOUNS,
    ORG_HEADS,
    ORG_NOUNS_AFTER,
    ORG_NOUNS_BEFORE,
    ORG_SUFFIXES,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    PLACE_SUFFIXES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TEAM_AFTER,
    TEAM_BEFORE,
    TEAM_NOUNS,
    TITLE_ACRONYMS,
    WEEKDAYS,
)
from briefing.compile.names import Token, runs, tokenize

STRONG, WEAK = 3, 1
_ROMAN = re.compile(r"^[IVX]+$")
_MODEL = re.compile(r"^[A-Z]{1,4}-?\d{1,4}[A-Za-z]*$")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
_CAMEL = re.compile(r"^(?!(?:Mc|Mac|De|Di|Du|La|Le|Van|Von|O)[A-Z])[A-Z][a-z]+[A-Z][a-z]")
_SCORE = re.compile(r"^\d{1,3}(?:-\d{1,3})?$")
_PLACE_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}
_NOISE_WEIGHT = 0.3
_END_OF_TEXT = 1 << 62
_SLUG = re.compile(r"[^a-z0-9]+")
_DATE_START = re.compile(r"\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}|\(")


@dataclass(slots=True)
class Found:
    """One name candidate: where it stands, its words and what the local evidence says it is."""

    start: int
    end: int
    words: tuple[str, ...]
    kind: str | None
    strength: int
    sentence: int
    role: tuple[int, int] | None = None
    country: str | None = None
    headline: bool = False
    fixed: bool = False

    @property
    def key(self) -> str:
        return fold(" ".join(self.words))


@dataclass(slots=True)
class _Line:
    """A sentence's tokens and the facts about its layout that change how its names are read."""

    index: int
    tokens: list[Token]
    headline: bool
    table: bool
    first_word: int


@dataclass(slots=True)
class _Group:
    kind: str
    found: list[Found] = field(default_factory=list)
    name: str = ""


def find_actors(norm: str, sentences: list[Sentence], noise: Noise) -> list[Entity]:
    """Entities with every mention, ordered by salience."""
    gaz = gazetteer.load()
    lines = [_line(norm, i, s) for i, s in enumerate(sentences)]
    mid_caps = _mid_sentence_capitals(lines)
    found: list[Found] = []
    for line in lines:
        if not line.headline:
            found.extend(_candidates(line, gaz, mid_caps))
    known = {f.key: f.kind for f in found if f.kind}
    known.update({fold(f.words[-1]): "person" for f in found if f.kind == "person" and len(f.words) > 1})
    for line in lines:
        if line.headline:
            found.extend(_headline_candidates(line, gaz, known))
    groups = _settle(found, gaz)
    return _entities(norm, groups, sentences, noise, gaz, lines)


def _line(norm: str, index: int, sentence: Sentence) -> _Line:
    tokens = tokenize(norm, sentence.start, sentence.end)
    words = [t for t in tokens if t.word]
    upper = sum(1 for t in words if t.upper or (len(t.text) == 1 and t.text.isupper()))
    headline = len(words) >= 2 and upper >= 0.7 * len(words) and not _dateline(tokens)
    digits = sum(1 for t in tokens if t.text[0].isdigit())
    lower = sum(1 for t in words if t.text[0].islower())
    table = digits >= 1 and lower <= 1 and bool(words) and not _dateline(tokens)
    first_word = next((i for i, t in enumerate(tokens) if t.word), len(tokens))
    return _Line(index, tokens, headline, table, first_word)


def _dateline(tokens: list[Token]) -> bool:
    """"OSLO 2001-03-04", "TROY , Ohio 2001-03-04" or "OSLO (Agency)".

    A place in capitals opens the line; capitalised words and commas may follow; then a date
    or a parenthesis.
    """
    if not tokens or not tokens[0].upper:
        return False
    for i, tok in enumerate(tokens):
        if not (tok.capitalised or tok.upper or tok.text == ","):
            return i > 0 and bool(_DATE_START.match(tok.text))
    return False


def _mid_sentence_capitals(lines: list[_Line]) -> set[str]:
    """Folded words written with a capital somewhere other than a line's first word."""
    out: set[str] = set()
    for line in lines:
        if line.headline:
            continue
        for i, tok in enumerate(line.tokens):
            if i > line.first_word and tok.capitalised and not tok.upper:
                out.add(fold(tok.text))
    return out


def _candidates(line: _Line, gaz: Gazetteer, mid_caps: set[str]) -> list[Found]:
    tokens = line.tokens
    out: list[Found] = []
    dateline = _dateline(tokens) and line.index < 3
    for tok in tokens:
        if tok.compound_modifier:
            out.extend(_modifier_head(tok, gaz, line))
    for run in runs(tokens):
        for segment in _segments(run, tokens, line, gaz, mid_caps):
            out.extend(_classify(segment, tokens, line, gaz, dateline and segment[0] == line.first_word))
    return out


def _modifier_head(tok: Token, gaz: Gazetteer, line: _Line) -> list[Found]:
    """The place or nationality inside "US-made" or "Russian-built"."""
    head = tok.text.rpartition("-")[0]
    key = fold(head)
    if key in gaz.demonyms:
        return [Found(tok.start, tok.start + len(head), (gaz.demonyms[key][1],), "group", STRONG, line.index)]
    place = gaz.place(key)
    if place and not gaz.is_common(head) or (place and head.isupper()):
        return [Found(tok.start, tok.start + len(head), (head,), "place", STRONG, line.index)]
    return []


def _segments(run: list[int], tokens: list[Token], line: _Line, gaz: Gazetteer, mid_caps: set[str]) -> list[list[int]]:
    """Cut a run at words that cannot be inside a name, and drop a disguised sentence opener."""
    parts: list[list[int]] = [[]]
    for i in run:
        tok = tokens[i]
        low = tok.text.lower()
        if low in MONTHS:
            cut = _month(tokens, i)
        else:
            cut = low in FUNCTION_WORDS or low in WEEKDAYS
        if tok.capitalised and not tok.upper and cut:
            parts.append([])
            continue
        if tok.capitalised and not tok.upper and low in TITLE_ACRONYMS:
            parts.append([])
            continue
        parts[-1].append(i)
    out = []
    for part in parts:
        part = _strip_connectors(part, tokens)
        if part and part[0] == line.first_word and not _place_start(part, tokens, gaz) and _opener(
            tokens[part[0]], len(part) > 1, gaz, mid_caps
        ):
            part = _strip_connectors(part[1:], tokens)
        out.extend(_split_connectors(part, tokens, gaz))
    return [p for p in out if p]


def _month(tokens: list[Token], i: int) -> bool:
    """A month name; "May", "March" and "August" also end names ("Theresa May"), so not after a capital."""
    low = tokens[i].text.lower().rstrip(".")
    if low not in MONTHS:
        return False
    if low not in ("may", "march", "august"):
        return True
    return i == 0 or not tokens[i - 1].capitalised


def _place_start(part: list[int], tokens: list[Token], gaz: Gazetteer) -> bool:
    """Whether the run opens with a place of two or three words ("United States", "New South Wales")."""
    for width in (3, 2):
        if len(part) >= width and fold(" ".join(tokens[i].text for i in part[:width])) in gaz.places:
            return True
    return False


def _opener(tok: Token, before_name: bool, gaz: Gazetteer, mid_caps: set[str]) -> bool:
    """A sentence's first word that is only capitalised because it comes first.

    A first name before another capitalised word ("Colin Reid said") is kept even when the
    dictionary also lists it as a word.
    """
    key = fold(tok.text)
    if key in FUNCTION_WORDS:
        return True
    if key in mid_caps or key in gaz.places or key in gaz.demonyms or tok.upper:
        return False
    if before_name and (key in gaz.first_names or _is_title(tok.text, gaz) or key in ROLE_MODIFIERS):
        return False
    return gaz.is_common(tok.text)


def _strip_connectors(part: list[int], tokens: list[Token]) -> list[int]:
    while part and not tokens[part[0]].capitalised:
        part = part[1:]
    while part and not tokens[part[-1]].capitalised:
        part = part[:-1]
    return part


def _split_connectors(part: list[int], tokens: list[Token], gaz: Gazetteer) -> list[list[int]]:
    """Keep "Bank of England" and "Ludwig van Beethoven" whole; cut "Turkey and Russia" in two."""
    if not part:
        return []
    pieces: list[list[int]] = [[part[0]]]
    joints: list[str] = []
    for i in part[1:]:
        tok = tokens[i]
        if tok.capitalised or tok.text in "[]":
            pieces[-1].append(i)
            continue
        if pieces[-1]:
            joints.append(tok.text.lower())
            pieces.append([])
    if len(pieces) == 1:
        return pieces
    merged: list[list[int]] = [pieces[0]]
    for joint, piece in zip(joints, pieces[1:], strict=True):
        if not piece:
            continue
        left_words = [tokens[j].text.lower() for j in merged[-1] if tokens[j].capitalised]
        right_words = [tokens[j].text.lower() for j in piece if tokens[j].capitalised]
        if _joins(joint, left_words, right_words, gaz):
            merged[-1] = merged[-1] + [j for j in range(merged[-1][-1] + 1, piece[0])] + piece
        else:
            merged.append(piece)
    return merged


def _joins(joint: str, left: list[str], right: list[str], gaz: Gazetteer) -> bool:
    if not left or not right:
        return False
    if joint == "of" and _is_title(left[-1], gaz) and len(right) >= 2:
        return any(w in gaz.first_names for w in right[1:])
    if joint in ("of", "for", "the", "on"):
        if left[-1] in ORG_HEADS or left[-1] in PLACE_HEADS:
            return True
        return left[-1] in ORG_SUFFIXES and not _major_place(" ".join(right), gaz)
    if joint in ("and", "&"):
        return joint == "&" or (left[0] in ORG_HEADS and (right[-1] in ORG_SUFFIXES or len(left) > 1))
    if joint == "in":
        return left[0] in ORG_HEADS and len(left) > 1 and gaz.place(" ".join(right)) is not None
    if joint in NAME_PARTICLES:
        return len(left) <= 2 and left[0] in gaz.first_names
    return False


def _classify(segment: list[int], tokens: list[Token], line: _Line, gaz: Gazetteer, dateline: bool) -> list[Found]:
    """The candidates in one segment: a title prefix comes off, a person glued to a place is cut."""
    idx = [i for i in segment if tokens[i].text not in "[]"]
    words = [tokens[i] for i in idx]
    if not words:
        return []
    prefix = _title_prefix(words, gaz)
    if prefix:
        found = _found(words[prefix:], "person", STRONG, line)
        found.role = (words[0].start, words[prefix - 1].end)
        found.start = _open_bracket(tokens, idx[prefix])
        return [found]
    nationality = _demonym_prefix(words, gaz)
    if nationality and _person_like(words[nationality:], gaz):
        groups = [g for w in words[:nationality] for g in _group_mentions(w, gaz, line)]
        return groups + [_found(words[nationality:], "person", STRONG, line)]
    glued = _glued_place(words, gaz)
    if glued:
        return _classify_words(idx[:glued], tokens, line, gaz) + _classify_words(idx[glued:], tokens, line, gaz)
    if dateline:
        found = _found(words, "place", STRONG, line)
        found.fixed = True
        return [found]
    return _classify_words(idx, tokens, line, gaz)


def _open_bracket(tokens: list[Token], index: int) -> int:
    """Start a name at an editors' bracket that opens it ("[Joe] Biden")."""
    if index > 0 and tokens[index - 1].text == "[":
        return tokens[index - 1].start
    return tokens[index].start


def _is_title(word: str, gaz: Gazetteer) -> bool:
    """A word that, in front of a name, makes it a person's ("President", "Gen.", "coach")."""
    low = word.lower().rstrip(".")
    if low in ROLE_NOUNS:
        return True
    return low in gaz.titles and low not in NOT_PERSON_TITLES and low not in ORG_SUFFIXES


def _title_prefix(words: list[Token], gaz: Gazetteer) -> int:
    """How many leading words are the holder's title, 0 if none.

    The name is the longest person-like tail that follows a title word ("Federal Reserve
    Governor | Lena Marsh", "[US] President | [Joe] Biden", "Mr | Smith"), or that starts
    with a given name after qualifiers ("State | Ana Ruiz").
    """
    for k in range(1, len(words)):
        rest = words[k:]
        if not _person_like(rest, gaz):
            continue
        if _is_title(words[k - 1].text, gaz):
            return k
        prefix = [w.text.lower().rstrip(".") for w in words[:k]]
        if _first_name(rest[0].text, gaz) and any(_is_title(w, gaz) or w in ROLE_MODIFIERS for w in prefix):
            return k
    return 0


def _demonym_prefix(words: list[Token], gaz: Gazetteer) -> int:
    """How many leading words are nationalities before a first name ("Australian Tom Moody")."""
    count = 0
    while count < len(words) - 1 and fold(words[count].text) in gaz.demonyms:
        count += 1
    if count and fold(words[count].text) in gaz.first_names:
        return count
    return 0


def _person_like(words: list[Token], gaz: Gazetteer) -> bool:
    """Words that can be a person's name: no org suffix, not a known place, not a title or function word."""
    low = [w.text.lower() for w in words]
    key = fold(" ".join(w.text for w in words))
    if low[-1] in ORG_SUFFIXES or low[-1] in EVENT_SUFFIXES or low[-1] in PLACE_SUFFIXES or len(words) > 4:
        return False
    if key in gaz.demonyms or _major_place(key, gaz):
        return False
    if any(w in FUNCTION_WORDS and w not in MONTHS for w in low):
        return False
    return not any(_is_title(w, gaz) for w in (low[:-1] if len(low) > 1 else low))


def _glued_place(words: list[Token], gaz: Gazetteer) -> int:
    """Where a known place starts after a person's name it was pasted onto ("Oleg Petrov Ankara")."""
    if len(words) < 3 or fold(words[0].text) not in gaz.first_names:
        return 0
    for cut in range(2, len(words)):
        tail = fold(" ".join(w.text for w in words[cut:]))
        if tail in gaz.places or tail in gaz.capitals:
            return cut
    return 0


def _found(words: list[Token], kind: str | None, strength: int, line: _Line) -> Found:
    return Found(words[0].start, words[-1].end, tuple(w.text for w in words), kind, strength, line.index)


def _classify_words(idx: list[int], tokens: list[Token], line: _Line, gaz: Gazetteer) -> list[Found]:
    """The kind the words themselves and their neighbours point to, strongest cue first."""
    if not idx:
        return []
    words = [tokens[i] for i in idx]
    texts = [w.text for w in words]
    low = [t.lower() for t in texts]
    key = fold(" ".join(texts))
    before = tokens[idx[0] - 1].text.lower() if idx[0] > 0 else ""
    after = tokens[idx[-1] + 1].text.lower() if idx[-1] + 1 < len(tokens) else ""

    if len(words) == 1 and low[0] in TITLE_ACRONYMS:
        return []
    if any(_is_title(t, gaz) or w in ROLE_MODIFIERS for t, w in zip(texts, low)) and all(
        _is_title(t, gaz) or w in ROLE_MODIFIERS or fold(t) in gaz.demonyms for t, w in zip(texts, low)
    ):
        return []
    if len(words) == 1 and _PLURAL_ACRONYM.match(texts[0]):
        return []
    if len(words) == 1 and _CAMEL.match(texts[0]):
        return [_found(words, "organization", STRONG, line)]
    if any(c.isdigit() for c in before) and before[:1].isalpha():
        return []
    if low[-1] in EVENT_SUFFIXES or _ROMAN.match(texts[0]) and len(words) == 1:
        return []
    if all(fold(part) in gaz.demonyms for t in texts for part in t.split("-")):
        return [g for w in words for g in _group_mentions(w, gaz, line)]
    if key in gaz.demonyms:
        return [Found(words[0].start, words[-1].end, (gaz.demonyms[key][1],), "group", STRONG, line.index)]
    if len(words) == 1 and gaz.is_common(texts[0]) and not _major_place(key, gaz):
        if after in SPEECH_VERBS and (key in gaz.surnames or key in gaz.first_names):
            return [_found(words, "person", WEAK, line)]
        if _the_institution(tokens, idx[0], line):
            return [_found(words, "organization", WEAK, line)]
        if not (line.table and key in gaz.places) and (not words[0].upper or len(texts[0]) <= 4):
            return []
    place = gaz.place(_place_key(key))
    if place:
        return [_place_found(words, place, key, before, after, line, gaz)]
    if key in gaz.capitals:
        found = _found(words, "place", STRONG, line)
        if before not in PLACE_PREPOSITIONS:
            found.country = gaz.capitals[key]
        return [found]
    if low[-1] in ORG_SUFFIXES or "&" in texts or (len(words) > 2 and low[0] in ORG_HEADS):
        return [_found(words, "organization", STRONG, line)]
    if (len(words) > 2 and low[0] in PLACE_HEADS) or (len(words) > 1 and low[-1] in PLACE_SUFFIXES):
        return [_found(words, "place", STRONG, line)]
    if words[-1].possessive and _owns_model(tokens, idx[-1]):
        return [_found(words, "organization", STRONG, line)]
    if before in ORG_NOUNS_BEFORE and not _first_name(texts[0], gaz):
        return [_found(words, "organization", STRONG, line)]
    if len(words) == 1 and words[0].upper and len(texts[0].replace(".", "")) <= 6:
        return [_found(words, "organization", STRONG, line)]
    if len(words) >= 2 and _initial(texts[0], gaz):
        return [_found(words, "person", STRONG, line)]
    if after in ORG_NOUNS_AFTER:
        return [_found(words, "organization", STRONG, line)]
    if 2 <= len(words) <= 4 and _first_name(texts[0], gaz) and _person_like(words, gaz):
        if not (gaz.is_common(texts[0]) and gaz.is_common(texts[-1])):
            return [_found(words, "person", STRONG, line)]
    if len(words) > 1 and low[-1] not in PLACE_SUFFIXES and (
        _major_place(fold(texts[0]), gaz) or _city(fold(texts[-1]), gaz) or _city(fold(texts[0]), gaz)
    ):
        return [_found(words, "organization", WEAK, line)]
    if len(words) == 1 and before in PLACE_PREPOSITIONS and not line.table and not _holding(tokens, idx[0]):
        return [_found(words, "place", WEAK, line)]
    if after in SPEECH_VERBS and len(words) <= 3 and not any(gaz.is_common(t) for t in texts):
        return [_found(words, "person", WEAK, line)]
    if 2 <= len(words) <= 3 and _person_like(words, gaz) and _name_shaped(texts, gaz):
        return [_found(words, "person", WEAK, line)]
    if len(words) == 1 and texts[0].endswith(ADJECTIVE_ENDINGS) and not _known_name(key, gaz):
        return []
    if len(words) == 1 and _first_name(texts[0], gaz) and not gaz.is_common(texts[0]) and not line.table:
        return [_found(words, "person", WEAK, line)]
    if line.table or (len(words) == 1 and _SCORE.match(after) is not None):
        return [_found(words, "organization", WEAK, line)]
    if len(words) == 1 and fold(texts[0]) in gaz.surnames:
        return [_found(words, "person", WEAK, line)]
    return [_found(words, None, WEAK, line)]


def _the_institution(tokens: list[Token], first: int, line: _Line) -> bool:
    """"the Treasury", "the Senate": a capitalised singular word after "the" inside a sentence."""
    word = tokens[first]
    following = tokens[first + 1] if first + 1 < len(tokens) else None
    return (
        first > line.first_word
        and tokens[first - 1].text == "the"
        and not word.text.endswith("s")
        and not word.upper
        and not (following is not None and following.word and following.text[0].islower() and following.text not in FUNCTION_WORDS)
    )


def _holding(tokens: list[Token], first: int) -> bool:
    """"a stake in X", "shares in X": X is a company, whatever the preposition suggests."""
    return first >= 2 and tokens[first - 2].text.lower() in HOLDING_NOUNS


def _owns_model(tokens: list[Token], last: int) -> bool:
    """"Lockheed Martin's fifth-generation F-35 jets": what owns a model number is its maker."""
    return any(_MODEL.match(t.text) for t in tokens[last + 1 : last + 5])


def _name_shaped(texts: list[str], gaz: Gazetteer) -> bool:
    """Two or three words read as a person's name: a given name or an unknown word, then a family name."""
    first, last = fold(texts[0]), fold(texts[-1])
    first_ok = _first_name(texts[0], gaz) or not gaz.is_common(first)
    last_ok = last in gaz.surnames or not gaz.is_common(last)
    return first_ok and last_ok


def _known_name(key: str, gaz: Gazetteer) -> bool:
    return key in gaz.first_names or key in gaz.surnames or key in gaz.places


def _place_key(key: str) -> str:
    """Spell out the abbreviations place names are written with ("St Paul" -> "saint paul")."""
    head, _, rest = key.partition(" ")
    full = _PLACE_ABBREVIATIONS.get(head.rstrip("."))
    return f"{full} {rest}" if full and rest else key


def _place_found(
    words: list[Token], place: tuple[str, str, str, int], key: str, before: str, after: str, line: _Line, gaz: Gazetteer
) -> Found:
    """A gazetteer place, or the sports team a town's name stands for in a results line or a match report."""
    kind = place[1]
    team = after in TEAM_AFTER or after in TEAM_NOUNS or before in TEAM_BEFORE or _SCORE.match(after) is not None
    if kind not in ("country", "continent") and (line.table or team):
        return _found(words, "organization", STRONG, line)
    found = _found(words, "place", STRONG if kind in ("country", "continent") else WEAK + 1, line)
    if key in gaz.capitals and before not in PLACE_PREPOSITIONS:
        found.country = gaz.capitals[key]
    return found


def _first_name(word: str, gaz: Gazetteer) -> bool:
    """A given name that is not also a country or a capital ("China", "Jordan" may be both)."""
    key = fold(word)
    if key not in gaz.first_names:
        return False
    place = gaz.place(key)
    return not (place and place[1] in ("country", "continent")) and key not in gaz.capitals


def _initial(text: str, gaz: Gazetteer) -> bool:
    """"J." or "J.P." before a family name (but not "U.S.")."""
    return text.endswith(".") and len(text.replace(".", "")) <= 2 and text[0].isupper() and fold(text) not in gaz.places


def _group_mentions(tok: Token, gaz: Gazetteer, line: _Line) -> list[Found]:
    return [Found(s, e, (people,), "group", STRONG, line.index) for s, e, people in _demonyms(tok, gaz)]


def _demonyms(tok: Token, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Group mentions in a word: "Russian", "Russians", both halves of "Turkish-American"."""
    out = []
    offset = tok.start
    for part in tok.text.split("-"):
        entry = gaz.demonyms.get(fold(part))
        if entry:
            out.append((offset, offset + len(part), entry[1]))
        offset += len(part) + 1
    return out


def _headline_candidates(line: _Line, gaz: Gazetteer, known: dict[str, str | None]) -> list[Found]:
    """In an all-capitals line only what the gazetteer or the rest of the article names counts."""
    out: list[Found] = []
    tokens = [t for t in line.tokens if t.word]
    i = 0
    while i < len(tokens):
        for width in (3, 2, 1):
            words = tokens[i : i + width]
            if len(words) < width:
                continue
            key = fold(" ".join(w.text for w in words))
            kind = known.get(key)
            if kind is None and _headline_place(key, gaz):
                kind = "place"
            if kind is None and width == 1 and key in gaz.demonyms:
                out.append(Found(words[0].start, words[0].end, (gaz.demonyms[key][1],), "group", WEAK, line.index))
                i += 1
                break
            if kind:
                found = _found(words, kind, WEAK, line)
                found.headline = True
                out.append(found)
                i += width
                break
        else:
            i += 1
    return out


def _headline_place(key: str, gaz: Gazetteer) -> bool:
    """A place a headline can name without the story naming it: a country, a capital, a big city."""
    place = gaz.place(key)
    if place is None or gaz.is_common(key):
        return False
    return place[1] in ("country", "continent") or key in gaz.capitals or place[3] >= 100000


def _settle(found: list[Found], gaz: Gazetteer) -> list[_Group]:
    """Decide each name's kind by vote and fold short person names into the full ones."""
    votes: dict[str, Counter[str]] = {}
    for f in found:
        if f.kind and f.kind != "group":
            votes.setdefault(f.key, Counter())[f.kind] += f.strength
    kind_of = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}

    people: dict[str, str] = {}
    for f in found:
        if f.kind == "person" and f.strength == STRONG and len(f.words) == 1:
            people.setdefault(f.key, f.key)
    for f in found:
        if kind_of.get(f.key) == "person" and len(f.words) >= 2:
            full = f.key
            people.setdefault(fold(f.words[-1]), full)
            if _first_name(f.words[0], gaz):
                people.setdefault(fold(f.words[0]), full)
    for f in found:
        if f.kind == "group":
            continue
        if len(f.words) == 1 and f.key in people and not _country(f.key, gaz):
            kind_of[f.key] = "person"
    bodies = _short_bodies(found, kind_of, gaz)
    for key in bodies:
        if votes.get(key, Counter())["person"] < STRONG and key not in people and not _major_place(key, gaz):
            kind_of[key] = "organization"

    seen = Counter(f.key for f in found if not f.headline)
    groups: dict[tuple[str, str], _Group] = {}
    for f in found:
        if f.kind == "group":
            kind, canon = "group", f.key
        elif f.fixed and f.kind:
            kind, canon = f.kind, _canonical_key(f, f.kind, people, gaz)
        else:
            kind = kind_of.get(f.key) or _default_kind(f, seen, gaz)
            canon = _canonical_key(f, kind, people, gaz)
            if kind == "organization" and f.key in bodies:
                canon = bodies[f.key]
        if kind is None:
            continue
        group = groups.setdefault((kind, canon), _Group(kind))
        group.found.append(f)
    for (kind, canon), group in groups.items():
        group.name = _name(group, canon, gaz)
    return list(groups.values())


def _short_bodies(found: list[Found], kind_of: dict[str, str], gaz: Gazetteer) -> dict[str, str]:
    """First words that stand for a body's full name ("Wexbridge" for "Wexbridge University").

    Only a distinctive first word counts (no common word, place or given name) and only when
    one body of the story starts with it.
    """
    heads: dict[str, set[str]] = {}
    for f in found:
        if len(f.words) >= 2 and kind_of.get(f.key) == "organization":
            head = fold(f.words[0])
            if not (gaz.is_common(head) or head in gaz.places or head in gaz.first_names or f.words[0].isupper()):
                heads.setdefault(head, set()).add(f.key)
    return {head: next(iter(keys)) for head, keys in heads.items() if len(keys) == 1}


def _city(key: str, gaz: Gazetteer) -> bool:
    """A town the gazetteer knows that is not also a given name or a common word."""
    place = gaz.place(key)
    return place is not None and key not in gaz.first_names and not gaz.is_common(key)


def _major_place(key: str, gaz: Gazetteer) -> bool:
    """A country, continent, region or capital: names no person shares in a news story."""
    place = gaz.place(key)
    return key in gaz.capitals or (place is not None and place[1] != "city")


def _country(key: str, gaz: Gazetteer) -> bool:
    place = gaz.place(key)
    return place is not None and place[1] in ("country", "continent")


def _default_kind(f: Found, seen: Counter[str], gaz: Gazetteer) -> str | None:
    """A name no cue settled: several words read as an organisation; so does one word the story repeats.

    A single unknown word met once is as often a surname, a brand or a nickname as a body, so
    it is left out rather than guessed.
    """
    if f.headline:
        return None
    if len(f.words) >= 2:
        return "organization"
    return "organization" if seen[f.key] >= 2 and not gaz.is_common(f.words[0]) else None


def _canonical_key(f: Found, kind: str, people: dict[str, str], gaz: Gazetteer) -> str:
    if kind == "person":
        if len(f.words) == 1:
            return people.get(f.key, f.key)
        return f.key
    if kind == "place":
        if f.country:
            return fold(f.country)
        place = gaz.place(f.key)
        return fold(place[0]) if place else f.key
    return f.key


def _name(group: _Group, canon: str, gaz: Gazetteer) -> str:
    """The name shown: the gazetteer's for places, the longest written form for people, else the most common."""
    if group.kind == "group":
        return group.found[0].words[0]
    if group.kind == "place":
        place = gaz.place(canon)
        if place:
            return place[0]
    forms = [f for f in group.found if not f.headline] or group.found
    if group.kind == "person":
        best = max(forms, key=lambda f: (len(f.words), -f.start))
    else:
        best = Counter(" ".join(f.words) for f in forms).most_common(1)[0][0]
        return _display(best)
    return _display(" ".join(best.words))


def _display(name: str) -> str:
    """Title-case a name met only in capitals ("SEOUL" -> "Seoul"); acronyms stay."""
    if name.isupper() and len(name.replace(".", "")) > 4:
        return name.title()
    return name


def _entities(
    norm: str, groups: list[_Group], sentences: list[Sentence], noise: Noise, gaz: Gazetteer, lines: list[_Line]
) -> list[Entity]:
    entities: list[Entity] = []
    for group in groups:
        mentions = sorted({(f.start, f.end) for f in group.found})
        entity = Entity(
            id="",
            name=group.name,
            kind=group.kind,
            role=_role(norm, group, gaz, lines),
            aliases=_aliases(norm, group),
            mentions=[Mention(s, e, norm[s:e]) for s, e in mentions],
        )
        entities.append(entity)
    titles = _title_mentions(norm, entities, gaz)
    for entity in entities:
        if entity.kind == "group" and titles:
            entity.mentions = [m for m in entity.mentions if not _inside(m, titles)]
    entities = [e for e in entities if e.mentions]
    starts = [s.start for s in sentences]
    for entity in entities:
        weight = 0.0
        for m in entity.mentions:
            index = bisect.bisect_right(starts, m.start) - 1
            weight += (0.8 if m.form == "title" else 1.0) * (_NOISE_WEIGHT if index in noise else 1.0)
        first = bisect.bisect_right(starts, entity.mentions[0].start) - 1
        entity.salience = round(weight + 2.0 / (1 + max(first, 0)), 4)
    entities.sort(key=lambda e: (-e.salience, e.mentions[0].start if e.mentions else 0))
    used: set[str] = set()
    for entity in entities:
        entity.id = _slug(entity.name, used)
    return entities


def _inside(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether the mention lies in one of the sorted spans."""
    i = bisect.bisect_right(spans, (mention.start, _END_OF_TEXT)) - 1
    return i >= 0 and spans[i][0] <= mention.start and mention.end <= spans[i][1]


def _role(norm: str, group: _Group, gaz: Gazetteer, lines: list[_Line]) -> str | None:
    if group.kind != "person":
        return None
    for f in group.found:
        if f.role:
            return roles.clean(norm[f.role[0] : f.role[1]])
    for f in group.found:
        tokens = lines[f.sentence].tokens
        first = next((i for i, t in enumerate(tokens) if t.start >= f.start), None)
        last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].end <= f.end), None)
        if first is None or last is None:
            continue
        span = roles.before(tokens, first, gaz) or roles.apposition(tokens, last, gaz)
        if span:
            return roles.clean(norm[span[0] : span[1]])
    return None


def _aliases(norm: str, group: _Group) -> list[str]:
    seen = {fold(group.name)}
    out = []
    for f in sorted(group.found, key=lambda f: f.start):
        form = " ".join(f.words) if group.kind != "place" else roles.clean(norm[f.start : f.end])
        if fold(form) not in seen:
            seen.add(fold(form))
            out.append(form)
    return out


def _title_mentions(norm: str, entities: list[Entity], gaz: Gazetteer) -> list[tuple[int, int]]:
    """Add "the Turkish president" as a title mention of the one person whose role it repeats.

    Returns the spans taken, sorted, so that the nationality inside them is not also counted
    as a mention of a group.
    """
    owners: dict[str, list[Entity]] = {}
    for entity in entities:
        if entity.kind == "person" and entity.role:
            for phrase in roles.title_phrases(entity.role, gaz):
                owners.setdefault(phrase, []).append(entity)
    lowered = norm.lower()
    taken: set[tuple[int, int]] = set()
    for phrase in sorted(owners, key=len, reverse=True):
        holders = owners[phrase]
        if len(holders) != 1:
            continue
        start = lowered.find(phrase)
        while start != -1:
            end = start + len(phrase)
            boundary = end == len(norm) or not norm[end].isalnum()
            if boundary and not any(s <= start < e for s, e in taken):
                taken.add((start, end))
                holders[0].mentions.append(Mention(start, end, norm[start:end], "title"))
            start = lowered.find(phrase, end)
    for entity in entities:
        entity.mentions.sort(key=lambda m: m.start)
    return sorted(taken)


def _slug(name: str, used: set[str]) -> str:
    base = _SLUG.sub("-", fold(name)).strip("-") or "actor"
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug
