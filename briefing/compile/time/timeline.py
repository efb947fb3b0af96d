"""The timeline: the story's dated events, one short phrase each, in chronological order.

An event is the clause around a date ("Russia and Turkey signed a $2.5 billion contract for the
delivery of four S-400 batteries" for "in late 2017"), not its whole paragraph: the sentence is cut
at semicolons, colons, dashes (not those enclosing an aside) and at commas before a lower-case word
(not inside a list of names), and the date with its preposition is taken out of the phrase (it is
shown as the event's date).  The clause has its subject: a clause that opens with its verb takes
the sentence's subject, one on an empty "it" takes the clause it refers to, and a "he" or "she"
is replaced by the one person it can stand for.  Future tense outside quotations, or a date after
the publication date, marks the event ``expected``.  Vague references (PRESENT_REF, "the future"),
durations and comparisons (", up from $1.2 billion a year earlier") are not events; nor are a
name with its titles, a clause that only says who spoke to whom, greetings, sign-offs and short
comments on an empty subject, and, inside a quotation, the speaker's views (a speaker's own deeds,
"I joined in 2015", are the speaker's events).  A live blog's time stamps date the entries they
open, on the publication day.  Pasted headlines and other noise yield nothing; a sentence repeated in
another rendition of the story yields one event, and events with the same date and nearly the same
words are merged, their evidence kept.  A phrase too long for a line is cut before a clause that
only adds to it, never mid-way.  Unknown years (``XXXX-08``) sort after every known one: an
article that names a month without a year is talking about its own recent past or near future.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date

from briefing.compile import similarity
from briefing.compile.doc import (
    Attribution,
    DateFound,
    Entity,
    EventFound,
    Layout,
    Noise,
    QuoteSpan,
    Repeats,
    Sentence,
    Span,
)
from briefing.compile.lexicon.tense import (
    EMPTY_SUBJECTS,
    FINITE_WORDS,
    MODALS,
    NOT_PAST_ED,
    PAST_IRREGULAR,
    PERSON_PRONOUNS,
    PLAN_WORDS,
    POSSESSIVES,
    REPORTING_ONLY_VERBS,
    REPORTING_VERBS,
)
from briefing.compile.lexicon.titles import TITLE_GENDERS
from briefing.compile.lexicon.words import SPEAKER_VOICE
from briefing.compile.time.dates import STAMP
from briefing.patterns import regex

MAX_WORDS = 30
#: Characters each side of a date that its clause is looked for in.
_WINDOW = 400
#: A clause with this many words besides its date says something of its own.
_ENOUGH_WORDS = 3
_CLAUSE_BREAK = regex(r"\s*(?:;|(?<!\d):(?!\d)|,\"?(?=\s+[\"'`]*[a-z])|\s-\s)\s*")
_WORD = regex(r"[\w$%]+(?:[-'.,]\w+)*")
_SIGNAL = regex(
    r"(?i:\b(?:(?:from|since|until)\s+)?(?:in|on|at|by|before|after|since|during|until|till|from|of|through|for|over|to"
    r"|prior\s+to|no\s+later\s+than|(?:(?:until|till|by|from|since|before|after|in|on)\s+)?(?:at\s+least|as\s+(?:early|late|soon)\s+as))\s+)$"
)
_LEAD = regex(
    r"^(?i:(?:with|and|but|while|as|so|then|also|\w+ing\s+that|that"
    r"|(?:\w+ly\s+)?(?:referring|alluding|pointing|responding|reacting)\s+(?:to|at))\s+)+"
)
_SPACE_BEFORE_MARK = regex(r"\s+(?=[.,;:!?)\]])")
_QUOTED = regex(r"\"[^\"]*\"?|``.*?(?:''|$)")
_CONSEQUENCE = regex(r"(?!(?:including|according|adding|saying|noting|citing|having|being)\b)[a-z]+ing(?:\s+[\w$'-]+){2}")
_DEPENDENT = regex(r"(?i:who|whom|whose|which|where)\b")
#: The name a "who" clause is about, closing the clause before it ("The mayor thanked Ana Ruiz");
#: looked for in the last ``_REFERENT_CHARS`` characters only, so a long run of capitals costs nothing.
_REFERENT_NAME = regex(r"(?:[A-Z][\w'.-]*\s+)*[A-Z][\w'.-]*\s*$")
_REFERENT_CHARS = 80
#: A name and the "who" clause that is all of the event ("Ana Ruiz, who founded the shelter"): told
#: as what the person did ("Ana Ruiz founded the shelter"), the article's words less the pronoun.
_NAME_WHO = regex(r"^((?:[A-Z][\w'.-]*\s+)*[A-Z][\w'.-]*),\s+who\s+(?=[^,;]+$)")
#: A clause comparing a figure with an earlier one (", up from 1.8 billion a year earlier"): the date
#: is the comparison's reference, not an event.
_COMPARISON = regex(r"(?:or|(?:up|down|rising|falling)\s+from|from|compared\s+(?:with|to)|versus|against|than)\b")
#: A clause opening with its verb ("..., 63, pleaded guilty in June"): its subject opens the sentence.
_PREDICATE = regex(
    r"(?:(?:and|but|then|also)\s+)?(?:said|says|told|tells|added|adds|has|have|had|is|was|were|are|will|would|could|can|did|does|made|makes|took"
    r"|takes|won|wins|lost|loses|became|becomes|began|begins|agreed|agrees|[a-z]+ed)\b"
)
#: A clause whose subject names nothing ("but it is widely expected to be 5 May"): what it stands for
#: is in the clause before, which the event takes with it.
_EMPTY_OPENING = regex(r"(?:(?:and|but|so|yet)\s+)?(?:it|this|that|these|those)(?:'s)?\s")
#: A transcript's speaker label before its colon ("LOPEZ", "Maria Lopez", "Q").
_LABEL = regex(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}")
#: A dash opening an aside that a second dash closes ("bought by the twins - Frederick and David - last year").
_DASH = regex(r"\s[-\u2013\u2014]\s")
#: The longest aside between two dashes, in characters; farther apart they are two breaks.
_ASIDE_CHARS = 120
#: A place to shorten an event too long for one line: before a clause that only adds to it.
_TAIL_BREAK = regex(
    r",\s+(?=(?:which|who|whose|where|while|as|after|before|because|although|though|but|and|with|including|amid)\b)|\s[-\u2013\u2014]\s|;\s"
)
#: A name and what follows its comma: an apposition, unless a verb follows.
_NAME_AND_TITLES = regex(r"^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*,\s")
_WORD_OR_CLITIC = regex(r"[A-Za-z]+|'[a-z]+")
#: A clause that only tells who spoke to whom ("He told reporters", "Mr Jones told BBC Radio 4's
#: programme"): what was said is elsewhere, so it is no event.
_ONLY_REPORTING = regex(
    r"^(?:[\w'.-]+\s+){0,6}?(?:" + "|".join(REPORTING_ONLY_VERBS) + ")"
    r"(?:\s+(?!(?:that|he|she|it|they|we|i|the\s+\w+\s+(?:was|is|had|has|will|would))\b)[\w'.-]+){0,5}$",
    re.IGNORECASE,
)
#: Words a phrase cut from elsewhere opens with ("... until at least"): no event of its own.
_CUT_OPENING = regex(r"^(?:\.\.\.|\u2026)")
#: A copula right after an empty subject: a sign-off or a comment ("That's all from us", "It's up to
#: them", "There isn't much to say"), not an event.
_EMPTY_COPULA = regex(
    r"^(?:it|that|this|there|here|what)(?:'s|\s+(?:is|was|isn't|wasn't|will\s+be|has\s+been|are|were))\b", re.IGNORECASE
)
#: A live blog's greeting or sign-off ("Good afternoon and welcome to ...", "Thanks for following").
_GREETING = regex(
    r"^(?:good\s+(?:morning|afternoon|evening|night)|welcome\b|hello\b|hi\b|thanks?\s+(?:you\s+)?for"
    r"|that\s+(?:'s|is|was)\s+(?:all|it)\b|that's\s+(?:all|it)\b|we(?:'ll|\s+will)\s+be\s+back|stay\s+with\s+us)",
    re.IGNORECASE,
)
#: The most words of a comment on an empty subject; a longer clause says something ("It was her
#: second defeat at the hands of ...").
_COMMENT_WORDS = 8
#: How many words may come before a subject in its sentence ("Last year, Mr Jones ...").
_SUBJECT_WORDS = 4
#: "It is to close the factory": a plan, not a comment.
_COPULA_PLAN = regex(r"^\w+(?:'s|\s+(?:is|are|was|were))\s+to\b", re.IGNORECASE)
#: A quoted clause opening with "I" (or "my" and a noun) and its verb, adverbs passed over.
_FIRST_PERSON_CLAUSE = regex(r"^(I|My\s+[a-z]+)\s+(?:(?:[a-z]+ly|also|then|first)\s+)?([a-z]+)\b")
#: Words that make a subject first or second person inside a quotation: the speaker's own view.
_FEMALE, _MALE = (
    regex(r"\b(?:" + "|".join(sorted(t.capitalize() for t, g in TITLE_GENDERS.items() if g == sex)) + r")\b")
    for sex in ("f", "m")
)
#: An aside after the subject telling what it is due to do ("The telescopes, due to launch in the
#: 2020s, will ..."): the event is the subject's.
_ASIDE_PLAN = regex(r"(?:" + "|".join(PLAN_WORDS) + r")\b")
#: A date at a clause's start that is its subject ("This year is no different"), not an adverb
#: ("Yesterday the company said"): a lower-case word that is no determiner or pronoun follows.
_SUBJECT_DATE_AFTER = regex(
    r"\s+(?!(?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|my|this|that|these|those|there)\b)[a-z]"
)
#: A date joined to another ("in January and February", "from 2011 to 2020"): taking one out breaks the phrase.
_JOINED_DATE = regex(r"\s+(?:and|or|to|through|until|-)\s+[A-Z0-9]")
_COPULA_BEFORE = regex(r"\b(?:be|is|was|are|were|been)\s+$")
_THAN = regex(r"\bthan\s+(?:\w+\s+)?$")
#: Words that name the clock a time is told by ("7:30 p.m. local time"): they go with the date.
_ZONE_AFTER = regex(r"\s+(?:local\s+time|\((?:[A-Z]{2,5}|local\s+time)\))")
#: "with" + a short subject + an -ing verb: an absolute clause ("with deliveries starting in 2019").
_WITH_ING = regex(
    r"(?i:with)\s+((?:(?:the|its|their|his|her|a|an|some|many|most|all)\s+)?"
    r"(?:(?!(?:of|to|for|in|on|at|by|from|as|and|or|the)\b)[\w'$%-]+\s+){0,2}"
    r"(?!(?:of|to|for|in|on|at|by|from|as|and|or|the)\b)[\w'$%-]*[^\Wg_][\w'$%-]*)\s+([a-z]{2,}ing)\b"
)
#: A date after a determiner is a noun in the phrase ("a loss for its fourth quarter"), not an adverb.
_DETERMINER_BEFORE = regex(r"(?i:\b(?:its|their|his|her|our|the|a|an|this|that)\s+)$")
#: A period's closing day told with it ("the year ended Sept. 30"): it goes with the date.
_ENDED_AFTER = regex(
    r"\s+(?:ended|ending|through)\s+(?:on\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\b"
)
#: A hyphenated date modifying the noun after it ("third-quarter profit", "year-end bonus").
_MODIFIER_AFTER = regex(r"\s+[a-z]")
_INTRODUCTORY = regex(
    r"(?i:at|during|in|on|after|before|with|for|from|since|by|following|amid|earlier|later|according|under|when|while"
    r"|as|once|because|although|though|if|unless|despite|to)\b"
)
_ADVERBIAL = regex(
    r"(?i:(?:last|this|next|early|late|earlier|later)\s+)?(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today"
    r"|tomorrow|tonight|(?:last|this|next)\s+(?:week|month|year))"
)
_POSSESSIVE = regex(r"'s?\b")
_EXPECTED = regex(
    r"(?i:\b(?:will|won't|shall|'ll|going\s+to|plans?\s+to|planned\s+to|expected\s+to|scheduled\s+to|set\s+to"
    r"|due\s+to\s+(?:be|take|begin|start|open|close|launch|arrive|end|finish|expire|meet|vote|report|return|resume"
    r"|hold|complete|sign|publish|announce|release|rule|decide|leave|retire|appear|testify|go|come|enter|reach)|is\s+to|are\s+to|intends?\s+to|would\s+be\s+\w+ed)\b)"
)
_VAGUE = regex(r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|P\d|P[TX])")
_ORDER = {"early": 0, "start": 0, "earlier": 1, "mid": 2, "later": 4, "late": 5, "end": 6}
_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 12}
_YEAR_PART = {0: 1, 2: 6, 5: 10, 6: 12}
_PART_MINUTE = {"MO": 9 * 60, "AF": 14 * 60, "EV": 19 * 60, "NI": 22 * 60}


def build_timeline(
    layout: Layout,
    noise: Noise,
    repeats: Repeats,
    dates: list[DateFound],
    entities: list[Entity],
    anchor: date | None = None,
    quotes: list[QuoteSpan] | None = None,
    speakers: list[Attribution] | None = None,
) -> list[EventFound]:
    """Dated events, sorted chronologically (unknown years last, then in text order).

    ``anchor`` is the publication date: an event dated after it is expected, however it is told.
    ``quotes`` are the article's quotations: inside one, a clause told in the speaker's own person
    ("I think ...") or about nothing ("It's up to them") is a view, not an event, unless it tells
    what the speaker did or will do ("I joined the club in 2015" in an interview): with
    ``speakers`` (one attribution per quote) that is the speaker's event, "Maria Lopez joined the club".
    """
    norm, sentences, starts = layout.norm, layout.sentences, layout.starts
    mentions = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
    mention_starts = [m[0] for m in mentions]
    kinds = {e.id: e for e in entities}
    said_by = [_speaker_name(a, kinds) for a in speakers] if speakers else []
    quoted = sorted((q.start, q.end) for q in quotes or [])
    speaker_at = {(q.start, q.end): said_by[i] for i, q in enumerate(quotes or []) if i < len(said_by)}
    events: list[tuple[tuple[int, ...], EventFound]] = []
    by_date: dict[str, list[EventFound]] = {}
    spans_used: set[Span] = set()
    date_starts = [d.start for d in dates]
    for found in dates:
        if _VAGUE.match(found.value):
            continue
        index = layout.sentence_at(found.start)
        if index < 0 or found.start >= sentences[index].end:
            continue
        entry = _stamped_entry(norm, sentences, index, found, noise)
        if entry is not None:
            index = entry
        elif index in noise:
            continue
        if index < len(repeats.canonical) and repeats.is_repeat(index):
            continue
        sentence = _window(norm, sentences[index], found)
        others = [
            (d.start, d.end)
            for d in dates[bisect_left(date_starts, sentence.start) : bisect_left(date_starts, sentence.end)]
            if d is not found
        ]
        if entry is not None:
            span: Span | None = (sentence.start, sentence.end)
            phrase = _entry_phrase(norm, sentence) if span not in spans_used else ""
        else:
            span = clause(norm, sentence, found, others)
            phrase = event_phrase(norm, span, found) if span and span not in spans_used else ""
        if not phrase or span is None:
            continue
        inside = _quote_at(quoted, _first_word(norm, span))
        if inside is not None:
            phrase = _told_by_speaker(phrase, speaker_at.get(inside))
        if not is_event(phrase, inside is not None):
            continue
        since = sentences[index - 1].start if index > 0 else sentences[index].start
        phrase = _resolve_subject(norm, span, phrase, mentions, mention_starts, kinds, since, starts)
        spans_used.add(span)
        same = _similar(by_date.get(found.value, []), phrase)
        if same is not None:
            same.evidence.append(span)
            continue
        event = EventFound(
            date=found.value,
            date_text=" ".join(norm[found.start : found.end].split()),
            qualifier=_qualifier(norm, span, found, _after(found.value, anchor)),
            event=phrase,
            actors=_actors(mentions, mention_starts, span),
            evidence=[span],
        )
        by_date.setdefault(found.value, []).append(event)
        events.append((sort_key(found.value, found.qualifier, found.start), event))
    events.sort(key=lambda pair: pair[0])
    return [event for _, event in events]


def clause(norm: str, sentence: Sentence, found: DateFound, others: list[Span] | None = None) -> Span | None:
    """The clause of ``sentence`` holding the date, widened by a neighbour when the date is nearly all of it.

    A date that opens the sentence ("In October 2020, ...") dates the clause after it; one that closes
    it dates the clause before; a short aside in the middle (", negotiated in 2017,") dates only a
    detail of its neighbour, not an event of the story, and gives None; so does a comparison
    (", up from $1.2 billion a year earlier").  Words of the sentence's ``others`` dates do not
    count as the clause's own ("in the quarter ended Sept. 30" is all dates).  What the dated clause
    set off (", sparking a crisis and prompting Washington to ...") belongs to it, and a clause
    opening with its verb (", 63, pleaded guilty in June") takes the subject that opens the sentence.
    Breaks inside brackets ("(NASDAQ: GFEN)") and in clock times ("22:40") are no clause ends; a
    transcript's speaker label ("LOPEZ: I joined in 2015") opens the sentence it labels.
    """
    cuts = [sentence.start]
    depth, counted = 0, sentence.start
    asides = _dash_asides(norm, sentence, found)
    for match in _CLAUSE_BREAK.finditer(norm, sentence.start, sentence.end):
        depth = max(0, depth + norm.count("(", counted, match.start()) - norm.count(")", counted, match.start()))
        counted = match.start()
        if match.start() in asides:
            continue
        if depth == 0 and (match.start() >= found.end or match.end() <= found.start):
            cuts.extend((match.start(), match.end()))
    cuts.append(sentence.end)
    pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if cuts[i] < cuts[i + 1]]
    at = next((i for i, (s, e) in enumerate(pieces) if s <= found.start < e), 0)
    if at > 0 and _LABEL.fullmatch(norm, *pieces[0]) and norm[pieces[0][1] : pieces[1][0]].strip() == ":":
        pieces, at = pieces[1:], at - 1
    start, end = pieces[at] if pieces else (sentence.start, sentence.end)
    if at > 0 and _DEPENDENT.match(norm, start):
        before_start, before_end = pieces[at - 1]
        near = max(before_start, before_end - _REFERENT_CHARS)
        referent = _REFERENT_NAME.search(norm, near, before_end) if norm.startswith("who", start) else None
        start = referent.start() if referent else pieces[at - 1][0]
    last = at
    while last + 1 < len(pieces) and _CONSEQUENCE.match(norm, pieces[last + 1][0]):
        last += 1
    if last > at:
        end = pieces[last][1]
    short = _words_besides_date(norm, (start, end), found, others or []) < _ENOUGH_WORDS
    if short or (at == 0 and last + 1 < len(pieces) and _INTRODUCTORY.match(norm, start)):
        if at == 0 and last + 1 < len(pieces):
            end = pieces[last + 1][1]
        elif last == len(pieces) - 1 and at > 0:
            start = pieces[at - 1][0]
        elif at > 0:
            return None
    if start > sentence.start and _COMPARISON.match(norm, start):
        return None
    opens_with_verb = _PREDICATE.match(norm, start) or (at == 1 and _ASIDE_PLAN.match(norm, start))
    if at > 0 and start == pieces[at][0] and opens_with_verb and norm[pieces[0][0]].isupper():
        start = pieces[0][0]
    if at > 0 and start == pieces[at][0] and _reporting_only(norm, (start, end), found):
        start = pieces[0][0]
    if at > 0 and start == pieces[at][0] and _EMPTY_OPENING.match(norm, start):
        start = pieces[at - 1][0]
        if at > 1 and _PREDICATE.match(norm, start) and norm[pieces[0][0]].isupper():
            start = pieces[0][0]
    return start, end


def _stamped_entry(norm: str, sentences: list[Sentence], index: int, found: DateFound, noise: Noise) -> int | None:
    """The sentence a live blog's time stamp dates: the first sentence of the entry it opens, on
    its line ("18:12 GMT The port closed.") or under it, when the stamp is a sentence of its own;
    None for any other date, or a stamp its sentence goes on from (then that sentence is the entry)."""
    sentence = sentences[index]
    if "T" not in found.value or found.start != sentence.start or not STAMP.fullmatch(norm, found.start, found.end):
        return None
    if index and sentences[index - 1].paragraph == sentence.paragraph:
        return None
    if _WORD.search(norm, found.end, sentence.end):
        return None
    for k in range(index + 1, min(len(sentences), index + 4)):
        if k not in noise:
            return None if STAMP.match(norm, sentences[k].start) else k
    return None


def _entry_phrase(norm: str, sentence: Sentence) -> str:
    """A live-blog entry's first sentence as its event, shortened like any phrase."""
    text = " ".join(norm[sentence.start : sentence.end].split()).strip(" ,;:-.")
    if len(text.split()) > MAX_WORDS:
        text = _shorten(text)
    return text[:1].upper() + text[1:]


