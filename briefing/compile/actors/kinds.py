"""Kinds: what one candidate name is, read from its own words and its neighbours.

The cues, strongest first: a title before the name ("Turkish President ..."), the gazetteer
(places, capitals, nationalities), organisation suffixes and heads ("... Ministry", "Bank of"),
acronyms, initials and given names, then weaker hints (a place preposition before, a speech
verb after, a results line).  Each candidate carries a strength so that the document-level vote
in :mod:`briefing.compile.actors.find` can let a strong cue outweigh several weak ones.
"""

from __future__ import annotations

from briefing.compile.actors.names import Token
from briefing.compile.layout.lines import Line
from briefing.compile.lexicon.gazetteer import Gazetteer, fold
from briefing.compile.lexicon.titles import TITLE_ABBREVIATIONS
from briefing.compile.lexicon.words import (
    ADDRESSED_BEFORE,
    ADJECTIVE_ENDINGS,
    APPOSITION_DETERMINERS,
    APPOSITION_ENDS,
    AREA_SUFFIXES,
    BODY_NOUNS,
    BODY_ROLES,
    CITY_AREA_WORDS,
    CONNECTORS,
    EVENT_SUFFIXES,
    FUNCTION_WORDS,
    HOLDING_NOUNS,
    LOWER_COMPANY_SUFFIXES,
    MASTHEAD_WORDS,
    MONTHS,
    NAME_SUFFIXES,
    NOT_PERSON_TITLES,
    ORG_HEADS,
    ORG_NOUNS_AFTER,
    ORG_NOUNS_BEFORE,
    ORG_SUFFIXES,
    PARTY_ALIASES,
    PARTY_MEMBERS,
    PERIOD_TAILS,
    PERSONAL_TITLES,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    PLACE_SUFFIXES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STATE_ABBREVIATIONS,
    TEAM_AFTER,
    TEAM_BEFORE,
    TEAM_NOUNS,
    TEAM_ROLES,
    TITLE_ACRONYMS,
    TITLE_RANKS,
)
from briefing.patterns import regex
from briefing.records import dataclass

STRONG, WEAK = 3, 1
_ROMAN = regex(r"^[IVX]+$")
_MODEL = regex(r"^[A-Z]{1,4}-?\d{1,4}[A-Za-z]*$")
_PLURAL_ACRONYM = regex(r"^[A-Z]{2,}s$")
# "JPMorgan", "HSBCnet": initials run into a word; no person's name is spelt so.
_GLUED_INITIALS = regex(r"^[A-Z]{2,}[a-z]{3,}$")
_CAMEL = regex(r"^(?!(?:Mc|Mac|De|Di|Du|La|Le|Van|Von|O)[A-Z])[A-Z][a-z]+[A-Z][a-z]")
_INFIX_NAME = regex(r"^[A-Z][a-z]+-(?:ul|ur|ud|us|al|el|ad|un|ibn|bin)-[A-Z][a-z]+$")
# "AfD", "MoD", "TfL": an acronym written with its small words in lower case names a body.
_MIXED_ACRONYM = regex(r"^(?=.*[a-z])[A-Z][a-z]?[A-Z][a-z]?[A-Z]?$")
_CONTRACTION = regex(r"^(?:i|we|you|he|she|it|they|that|there|here|what|who|let)'[a-z]+$")
_BIG_CITY = 250_000
_SCORE = regex(r"^\d{1,3}(?:-\d{1,3})?$")
_PLACE_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}


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
    nickname: bool = False
    key: str = ""

    def __post_init__(self) -> None:
        self.key = fold(" ".join(self.words))


def classify(segment: list[int], tokens: list[Token], line: Line, gaz: Gazetteer, dateline: bool) -> list[Found]:
    """The candidates in one segment: a title prefix comes off, a person glued to a place is cut."""
    idx = [i for i in segment if tokens[i].text not in "[]"]
    words = [tokens[i] for i in idx]
    if not words:
        return []
    if len(words) >= 2 and _word_compound(words[0], gaz) and _described(words[1:], gaz):
        return classify([i for i in segment if i != idx[0]], tokens, line, gaz, dateline)
    if len(words) == 2 and idx[0] == line.first_word and words[1].upper and not words[0].upper and not line.headline:
        # "Per THR, the talks ...": the sentence's first word before an acronym is no given name
        return classify(segment[segment.index(idx[1]) :], tokens, line, gaz, dateline)
    prefix = _title_prefix(words, gaz)
    if prefix:
        found = make_found(words[prefix:], "person", STRONG, line)
        found.role = (words[0].start, words[prefix - 1].end)
        found.start = _open_bracket(tokens, idx[prefix])
        return _bodies_in_title(words[:prefix], gaz, line) + [found]
    nationality = _demonym_prefix(words, gaz)
    if nationality and _person_like(words[nationality:], gaz):
        groups = [g for w in words[:nationality] for g in _group_mentions(w, gaz, line)]
        return groups + [make_found(words[nationality:], "person", STRONG, line)]
    glued = _glued_place(words, gaz)
    if glued:
        return _classify_words(idx[:glued], tokens, line, gaz) + _classify_words(idx[glued:], tokens, line, gaz)
    if dateline:
        found = make_found(words, "place", STRONG, line)
        found.fixed = True
        return [found]
    return _classify_words(idx, tokens, line, gaz)


