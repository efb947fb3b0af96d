"""Actors: people, organisations, places and groups, each merged over all its surface forms.

Three steps, all linear in the article: every sentence's capitalised runs are cut into name
candidates (:mod:`briefing.compile.layout.segments`) and each gets a kind guess from its own words and
its neighbours (:mod:`briefing.compile.actors.kinds`); the document then settles each name's kind by
vote and folds short forms into the full names they shorten ("Erdogan" into "Recep Tayyip
Erdogan"); last, roles and title mentions ("the Turkish president") are attached and the
entities are ordered by salience.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import field

from briefing.brief import ActorKind
from briefing.compile.actors import roles
from briefing.compile.actors.kinds import (
    STRONG,
    WEAK,
    Found,
    classify,
    first_name,
    is_country,
    major_place,
    make_found,
    modifier_head,
    surname,
)
from briefing.compile.actors.names import Token, runs
from briefing.compile.doc import Entity, Layout, Mention, Noise, actor_kind
from briefing.compile.layout.lines import Line, is_dateline, read_line, sentence_capitals
from briefing.compile.layout.segments import cut_run
from briefing.compile.lexicon import gazetteer
from briefing.compile.lexicon.gazetteer import Gazetteer, fold
from briefing.compile.lexicon.tense import PREDICATE_AUXILIARIES
from briefing.compile.lexicon.titles import GENDERED_TITLES
from briefing.compile.lexicon.words import CLUB_SUFFIXES, CONNECTORS, FUNCTION_WORDS, PARTY_ALIASES, SPEECH_VERBS
from briefing.patterns import regex
from briefing.records import dataclass

_NOISE_WEIGHT = 0.3
_END_OF_TEXT = 1 << 62
_SLUG = regex(r"[^a-z0-9]+")
_MIXED_INITIALS = regex(r"[A-Z](?:[a-z]?[A-Z])+")


@dataclass(slots=True)
class _Group:
    """The candidates settled as one entity, of one kind, under one display name."""

    kind: ActorKind
    found: list[Found] = field(default_factory=list)
    name: str = ""


def find_actors(layout: Layout, noise: Noise) -> list[Entity]:
    """Entities with every mention, ordered by salience."""
    norm = layout.norm
    gaz = gazetteer.load()
    lines = [read_line(norm, i, s) for i, s in enumerate(layout.sentences)]
    mid_caps, alone_caps = sentence_capitals(lines)
    found: list[Found] = []
    display = {line.index for line in lines if line.headline or _title_case(line, gaz)}
    for line in lines:
        if line.index not in display:
            found.extend(_candidates(line, gaz, mid_caps, alone_caps))
    surnames = {fold(f.words[-1]) for f in found if f.kind == "person" and len(f.words) > 1}
    found.extend(_surname_mentions(lines, display, found, surnames, gaz))
    words_used = {f.key for f in found}
    known = {f.key: f.kind for f in found if f.kind}
    known.update(dict.fromkeys(surnames, "person"))
    for line in lines:
        if line.index in display:
            found.extend(_headline_candidates(line, gaz, known, set() if line.headline else words_used))
    modifiers = _modifier_words(lines)
    found = [f for f in found if not (f.nickname and f.key[:-1] in modifiers)]
    groups = _settle(found, gaz, _titled_sex(norm, found))
    return _entities(layout, groups, noise, gaz, lines)


def _candidates(line: Line, gaz: Gazetteer, mid_caps: set[str], alone_caps: set[str]) -> list[Found]:
    """All candidates of a prose line: fused modifiers ("US-made") and the pieces of its runs."""
    tokens = line.tokens
    out: list[Found] = []
    dateline = is_dateline(tokens) and line.index < 3
    for tok in tokens:
        if tok.compound_modifier:
            out.extend(modifier_head(tok, gaz, line))
    for run in runs(tokens):
        for segment in cut_run(run, tokens, line, gaz, mid_caps, alone_caps):
            out.extend(classify(segment, tokens, line, gaz, dateline and segment[0] == line.first_word))
    return out


#: Words after a sentence's first word that make it a person acting ("Young, 44, took over",
#: "Marsh joined", "Price has said"): a lower-case word that opens a predicate.
_ACTS_AFTER = SPEECH_VERBS | PREDICATE_AUXILIARIES


def _surname_mentions(
    lines: list[Line], display: set[int], found: list[Found], surnames: set[str], gaz: Gazetteer
) -> list[Found]:
    """The surname alone of a person named in full, where that surname is also a word ("Coach Ann
    Young ... said Young", "Leo Marsh ... Marsh, 19, joined"): a mention of the person.

    The dictionary check that keeps "Young people" and "Marsh land" out of the actors drops these
    too, so the pronoun after them ("Asked about his goal, he said") went to an earlier speaker.
    Mid-sentence the capital is the sign; a sentence's first word counts only before a comma, as
    a possessive, or before a verb ("Young smiled", "Marsh has"), never before another word of a
    noun phrase.  ``surnames``: the folded last words of the full names of people in ``found``.
    """
    taken = {f.start for f in found}
    out: list[Found] = []
    for line in lines:
        if line.index in display:
            continue
        tokens = line.tokens
        for run in runs(tokens):
            if len(run) != 1:
                continue
            i = run[0]
            tok = tokens[i]
            if tok.upper or tok.start in taken or fold(tok.text) not in surnames or not gaz.is_common(tok.text):
                continue
            if i == line.first_word and not (tok.possessive or _acts(tokens, i)):
                continue
            out.append(make_found([tok], "person", WEAK, line))
    return out


def _acts(tokens: list[Token], i: int) -> bool:
    """Whether the word after ``tokens[i]`` makes it a subject: a comma or a verb."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is None:
        return False
    low = following.text.lower()
    return following.text == "," or low in _ACTS_AFTER or (following.text.islower() and low.endswith("ed"))


#: A headline in title case holds at most this many words; a longer line is prose.
_TITLE_WORDS = 20
#: A headline stands in the first lines of the text (a kicker, the title, a standfirst).
_TITLE_LINES = 3


def _title_case(line: Line, gaz: Gazetteer) -> bool:
    """A headline written in title case ("Mayor Vows To Fight Cuts"): most of its words capitalised,
    three of them plain dictionary words (verbs, nouns) that no name list knows, in the first lines.

    Its capitals say nothing about names, so like an all-capitals headline it only names what the
    rest of the article or the gazetteer names; a line of names ("Ann Roe, Sam Brown and Li Wei")
    has no such plain words and stays prose.
    """
    words = [t for t in line.tokens if t.word]
    if line.table or line.index >= _TITLE_LINES or not 3 <= len(words) <= _TITLE_WORDS:
        return False
    capitalised = [t for t in words if t.capitalised]
    if len(capitalised) < 0.7 * len(words):
        return False
    plain = 0
    for tok in capitalised[1:]:
        key = fold(tok.text)
        if tok.upper or key in gaz.first_names or key in gaz.surnames or key in gaz.places or key in gaz.demonyms:
            continue
        if key in FUNCTION_WORDS or gaz.is_common(tok.text):
            plain += 1
    return plain >= 3


def _modifier_words(lines: list[Line]) -> set[str]:
    """Capitalised words used before a lower-case noun ("Patriot systems"): products and brands."""
    out: set[str] = set()
    for line in lines:
        tokens = line.tokens
        for i in range(line.first_word + 1, len(tokens) - 1):
            tok, following = tokens[i], tokens[i + 1]
            if tok.capitalised and not tok.upper and following.word and following.text[0].islower():
                if following.text not in FUNCTION_WORDS:
                    out.add(fold(tok.text))
    return out


def _headline_candidates(
    line: Line, gaz: Gazetteer, known: Mapping[str, str | None], body_names: set[str]
) -> list[Found]:
    """In a headline only what the gazetteer or the rest of the article names counts.

    A title-case headline may also give the full name of a person the story calls by one part
    ("Lindsay Lohan Checks Out" above "... Lindsay said"): ``body_names`` holds the names the
    story's prose uses (empty for an all-capitals headline, whose capitals tell nothing).
    """
    out: list[Found] = []
    tokens = [t for t in line.tokens if t.word]
    i = 0
    while i < len(tokens):
        pair = tokens[i : i + 2]
        if len(pair) == 2 and _headline_person(pair, gaz, known, body_names):
            found = make_found(pair, "person", WEAK, line)
            found.headline = True
            out.append(found)
            i += 2
            continue
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
                found = make_found(words, kind, WEAK, line)
                found.headline = True
                out.append(found)
                i += width
                break
        else:
            i += 1
    return out


def _headline_person(pair: list[Token], gaz: Gazetteer, known: Mapping[str, str | None], body_names: set[str]) -> bool:
    """A given name and a word no dictionary lists, one of which the story's prose uses alone."""
    first, last = fold(pair[0].text), fold(pair[1].text)
    if f"{first} {last}" in known or pair[0].upper or pair[1].upper or first in FUNCTION_WORDS or last in gaz.places:
        return False
    if not first_name(pair[0].text, gaz) or (gaz.is_common(pair[1].text) and last not in gaz.surnames):
        return False
    return first in body_names or last in body_names


def _headline_place(key: str, gaz: Gazetteer) -> bool:
    """A place a headline can name without the story naming it: a country, a capital, a big city."""
    place = gaz.place(key)
    if place is None or gaz.is_common(key):
        return False
    return place[1] in ("country", "continent") or key in gaz.capitals or place[3] >= 100000


def _titled_sex(norm: str, found: list[Found]) -> dict[int, str]:
    """The sex a title before a one-word name says, by the name's start ("Mr. Trump": "m")."""
    out: dict[int, str] = {}
    for f in found:
        if f.role and len(f.words) == 1:
            sex = GENDERED_TITLES.get(norm[f.role[0] : f.role[1]].lower().rstrip("."))
            if sex:
                out[f.start] = sex
    return out


def _settle(found: list[Found], gaz: Gazetteer, titled: dict[int, str]) -> list[_Group]:
    """Decide each name's kind by vote and fold short person names into the full ones.

    ``titled`` holds the sex that titles give one-word names (:func:`_titled_sex`); see
    :func:`_other_sex` for what it changes."""
    votes: dict[str, Counter[str]] = {}
    for f in found:
        if f.kind and f.kind != "group":
            votes.setdefault(f.key, Counter())[f.kind] += f.strength
    kind_of = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}
    _people_by_surname(found, votes, kind_of)
    _clubs_by_town(found, votes, kind_of)

    people: dict[str, str] = {}
    for f in found:
        if kind_of.get(f.key) == "person" and len(f.words) >= 2:
            full = f.key
            people.setdefault(fold(surname(f.words)), full)
            head = fold(f.words[0])
            if first_name(f.words[0], gaz) or not (gaz.is_common(head) or head in gaz.places):
                people.setdefault(head, full)
    for f in found:
        if f.kind == "person" and f.strength == STRONG and len(f.words) == 1:
            people.setdefault(f.key, f.key)
    for f in found:
        if f.kind == "group":
            continue
        if len(f.words) == 1 and f.key in people and not is_country(f.key, gaz):
            kind_of[f.key] = "person"
    for key in kind_of:
        if key in PARTY_ALIASES:
            kind_of[key] = "organization"
    bodies = _short_bodies(found, kind_of, gaz)
    for key in bodies:
        if votes.get(key, Counter())["person"] < STRONG and key not in people and not major_place(key, gaz):
            kind_of[key] = "organization"

    seen = Counter(f.key for f in found if not f.headline)
    sexes: dict[str, set[str]] = {}
    for f in found:
        if f.start in titled:
            sexes.setdefault(f.key, set()).add(titled[f.start])
    groups: dict[tuple[str, str], _Group] = {}
    for f in found:
        kind: str | None
        if f.kind == "group":
            kind, canon = "group", f.key
        elif f.fixed and f.kind:
            kind, canon = f.kind, _canonical_key(f, f.kind, people, gaz)
        else:
            kind = kind_of.get(f.key) or _default_kind(f, seen, gaz)
            if kind is None:
                continue
            canon = _canonical_key(f, kind, people, gaz)
            if canon != f.key and _other_sex(f, canon, titled, sexes, gaz):
                canon = f.key
            if kind == "organization" and f.key in bodies:
                canon = bodies[f.key]
            if kind == "organization":
                canon = PARTY_ALIASES.get(canon, canon)
        group = groups.setdefault((kind, canon), _Group(actor_kind(kind)))
        group.found.append(f)
    for (kind, canon), group in groups.items():
        group.name = _name(group, canon, gaz)
    return _merge_short_forms(list(groups.values()), gaz)