def _dash_asides(norm: str, sentence: Sentence, found: DateFound) -> set[int]:
    """Where the dashes of asides start: two dashes close together enclose an aside ("the twins -
    Frederick and David - last year"), which is part of its clause, not a break, unless the date
    is inside it."""
    dashes = [m.start() for m in _DASH.finditer(norm, sentence.start, sentence.end)]
    out: set[int] = set()
    for first, second in zip(dashes[::2], dashes[1::2]):
        if second - first <= _ASIDE_CHARS and not first < found.start < second:
            out.update((first, second))
    return out


def is_event(phrase: str, quoted: bool = False) -> bool:
    """Whether an event phrase tells something that happened or is to happen.

    Not an event: a phrase cut from elsewhere ("... until at least"); a name and its titles without
    a verb ("Jacques Dupont, vice president of the commission"); a run of words with no clause
    boundary, far longer than a clause (a page without full stops); one that only tells who spoke
    to whom ("He told reporters"); a short comment or sign-off on an empty subject ("That's all from
    us", "It's up to them"); and, inside a quotation
    (``quoted``), a clause told in the speaker's own person ("I think ...", "You will see").
    """
    if _CUT_OPENING.match(phrase) or (_NAME_AND_TITLES.match(phrase) and not _has_verb(phrase)):
        return False
    if len(phrase.split()) > 2 * MAX_WORDS:
        return False
    if _ONLY_REPORTING.match(phrase) or _GREETING.match(phrase):
        return False
    if _EMPTY_COPULA.match(phrase) and len(phrase.split()) <= _COMMENT_WORDS and not _COPULA_PLAN.match(phrase):
        return False
    first = _WORD_OR_CLITIC.match(phrase)
    opening = phrase.split(maxsplit=1)[0].lower().strip("\"'`,")
    return not (quoted and first is not None and (opening in SPEAKER_VOICE or opening in EMPTY_SUBJECTS))