def _word_compound(word: Token, gaz: Gazetteer) -> bool:
    """"All-Star", "War-Zone": capitalised words of the dictionary joined by a hyphen, which
    describe the name after them ("former All-Star Chris Webber") and are no part of it."""
    parts = word.text.split("-")
    if len(parts) < 2 or not all(p and gaz.is_common(p) and fold(p) not in gaz.places for p in parts):
        return False
    return not all(fold(p) in gaz.first_names for p in parts)  # "Jean-Mary" is a given name


def _described(words: list[Token], gaz: Gazetteer) -> bool:
    """What a hyphened pair of dictionary words can describe: a person named in full ("former
    All-Star Chris Webber") or a country or capital ("War-Zone Athens")."""
    if len(words) >= 2 and first_name(words[0].text, gaz):
        return True
    return major_place(fold(" ".join(w.text for w in words)), gaz)


def _bodies_in_title(words: list[Token], gaz: Gazetteer, line: Line) -> list[Found]:
    """Countries and acronyms inside a title ("[US] President", "U.N. envoy") are mentions too."""
    out = []
    for word in words:
        key = fold(word.text)
        if key in PARTY_ALIASES:
            out.append(make_found([word], "organization", STRONG, line))
        elif is_country(key, gaz):
            out.append(make_found([word], "place", STRONG, line))
        elif word.upper and key not in gaz.places and key not in TITLE_ACRONYMS and len(word.text.replace(".", "")) <= 6:
            out.append(make_found([word], "organization", STRONG, line))
    return out


def modifier_head(tok: Token, gaz: Gazetteer, line: Line) -> list[Found]:
    """The place or nationality inside "US-made" or "Russian-built"; none in "Obama-era" (a town
    in Japan, but a period's name before "era")."""
    head = tok.text.rpartition("-")[0]
    key = fold(head)
    if key in gaz.demonyms:
        return [Found(tok.start, tok.start + len(head), (gaz.demonyms[key][1],), "group", STRONG, line.index)]
    place = gaz.place(key)
    if place and tok.text.rpartition("-")[2].lower() in PERIOD_TAILS and not major_place(key, gaz):
        return []
    if place and not gaz.is_common(head) or (place and head.isupper()):
        return [Found(tok.start, tok.start + len(head), (head,), "place", STRONG, line.index)]
    return []


def _open_bracket(tokens: list[Token], index: int) -> int:
    """Start a name at an editors' bracket that opens it ("[Joe] Biden")."""
    if index > 0 and tokens[index - 1].text == "[":
        return tokens[index - 1].start
    return tokens[index].start


def is_title(word: str, gaz: Gazetteer) -> bool:
    """A word that, in front of a name, makes it a person's ("President", "Gen.", "coach")."""
    low = word.lower().rstrip(".")
    if low in ROLE_NOUNS or (word.endswith(".") and low in TITLE_ABBREVIATIONS):
        return True
    return low in gaz.titles and low not in NOT_PERSON_TITLES and low not in ORG_SUFFIXES


#: A person's name has at most this many words (so only the last few starts of a long run can hold one).
_PERSON_WORDS = 4


def _title_prefix(words: list[Token], gaz: Gazetteer) -> int:
    """How many leading words are the holder's title, 0 if none.

    The name is the longest person-like tail that follows a title word ("Federal Reserve
    Governor | Lena Marsh", "[US] President | [Joe] Biden", "Mr | Smith"), or that starts
    with a given name after qualifiers ("State | Ana Ruiz").
    """
    for k in range(max(1, len(words) - _PERSON_WORDS), len(words)):
        rest = words[k:]
        if rest[0].text.lower() in NAME_SUFFIXES or not _person_like(rest, gaz):
            continue
        if is_title(words[k - 1].text, gaz):
            return k
        prefix = [w.text.lower().rstrip(".") for w in words[:k]]
        if first_name(rest[0].text, gaz) and any(is_title(w, gaz) or w in ROLE_MODIFIERS for w in prefix):
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
    if len(words) > _PERSON_WORDS:
        return False
    low = [w.text.lower() for w in words]
    key = fold(" ".join(w.text for w in words))
    if low[-1] in ORG_SUFFIXES or low[-1] in EVENT_SUFFIXES or low[-1] in PLACE_SUFFIXES:
        return False
    if key in gaz.demonyms or major_place(key, gaz) or any(_PLURAL_ACRONYM.match(w.text) for w in words):
        return False
    if any(w in FUNCTION_WORDS and w not in MONTHS and not _ROMAN.match(t.text) for w, t in zip(low, words)):
        return False
    return not any(is_title(w, gaz) for w in (low[:-1] if len(low) > 1 else low))


def _glued_place(words: list[Token], gaz: Gazetteer) -> int:
    """Where a known place starts after a person's name it was pasted onto ("Oleg Petrov Ankara")."""
    if len(words) < 3 or fold(words[0].text) not in gaz.first_names:
        return 0
    for cut in range(max(2, len(words) - gaz.place_words), len(words)):
        tail = fold(" ".join(w.text for w in words[cut:]))
        if major_place(tail, gaz) and tail not in gaz.surnames:
            return cut
    return 0


