"""Who a subject names: a name run, a pronoun or a description, resolved to an actor.

A name run goes to the entity with a mention there (or with that last name); a credible name the
actor pass missed stays a bare name.  "He" and "she" go to the sentence topic in focus (see
:mod:`briefing.compile.quotes.topics`) or the speaker of the quote before, whichever is later and
of a fitting gender; failing both, to the person last named outside quotes (of the same gender
where an honorific tells it), or to that speaker, whichever is nearer; "it" goes to the last organisation.  "The spokesman" goes to the last person whose role
or title has the word; an unnamed source the story never names ("an executive spokeswoman", "a
Green party source") is the speaker as described, with the body its words name as its actor.  The speaker of the quote before is passed in (``last``), never kept.
"""

from __future__ import annotations

from bisect import bisect_right

from briefing.brief import ActorKind
from briefing.compile.doc import Attribution, Entity, Span
from briefing.compile.lexicon import gazetteer
from briefing.compile.lexicon.calendar_names import MONTH_NAMES, WEEKDAY_WORDS
from briefing.compile.lexicon.heads import ORG_NAME_ENDS, SPEAKER_ROLES, THING_NAME_ENDS, TITLE_WORDS
from briefing.compile.lexicon.stopwords import ARTICLES, OBJECT_PREPOSITIONS, OBJECT_VERBS
from briefing.compile.lexicon.tense import PRONOUN_GENDERS
from briefing.compile.lexicon.titles import TITLE_ABBREVIATIONS
from briefing.compile.lexicon.words import (
    NAME_PARTICLES,
    PARTY_MEMBERS,
    PERSON_DESCRIPTION_NOUNS,
    PERSON_NOUN_ENDINGS,
    SOURCE_GENDERS,
    UNNAMED_SOURCES,
)
from briefing.compile.quotes.cues import CUE_VERBS
from briefing.compile.quotes.subjects import NameRun, bare_name, name_runs, qualifies_noun
from briefing.compile.quotes.topics import Topic, gender_of, sentence_topics
from briefing.compile.quotes.windows import Windows
from briefing.patterns import regex
from briefing.records import dataclass