def _has_verb(phrase: str) -> bool:
    """Whether a phrase holds a finite verb or an auxiliary, or a regular or irregular past."""
    for word in _WORD_OR_CLITIC.findall(phrase):
        lower = word.lower()
        if lower in FINITE_WORDS or lower in PAST_IRREGULAR:
            return True
        if len(lower) > 3 and lower.endswith("ed") and not lower.endswith("eed") and lower not in NOT_PAST_ED:
            return True
        if len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss") and word[0].islower():
            return True
    return False


def _opens_sentence(norm: str, at: int, sentence_starts: list[int]) -> bool:
    """Whether offset ``at`` lies among the first few words of its sentence (where its subject is)."""
    k = bisect_right(sentence_starts, at) - 1
    return k >= 0 and len(_WORD.findall(norm, sentence_starts[k], at)) <= _SUBJECT_WORDS


def _first_word(norm: str, span: Span) -> int:
    """Where the first word of a span starts (after any quotation mark or space)."""
    word = _WORD.search(norm, span[0], span[1])
    return word.start() if word else span[0]


def _quote_at(spans: list[Span], at: int) -> Span | None:
    """The one of the sorted, non-overlapping ``spans`` that offset ``at`` lies inside, if any."""
    k = bisect_right(spans, (at, 1 << 62)) - 1
    return spans[k] if k >= 0 and spans[k][0] <= at < spans[k][1] else None