def _given_name_not_town(words: list[Token], place: tuple[str, str, str, int], before: str, gaz: Gazetteer) -> bool:
    """"the twins - Frederick and David -": a lone given name that is also some small town's name
    is the person unless a place preposition puts it on the map ("in Frederick")."""
    return (
        len(words) == 1
        and place[1] == "city"
        and place[3] < _BIG_CITY
        and first_name(words[0].text, gaz)
        and before not in PLACE_PREPOSITIONS
        and fold(words[0].text) not in gaz.capitals
    )


def _masthead(tokens: list[Token], first: int, low: list[str]) -> bool:
    """"both The Independent and The Times", "The Guardian is ...": a newspaper's name keeps its
    capitalised article, which no person's name and no place's takes."""
    return 0 < first and tokens[first - 1].text == "The" and len(low) <= 3 and low[-1] in MASTHEAD_WORDS


def _office_of(words: list[Token], gaz: Gazetteer) -> int:
    """"NUJ General Secretary": acronyms of a body before a title that ends the run name an office,
    not a body of its own; returns how many leading words are those acronyms (0 if the run is no such office)."""
    k = next((i for i, w in enumerate(words) if not w.upper), len(words))
    if k == 0 or k == len(words):
        return 0
    return k if all(is_title(w.text, gaz) or w.text.lower() in ROLE_MODIFIERS for w in words[k:]) else 0


def _which_follows(tokens: list[Token], last: int) -> bool:
    """"Tiga, which represents ...": a relative "which" after the name; people take "who"."""
    return last + 2 < len(tokens) and tokens[last + 1].text == "," and tokens[last + 2].text == "which"


def _workplace(tokens: list[Token], first: int, gaz: Gazetteer) -> bool:
    """"development director at Zentrix", "an analyst at Corvel", "head of Tiga": a name a role works
    at or for, or the body a role is the head of."""
    if first >= 2 and tokens[first - 1].text == "of" and not first_name(tokens[first].text, gaz):
        role = tokens[first - 2].text
        return role in ROLE_NOUNS and role not in ("member", "partner", "owner", "winner", "champion")
    if first < 2 or tokens[first - 1].text not in ("at", "for"):
        return False
    for tok in tokens[max(0, first - 6) : first - 1]:
        if tok.word and not tok.capitalised and (tok.text in ROLE_NOUNS or tok.text in PERSONAL_TITLES or tok.text == "head"):
            return True
    return False


def _speaks_next(tokens: list[Token], last: int) -> bool:
    """Whether a speech verb follows the name, at once or after an aside set off by commas
    ("Mark Hale, for the Greens, said")."""
    following = tokens[last + 1 : last + 12]
    if following and following[0].text in SPEECH_VERBS:
        return True
    if not following or following[0].text != ",":
        return False
    close = next((i for i, t in enumerate(following[1:], 1) if t.text in ",."), None)
    return close is not None and following[close].text == "," and close + 1 < len(following) and following[close + 1].text in SPEECH_VERBS


def _plural_agreement(tokens: list[Token], first: int) -> bool:
    """"Hartside have signed", "Corvel are": a singular name with a plural verb is a team or a
    firm in British usage, never one person (two people joined by "and" are left alone)."""
    word = tokens[first]
    if word.upper or word.possessive or word.text.endswith("s") or first + 1 >= len(tokens):
        return False
    before = tokens[first - 1].text.lower() if first else ""
    return tokens[first + 1].text in ("have", "are", "were") and before not in ("and", "&", ",", "or", "nor")


def _line_up(tokens: list[Token], idx: list[int], line: Line) -> bool:
    """"Hartside: Moss, Kerr, Ames, Dunne ...": a name opening a line of names after a colon is a side."""
    after = idx[-1] + 1
    if idx[0] != line.first_word or after >= len(tokens) or tokens[after].text != ":":
        return False
    rest = tokens[after + 1 : after + 9]
    names = sum(1 for t in rest if t.capitalised)
    commas = sum(1 for t in rest if t.text == ",")
    return names >= 4 and commas >= 3


def _modifies_role(tokens: list[Token], first: int) -> bool:
    """"Oscar nominee", "Hartside supporters": a lone word right before a role or team noun
    qualifies it; it is no person of its own."""
    following = tokens[first + 1] if first + 1 < len(tokens) else None
    return (
        following is not None
        and following.word
        and not following.capitalised
        and (following.text in TEAM_NOUNS or following.text in ROLE_NOUNS or following.text in PERSONAL_TITLES)
    )


def _bracketed_acronym(tokens: list[Token], idx: list[int], words: list[Token]) -> bool:
    """"the Royal Academy of Dance (RAD)": capitals in brackets right after a name whose initials
    they spell are its acronym, even when they also spell a common word."""
    if len(words) != 1 or not words[0].upper or idx[0] < 2 or idx[-1] + 1 >= len(tokens):
        return False
    if tokens[idx[0] - 1].text != "(" or tokens[idx[-1] + 1].text != ")":
        return False
    letters = words[0].text.replace(".", "")
    initials = []
    for tok in reversed(tokens[max(0, idx[0] - 12) : idx[0] - 1]):
        if tok.capitalised:
            initials.append(tok.text[0])
        elif tok.text.lower() not in CONNECTORS:
            break
    return len(initials) >= len(letters) >= 2 and "".join(reversed(initials[: len(letters)])) == letters