_WORD = regex(r"[A-Za-z]+(?:['-][A-Za-z]+)*")
_TIME_WORDS = WEEKDAY_WORDS | frozenset(m.lower() for m in MONTH_NAMES) | frozenset(("today", "yesterday", "tonight"))
_PARTICLES = NAME_PARTICLES | {"of"}
# Words after which a name is an object ("told Roe", "a letter to the minister"), not who speaks.
_EMBEDDING = OBJECT_PREPOSITIONS | ARTICLES | OBJECT_VERBS
_CUE_OR_STOP = regex(r"\s*(?:[,.;:]|(?:" + "|".join(sorted(CUE_VERBS)) + r")\b)")
# How many paragraphs back a description ("the athlete") may find the person in focus.
_DESCRIPTION_REACH = 3
_HONORIFIC = regex(r"\b(Mr|Mrs|Ms|Miss)\b")


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a subject names: an entity id, or a bare name the actor pass did not find, or no one."""

    speaker_id: str | None
    name: str | None
    kind: ActorKind = "person"
    description: str | None = None


NO_ONE = Speaker(None, None)


class Referents:
    """The entity mentions of the article, indexed for look-ups by offset and by last word."""

    def __init__(self, windows: Windows, entities: list[Entity]) -> None:
        self.windows = windows
        self.norm = windows.norm
        self.entities = entities
        mentions = sorted((m.start, m.end, k) for k, e in enumerate(entities) for m in e.mentions)
        self.mention_starts = [m[0] for m in mentions]
        self.mentions = mentions
        self.by_last_word: dict[str, int] = {}
        for k, e in enumerate(entities):
            if e.kind not in ("person", "organization", "group"):
                continue
            for form in (e.name, *e.aliases):
                words = form.split()
                if words:
                    self.by_last_word.setdefault(words[-1].lower().removesuffix("'s"), k)
        self._topics: list[Topic] | None = None
        self._topic_starts: list[int] = []
        self._genders: dict[int, str] = {}

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping ``start:end``."""
        i = bisect_right(self.mention_starts, end - 1) - 1
        for j in range(i, max(-1, i - 50), -1):
            ms, me, k = self.mentions[j]
            if me > start:
                return self.entities[k]
            if ms < start - 200:
                break
        return None

    def run(self, run: NameRun, *, lone: bool = False) -> Speaker:
        """The entity a name run names; else, for a credible name the actor pass missed, that name.

        A lone capitalised word with no title ("Democrats", "Phoenix") is no credible person,
        save right after an inverted cue (``said Idowu``, ``lone``) in the middle of a sentence.
        """
        if self.party_description(run):
            return self.description((run.start, run.end), run.text.split()[-1].lower())
        entity = self.entity_at(run.start, run.end)
        text = run.text.replace("[", "").replace("]", "")
        if entity is None:
            k = self.by_last_word.get(text.split()[-1].lower())
            entity = self.entities[k] if k is not None else None
        epithet = self._epithet(run, text, entity)
        if epithet is not None:
            return epithet
        if entity is not None:
            return Speaker(entity.id, None, entity.kind)
        name = bare_name(text)
        words = name.split()
        titled = name != text
        named_by_article = (
            self.norm[max(0, run.start - 4) : run.start].lower() == "the "
            and words[-1].lower() not in TITLE_WORDS
            and words[-1].lower() not in SPEAKER_ROLES
            and _CUE_OR_STOP.match(self.norm, run.end) is not None
        )
        if len(words) < 2 and not titled and not named_by_article and not (lone and not self.windows.starts_sentence(run.start)):
            return NO_ONE
        if is_time(words[-1]) or any(w[0].islower() and w not in _PARTICLES for w in words):
            return NO_ONE
        if words[-1].lower() in THING_NAME_ENDS or all(w.lower().rstrip(".") in TITLE_WORDS for w in words):
            return NO_ONE
        organization = words[-1].lower() in ORG_NAME_ENDS or (named_by_article and len(words) == 1)
        return Speaker(None, name, "organization" if organization else "person")

    def _epithet(self, run: NameRun, text: str, entity: Entity | None) -> Speaker | None:
        """"said the Riverside Harrier": capitalised words after an inverted cue and "the", that end
        the subject, that no actor bears but there (an actor named once, so), and that end in a
        noun for a person, not a word of a body, a thing or a title, are an epithet of the person in
        focus, as "the veteran" is ("said the Daily Beast" is the paper)."""
        words = text.split()
        last = words[-1].lower()
        before = _WORD.findall(self.norm, max(0, run.start - 20), run.start)
        if (
            len(words) < 2
            or len(before) < 2
            or before[-1] != "the"
            or before[-2] not in CUE_VERBS
            or _CUE_OR_STOP.match(self.norm, run.end) is None
            or not last.endswith(PERSON_NOUN_ENDINGS)
            or last in ORG_NAME_ENDS | THING_NAME_ENDS | TITLE_WORDS | SPEAKER_ROLES
            or (entity is not None and (entity.kind not in ("organization", "group") or len(entity.mentions) > 1))
        ):
            return None
        topic = self._topic_before(run.start, None, None)
        return topic if topic is not None and topic.kind == "person" else None

    def party_description(self, run: NameRun) -> bool:
        """"the New York Democrat": a place and a party word after "the" describe the politician
        the story last named, not the place."""
        words = run.text.split()
        return len(words) > 1 and words[-1].lower() in PARTY_MEMBERS and self.norm[max(0, run.start - 4) : run.start].lower() == "the "

    def pronoun(self, pronoun: str, offset: int, last: Attribution | None) -> Speaker:
        """He/she: the person last named before the pronoun, outside quotes and of the same gender
        where an honorific tells it; "it": the last organisation; plural and first person stay
        unknown.

        Three candidates compete on nearness: the last person mention the actor pass gives, the
        last personal-looking name in the text (the actor pass may have missed that mention), and
        ``last``, the speaker of the quote before.
        """
        gender = PRONOUN_GENDERS[pronoun]
        if gender == "n":
            return self._last_institution(offset)
        if gender not in ("m", "f"):
            return NO_ONE
        topic = self._topic_before(offset, gender, last)
        if topic is not None:
            return topic
        in_quote = self.windows.in_quote
        candidates: list[tuple[int, Speaker]] = []
        if last is not None and last.source_span is not None and (last.speaker_id or last.name or last.description):
            candidates.append((last.source_span[0], Speaker(last.speaker_id, last.name, last.kind, last.description)))
        i = bisect_right(self.mention_starts, offset) - 1
        once: tuple[int, Speaker] | None = None
        for j in range(i, max(-1, i - 200), -1):
            ms, me, k = self.mentions[j]
            entity = self.entities[k]
            if entity.kind == "person" and not in_quote(ms) and self._gender_fits(ms, me, gender):
                if not self._embedded(ms, me):
                    candidates.append((ms, Speaker(entity.id, None, "person")))
                    break
                once = once or (ms, Speaker(entity.id, None, "person"))
        for run in reversed(self.runs_before(offset)):
            if (
                looks_personal(run)
                and not run.modifier
                and not in_quote(run.start)
                and not self._embedded(run.start, run.end)
                and self._gender_fits(run.start, run.end, gender)
            ):
                speaker = self.run(run)
                if speaker.speaker_id or speaker.name:
                    candidates.append((run.start, speaker))
                break
        if not candidates and once is not None:
            candidates.append(once)
        return max(candidates, key=lambda c: c[0])[1] if candidates else NO_ONE

    def _topic_before(self, offset: int, gender: str | None, last: Attribution | None, reach: int = 1) -> Speaker | None:
        """The actor in focus at ``offset`` whom "he" or "she" can mean: the latest of the sentence
        topics (subjects) and the last quote's speaker, in this paragraph or the one before,
        whose gender fits (any gender for ``None``: "the athlete").  A description reaches
        further back (``reach`` paragraphs) than a pronoun."""
        windows = self.windows
        topics = self._sentence_topics()
        here = windows.paragraph(offset)
        best: tuple[int, Speaker] | None = None
        i = bisect_right(self._topic_starts, offset - 1)
        for topic in reversed(topics[:i]):
            if windows.paragraph(topic.start) < here - reach:
                break
            if topic.entity is None:
                # An unnamed source is what "she" means, never what "the athlete" means.
                if gender is not None and topic.described is not None and _source_gender(self.norm, topic.described) in ("", gender):
                    best = (topic.start, self.described(topic.described))
                    break
                continue
            if gender is None or self._entity_gender(topic.entity) in ("", gender):
                entity = self.entities[topic.entity]
                best = (topic.start, Speaker(entity.id, None, entity.kind))
                break
        if last is not None and last.source_span is not None and (last.speaker_id or last.name or last.description) and last.kind == "person":
            k = next((n for n, e in enumerate(self.entities) if e.id == last.speaker_id), None)
            start, end = last.source_span
            if gender is None:
                fits = True
            elif last.description:
                fits = SOURCE_GENDERS.get(last.description.split()[-1].lower(), "") in ("", gender)
            elif k is not None:
                fits = self._entity_gender(k) in ("", gender)
            else:
                fits = self._gender_fits(start, end, gender)
            if fits and start < offset and windows.paragraph(start) >= here - reach and (best is None or start > best[0]):
                best = (start, Speaker(last.speaker_id, last.name, "person", last.description))
        return best[1] if best else None

    def _sentence_topics(self) -> list[Topic]:
        """The sentence topics, read once, when a pronoun or description first asks."""
        if self._topics is None:
            self._topics = sentence_topics(self.norm, self.windows.sentences, self.entities, self.windows.in_quote)
            self._topic_starts = [t.start for t in self._topics]
        return self._topics

    def described(self, span: Span) -> Speaker:
        """An unnamed source as the text describes it, without its article ("an executive
        spokeswoman" -> "executive spokeswoman"), with the body its words name as its actor
        ("a Green party source" -> the Green party), an organisation before anyone else."""
        words = list(_WORD.finditer(self.norm, *span))
        start = words[1].start() if len(words) > 1 and words[0].group().lower() in ARTICLES else span[0]
        named: Entity | None = None
        i = bisect_right(self.mention_starts, span[1] - 1) - 1
        for j in range(i, max(-1, i - 20), -1):
            ms, me, k = self.mentions[j]
            if me <= start:
                break
            if ms >= start and me <= span[1] and (named is None or self.entities[k].kind == "organization"):
                named = self.entities[k]
        return Speaker(named.id if named else None, None, "person", self.norm[start : span[1]])

    def _entity_gender(self, k: int) -> str:
        if k not in self._genders:
            self._genders[k] = gender_of(self.norm, self.entities[k], gazetteer.load())
        return self._genders[k]

    def _last_institution(self, offset: int) -> Speaker:
        """"It said": the organisation last named before, outside quotes."""
        i = bisect_right(self.mention_starts, offset) - 1
        for j in range(i, max(-1, i - 200), -1):
            ms, _, k = self.mentions[j]
            if self.entities[k].kind == "organization" and not self.windows.in_quote(ms):
                return Speaker(self.entities[k].id, None, "organization")
        if self.entities:
            return NO_ONE
        for run in reversed(self.runs_before(offset)):
            if looks_institutional(run) and not self.windows.in_quote(run.start):
                return self.run(run)
        return NO_ONE

    def _embedded(self, start: int, end: int) -> bool:
        """A mention after a preposition, an article or another capitalised word, a possessive or
        a name qualifying a noun is seldom the subject a later "he" or "she" refers to ("in the
        San Francisco Chronicle", "Sir Alan's inquiry", "Lib Dem spokesman")."""
        if self.norm.startswith(("'s", "' "), end) or qualifies_noun(self.norm, end, min(len(self.norm), end + 40)):
            return True
        before = _WORD.findall(self.norm, max(0, start - 30), start)
        if not before:
            return False
        word = before[-1]
        if word.lower() in _EMBEDDING:
            return True
        return word[0].isupper() and word.lower() not in TITLE_WORDS and not self.windows.starts_sentence(start - len(word) - 1)

    def _gender_fits(self, start: int, end: int, gender: str) -> bool:
        honorific = _HONORIFIC.search(self.norm, max(0, start - 5), end)
        if honorific is None:
            return True
        return (honorific.group(1) == "Mr") == (gender == "m")

    def description(self, span: Span, head: str) -> Speaker:
        """"The spokesman": an entity titled so here, else the last one whose role or title has the
        word; "the alliance": the last name ending in it.  Other nouns ("the suit") name no one."""
        entity = self.entity_at(*span)
        if entity is not None and entity.kind == "person":
            return Speaker(entity.id, None, entity.kind)
        in_quote = self.windows.in_quote
        role = head in SPEAKER_ROLES or head in TITLE_WORDS
        party = head in PARTY_MEMBERS
        i = bisect_right(self.mention_starts, span[0]) - 1
        for j in range(i, max(-1, i - 400), -1):
            ms, me, k = self.mentions[j]
            entity = self.entities[k]
            if entity.kind == "person" and not in_quote(ms) and (
                party
                or head in _role_words(entity.role or "")
                or (role and head in _role_words(self.norm[max(0, ms - 40) : me]))
            ):
                return Speaker(entity.id, None, entity.kind)
        for run in reversed(self.runs_before(span[0])):
            if in_quote(run.start):
                continue
            if run.text.split()[-1].lower() == head and len(run.text.split()) > 1:
                return self.run(run)
            if role and looks_personal(run) and head in _WORD.findall(self.norm[max(0, run.start - 40) : run.end].lower()):
                return self.run(run)
        if head in UNNAMED_SOURCES:
            return self._source_before(span, head)
        if head in PERSON_DESCRIPTION_NOUNS or head.endswith("-old"):
            if self.norm[span[0] : span[0] + 4].lower() == "the " and "'" not in self.norm[span[0] : span[1]]:
                return self._topic_before(span[0], None, None, _DESCRIPTION_REACH) or NO_ONE
        return NO_ONE

    def _source_before(self, span: Span, head: str) -> Speaker:
        """"The source told the paper" after "A Green party source told ...": the unnamed source
        described so before (a few paragraphs back), else this description itself."""
        topics = self._sentence_topics()
        here = self.windows.paragraph(span[0])
        for topic in reversed(topics[: bisect_right(self._topic_starts, span[0] - 1)]):
            if self.windows.paragraph(topic.start) < here - _DESCRIPTION_REACH:
                break
            if topic.described is not None and _WORD.findall(self.norm, *topic.described)[-1].lower() == head:
                return self.described(topic.described)
        return self.described(span)

    def runs_before(self, offset: int) -> list[NameRun]:
        """Name runs in the stretch of text before ``offset`` (bounded, so look-ups stay cheap)."""
        return [r for r in name_runs(self.norm, max(0, offset - 1500), offset) if not r.possessive]