def _speaker_name(attribution: Attribution, entities: dict[str, Entity]) -> str | None:
    """The name of a quote's speaker: its actor's, or the bare name the attribution carries."""
    entity = entities.get(attribution.speaker_id or "")
    return entity.name if entity is not None else attribution.name


def _told_by_speaker(phrase: str, speaker: str | None) -> str:
    """A quoted "I" (or "my") clause as the speaker's own event when its verb reads the same for
    any person ("I joined", "I will coach", "My contract ended" -> "Maria Lopez joined", ...);
    otherwise the phrase as it is ("I think ..." stays a view)."""
    match = _FIRST_PERSON_CLAUSE.match(phrase)
    if speaker is None or match is None:
        return phrase
    verb = match.group(2).lower()
    if not (verb in MODALS or verb in PAST_IRREGULAR - {"were"} or (len(verb) > 3 and verb.endswith("ed"))):
        return phrase
    if match.group(1) == "I":
        return speaker + phrase[1:]
    return speaker + "'s" + phrase[2:]


def _resolve_subject(
    norm: str,
    span: Span,
    phrase: str,
    mentions: list[tuple[int, int, str]],
    starts: list[int],
    entities: dict[str, Entity],
    since: int,
    sentences: list[int],
) -> str:
    """The phrase with a "he"/"she" (or "his"/"her") subject replaced by the person it stands for,
    "He told a news conference" -> "Mido told a news conference", when one person only can be
    meant: the one person (of the same sex where an honorific tells it) named as a subject, in
    the first words of a sentence, between ``since`` (the start of the sentence before) and the pronoun, unless that sentence opens with the same
    pronoun (then the person is named farther back).  With none or several, the pronoun stays as
    written: a wrong name is worse than a pronoun."""
    first = phrase.split(maxsplit=1)
    word = first[0].lower() if first else ""
    pronoun = POSSESSIVES.get(word, word)
    if pronoun not in PERSON_PRONOUNS:
        return phrase
    where = re.search(rf"\b{re.escape(first[0])}\b", norm[span[0] : span[1]], re.IGNORECASE)
    at = span[0] + where.start() if where else span[0]
    female = pronoun == "she"
    opening = _WORD.search(norm, since, at)
    if opening and since < span[0] and POSSESSIVES.get(opening.group().lower(), opening.group().lower()) == pronoun:
        return phrase
    people: dict[str, Entity] = {}
    for begin, _, actor_id in mentions[bisect_left(starts, since) : bisect_left(starts, at)]:
        entity = entities.get(actor_id)
        if entity is None or entity.kind != "person" or not _opens_sentence(norm, begin, sentences):
            continue
        forms = " ".join([entity.name, *entity.aliases, *(m.text for m in entity.mentions)])
        if not ((female and _MALE.search(forms)) or (not female and _FEMALE.search(forms))):
            people[entity.id] = entity
    if len(people) != 1:
        return phrase
    (entity,) = people.values()
    name = entity.name + ("'s" if word in POSSESSIVES else "")
    return name + (" " + first[1] if len(first) > 1 else "")