def make_found(words: list[Token], kind: str | None, strength: int, line: Line) -> Found:
    """A candidate spanning ``words``, named by their text."""
    return Found(words[0].start, words[-1].end, tuple(w.text for w in words), kind, strength, line.index)


def _classify_words(idx: list[int], tokens: list[Token], line: Line, gaz: Gazetteer) -> list[Found]:
    """The kind the words themselves and their neighbours point to; a weak guess of a person is
    dropped after "the": a person's name takes no article ("the Birchfield Harrier" describes one)."""
    found = _read_kind(idx, tokens, line, gaz)
    if idx and idx[0] > line.first_word and tokens[idx[0] - 1].text.lower() == "the":
        for f in found:
            if f.kind == "person" and f.strength == WEAK and len(f.words) > 1:
                f.kind = None
    return found


def _read_kind(idx: list[int], tokens: list[Token], line: Line, gaz: Gazetteer) -> list[Found]:
    """The kind the words themselves and their neighbours point to, strongest cue first."""
    if not idx:
        return []
    words = [tokens[i] for i in idx]
    texts = [w.text for w in words]
    low = [t.lower() for t in texts]
    key = fold(" ".join(texts))
    before = tokens[idx[0] - 1].text.lower() if idx[0] > 0 else ""
    after = tokens[idx[-1] + 1].text.lower() if idx[-1] + 1 < len(tokens) else ""

    if key in PARTY_ALIASES:
        return [make_found(words, "organization", STRONG, line)]
    if _former_title(before, gaz) and 2 <= len(words) <= 4 and _person_like(words, gaz):
        return [make_found(words, "person", STRONG, line)]
    if len(words) == 1 and (low[0] in TITLE_ACRONYMS or _CONTRACTION.match(low[0])):
        return []
    if after.rstrip(".") in LOWER_COMPANY_SUFFIXES:
        return [make_found(words, "organization", STRONG, line)]
    state = _abbreviated_state(tokens, idx[0])
    if len(words) == 1 and state:
        return [Found(words[0].start, words[0].end, (state,), "place", STRONG, line.index)]
    if len(words) <= 3 and (_state_follows(tokens, idx[-1]) or _hometown(tokens, idx[0])):
        return [make_found(words, "place", STRONG, line)]
    if _masthead(tokens, idx[0], low):
        return [make_found([tokens[idx[0] - 1], *words], "organization", STRONG, line)]
    if any(is_title(t, gaz) or w in ROLE_MODIFIERS for t, w in zip(texts, low)) and all(
        is_title(t, gaz) or w in ROLE_MODIFIERS or w in TITLE_RANKS or fold(t) in gaz.demonyms for t, w in zip(texts, low)
    ):
        return []
    office = _office_of(words, gaz)
    if office:
        return _bodies_in_title(words[:office], gaz, line)
    if len(words) == 1 and _PLURAL_ACRONYM.match(texts[0]):
        return []
    if len(words) == 1 and (_CAMEL.match(texts[0]) or _MIXED_ACRONYM.match(texts[0])):
        return [make_found(words, "organization", STRONG, line)]
    if len(words) > 1 and any(_GLUED_INITIALS.match(t) for t in texts) and low[-1] not in EVENT_SUFFIXES:
        return [make_found(words, "organization", STRONG, line)]
    if any(c.isdigit() for c in before) and before[:1].isalpha():
        return []
    if low[-1] in EVENT_SUFFIXES and len(words) > 2 and is_country(fold(texts[0]), gaz):
        return [make_found(words[:1], "place", STRONG, line)]
    if low[-1] in EVENT_SUFFIXES or (_ROMAN.match(texts[0]) and len(words) == 1):
        return []
    if len(words) > 1 and all(w.upper for w in words) and _shouted_phrase(texts, gaz):
        return []
    if len(words) > 1 and low[-1] in PARTY_MEMBERS and before == "the":
        head = fold(" ".join(texts[:-1]))
        return [make_found(words[:-1], "place", STRONG, line)] if major_place(head, gaz) else []
    if all(fold(part) in gaz.demonyms for t in texts for part in t.split("-")):
        if _role_phrase_before_name(tokens, idx[-1] + 1):  # "German finance minister Ann Roe": where one person is from
            return []
        return [g for w in words for g in _group_mentions(w, gaz, line)]
    if key in gaz.demonyms:
        return [Found(words[0].start, words[-1].end, (gaz.demonyms[key][1],), "group", STRONG, line.index)]
    if _bracketed_acronym(tokens, idx, words) or _line_up(tokens, idx, line):
        return [make_found(words, "organization", STRONG, line)]
    if gaz.place(place_key(key)) is None and key not in gaz.capitals and (
        _workplace(tokens, idx[0], gaz) or (len(words) == 1 and _plural_agreement(tokens, idx[0]))
    ):
        return [make_found(words, "organization", STRONG, line)]
    if len(words) == 1 and gaz.is_common(texts[0]) and not major_place(key, gaz):
        if words[0].upper and len(texts[0]) >= 2 and (before == "the" or words[0].possessive) and not line.headline:
            return [make_found(words, "organization", STRONG, line)]
        if before in BODY_NOUNS and idx[0] > line.first_word + 1 and len(texts[0]) > 1:
            return [make_found(words, "organization", STRONG, line)]
        if after in SPEECH_VERBS and low[0] in ORG_SUFFIXES and idx[0] == line.first_word:
            return [make_found(words, "organization", WEAK, line)]
        if after in SPEECH_VERBS and (key in gaz.surnames or key in gaz.first_names):
            return [make_found(words, "person", WEAK, line)]
        if _the_institution(tokens, idx[0], line):
            return [make_found(words, "organization", WEAK, line)]
        if _team_nickname(tokens, idx[0], line):
            found = make_found(words, "organization", WEAK, line)
            found.nickname = True
            return [found]
        if _big_city(key, gaz) and idx[0] > line.first_word:
            return [make_found(words, "place", WEAK + 1, line)]
        if not (line.table and key in gaz.places):
            return []
    place = gaz.place(place_key(key))
    if place and not (
        _given_name_not_town(words, place, before, gaz)
        and not (line.table or _team_cue(before, after))
        and (after in FUNCTION_WORDS or not after[:1].islower())
    ):
        return [_place_found(words, place, key, before, after, line, gaz)]
    if key in gaz.capitals:
        found = make_found(words, "place", STRONG, line)
        if before not in PLACE_PREPOSITIONS and before not in CITY_AREA_WORDS:
            found.country = gaz.capitals[key]
        return [found]
    if _which_follows(tokens, idx[-1]) and before not in PLACE_PREPOSITIONS:
        return [make_found(words, "organization", STRONG, line)]
    if len(words) > 1 and low[-1] in AREA_SUFFIXES and not (line.table or _team_cue(before, after)):
        return [make_found(words, "place", STRONG, line)]
    if after in BODY_ROLES and (before == "the" or _name_follows(tokens, idx[-1] + 1)) and not first_name(texts[0], gaz):
        return [make_found(words, "organization", STRONG, line)]
    if low[-1] in ORG_SUFFIXES or "&" in texts or (len(words) > 2 and low[0] in ORG_HEADS):
        return [make_found(words, "organization", STRONG, line)]
    if (len(words) > 2 and low[0] in PLACE_HEADS) or (len(words) > 1 and low[-1] in PLACE_SUFFIXES):
        return [make_found(words, "place", STRONG, line)]
    if (
        _suffixed_name(texts, gaz)
        or _middle_initial(texts, gaz)
        or _after_personal_title(tokens, idx, words, gaz)
        or _after_role(before, texts, gaz)
    ):
        return [make_found(words, "person", STRONG, line)]
    if words[-1].possessive and _owns_model(tokens, idx[-1]):
        return [make_found(words, "organization", STRONG, line)]
    if after == "," and _body_apposition(tokens, idx[-1] + 2) and not first_name(texts[0], gaz):
        return [make_found(words, "organization", STRONG, line)]
    if before == "," and _named_after_body_noun(tokens, idx):
        return [make_found(words, "organization", STRONG, line)]
    if before in ORG_NOUNS_BEFORE and ((len(words) == 1 and len(texts[0]) > 1) or not first_name(texts[0], gaz)):
        return [make_found(words, "organization", STRONG, line)]
    if len(words) == 1 and words[0].upper and len(texts[0].replace(".", "")) <= 6:
        return [make_found(words, "organization", STRONG, line)]
    if len(words) >= 2 and _initial(texts[0], gaz) and not gaz.is_common(texts[1]):
        return [make_found(words, "person", STRONG, line)]
    if after in ORG_NOUNS_AFTER:
        return [make_found(words, "organization", STRONG, line)]
    if 2 <= len(words) <= 4 and first_name(texts[0], gaz) and _person_like(words, gaz):
        if not (gaz.is_common(texts[0]) and gaz.is_common(texts[-1])) or _rare_middle(texts, gaz):
            return [make_found(words, "person", STRONG, line)]
        if len(words) == 2 and gaz.gender(texts[0]) and not words[-1].upper and (
            fold(texts[-1]) in gaz.surnames or _speaks_next(tokens, idx[-1])
        ):
            return [make_found(words, "person", WEAK, line)]
    if len(words) > 1 and low[-1] not in PLACE_SUFFIXES and _named_after_place(texts, gaz):
        return [make_found(words, "organization", WEAK, line)]
    if len(words) == 1 and texts[0].endswith(ADJECTIVE_ENDINGS) and not _known_name(key, gaz):
        return []
    if len(words) == 1 and before in PLACE_PREPOSITIONS and not line.table and not _holding(tokens, idx[0]):
        return [make_found(words, "place", WEAK, line)]
    if before == "the" and len(words) > 1 and idx[0] > line.first_word + 1 and not first_name(texts[0], gaz):
        return [make_found(words, "organization", WEAK, line)]
    if after in SPEECH_VERBS and len(words) <= 3 and not any(gaz.is_common(t) for t in texts):
        return [make_found(words, "person", WEAK, line)]
    if 2 <= len(words) <= 3 and _person_like(words, gaz) and _name_shaped(texts, gaz):
        return [make_found(words, "person", WEAK, line)]
    if len(words) == 1 and _INFIX_NAME.match(texts[0]):
        return [make_found(words, "person", STRONG, line)]
    if len(words) == 1 and first_name(texts[0], gaz) and not gaz.is_common(texts[0]) and not line.table:
        if _modifies_role(tokens, idx[0]):
            return [make_found(words, "organization", WEAK, line)] if tokens[idx[0] + 1].text in TEAM_NOUNS else []
        if before not in ("a", "an"):
            return [make_found(words, "person", WEAK, line)]
    if len(words) == 1 and after == "," and _region_follows(tokens, idx[-1], gaz):
        return [make_found(words, "place", WEAK, line)]
    if line.table or (len(words) == 1 and (_SCORE.match(after) is not None or before == "told")):
        return [make_found(words, "organization", WEAK, line)]
    if len(words) == 1 and _owner_of_a_person(tokens, idx[0], words[0], gaz):
        return [make_found(words, "organization", WEAK, line)]
    if len(words) == 1 and fold(texts[0]) in gaz.surnames:
        if _modifies_role(tokens, idx[0]):
            return [make_found(words, "organization", WEAK, line)] if tokens[idx[0] + 1].text in TEAM_NOUNS else []
        if before not in ("the", "a", "an"):
            return [make_found(words, "person", WEAK, line)]
    return [make_found(words, None, WEAK, line)]


