"""Actors across sources: one actor per person, body or place of the story, every source listed.

Outlets name the same actor differently: in full in one ("Recep Tayyip Erdogan"), by surname in
another ("Erdogan"), with or without middle names and initials, an acronym for a body ("NATO" for
"North Atlantic Treaty Organization").  Actors are joined, in this order, when

1. they share a name form (folded, a leading "the", dots and a possessive ignored) and their kinds
   agree (a one-word form never joins a person to a place: "Jordan" the man is not Jordan the
   place); an alias that names another member of a family ("Donald Trump" on "Donald Trump Jr.")
   is not used to join;
2. one body's one-word form is the acronym of another's name;
3. a person's name is another's full name with headline words run on ("Mike Pompeo Secretly Met");
4. a place or body is named by the first word or the last words of exactly one longer name of its
   kind ("North" for North Korea, "Red Sox" for the Boston Red Sox);
5. persons with the same given names have long surnames one letter apart (a spelling variant);
6. they are persons with one surname and given names that agree: every given name of the shorter
   name matches one of the longer (equal, an initial, or a common short form: "Bob" for "Robert"),
   so "Tayyip Erdogan" joins "Recep Tayyip Erdogan" but Bill and Hillary Clinton stay two;
   "Jr." and "Sr." are part of the surname;
7. a person named by surname alone joins the person of that surname the story names most (one
   found in the same source first): the outlet wrote the surname alone because the reader knows
   whom it means.

Each step looks up keys in dictionaries, so the merge is linear in the number of actors.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.brief import Actor, ActorKind, Ref
from briefing.compile.lexicon.words import GIVEN_NAME_FORMS
from briefing.merge.similar import UnionFind, fold

_EDGE = " \"“”‘’'.,;:!?()[]"
_POSSESSIVE = re.compile(r"['’]s?$")
_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady prof rev".split())
_SUFFIXES = frozenset("jr sr".split())
_NUMERALS = frozenset("ii iii iv".split())
_ACRONYM_SKIP = frozenset("of the and for & de du la le der von in on at to".split())


@dataclass
class Member:
    """One per-article actor, with the source it came from and its keys."""

    source: str
    actor: Actor
    forms: set[str] = field(default_factory=set)
    surname: str = ""
    given: tuple[str, ...] = ()


@lru_cache(maxsize=1 << 16)
def form(name: str) -> str:
    """A name as it is compared: folded, edge punctuation, a leading "the", dots and a possessive dropped."""
    text = fold(name).strip(_EDGE)
    text = text[4:] if text.startswith("the ") else text
    text = _POSSESSIVE.sub("", text.replace(".", ""))
    return " ".join(text.split())


@lru_cache(maxsize=1 << 16)
def person_parts(name: str) -> tuple[str, tuple[str, ...]]:
    """(surname key, given names) of a person's name; honorifics dropped, "Jr." kept in the key."""
    tokens = [t.strip(_EDGE) for t in form(name).replace(",", " ").split()]
    tokens = [t for t in tokens if t]
    while tokens and tokens[0] in _HONORIFICS:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in _NUMERALS:
        tokens = tokens[:-1]
    if not tokens:
        return "", ()
    if len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        return tokens[-2] + " " + tokens[-1], tuple(tokens[:-2])
    return tokens[-1], tuple(tokens[:-1])


def acronym(name: str) -> str:
    """The initials of the words of a name of two or more words, small words left out ("NATO")."""
    parts = [w for w in re.split(r"[\s-]+", fold(name)) if w and w not in _ACRONYM_SKIP]
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
    """An alias naming another member of the family: "Donald Trump" on "Donald Trump Jr.", or
    "Donald Trump" on "Melania Trump" (the compiler's slip is not a reason to join two people)."""
    if m.actor.kind != "person" or " " not in form(alias):
        return False
    surname, given = person_parts(alias)
    if surname == m.surname:
        return bool(given and m.given) and not _given_agree(given, m.given)
    return surname.split()[0] == m.surname.split()[0]


def _kinds_agree(a: Member, b: Member, key: str) -> bool:
    """Whether a shared form ``key`` joins two actors of these kinds.

    A one-word form joins a person to a body only when the person is named in full somewhere (the
    compiler guessed "Putin" alone was a body); it never joins a person to a place ("Jordan").
    """
    kinds = {a.actor.kind, b.actor.kind}
    if len(kinds) == 1 or "person" not in kinds or " " in key:
        return True
    if "place" in kinds:
        return False
    person = a if a.actor.kind == "person" else b
    return bool(person.given) and person.surname == key