def _reporting_only(norm: str, span: Span, found: DateFound) -> bool:
    """A clause that only says who reported ("..., the minister announced on Thursday"): what was
    reported is the rest of the sentence, so the event is the whole of it."""
    before = _WORD.findall(norm, span[0], found.start)
    if before and _SIGNAL.search(norm[span[0] : found.start]):
        before.pop()
    words = before + _WORD.findall(norm, found.end, span[1])
    return 0 < len(words) <= 6 and words[-1].lower() in REPORTING_VERBS


def _window(norm: str, sentence: Sentence, found: DateFound) -> Sentence:
    """The sentence, or the stretch of ``_WINDOW`` characters each side of the date in a sentence
    far longer than any clause (a page without full stops), so each date costs a bounded amount."""
    start, end = max(sentence.start, found.start - _WINDOW), min(sentence.end, found.end + _WINDOW)
    if start > sentence.start:
        space = norm.find(" ", start, found.start)
        start = space + 1 if space >= 0 else found.start
    if end < sentence.end:
        space = norm.rfind(" ", found.end, end)
        end = space if space >= 0 else found.end
    return sentence if (start, end) == (sentence.start, sentence.end) else Sentence(start, end, sentence.paragraph)


def _words_besides_date(norm: str, span: Span, found: DateFound, others: list[Span]) -> int:
    """Words of the clause outside every date, its preposition not counted; counting stops at
    ``_ENOUGH_WORDS``, all a caller needs to know."""
    signal = 1 if _SIGNAL.search(norm[span[0] : found.start]) else 0
    starts = [s for s, _ in others]
    words = 0
    for word in _WORD.finditer(norm, span[0], span[1]):
        at = word.start()
        k = bisect_right(starts, at) - 1
        if found.start <= at < found.end or (k >= 0 and at < others[k][1]):
            continue
        words += 1
        if words >= _ENOUGH_WORDS + signal:
            break
    return words - signal