def _named_after_body_noun(tokens: list[Token], idx: list[int]) -> bool:
    """"hired a law firm, Cohen Pike, to draft it": a name set off by commas right after a noun
    for a kind of body is that body's name, though its words are surnames."""
    first, last = idx[0], idx[-1]
    if first < 2 or len(idx) > 4 or last + 1 >= len(tokens) or tokens[last + 1].text != ",":
        return False
    noun = tokens[first - 2]
    if not noun.word or noun.capitalised or noun.text not in ORG_NOUNS_BEFORE:
        return False
    for k in range(first - 3, max(first - 7, -1), -1):  # "told the network, Ann Roe, 45, said": a person
        if tokens[k].text.lower() in APPOSITION_DETERMINERS:
            return k == 0 or tokens[k - 1].text.lower() not in ADDRESSED_BEFORE
    return False


def _suffixed_name(texts: list[str], gaz: Gazetteer) -> bool:
    """"Martin Luther King Jr.", "Vann R. Newkirk II": a generational suffix ends only a person's name.

    Events numbered the same way ("World War II") are left out by their head word.
    """
    low = [t.lower() for t in texts]
    if len(texts) < 2 or low[-1] not in NAME_SUFFIXES or any(w in EVENT_SUFFIXES for w in low):
        return False
    family = fold(texts[-2])
    return (family in gaz.surnames or not gaz.is_common(family)) and not any(w in FUNCTION_WORDS for w in low)