def _other_sex(f: Found, full: str, titled: dict[int, str], sexes: dict[str, set[str]], gaz: Gazetteer) -> bool:
    """Whether a surname alone names someone other than the full name it would fold into:
    "President Trump and Melania Trump, the first lady ... Mr. Trump said" -- a title of the
    other sex than the full name's given name stands before this mention, or before some
    mention of the surname while this one has no title of the full name's sex (the first lady is
    "Mrs. Trump" there, the President "Mr. Trump" and "Trump")."""
    if len(f.words) != 1:
        return False
    sex = gaz.gender(full.split()[0])
    own = titled.get(f.start)
    if not sex or own == sex:
        return False
    return own is not None or bool(sexes.get(f.key, set()) - {sex})


def _merge_short_forms(groups: list[_Group], gaz: Gazetteer) -> list[_Group]:
    """Fold the short forms of a body into its full name: one actor per real actor.

    A story names a body in full once and then shortens it: by its initials ("the National Union
    of Journalists" ... "the NUJ", "Bank of England" ... "the BoE"), by its head noun ("the
    Bank", "the Lords" for "the House of Lords") or by dropping a qualifier in front ("the Media
    Council" for "the Ugandan Media Council").  A short form folds in only when exactly one full
    name of the story fits it, so two councils keep "the Council" apart from both.
    """
    bodies = [g for g in groups if g.kind == "organization" and g.found]
    full = [(g, _words_of(g)) for g in bodies if len(_words_of(g)) >= 2]
    if not full:
        return groups
    merged: set[int] = set()
    for group in bodies:
        words = _words_of(group)
        if len(words) >= 2 and not _is_suffix_form(words, full, group):
            continue
        targets = [g for g, long in full if g is not group and id(g) not in merged and _shortens(words, long, gaz)]
        if len(targets) != 1:
            continue
        target = targets[0]
        target.found.extend(group.found)
        group.found = []
        merged.add(id(group))
    return [g for g in groups if id(g) not in merged]