def event_phrase(norm: str, span: Span, found: DateFound) -> str:
    """The clause in one line without the date and its preposition, at most ``MAX_WORDS`` words.

    A date used as a possessive ("last week's debate"), after a determiner ("a loss for its fourth
    quarter") or inside a phrase without a preposition of its own ("restated its 2003 results") is
    part of what happened and stays; a closing day told with it ("ended Sept. 30") goes with it.  Words
    that are all capitalised (a dateline such as "PARIS, Oct. 4 (AP)") say nothing happened: "".
    """
    before = norm[span[0] : found.start]
    signal = _SIGNAL.search(before)
    noun = bool(_DETERMINER_BEFORE.search(before))
    zone = _ZONE_AFTER.match(norm, found.end, span[1]) or (not noun and _ENDED_AFTER.match(norm, found.end, span[1]))
    found = DateFound(found.start, zone.end(), found.value, found.qualifier) if zone else found
    at_edge = not before.strip(' ,"') or not norm[found.end : span[1]].strip(' ,.;:"')
    at_edge = at_edge or bool(_ADVERBIAL.match(norm, found.start, found.end))
    if noun or _keeps_date(norm, before, found, bool(signal)) or not (signal or at_edge):
        text = " ".join(norm[span[0] : span[1]].split())
    else:
        if signal:
            before = before[: signal.start()]
        text = " ".join((before + " " + norm[found.end : span[1]]).split())
    if _CUT_OPENING.match(text.lstrip(" \"'`")):
        return ""
    text = text.strip(" ,;:-.\u2026")
    if text.count('"') % 2:
        text = text[1:] if text.startswith('"') else text[::-1].replace('"', "", 1)[::-1]
    text = _SPACE_BEFORE_MARK.sub("", _LEAD.sub("", _absolute(text.strip(" ,;:-")))).strip(" ,;:-.\u2026")
    text = _NAME_WHO.sub(r"\1 ", text, count=1)
    words = text.split()
    if not any(word[:1].islower() for word in words):
        return ""
    if len(words) > MAX_WORDS:
        text = _shorten(text)
    return text[:1].upper() + text[1:] if text else ""