def _after_personal_title(tokens: list[Token], idx: list[int], words: list[Token], gaz: Gazetteer) -> bool:
    """"team principal Toto Wolff", "councillor Amara Okoro": a lower-case title only a person holds
    right before two to four name-like words."""
    before = tokens[idx[0] - 1].text if idx[0] > 0 else ""
    return before in PERSONAL_TITLES and 2 <= len(words) <= 4 and _person_like(words, gaz)


def _after_role(before: str, texts: list[str], gaz: Gazetteer) -> bool:
    """"deputy leader Menzies Campbell", "director Spike Lee": a lower-case role right before two
    or three capitalised words ending in a known family name names a person, even when the given
    name is rare or also a word."""
    return (
        (before in ROLE_NOUNS or before in PERSONAL_TITLES)
        and 2 <= len(texts) <= 3
        and fold(texts[-1]) in gaz.surnames
        and not any(t.isupper() or t.lower() in FUNCTION_WORDS for t in texts)
    )


def _owner_of_a_person(tokens: list[Token], first: int, word: Token, gaz: Gazetteer) -> bool:
    """"Ferrari's Charles Leclerc", "Vantor driver Ana Ruiz", "Zentrix deputy chief executive Mia
    Roe": a lone word that a named person belongs to, or that a team role follows, is the team or
    firm, not a second person (a known family name before a role is left alone: "Blake aide Ann Roe"
    is as often the aide of a person)."""
    following = tokens[first + 1 : first + 4]
    if not following:
        return False
    if word.possessive:
        if following[0].capitalised and first_name(following[0].text, gaz):
            return True
        run = [t for t in following if t.capitalised]
        return len(run) == len(following[: len(run)]) and bool(run) and run[-1].text.lower() in ORG_SUFFIXES
    if following[0].text in TEAM_ROLES and len(following) > 1 and following[1].capitalised:
        return True
    key = fold(word.text)
    if key in gaz.surnames or key in gaz.first_names or key in gaz.demonyms or gaz.place(key) is not None:
        return False
    return _role_phrase_before_name(tokens, first + 1)


def _role_phrase_before_name(tokens: list[Token], at: int) -> bool:
    """"deputy chief executive Mia Roe" starting at ``at``: lower-case role words, the last a role
    noun, then a capitalised name; what stands before such a phrase is the body the role is in."""
    i = at
    while i < len(tokens) and i - at < 4 and tokens[i].word and not tokens[i].capitalised:
        text = tokens[i].text
        if text not in ROLE_NOUNS and text not in ROLE_MODIFIERS:
            return False
        i += 1
    return at < i < len(tokens) and tokens[i - 1].text in ROLE_NOUNS and tokens[i].capitalised