def _words_of(group: _Group) -> tuple[str, ...]:
    """The words of a group's shown name."""
    return tuple(group.name.split())


def _is_suffix_form(words: tuple[str, ...], full: list[tuple[_Group, tuple[str, ...]]], group: _Group) -> bool:
    """Whether a several-word body name is the tail of a longer one ("Media Council")."""
    return any(g is not group and len(long) > len(words) and long[-len(words) :] == words for g, long in full)


def _shortens(short: tuple[str, ...], long: tuple[str, ...], gaz: Gazetteer) -> bool:
    """Whether ``short`` is the initials, the head noun or the tail of the body name ``long``."""
    if len(short) >= 2:
        return len(long) > len(short) and long[-len(short) :] == short
    word = short[0]
    if word.isupper() or _MIXED_INITIALS.fullmatch(word):
        return word.replace(".", "") in _initials(long)
    key = fold(word)
    if is_country(key, gaz):
        return False
    heads = {fold(long[-1])}
    if "of" in long:
        heads.add(fold(long[long.index("of") - 1]))
    return key in heads and long[-1].lower() not in CONNECTORS


def _initials(words: tuple[str, ...]) -> set[str]:
    """The ways a name's initials are written: "NUJ", "BoE" (small words in lower case), "BOE"."""
    content = [w for w in words if w.lower() not in CONNECTORS]
    plain = "".join(w[0] for w in content if w[:1].isupper())
    small = "".join(w[0] if w[:1].isupper() else w[0].lower() for w in words if w.lower() not in ("and", "&", "the"))
    return {plain, small, small.upper()}