def _shorten(text: str) -> str:
    """A phrase of more than ``MAX_WORDS`` words cut before the latest clause that only adds to it
    (", which ...", " - ...") and leaves at most ``MAX_WORDS``; with no such place, the whole
    phrase: the data keeps whole clauses, never a phrase cut off mid-way."""
    best = text
    for match in _TAIL_BREAK.finditer(text):
        head = text[: match.start()].rstrip(" ,;:-")
        if len(head.split()) > MAX_WORDS:
            break
        if len(head.split()) >= _ENOUGH_WORDS + 2:
            best = head
    return best


def _absolute(text: str) -> str:
    """A "with" clause told as an event: "with deliveries starting" -> "deliveries starting".

    The event stays the article's own words (nothing is conjugated or invented); only the
    "with" that tied the clause to its sentence goes.
    """
    match = _WITH_ING.match(text)
    return text[match.start(1) :] if match else text


def _keeps_date(norm: str, before: str, found: DateFound, signal: bool) -> bool:
    """Whether the date is part of what the phrase says and taking it out would break it: a
    possessive ("last week's debate"), a date joined to another ("in January and February") or
    compared with ("higher than in 2019"), the complement of a copula ("expected to be 5 May"), a
    hyphenated modifier ("third-quarter profit") or the clause's subject ("This year is no different").
    """
    after = found.end
    if _POSSESSIVE.match(norm, after) or _JOINED_DATE.match(norm, after) or _THAN.search(before):
        return True
    if not signal and _COPULA_BEFORE.search(before):
        return True
    if "-" in norm[found.start : found.end] and _MODIFIER_AFTER.match(norm, after):
        return True
    return not signal and not before.strip(" \"'") and bool(_SUBJECT_DATE_AFTER.match(norm, after))


