"""Segments: a capitalised run cut into the stretches that can each be one name.

A run from :func:`briefing.compile.actors.names.runs` may hold several names ("Turkey and Russia"),
words that only look like names (a capitalised sentence opener, a month, "In" from a pasted
headline) or one name with connectors inside ("Bank of England").  This module decides where
the cuts go; :mod:`briefing.compile.actors.kinds` then reads each piece.
"""

from __future__ import annotations

from briefing.compile.actors.kinds import is_title, place_key
from briefing.compile.actors.names import Token
from briefing.compile.layout.lines import Line
from briefing.compile.lexicon.gazetteer import Gazetteer, fold
from briefing.compile.lexicon.words import (
    FUNCTION_WORDS,
    MASTHEAD_WORDS,
    MONTHS,
    NAME_PARTICLES,
    ORG_HEADS,
    ORG_SUFFIXES,
    PARTY_ALIASES,
    PLACE_HEADS,
    ROLE_MODIFIERS,
    TITLE_ACRONYMS,
    WEEKDAYS,
)
from briefing.patterns import regex

# A regnal number after a name ("Elizabeth I", "Henry VIII") is part of it, not the pronoun "I".
_REGNAL = regex(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$")


def cut_run(
    run: list[int], tokens: list[Token], line: Line, gaz: Gazetteer, mid_caps: set[str], alone_caps: set[str]
) -> list[list[int]]:
    """Cut a run at words that cannot be inside a name, and drop a disguised sentence opener.

    ``mid_caps`` are the words the text capitalises inside a sentence, ``alone_caps`` those it
    capitalises there as a name of one word (see :mod:`briefing.compile.layout.lines`)."""
    parts: list[list[int]] = [[]]
    for i in run:
        tok = tokens[i]
        low = tok.text.lower()
        if low in MONTHS:
            cut = _month(tokens, i)
        elif _REGNAL.match(tok.text) and parts[-1]:
            cut = False
        else:
            cut = (low in FUNCTION_WORDS and not (tok.upper and fold(tok.text) in gaz.places)) or (
                low in WEEKDAYS and not _names_a_paper(tokens, i)
            )
        if tok.capitalised and cut:
            parts.append([])
            continue
        if parts[-1] and _subhead_end(tokens[parts[-1][-1]], tok, gaz):
            parts.append([])
        if tok.capitalised and not tok.upper and low in TITLE_ACRONYMS:
            parts.append([])
            continue
        parts[-1].append(i)
    out = []
    for part in parts:
        part = _strip_connectors(part, tokens)
        whole = part and (_place_start(part, tokens, gaz) or tokens[part[-1]].text.lower() in ORG_SUFFIXES)
        if part and part[0] == line.first_word and not whole and (
            _opener(tokens[part[0]], tokens[part[1]] if len(part) > 1 else None, gaz, mid_caps)
            or _headline_region(part, tokens, gaz, alone_caps)
        ):
            part = _strip_connectors(part[1:], tokens)
        out.extend(_split_connectors(part, tokens, gaz))
    return [p for p in out if p]


def _names_a_paper(tokens: list[Token], i: int) -> bool:
    """"The Sunday Telegraph", "Sunday Times": a weekday before a newspaper's last word is its name."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return following is not None and following.capitalised and following.text.lower() in MASTHEAD_WORDS


def _subhead_end(prev: Token, tok: Token, gaz: Gazetteer) -> bool:
    """A subheading in capitals glued to the next sentence ("THE COSTS Plenty of ..."): cut after it."""
    if not (prev.upper and tok.capitalised and not tok.upper) or len(prev.text) < 3:
        return False
    return gaz.is_common(prev.text) and fold(prev.text) not in gaz.places


def _month(tokens: list[Token], i: int) -> bool:
    """A month name.  "May", "March" and "August" are also names ("Theresa May", "May said"), so
    they count as months only beside a number, or not after a capital and not opening a
    sentence before a lower-case word.
    """
    low = tokens[i].text.lower().rstrip(".")
    if low not in MONTHS:
        return False
    if low not in ("may", "march", "august"):
        return True
    if i > 0 and tokens[i - 1].capitalised:
        return False
    near = [tokens[j] for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
    if any(t.text[0].isdigit() for t in near):
        return True
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return i > 0 or following is None or not following.text[0].islower()


def _place_start(part: list[int], tokens: list[Token], gaz: Gazetteer) -> bool:
    """Whether the run opens with a place of two or three words ("United States", "New South Wales")."""
    for width in (3, 2):
        if len(part) >= width and fold(" ".join(tokens[i].text for i in part[:width])) in gaz.places:
            return True
    return False


def _opener(tok: Token, following: Token | None, gaz: Gazetteer, mid_caps: set[str]) -> bool:
    """A sentence's first word that is only capitalised because it comes first.

    A first name before another capitalised word ("Colin Reid said") and a word before a title
    ("Crown Prince ...") are kept even when the dictionary also lists them as words.
    """
    key = fold(tok.text)
    if key in mid_caps or tok.upper or key in PARTY_ALIASES:
        return False
    if key in FUNCTION_WORDS:
        return True
    if key in gaz.places or key in gaz.demonyms:
        return False
    if following is not None and (
        key in gaz.first_names or is_title(tok.text, gaz) or key in ROLE_MODIFIERS or is_title(following.text, gaz)
    ):
        return False
    return gaz.is_common(tok.text)


def _headline_region(part: list[int], tokens: list[Token], gaz: Gazetteer, alone_caps: set[str]) -> bool:
    """"Central bank holds rates": a sentence-case headline (or subhead: no final punctuation, the
    next word in lower case) opens with a dictionary word that the gazetteer also knows as a
    region or town (Central, in Ghana).  The line's case put the capital there, so the word is no
    place unless the story capitalises it alone inside a sentence ("in Central"; "European Central
    Bank" does not count); a country or a capital keeps
    its reading ("Turkey warns ...")."""
    first = part[0]
    if len(part) != 1 or first + 1 >= len(tokens) or not tokens[-1].word:
        return False
    tok, following = tokens[first], tokens[first + 1]
    key = fold(tok.text)
    if key in alone_caps or tok.upper or not following.word or not following.text[:1].islower():
        return False
    place = gaz.place(key)
    if place is None or place[1] in ("country", "continent") or key in gaz.capitals:
        return False
    return gaz.is_common(key)


def _strip_connectors(part: list[int], tokens: list[Token]) -> list[int]:
    """Drop connectors left at either end of a piece after a cut."""
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
        elif joints:
            joints[-1] += " " + tok.text.lower()
    if len(pieces) == 1:
        return pieces
    merged: list[list[int]] = [pieces[0]]
    for joint, piece in zip(joints, pieces[1:], strict=True):
        if not piece:
            continue
        left_words = [tokens[j].text.lower() for j in merged[-1] if tokens[j].capitalised]
        right_words = [tokens[j].text.lower() for j in piece if tokens[j].capitalised]
        inner = {tokens[j].text.lower() for j in merged[-1] if not tokens[j].capitalised}
        if _joins(joint, left_words, right_words, gaz, inner):
            merged[-1] = merged[-1] + [j for j in range(merged[-1][-1] + 1, piece[0])] + piece
        else:
            merged.append(piece)
    return merged


def _joins(joint: str, left: list[str], right: list[str], gaz: Gazetteer, inner: set[str] | None = None) -> bool:
    """Whether ``left joint right`` is one name (lower-case words on each side).

    "and" joins the two common nouns of one body's name ("Fire and Rescue Service": the right side
    ends in a body's word the left side lacks), never two names ("Tate Modern and British Museum") nor a name and a second, determined one ("the Bank
    of England and the BoE").  ``inner`` holds the connectors already inside the left side.
    """
    if not left or not right:
        return False
    first, _, more = joint.partition(" ")
    if more and first in ("and", "&"):
        return False
    joint = first
    if joint == "of" and is_title(left[-1], gaz) and len(right) >= 2:
        return any(w in gaz.first_names for w in right[1:])
    if joint in ("of", "for", "the", "on"):
        if left[-1] in ORG_HEADS or left[-1] in PLACE_HEADS:
            return True
        return left[-1] in ORG_SUFFIXES and gaz.place(place_key(" ".join(right))) is None
    if joint in ("and", "&"):
        if joint == "&":
            return True
        if left[0] in ORG_HEADS and right[-1] != left[0] and (right[-1] in ORG_SUFFIXES or len(left) > 1):
            return True
        return (
            len(right) >= 2
            and right[-1] in ORG_SUFFIXES
            and left[-1] not in ORG_SUFFIXES
            and not (inner or set()) & {"of", "for"}
            and all(gaz.is_common(w) and w not in gaz.places for w in (left[-1], right[0]))
        )
    if joint == "in":
        return left[0] in ORG_HEADS and len(left) > 1 and gaz.place(" ".join(right)) is not None
    if joint in NAME_PARTICLES:
        return left[-1] in gaz.first_names or (len(left) <= 2 and left[0] in gaz.first_names)
    return False