def _name_follows(tokens: list[Token], role: int) -> bool:
    """Whether a capitalised name comes right after the role word at ``role`` ("leader Ann Roe")."""
    return role + 1 < len(tokens) and tokens[role + 1].capitalised


def _body_apposition(tokens: list[Token], first: int) -> bool:
    """"Britmart, the discount chain founded by ...": an apposition whose head noun is a kind of body.

    The noun must end its phrase ("a bank analyst" heads on "analyst", a person), and a
    possessive ("the company's chief") never heads.
    """
    if first >= len(tokens) or tokens[first].text.lower() not in ("the", "a", "an"):
        return False
    for i in range(first + 1, min(first + 5, len(tokens))):
        tok = tokens[i]
        if not tok.word or tok.possessive or tok.capitalised:
            return False
        if tok.text in ORG_NOUNS_BEFORE or tok.text in BODY_NOUNS:
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            return following is None or not following.word or following.text in APPOSITION_ENDS
    return False


def _middle_initial(texts: list[str], gaz: Gazetteer) -> bool:
    """"George W. Bush": an initial between two names is the mark of a person's name."""
    if len(texts) < 3 or gaz.is_common(texts[0]) or texts[0].isupper():
        return False
    return any(_initial(t, gaz) for t in texts[1:-1]) and not any(t.lower() in FUNCTION_WORDS for t in texts)


def _the_institution(tokens: list[Token], first: int, line: Line) -> bool:
    """"the Treasury", "the Senate": a capitalised singular word after "the" inside a sentence, or
    after a sentence's opening "The" when a speech verb follows ("The Kremlin said")."""
    word = tokens[first]
    following = tokens[first + 1] if first + 1 < len(tokens) else None
    article = tokens[first - 1].text
    speaks = following is not None and following.text in SPEECH_VERBS
    return (
        first > line.first_word
        and (article == "the" or (article == "The" and speaks))
        and not word.text.endswith("s")
        and not word.upper
        and (speaks or not (following is not None and following.word and following.text[0].islower() and following.text not in FUNCTION_WORDS))
    )


def _team_nickname(tokens: list[Token], first: int, line: Line) -> bool:
    """"the Yankees", "the Wolves": a capitalised plural after "the" inside a sentence names a team.

    Products are written the same way ("the Patriots" for missile systems);
    :mod:`briefing.compile.actors.find` drops a nickname whose singular the story uses as a modifier.
    """
    word = tokens[first]
    return first > line.first_word and tokens[first - 1].text == "the" and word.text.endswith("s") and not word.upper


def _big_city(key: str, gaz: Gazetteer) -> bool:
    """A city too big to be a mere dictionary word when written with a capital ("Shanghai", "Nice")."""
    place = gaz.place(key)
    return place is not None and place[1] == "city" and place[3] >= _BIG_CITY


def _abbreviated_state(tokens: list[Token], first: int) -> str | None:
    """The state that "Calif." stands for after a town and a comma; bare "Wash" or "Miss" is none."""
    text = tokens[first].text.lower()
    if text[-1:] != "." and first + 1 < len(tokens) and tokens[first + 1].text == ".":
        text += "."
    if first < 2 or tokens[first - 1].text != "," or not tokens[first - 2].capitalised:
        return None
    return STATE_ABBREVIATIONS.get(text)


def _state_follows(tokens: list[Token], last: int) -> bool:
    """"Paradise, Calif.": a name before a comma and an abbreviated state is a town, even a common word."""
    return last + 2 < len(tokens) and tokens[last + 1].text == "," and _abbreviated_state(tokens, last + 2) is not None


def _hometown(tokens: list[Token], first: int) -> bool:
    """"Ana Ruiz, 62, of Tarn": after a person's age, "of" gives the town they live in."""
    return first >= 3 and tokens[first - 1].text == "of" and tokens[first - 2].text == "," and tokens[first - 3].text.isdigit()


def _region_follows(tokens: list[Token], last: int, gaz: Gazetteer) -> bool:
    """"Lockerbie , Scotland": an unknown word followed by a comma and a country or state is a town."""
    if last + 2 >= len(tokens):
        return False
    region = tokens[last + 2]
    ends = last + 3 >= len(tokens) or not tokens[last + 3].capitalised
    return ends and region.capitalised and major_place(fold(region.text), gaz) and region.text not in gaz.capitals


def _shouted_phrase(texts: list[str], gaz: Gazetteer) -> bool:
    """"PAYING AGENT", "GADDAFI FLEES TRIPOLI": capitals holding a plain word that is no place and
    no body's word are a label or a subheading run into the text, not a name ("BANK OF ENGLAND" is)."""
    plain = [t for t in texts if gaz.is_common(t) and fold(t) not in gaz.places and t.lower() not in ORG_SUFFIXES]
    if len(plain) == len(texts):
        return True
    return bool(plain) and not any(t.lower() in CONNECTORS or t.lower() in ORG_HEADS for t in texts)