def _qualifier(norm: str, span: Span, found: DateFound, ahead: bool = False) -> str | None:
    """``expected`` when the date lies ``ahead`` of the publication or its own clause before it
    (outside quotations) speaks of the future ("will be signed before ..."; not "said Friday the
    bridge will reopen" nor "X will open in May, the minister said on Friday"), else the date's
    own qualifier."""
    before = norm[span[0] : found.start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    told = _QUOTED.sub(" ", before[breaks[-1].end() :] if breaks else before)
    if ahead or _EXPECTED.search(told):
        return f"expected {found.qualifier}" if found.qualifier else "expected"
    return found.qualifier


def _after(value: str, anchor: date | None) -> bool:
    """Whether a TimeML value begins after the anchor day, compared as precisely as the value is
    given ("2024-06" and "2024-Q3" after 2024-05-20; "2024" and "2024-05" not)."""
    unknown, year, month, day = sort_key(value, None, 0)[:4]
    if anchor is None or unknown:
        return False
    return (year, month, day) > (anchor.year, anchor.month if month else 0, anchor.day if day else 0)


def _actors(mentions: list[tuple[int, int, str]], starts: list[int], span: Span) -> list[str]:
    ids: list[str] = []
    for _, end, actor_id in mentions[bisect_left(starts, span[0]) : bisect_left(starts, span[1])]:
        if end <= span[1] and actor_id not in ids:
            ids.append(actor_id)
    return ids


def _similar(events: list[EventFound], phrase: str) -> EventFound | None:
    """An event with nearly the same words (``similarity.SAME_EVENT``, Jaccard), checking the latest few."""
    words = set(similarity.words(phrase))
    for event in events[-20:]:
        if words and similarity.jaccard(words, set(similarity.words(event.event))) >= similarity.SAME_EVENT:
            return event
    return None


def _week_start(year: int, week: int, weekend: bool) -> date:
    """The first day of an ISO week (its Saturday for a weekend), clamped into the year it names."""
    try:
        start = date.fromisocalendar(year, week, 6 if weekend else 1)
    except ValueError:
        return date(year, 12, 31)
    return min(max(start, date(year, 1, 1)), date(year, 12, 31))


def sort_key(value: str, qualifier: str | None, position: int) -> tuple[int, ...]:
    """Chronological order for TimeML values: known years first, then month, day, early before late.

    A decade ("199") or century ("19") sorts at its first year, a week ("2024-W12") at its Monday.
    """
    digits = len(value) - len(value.lstrip("0123456789"))
    unknown = digits < 2
    year = int(value[:digits]) * 10 ** (4 - digits) if not unknown and digits <= 4 else 0
    month, day = 0, 0
    rest = value[4:]
    part = re.match(r"-(\d\d)(?:-(\d\d))?", rest)
    if part:
        month, day = int(part.group(1)), int(part.group(2) or 0)
    elif rest.startswith("-Q") and rest[2:3].isdigit():
        month = 3 * int(rest[2]) - 2
    elif rest.startswith("-H") and rest[2:3].isdigit():
        month = 6 * int(rest[2]) - 5
    elif rest.startswith("-W") and rest[2:4].isdigit() and not unknown and 1 <= int(rest[2:4]) <= 53:
        monday = _week_start(year, int(rest[2:4]), rest.endswith("-WE"))
        month, day = monday.month, monday.day
    elif rest[1:3] in _SEASON_MONTH:
        month = _SEASON_MONTH[rest[1:3]]
    rank = 3
    for word in (qualifier or "").split():
        rank = _ORDER.get(word, rank)
    if not month:
        month = _YEAR_PART.get(rank, 0)
    return (unknown, year, month, day, rank, _minute_of_day(value), position)


def _minute_of_day(value: str) -> int:
    """The time of day a value gives, in minutes (a part of day at its usual hour), -1 without one:
    a live blog's entries sort by their stamps."""
    clock = re.search(r"T(\d\d):(\d\d)", value)
    if clock:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    part = re.search(r"T(MO|AF|EV|NI)$", value)
    return _PART_MINUTE[part.group(1)] if part else -1
