"""Actors across sources: one actor per person, body or place of the story, every source listed.

Outlets name the same actor differently: in full in one ("Recep Tayyip Erdogan"), by surname in
another ("Erdogan"), with or without middle names and initials, an acronym for a body ("NATO" for
"North Atlantic Treaty Organization").  Actors are joined, in this order, when

1. they share a name form (folded, a leading "the", dots and a possessive ignored); a one-word
   form joins only what it cannot mistake: not the surname of a person named in full (step 7
   decides whom a bare surname means, so Hillary and Bill Clinton, each "Clinton" in their
   article, stay two), never two people with different given names, a person to a body when the
   articles disagree on the kind (the majority's kind is kept), a person to a place only when the
   place reading came from a minor town of the gazetteer ("Obama" in Japan, never Jordan); an
   alias that names another member of a family ("Donald Trump" or "Trump" on "Donald Trump Jr.")
   is not used, and "Jr." sets a son apart only where an article names father and son (elsewhere
   it is the suffix one outlet dropped: "Roger J. Stone Jr." is Roger Stone), nor a person's
   one-word alias that is a country or capital a place of the story is called ("Washington" on
   "George Washington");
   a place or body named "X of Y" also goes by "Y X" ("Island of Qeshm", "Qeshm Island"), and a
   name of several words with a hyphen also goes without it ("Kim Jong-un", "Kim Jong Un");
2. one body's one-word form is the acronym of another's name; a one-word name run together from
   the starts of one person's given name and surname ("LiLo") is that person's nickname;
3. a person's name is another's full name with headline words run on ("Mike Pompeo Secretly Met");
4. a place or body is named by the first word or the last words of exactly one longer name of its
   kind ("North" for North Korea, "Red Sox" for the Boston Red Sox); a place is spelt with or
   without a final "e" or "s" ("Berne", "Bern") that the gazetteer puts in one country;
5. persons with the same given names have long surnames one letter apart (a spelling variant);
6. they are persons with one surname and given names that agree: every given name of the shorter
   name matches one of the longer (equal, an initial, or a common short form: "Bob" for "Robert"),
   so "Tayyip Erdogan" joins "Recep Tayyip Erdogan" but Bill and Hillary Clinton stay two;
7. a person named by surname alone joins the person of that surname the story names most (one
   found in the same source first): the outlet wrote the surname alone because the reader knows
   whom it means.  A body or a minor town called only by that surname is read the same way, and
   so is a name no one else bears whose first word, used alone in its article, is the surname (a
   headline run-on: "Comey Memos Show"), and a name whose only "given name" is a dictionary word
   no one is named ("Whatever Trump").  A surname whose mentions carry a title of one sex
   ("Mr. Roe") joins no one whose given name (or titles) say the other sex, and joins the one
   person of its sex when the story names exactly one, in whatever source: in "President Roe ...
   Ann Roe, the first lady ... Mr. Roe said" he is another outlet's Ed Roe, not Ann Roe of the
   same article (with no one of his sex named, he stays apart).

Each step looks up keys in dictionaries, so the merge is linear in the number of actors.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import field
from functools import lru_cache

from briefing.brief import Actor, ActorKind, Ref
from briefing.compile.lexicon.spelling import american
from briefing.compile.lexicon.titles import COURTESY_TITLES, TITLE_GENDERS
from briefing.compile.lexicon.words import GENERATION_SUFFIXES, GIVEN_NAME_FORMS, NAME_NUMERALS
from briefing.merge.similar import UnionFind, fold
from briefing.patterns import regex
from briefing.records import dataclass

_EDGE = " \"“”‘’'.,;:!?()[]"
_POSSESSIVE = regex(r"['’]s?$")
#: "Island of Qeshm" is "Qeshm Island", "University of Delmont" "Delmont University".
_OF = regex(r"^([a-z]+) of ([a-z]+)$")
#: A town smaller than this may be a surname the gazetteer happens to hold (Obama, Japan).
MINOR_TOWN = 100_000
_WORD_BREAK = regex(r"[\s-]+")
_NOT_SLUG = regex(r"[^a-z0-9]+")
#: "LiLo", "J.Lo", "A-Rod", "ScarJo", "K-Stew": the start of a given name and of a surname, each at
#: most four letters, run together with a capital, a dot or a hyphen between.
#: A surname's own prefix ("McCain", "LaRue", "DeSantis") is no such join.
_NICKNAME = regex(r"(?!(?:Mc|Mac|De|Di|Du|La|Le|Van|Von|O)[A-Z])([A-Z][a-z]{0,3})[.-]?([A-Z][a-z]{1,3})")
_ACRONYM_SKIP = frozenset("of the and for & de du la le der von in on at to".split())
#: The word (and its dot) just before a mention: "Mr. " before "Roe".
_WORD_BEFORE = regex(r"(?<![A-Za-z])([A-Za-z]+)\.?\s+$")


@dataclass
class Member:
    """One per-article actor, with the source it came from and its keys."""

    source: str
    actor: Actor
    forms: set[str] = field(default_factory=set)
    #: The name and the aliases that do not name another member of the family.
    names: list[str] = field(default_factory=list)
    surname: str = ""
    given: tuple[str, ...] = ()
    #: Joined a person as a bare surname although its article read it as a body or place: its
    #: kind does not count in the vote.
    outvoted: bool = False
    #: The sexes the titles before its mentions say (:func:`title_sexes`): "Mr. Roe" is no Ann Roe.
    titled: frozenset[str] = frozenset()


@lru_cache(maxsize=1 << 16)
def form(name: str) -> str:
    """A name as it is compared: folded, edge punctuation, a leading "the", dots and a possessive
    dropped, each word in its American spelling (the lexicon's, as the dictionary check reads it)."""
    text = fold(name).strip(_EDGE)
    text = text[4:] if text.startswith("the ") else text
    text = _POSSESSIVE.sub("", text.replace(".", ""))
    # British and American spellings compared as one ("Centre", "Organisation", "Harbour").
    return " ".join(american(word) for word in text.split())


@lru_cache(maxsize=1 << 16)
def person_parts(name: str) -> tuple[str, tuple[str, ...]]:
    """(surname key, given names) of a person's name; honorifics dropped, "Jr." kept in the key."""
    tokens = [t.strip(_EDGE) for t in form(name).replace(",", " ").split()]
    tokens = [t for t in tokens if t]
    while tokens and tokens[0] in COURTESY_TITLES:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in NAME_NUMERALS:
        tokens = tokens[:-1]
    if not tokens:
        return "", ()
    if len(tokens) > 1 and tokens[-1] in GENERATION_SUFFIXES:
        return tokens[-2] + " " + tokens[-1], tuple(tokens[:-2])
    return tokens[-1], tuple(tokens[:-1])


def title_sexes(actor: Actor, texts: dict[str, str]) -> frozenset[str]:
    """The sexes the titles written before a person's mentions say ("Mr. Roe": "m"), read in the
    texts of the sources (by source id) that its evidence indexes.  The article's actor pass
    already keeps "Mr. Roe" apart from an Ann Roe of the same article; the story merge needs the
    same sex to send that bare "Roe" to the right Roe of another outlet."""
    if actor.kind != "person":
        return frozenset()
    sexes: set[str] = set()
    for ref in actor.evidence:
        text = texts.get(ref.source)
        match = _WORD_BEFORE.search(text, max(0, ref.start - 16), ref.start) if text else None
        word = match.group(1) if match else ""
        if word[:1].isupper() and (sex := TITLE_GENDERS.get(word.lower())):
            sexes.add(sex)
    return frozenset(sexes)


def acronym(name: str) -> str:
    """The initials of the words of a name of two or more words, small words left out ("NATO")."""
    parts = [w for w in _WORD_BREAK.split(fold(name)) if w and w not in _ACRONYM_SKIP]
    if len(parts) < 2 or not all(p[0].isalpha() for p in parts):
        return ""
    return "".join(p[0] for p in parts)


def _same_given(a: str, b: str) -> bool:
    """One given name written two ways: equal, an initial of the other, or a common short form of it."""
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    fa, fb = GIVEN_NAME_FORMS.get(a, frozenset()), GIVEN_NAME_FORMS.get(b, frozenset())
    return b in fa or a in fb or bool(fa & fb)


def _given_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Every given name of the shorter list matches one of the longer (see :func:`_same_given`)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return all(any(_same_given(word, other) for other in long_) for word in short)


def _contradicts(m: Member, alias: str) -> bool:
    """An alias naming another member of the family: "Donald Trump" or a bare "Trump" on "Donald
    Trump Jr.", or "Donald Trump" on "Melania Trump" (the compiler's slip is not a reason to join
    two people)."""
    if m.actor.kind != "person":
        return False
    if " " not in form(alias):
        return " " in m.surname and form(alias) == m.surname.split()[0]  # "Trump" on "Trump Jr."
    surname, given = person_parts(alias)
    if surname == m.surname:
        return bool(given and m.given) and not _given_agree(given, m.given)
    return surname.split()[0] == m.surname.split()[0]


def _joins_on(a: Member, b: Member, key: str, full_surnames: set[str]) -> bool:
    """Whether a shared form ``key`` joins two actors at once.

    A name of several words does.  A one-word form does not when it is the surname of a person
    named in full in the story: which person a bare surname means is the surname step's choice
    (Hillary and Bill Clinton, both "Clinton" in their articles, stay two).  Otherwise it joins
    two bare names read as a person in one article and as a body in another (the kind is then
    the majority's), never two people with different given names, and a person to a place only
    when the place reading came from a minor town of the gazetteer ("Obama" in Japan), never a
    country or a city ("Jordan").
    """
    persons = [m for m in (a, b) if m.actor.kind == "person"]
    if " " in key or not persons:
        return True
    if key in full_surnames:
        return False
    if len(persons) == 2:
        return not (a.given and b.given)
    other = b if persons[0] is a else a
    return other.actor.kind != "place" or _minor_place(key)


@lru_cache(maxsize=1 << 12)
def _minor_place(key: str) -> bool:
    """A one-word name the gazetteer knows only as a town: a person's surname read as a place."""
    from briefing.compile.lexicon.gazetteer import load

    place = load().place(key)
    return place is not None and place[1] == "city" and place[3] < MINOR_TOWN


def merge_actors(members: list[Member]) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    """The story's actors and a map ``(source id, per-article actor id) -> story actor id``."""
    for m in members:
        if m.actor.kind == "person":
            m.surname, m.given = person_parts(m.actor.name)
            if len(m.given) == 1 and _headline_word(m.given[0]):
                m.given = ()
    apart = _told_apart(members)
    for m in members:
        if " " in m.surname and m.surname.split()[0] not in apart:
            m.surname = m.surname.split()[0]
        m.names = [m.actor.name, *(a for a in m.actor.aliases if not _contradicts(m, a))]
        m.forms = {f for f in (form(n) for n in m.names) if f}
        m.forms |= {f.replace("-", " ") for f in m.forms if "-" in f and " " in f}  # "Kim Jong-un", "Kim Jong Un"
        if m.actor.kind in ("place", "organization"):
            m.forms |= {_OF.sub(r"\2 \1", f) for f in m.forms if _OF.match(f)}
    _drop_place_aliases(members)
    full_surnames = {m.surname for m in members if m.given}
    groups = UnionFind(len(members))
    named: dict[int, set[str]] = {}
    by_form: dict[str, list[int]] = {}
    for i, m in enumerate(members):
        if m.given:
            named[i] = {m.surname}
        for f in sorted(m.forms):
            for j in by_form.get(f, []):
                if _joins_on(m, members[j], f, full_surnames) and _same_people(groups, named, i, j, f):
                    people = named.pop(groups.find(i), set()) | named.pop(groups.find(j), set())
                    groups.union(i, j)
                    if people:
                        named[groups.find(i)] = people
                    break
            by_form.setdefault(f, []).append(i)
    _join_acronyms(members, groups, by_form)
    _join_nicknames(members, groups)
    _join_run_ons(members, groups, by_form)
    _join_short_forms(members, groups, by_form)
    _join_place_spellings(members, groups, by_form)
    _join_spellings(members, groups)
    _join_surnames(members, groups, full_surnames)
    return _build(members, groups)


def _drop_place_aliases(members: list[Member]) -> None:
    """A person's one-word alias that is a country or a capital which a place of the story is
    called ("Washington" on "George Washington", where the outlet's "Paris and Washington" meant
    the United States) is the place's name, not the person's: the compiler folded the place into
    the person of that surname.  Kept, it makes the person carry the place in the story brief."""
    from briefing.compile.lexicon.gazetteer import load

    gazetteer = load()
    places = {f for m in members if m.actor.kind == "place" for f in m.forms if " " not in f}
    for m in members:
        if m.actor.kind != "person" or not m.given:
            continue
        taken = {
            f for f in m.forms & places if f in gazetteer.capitals or (gazetteer.place(f) or ("", ""))[1] == "country"
        }
        if taken:
            m.names = [n for n in m.names if form(n) not in taken]
            m.forms -= taken


@lru_cache(maxsize=1 << 12)
def _headline_word(word: str) -> bool:
    """A dictionary word no one is named ("Whatever" in "Whatever Trump", "War-Zone"): a headline's
    word run onto a surname, not a given name, so the actor is that surname alone."""
    from briefing.compile.lexicon.gazetteer import load

    gazetteer = load()
    parts = word.split("-")
    return word not in gazetteer.first_names and all(p and gazetteer.is_common(p) for p in parts)


def _told_apart(members: list[Member]) -> set[str]:
    """Surnames some article gives both to a "Jr." (or "Sr.") and to a person without it: there
    the two are father and son.  Elsewhere "Roger J. Stone Jr." and "Roger Stone" are one man
    whose suffix one outlet dropped."""
    plain: set[tuple[str, str]] = set()
    suffixed: set[tuple[str, str]] = set()
    for m in members:
        if m.surname:
            (suffixed if " " in m.surname else plain).add((m.source, m.surname.split()[0]))
    return {surname for source, surname in suffixed if (source, surname) in plain}


def _same_people(groups: UnionFind, named: dict[int, set[str]], i: int, j: int, key: str) -> bool:
    """Whether joining on a one-word form keeps one person per group: a bare "Donald" that
    joined Donald Trump does not also take in Donald Tusk."""
    if " " in key:
        return True
    a, b = named.get(groups.find(i), set()), named.get(groups.find(j), set())
    return not (a and b) or bool(a & b)


def _join_acronyms(members: list[Member], groups: UnionFind, by_form: dict[str, list[int]]) -> None:
    """A body's acronym, with or without the initial of a leading "The" ("THR" for the Hollywood
    Reporter, whose "The" the compiler drops from the name), is that body."""
    for i, m in enumerate(members):
        if m.actor.kind not in ("organization", "group"):
            continue
        if m.actor.name.upper() == m.actor.name:
            continue
        short = acronym(m.actor.name)
        for j in [*by_form.get(short, []), *by_form.get("t" + short, [])] if short else []:
            if members[j].actor.kind in ("organization", "group"):
                groups.union(i, j)


def _join_nicknames(members: list[Member], groups: UnionFind) -> None:
    """A one-word name run together from the first letters of a person's given name and surname
    ("LiLo", "J.Lo", "A-Rod", "ScarJo"), each piece shorter than the name it starts, is that
    person's nickname, when exactly one person of the
    story (its spellings already joined count once) fits; the compiler reads such a word as a body
    for its capitals, so its kind does not count in the vote."""
    people: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(members):
        if m.given and m.given[0][:1].isalpha() and m.surname[:1].isalpha():
            people.setdefault((m.given[0][0], m.surname[0]), []).append(i)
    for i, m in enumerate(members):
        pieces = _NICKNAME.fullmatch(m.actor.name.strip(_EDGE))
        if not pieces or " " in m.actor.name.strip():
            continue
        head, tail = fold(pieces.group(1)), fold(pieces.group(2))
        fits = {
            groups.find(j)
            for j in people.get((head[0], tail[0]), [])
            if _shortens(head, members[j].given[0]) and _shortens(tail, members[j].surname) and j != i
        }
        if len(fits) == 1:
            groups.union(next(iter(fits)), i)
            m.outvoted = m.actor.kind != "person"


def _shortens(start: str, word: str) -> bool:
    """``start`` begins ``word`` and is shorter ("Ana-Ruiz" is Ana Ruiz hyphenated, no nickname)."""
    return len(start) < len(word) and word.startswith(start)


def _join_run_ons(members: list[Member], groups: UnionFind, by_form: dict[str, list[int]]) -> None:
    """A person's name holding another person's full name and more words is a headline run-on of
    it ("Mike Pompeo Secretly Met", "Notorious Bettie Page"), unless the rest is "Jr." or "Sr.";
    so is a body's name ending in a person's full name ("Fired Jim O'Brien", "Angels GM Tony
    Reagins"), which the compiler read as a body for the words before it."""
    for i, m in enumerate(members):
        if m.actor.kind != "person":
            continue
        tokens = form(m.actor.name).split()
        if len(tokens) < 3 or tokens[-1] in GENERATION_SUFFIXES:
            continue
        for size in range(len(tokens) - 1, 1, -1):
            hits = [
                j
                for start in range(len(tokens) - size + 1)
                for j in by_form.get(" ".join(tokens[start : start + size]), [])
                if members[j].actor.kind == "person" and j != i
            ]
            if hits:
                groups.union(hits[0], i)
                break
    for i, m in enumerate(members):
        if m.actor.kind not in ("organization", "group"):
            continue
        tokens = form(m.actor.name).split()
        for start in range(1, len(tokens) - 1):
            hits = [j for j in by_form.get(" ".join(tokens[start:]), []) if members[j].given]
            if hits:
                groups.union(hits[0], i)
                m.outvoted = True
                break


def _join_short_forms(members: list[Member], groups: UnionFind, by_form: dict[str, list[int]]) -> None:
    """A place or body named by the first word or the last words of a longer name of its kind is
    that one, when the story holds exactly one such longer actor (its spellings and forms already
    joined count once): "North" for North Korea, "Red Sox" for the Boston Red Sox;
    "Intelligence Committee" beside a Senate and a House one joins neither.  The first words of a
    longer name are not enough: "Port Aldine" is the town, not the Port Aldine Transit Authority."""
    longer: dict[tuple[str, str], set[str]] = {}
    for m in members:
        if m.actor.kind not in ("place", "organization"):
            continue
        for f in m.forms if not m.outvoted else ():
            tokens = f.split()
            if len(tokens) > 1:
                longer.setdefault((m.actor.kind, tokens[0]), set()).add(f)
            for k in range(1, len(tokens)):
                longer.setdefault((m.actor.kind, " ".join(tokens[k:])), set()).add(f)
    for i, m in enumerate(members):
        if m.actor.kind not in ("place", "organization"):
            continue
        for f in m.forms:
            own = groups.find(i)
            targets = {
                groups.find(j)
                for name in longer.get((m.actor.kind, f), set()) - m.forms
                for j in by_form.get(name, [])
                if members[j].actor.kind == m.actor.kind and not members[j].outvoted
            } - {own}
            if len(targets) == 1:
                groups.union(i, next(iter(targets)))


def _join_place_spellings(members: list[Member], groups: UnionFind, by_form: dict[str, list[int]]) -> None:
    """A place one outlet spells with a final "e" or "s" that another leaves off ("Berne" and
    "Bern") is one place, when the gazetteer puts both spellings in one country (so a town and a
    namesake abroad stay two: "Paris" and "Pari")."""
    from briefing.compile.lexicon.gazetteer import load

    gazetteer = load()
    for i, m in enumerate(members):
        if m.actor.kind != "place":
            continue
        for f in m.forms:
            if " " in f or len(f) < 5 or f[-1] not in "es":
                continue
            here, there = gazetteer.place(f), gazetteer.place(f[:-1])
            if here is None or there is None or here[2] != there[2]:
                continue
            for j in by_form.get(f[:-1], []):
                if members[j].actor.kind == "place":
                    groups.union(i, j)


def _join_spellings(members: list[Member], groups: UnionFind) -> None:
    """Persons with the same given names whose long surnames differ by one letter are one person
    spelt two ways ("Alishbandi", "Alishvandi"); so are persons of one surname whose only given
    name (five letters or more) differs by one letter inside it ("Heidar", "Heydar").  Found
    through one-letter deletions, not all pairs."""
    keys: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(members):
        if not m.given or len(m.surname) < 6 or " " in m.surname:
            continue
        variants = {m.surname} | {m.surname[:k] + m.surname[k + 1 :] for k in range(len(m.surname))}
        for v in variants:
            keys.setdefault((m.given[0], v), []).append(i)
    for indices in keys.values():
        for j in indices[1:]:
            a, b = members[indices[0]], members[j]
            if a.surname != b.surname and _given_agree(a.given, b.given) and _one_edit(a.surname, b.surname):
                groups.union(indices[0], j)
    firsts: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for i, m in enumerate(members):
        for name in m.names if m.given else ():
            surname, given = person_parts(name)
            if len(given) == 1 and len(given[0]) >= 5:
                for k in range(len(given[0])):
                    firsts.setdefault((surname, given[0][:k] + given[0][k + 1 :]), []).append((i, given[0]))
    for found in firsts.values():
        first, spelt = found[0]
        for other, written in found[1:]:
            if spelt != written and _same_given_spelt_two_ways(spelt, written):
                groups.union(first, other)


def _same_given_spelt_two_ways(a: str, b: str) -> bool:
    """One letter changed, added or dropped inside a given name, not at its end (Maria and Mario,
    Daniel and Daniela are two people), of names the gazetteer does not give two genders."""
    if a[-1] != b[-1] or not _one_edit(a, b):
        return False
    from briefing.compile.lexicon.gazetteer import load

    gazetteer = load()
    genders = {gazetteer.gender(a), gazetteer.gender(b)} - {""}
    return len(genders) <= 1


def _one_edit(a: str, b: str) -> bool:
    """One letter changed, added or dropped."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(long_) - len(short) == 1 and any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _join_surnames(members: list[Member], groups: UnionFind, full_surnames: set[str]) -> None:
    """Steps 6 and 7: persons of one surname whose given names agree; bare surnames to the
    likeliest of its sex (the sex its titles say, :func:`_cluster_sex`; a bare surname that only
    persons of the other sex bear stays apart, with the other bare ones of its sex).  Also read
    as a bare surname: a body or minor town named by the surname of a person named in full (the
    compiler guessed "Putin" alone was a body), and a person whose name no one else in the story
    bears but whose first word, which its article also used alone, is another person's surname (a
    headline run-on, "Comey Memos Show" with the alias "Comey")."""
    bearers = Counter(m.surname for m in members if m.given)
    root = [groups.find(i) for i in range(len(members))]
    members_of: dict[int, list[int]] = {}
    for i in range(len(members)):
        members_of.setdefault(root[i], []).append(i)
    by_surname: dict[str, list[int]] = {}
    bare: dict[str, list[int]] = {}
    for i, m in enumerate(members):
        if m.surname:
            (by_surname if m.given else bare).setdefault(m.surname, []).append(i)
            if m.given and bearers[m.surname] == 1 and m.given[0] in m.forms and m.given[0] in full_surnames:
                bare.setdefault(m.given[0], []).append(i)
        else:
            key = next((f for f in sorted(m.forms) if f in full_surnames and " " not in f), None)
            if key and _only_named(key, [members[j] for j in members_of[root[i]]]):
                bare.setdefault(key, []).append(i)
    for surname in dict.fromkeys([*by_surname, *bare]):
        clusters: list[list[int]] = []
        weight = Counter[int]()
        placed: set[int] = set()
        for i in sorted(by_surname.get(surname, []), key=lambda i: -members[i].actor.mentions):
            if groups.find(i) in placed:
                continue
            placed.add(groups.find(i))
            for cluster in clusters:
                if all(_given_agree(members[i].given, members[j].given) for j in cluster):
                    cluster.append(i)
                    groups.union(cluster[0], i)
                    break
            else:
                clusters.append([i])
        for cluster in clusters:
            weight[cluster[0]] = sum(members[j].actor.mentions for j in cluster)
        loose = bare.get(surname, [])
        sex_of = {c[0]: _cluster_sex([members[j] for j in c]) for c in clusters} if loose else {}
        apart: list[int] = []
        for i in loose:
            if any(groups.find(i) == groups.find(c[0]) for c in clusters):
                continue
            if not clusters:
                if loose[0] != i:
                    groups.union(loose[0], i)
                continue
            sex = next(iter(members[i].titled)) if len(members[i].titled) == 1 else ""
            right = [c for c in clusters if sex and sex_of[c[0]] == sex]
            fits = right if len(right) == 1 else [c for c in clusters if not sex or sex_of[c[0]] in ("", sex)]
            if not fits:
                kin = next((j for j in apart if members[j].titled == members[i].titled), None)
                if kin is None:
                    apart.append(i)
                else:
                    groups.union(kin, i)
                continue
            here = [c for c in fits if any(members[j].source == members[i].source for j in c)]
            pick = max(here or fits, key=lambda c: weight[c[0]])
            groups.union(pick[0], i)
            if members[i].actor.kind != "person":
                for j in members_of[root[i]]:
                    members[j].outvoted = True


def _cluster_sex(cluster: list[Member]) -> str:
    """The sex of the person a cluster of full names is ("m", "f"; "" when unknown or mixed): the
    gazetteer's gender of its given names, else what the titles before its mentions say."""
    from briefing.compile.lexicon.gazetteer import load

    gazetteer = load()
    sexes = {gazetteer.gender(m.given[0]) for m in cluster if m.given} - {""}
    if not sexes:
        sexes = {sex for m in cluster for sex in m.titled}
    return next(iter(sexes)) if len(sexes) == 1 else ""