def _former_title(before: str, gaz: Gazetteer) -> bool:
    """"then-President", "ex-minister": a title held before, glued to its time word, right before a name."""
    head, dash, rest = before.partition("-")
    return bool(dash) and head in ("then", "ex", "former") and is_title(rest, gaz)


def _rare_middle(texts: list[str], gaz: Gazetteer) -> bool:
    """"Kim Jong Un": a given name, then a middle word no dictionary or gazetteer lists, reads as a
    person's name even when its first and last words are also words ("Rose Garden" has no middle)."""
    head = fold(f"{texts[0]} {texts[1]}")
    return len(texts) == 3 and not gaz.is_common(texts[1]) and fold(texts[1]) not in gaz.places and head not in gaz.places


def _named_after_place(texts: list[str], gaz: Gazetteer) -> bool:
    """A body named after its town or country ("Dynamo Kharkiv", "Kharkiv Tractor Works").

    A town at either end counts only when the name cannot be a person's: a surname at the
    end ("Ana Lopez") or an unknown word after a town ("Torrance Zellner") reads as a person.
    """
    first, last = fold(texts[0]), fold(texts[-1])
    if major_place(first, gaz):
        return True
    if _city(last, gaz) and last not in gaz.surnames:
        return True
    return _city(first, gaz) and gaz.is_common(last)


def _holding(tokens: list[Token], first: int) -> bool:
    """"a stake in X", "shares in X": X is a company, whatever the preposition suggests."""
    return first >= 2 and tokens[first - 2].text.lower() in HOLDING_NOUNS


def _owns_model(tokens: list[Token], last: int) -> bool:
    """"Lockheed Martin's fifth-generation F-35 jets": what owns a model number is its maker."""
    return any(_MODEL.match(t.text) for t in tokens[last + 1 : last + 5])


def _name_shaped(texts: list[str], gaz: Gazetteer) -> bool:
    """Two or three words read as a person's name: a given name or an unknown word, then a family name."""
    first, last = fold(texts[0]), fold(texts[-1])
    first_ok = first_name(texts[0], gaz) or not gaz.is_common(first)
    last_ok = (last in gaz.surnames or not gaz.is_common(last)) and not texts[-1].isupper()
    return first_ok and last_ok


def _known_name(key: str, gaz: Gazetteer) -> bool:
    """A word the name lists know, as a given name, a surname or a place."""
    return key in gaz.first_names or key in gaz.surnames or key in gaz.places


def place_key(key: str) -> str:
    """Spell out the abbreviations place names are written with ("St Paul" -> "saint paul")."""
    head, _, rest = key.partition(" ")
    full = _PLACE_ABBREVIATIONS.get(head.rstrip("."))
    return f"{full} {rest}" if full and rest else key


def _place_found(
    words: list[Token], place: tuple[str, str, str, int], key: str, before: str, after: str, line: Line, gaz: Gazetteer
) -> Found:
    """A gazetteer place, or the sports team a town's name stands for in a results line or a match report."""
    kind = place[1]
    team = _team_cue(before, after)
    if kind not in ("country", "continent") and (line.table or team):
        return make_found(words, "organization", STRONG, line)
    found = make_found(words, "place", STRONG if kind in ("country", "continent") else WEAK + 1, line)
    if key in gaz.capitals and before not in PLACE_PREPOSITIONS and before not in CITY_AREA_WORDS:
        found.country = gaz.capitals[key]
    return found


def _team_cue(before: str, after: str) -> bool:
    """Words around a name that make it a side in a match ("X beat", "v X", "X 2-1", "X coach")."""
    return after in TEAM_AFTER or after in TEAM_NOUNS or before in TEAM_BEFORE or _SCORE.match(after) is not None


def first_name(word: str, gaz: Gazetteer) -> bool:
    """A given name that is not also a country or a capital ("China", "Jordan" may be both)."""
    key = fold(word)
    if key not in gaz.first_names:
        return False
    place = gaz.place(key)
    return not (place and place[1] in ("country", "continent")) and key not in gaz.capitals


def _initial(text: str, gaz: Gazetteer) -> bool:
    """"J." or "J.P." before a family name (but not "U.S.")."""
    return text.endswith(".") and len(text.replace(".", "")) <= 2 and text[0].isupper() and fold(text) not in gaz.places


def _group_mentions(tok: Token, gaz: Gazetteer, line: Line) -> list[Found]:
    """Group candidates for the nationalities in one word."""
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


def _city(key: str, gaz: Gazetteer) -> bool:
    """A town the gazetteer knows that is not also a given name or a common word."""
    place = gaz.place(key)
    return place is not None and key not in gaz.first_names and not gaz.is_common(key)


def major_place(key: str, gaz: Gazetteer) -> bool:
    """A country, continent, region or capital: names no person shares in a news story."""
    place = gaz.place(key)
    return key in gaz.capitals or (place is not None and place[1] != "city")


def is_country(key: str, gaz: Gazetteer) -> bool:
    """A country or a continent: never a person's name, whatever the story says."""
    place = gaz.place(key)
    return place is not None and place[1] in ("country", "continent")


def surname(words: tuple[str, ...]) -> str:
    """The family name of a person's name: its last word before a generational suffix ("King" in "King Jr.")."""
    for word in reversed(words[1:]):
        if word.lower().rstrip(",") not in NAME_SUFFIXES:
            return word
    return words[0]