def _people_by_surname(found: list[Found], votes: dict[str, Counter[str]], kind_of: dict[str, str]) -> None:
    """A full name no strong cue typed is a person's when the story goes on to call that person by
    the surname alone ("the councillor Amara Okoro ... Okoro said").

    Only a name without a strong vote for another kind changes, so "Okoro Holdings" stays a company.
    """
    lone = {f.key for f in found if len(f.words) == 1 and kind_of.get(f.key) == "person"}
    for f in found:
        if len(f.words) < 2 or f.headline or kind_of.get(f.key) == "person" or fold(surname(f.words)) not in lone:
            continue
        counter = votes.get(f.key, Counter())
        if all(n < STRONG for kind, n in counter.items() if kind != "person"):
            kind_of[f.key] = "person"


def _clubs_by_town(found: list[Found], votes: dict[str, Counter[str]], kind_of: dict[str, str]) -> None:
    """A town the story names a club after ("Bolton Wanderers") and uses as a side at least once
    ("Bolton manager", "Bolton levelled") is that side throughout, even where a preposition
    reads like a place ("on loan at Bolton")."""
    clubs = {fold(f.words[0]) for f in found if len(f.words) >= 2 and f.words[-1].lower() in CLUB_SUFFIXES}
    for key in clubs:
        if kind_of.get(key) == "place" and votes[key]["organization"] >= STRONG:
            kind_of[key] = "organization"


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
    """The key mentions of one entity share: the full name, the country, the gazetteer name."""
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
        commonest = Counter(" ".join(f.words) for f in forms).most_common(1)[0][0]
        return _display(commonest)
    return _display(" ".join(best.words))