def _only_named(key: str, group: list[Member]) -> bool:
    """Whether a group of bodies or places is only ever called ``key`` (so that it may be the
    person of that surname): no person named in full in it, and a place only a minor town."""
    return all(key in m.forms and not m.given and (m.actor.kind != "place" or _minor_place(key)) for m in group)


def _best_name(parts: list[Member], kind: str) -> str:
    """The name most sources use for the actor (for a person, a full name if there is one), as written."""
    support: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    weight = Counter[str]()
    for m in parts:
        for k, n in enumerate(m.names):
            f = form(n)
            if not f:
                continue
            support.setdefault(f, set()).add(m.source)
            written.setdefault(f, n)
            if k == 0 and m.actor.kind == kind:
                weight[f] += m.actor.mentions
    full = [f for f in support if kind != "person" or " " in f]
    best = max(full or list(support), key=lambda f: (len(support[f]), weight[f], -len(f)))
    return written[best]


def _slug(name: str) -> str:
    return _NOT_SLUG.sub("-", fold(name)).strip("-") or "actor"


def _build(members: list[Member], groups: UnionFind) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    used: set[str] = set()
    ids: dict[tuple[str, str], str] = {}
    out: list[tuple[int, Actor]] = []
    for group in groups.groups():
        parts = [members[i] for i in group]
        kinds = Counter[str]()
        for m in [m for m in parts if not m.outvoted] or parts:
            kinds[m.actor.kind] += max(1, m.actor.mentions)
        kind: ActorKind = kinds.most_common(1)[0][0]  # type: ignore[assignment]
        name = _best_name(parts, kind)
        names: list[str] = []
        seen = {form(name)}
        for m in parts:
            for n in m.names:
                if form(n) not in seen:
                    seen.add(form(n))
                    names.append(n)
        roles = Counter(m.actor.role for m in parts if m.actor.role)
        sources = list(dict.fromkeys(m.source for m in parts))
        evidence: list[Ref] = [r for m in parts for r in m.actor.evidence]
        actor_id = base = _slug(name)
        number = 1
        while actor_id in used:
            number += 1
            actor_id = f"{base}-{number}"
        used.add(actor_id)
        for m in parts:
            ids[(m.source, m.actor.id)] = actor_id
        mentions = sum(m.actor.mentions for m in parts)
        actor = Actor(
            id=actor_id,
            name=name,
            kind=kind,
            role=max(roles, key=lambda r: (roles[r], len(r))) if roles else None,
            aliases=names,
            mentions=mentions,
            sources=sources,
            evidence=evidence,
        )
        out.append((mentions, actor))
    out.sort(key=lambda pair: -pair[0])
    return [a for _, a in out], ids