def attribution(who: tuple[Speaker, Span], cue: str | None, cue_span: Span | None) -> Attribution:
    """The attribution of a subject read with its cue."""
    speaker, source = who
    return Attribution(speaker.speaker_id, cue, cue_span, source, speaker.name, speaker.kind, speaker.description)


def _role_words(text: str) -> set[str]:
    """The lower-case words of a title with abbreviations spelled out, so "Sen." answers "the senator"."""
    words = {w.strip(".,;:()[]") for w in text.lower().split()}
    return words | {TITLE_ABBREVIATIONS[w] for w in words if w in TITLE_ABBREVIATIONS}


def _source_gender(norm: str, span: Span) -> str:
    """"f" for "a spokeswoman", "m" for "the spokesman", "" for a description that tells none."""
    words = _WORD.findall(norm, *span)
    return SOURCE_GENDERS.get(words[-1].lower(), "") if words else ""


def is_time(text: str) -> bool:
    """Whether every word is a weekday, a month or "today", "yesterday", "tonight" (no one's name)."""
    return all(w.lower().rstrip(".") in _TIME_WORDS for w in text.split())


def looks_personal(run: NameRun) -> bool:
    """Two or more capitalised words or an honorific: likely a person, not a place, an event or a month."""
    words = run.text.split()
    if "I" in words:
        return False
    last = words[-1].lower()
    return (len(words) >= 2 or words[0].endswith(".")) and not is_time(run.text) and last not in ORG_NAME_ENDS and last not in THING_NAME_ENDS


def looks_institutional(run: NameRun) -> bool:
    """Two or more capitalised words ending in an institution's word ("New York Times")."""
    words = run.text.split()
    return len(words) >= 2 and words[-1].lower() in ORG_NAME_ENDS