def _display(name: str) -> str:
    """Title-case a name met only in capitals ("SEOUL" -> "Seoul"); acronyms stay."""
    if name.isupper() and len(name.replace(".", "")) > 4:
        return name.title()
    return name


def _entities(layout: Layout, groups: list[_Group], noise: Noise, gaz: Gazetteer, lines: list[Line]) -> list[Entity]:
    """Entities with roles, aliases and title mentions, ordered by salience, with unique ids.

    Salience counts mentions (a title mention 0.8, one in a noise segment 0.3) and rewards an
    early first mention.
    """
    norm = layout.norm
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
    _drop_aliases_of_others(entities)
    titles = _title_mentions(norm, entities, gaz)
    for entity in entities:
        if entity.kind == "group" and titles:
            entity.mentions = [m for m in entity.mentions if not _inside(m, titles)]
    entities = [e for e in entities if e.mentions]
    for entity in entities:
        weight = 0.0
        for m in entity.mentions:
            weight += (0.8 if m.form == "title" else 1.0) * (_NOISE_WEIGHT if layout.sentence_at(m.start) in noise else 1.0)
        first = layout.sentence_at(entity.mentions[0].start)
        entity.salience = round(weight + 2.0 / (1 + max(first, 0)), 4)
    entities.sort(key=lambda e: (-e.salience, e.mentions[0].start if e.mentions else 0))
    used: set[str] = set()
    for entity in entities:
        entity.id = _slug(entity.name, used)
    return entities