def merge_actors(members: list[Member]) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    """The story's actors and a map ``(source id, per-article actor id) -> story actor id``."""
    for m in members:
        if m.actor.kind == "person":
            m.surname, m.given = person_parts(m.actor.name)
        names = [m.actor.name, *(a for a in m.actor.aliases if not _contradicts(m, a))]
        m.forms = {f for f in (form(n) for n in names) if f}
    groups = UnionFind(len(members))
    by_form: dict[str, list[int]] = {}
    for i, m in enumerate(members):
        for f in sorted(m.forms):
            for j in by_form.get(f, []):
                if _kinds_agree(m, members[j], f):
                    groups.union(i, j)
                    break
            by_form.setdefault(f, []).append(i)
    _join_acronyms(members, groups, by_form)
    _join_run_ons(members, groups, by_form)
    _join_short_forms(members, groups, by_form)
    _join_spellings(members, groups)
    _join_surnames(members, groups)
    return _build(members, groups)


def _join_acronyms(members: list[Member], groups: UnionFind, by_form: dict[str, list[int]]) -> None:
    for i, m in enumerate(members):
        if m.actor.kind not in ("organization", "group"):
            continue
        if m.actor.name.upper() == m.actor.name:
            continue
        for j in by_form.get(acronym(m.actor.name), []):
            if members[j].actor.kind in ("organization", "group"):
                groups.union(i, j)


def _join_run_ons(members: list[Member], groups: UnionFind, by_form: dict[str, list[int]]) -> None:
    """A person's name holding another person's full name and more words is a headline run-on of
    it ("Mike Pompeo Secretly Met", "Notorious Bettie Page"), unless the rest is "Jr." or "Sr."."""
    for i, m in enumerate(members):
        if m.actor.kind != "person":
            continue
        tokens = form(m.actor.name).split()
        if len(tokens) < 3 or tokens[-1] in _SUFFIXES:
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


def _join_short_forms(members: list[Member], groups: UnionFind, by_form: dict[str, list[int]]) -> None:
    """A place or body named by the first word or the last words of a longer name of its kind is
    that one, when the story holds exactly one such longer name: "North" for North Korea, "Red
    Sox" for the Boston Red Sox; "Intelligence Committee" beside a Senate and a House one joins
    neither."""
    longer: dict[tuple[str, str], set[str]] = {}
    for m in members:
        if m.actor.kind not in ("place", "organization"):
            continue
        for f in m.forms:
            tokens = f.split()
            if len(tokens) < 2:
                continue
            longer.setdefault((m.actor.kind, tokens[0]), set()).add(f)
            for k in range(1, len(tokens)):
                longer.setdefault((m.actor.kind, " ".join(tokens[k:])), set()).add(f)
    for i, m in enumerate(members):
        if m.actor.kind not in ("place", "organization"):
            continue
        for f in m.forms:
            full = longer.get((m.actor.kind, f), set()) - m.forms
            if len(full) == 1:
                target = next(iter(full))
                j = next((j for j in by_form.get(target, []) if members[j].actor.kind == m.actor.kind), None)
                if j is not None:
                    groups.union(i, j)


def _join_spellings(members: list[Member], groups: UnionFind) -> None:
    """Persons with the same given names whose long surnames differ by one letter are one person
    spelt two ways ("Alishbandi", "Alishvandi"); found through one-letter deletions, not all pairs."""
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


def _one_edit(a: str, b: str) -> bool:
    """One letter changed, added or dropped."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(long_) - len(short) == 1 and any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _join_surnames(members: list[Member], groups: UnionFind) -> None:
    """Steps 3 and 4: persons of one surname whose given names agree; bare surnames to the likeliest."""
    by_surname: dict[str, list[int]] = {}
    for i, m in enumerate(members):
        if m.surname:
            by_surname.setdefault(m.surname, []).append(i)
    for indices in by_surname.values():
        full = [i for i in indices if members[i].given]
        bare = [i for i in indices if not members[i].given]
        clusters: list[list[int]] = []
        weight = Counter[int]()
        placed: set[int] = set()
        for i in sorted(full, key=lambda i: -members[i].actor.mentions):
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
        for i in bare:
            if any(groups.find(i) == groups.find(c[0]) for c in clusters):
                continue
            if not clusters:
                if bare[0] != i:
                    groups.union(bare[0], i)
                continue
            here = [c for c in clusters if any(members[j].source == members[i].source for j in c)]
            pick = max(here or clusters, key=lambda c: weight[c[0]])
            groups.union(pick[0], i)


def _best_name(parts: list[Member], kind: str) -> str:
    """The name most sources use for the actor (for a person, a full name if there is one), as written."""
    support: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    weight = Counter[str]()
    for m in parts:
        for k, n in enumerate([m.actor.name, *m.actor.aliases]):
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
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "actor"


def _build(members: list[Member], groups: UnionFind) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    used: set[str] = set()
    ids: dict[tuple[str, str], str] = {}
    out: list[tuple[int, Actor]] = []
    for group in groups.groups():
        parts = [members[i] for i in group]
        kinds = Counter[str]()
        for m in parts:
            kinds[m.actor.kind] += max(1, m.actor.mentions)
        kind: ActorKind = kinds.most_common(1)[0][0]  # type: ignore[assignment]
        name = _best_name(parts, kind)
        names: list[str] = []
        seen = {form(name)}
        for m in parts:
            for n in [m.actor.name, *m.actor.aliases]:
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