def _drop_aliases_of_others(entities: list[Entity]) -> None:
    """An alias that is another actor's name is not an alias: "Donald Trump" shortened from
    "Donald Trump Jr." names the father when the story names him too (and a story brief would
    then merge the two)."""
    shown = Counter(fold(e.name) for e in entities if e.kind == "person")
    for entity in entities:
        if entity.kind == "person":
            entity.aliases = [a for a in entity.aliases if not shown[fold(a)]]


def _inside(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether the mention lies in one of the sorted spans."""
    i = bisect.bisect_right(spans, (mention.start, _END_OF_TEXT)) - 1
    return i >= 0 and spans[i][0] <= mention.start and mention.end <= spans[i][1]


def _role(norm: str, group: _Group, gaz: Gazetteer, lines: list[Line]) -> str | None:
    """A person's role: a title found with the name first, else a phrase before or after a mention."""
    if group.kind != "person":
        return None
    for f in group.found:
        if f.role:
            return roles.clean(norm[f.role[0] : f.role[1]])
    for f in group.found:
        tokens = lines[f.sentence].tokens
        first = bisect.bisect_left(tokens, f.start, key=_token_start)
        last = bisect.bisect_right(tokens, f.end, key=_token_end) - 1
        if first >= len(tokens) or last < 0:
            continue
        span = roles.before(tokens, first, gaz) or roles.apposition(tokens, last, gaz)
        if span:
            return roles.clean(norm[span[0] : span[1]])
    return None


def _token_start(token: Token) -> int:
    return token.start


def _token_end(token: Token) -> int:
    return token.end


def _aliases(norm: str, group: _Group) -> list[str]:
    """Other written forms of the name, in text order, without repeats."""
    seen = {fold(group.name)}
    out = []
    forms = []
    for f in sorted(group.found, key=lambda f: f.start):
        forms.append(" ".join(f.words) if group.kind != "place" else roles.clean(norm[f.start : f.end]))
        if group.kind == "person" and surname(f.words) != f.words[-1]:
            forms.append(" ".join(f.words[: f.words.index(surname(f.words)) + 1]).rstrip(","))
    for form in forms:
        if fold(form) not in seen:
            seen.add(fold(form))
            out.append(form)
    return out


def _title_mentions(norm: str, entities: list[Entity], gaz: Gazetteer) -> list[tuple[int, int]]:
    """Add "the Turkish president" as a title mention of the one person whose role it repeats.

    One pass of a single pattern over the text, longest phrase first, so the cost does not
    grow with the number of titles.  Returns the spans taken, sorted, so that the nationality
    inside them is not also counted as a mention of a group.
    """
    owners: dict[str, list[Entity]] = {}
    for entity in entities:
        if entity.kind == "person" and entity.role:
            for phrase in roles.title_phrases(entity.role, gaz):
                owners.setdefault(phrase, []).append(entity)
    unique = {phrase: holders[0] for phrase, holders in owners.items() if len(holders) == 1}
    if not unique:
        return []
    alternatives = "|".join(re.escape(p) for p in sorted(unique, key=len, reverse=True))
    pattern = re.compile(rf"\b(?:{alternatives})(?![^\W_])", re.IGNORECASE)
    named = {id(e): {m.start for m in e.mentions} for e in unique.values()}
    taken: list[tuple[int, int]] = []
    for match in pattern.finditer(norm):
        holder = unique.get(match.group().lower())
        if holder is None or match.end() + 1 in named[id(holder)]:
            continue
        taken.append(match.span())
        holder.mentions.append(Mention(match.start(), match.end(), match.group(), "title"))
    for entity in unique.values():
        entity.mentions.sort(key=lambda m: m.start)
    return taken


def _slug(name: str, used: set[str]) -> str:
    """A readable id from the name, unique in the brief."""
    base = _SLUG.sub("-", fold(name)).strip("-") or "actor"
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug
