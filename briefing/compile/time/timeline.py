"""The timeline: the story's dated events, one short phrase each, in chronological order.

An event is the clause around a date ("Russia and Turkey signed a $2.5 billion contract for the
delivery of four S-400 batteries" for "in late 2017"), not its whole paragraph: the sentence is cut
at semicolons, colons, dashes and at commas before a lower-case word (not inside a list of names),
and the date with its preposition is taken out of the phrase (it is shown as the event's date).
Future tense outside quotations, or a date after the publication date, marks the event
``expected``.  Vague references (PRESENT_REF, "the future"), durations and comparisons (", up from
$1.2 billion a year earlier") are not events.  Pasted headlines and other noise yield nothing; a sentence repeated in
another rendition of the story yields one event, and events with the same date and nearly the same
words are merged, their evidence kept.  Unknown years (``XXXX-08``) sort after every known one: an
article that names a month without a year is talking about its own recent past or near future.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date

from briefing.compile.doc import DateFound, Entity, EventFound, Noise, Repeats, Sentence, Span

MAX_WORDS = 30
#: Characters each side of a date that its clause is looked for in.
_WINDOW = 400
#: A clause with this many words besides its date says something of its own.
_ENOUGH_WORDS = 3
_CLAUSE_BREAK = re.compile(r"\s*(?:;|(?<!\d):(?!\d)|,\"?(?=\s+[\"'`]*[a-z])|\s-\s)\s*")
_WORD = re.compile(r"[\w$%]+(?:[-'.,]\w+)*")
_SIGNAL = re.compile(
    r"(?i:\b(?:(?:from|since|until)\s+)?(?:in|on|at|by|before|after|since|during|until|till|from|of|through|for|over|to"
    r"|prior\s+to|no\s+later\s+than)\s+)$"
)
_LEAD = re.compile(
    r"^(?i:(?:with|and|but|while|as|so|then|also|\w+ing\s+that|that"
    r"|(?:\w+ly\s+)?(?:referring|alluding|pointing|responding|reacting)\s+(?:to|at))\s+)+"
)
_SPACE_BEFORE_MARK = re.compile(r"\s+(?=[.,;:!?)\]])")
_QUOTED = re.compile(r"\"[^\"]*\"?|``.*?(?:''|$)")
_CONSEQUENCE = re.compile(r"(?!(?:including|according|adding|saying|noting|citing)\b)[a-z]+ing(?:\s+[\w$'-]+){2}")
_DEPENDENT = re.compile(r"(?i:who|whom|whose|which|where)\b")
#: A clause comparing a figure with an earlier one (", up from 1.8 billion a year earlier"): the date
#: is the comparison's reference, not an event.
_COMPARISON = re.compile(r"(?:or|(?:up|down|rising|falling)\s+from|from|compared\s+(?:with|to)|versus|against|than)\b")
#: A clause opening with its verb ("..., 63, pleaded guilty in June"): its subject opens the sentence.
_PREDICATE = re.compile(
    r"(?:said|says|told|tells|added|adds|has|have|had|is|was|were|are|will|would|could|can|did|does|made|makes|took"
    r"|takes|won|wins|lost|loses|became|becomes|began|begins|agreed|agrees|[a-z]+ed)\b"
)
#: An aside after the subject telling what it is due to do ("The telescopes, due to launch in the
#: 2020s, will ..."): the event is the subject's.
_ASIDE_PLAN = re.compile(r"(?:due|set|expected|scheduled|slated|poised|planned|likely|unlikely)\b")
#: A date at a clause's start that is its subject ("This year is no different"), not an adverb
#: ("Yesterday the company said"): a lower-case word that is no determiner or pronoun follows.
_SUBJECT_DATE_AFTER = re.compile(
    r"\s+(?!(?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|my|this|that|these|those|there)\b)[a-z]"
)
#: A date joined to another ("in January and February", "from 2011 to 2020"): taking one out breaks the phrase.
_JOINED_DATE = re.compile(r"\s+(?:and|or|to|through|until|-)\s+[A-Z0-9]")
_THAN = re.compile(r"\bthan\s+(?:\w+\s+)?$")
#: Words that name the clock a time is told by ("7:30 p.m. local time"): they go with the date.
_ZONE_AFTER = re.compile(r"\s+(?:local\s+time|\((?:[A-Z]{2,5}|local\s+time)\))")
#: "with" + a short subject + an -ing verb: an absolute clause ("with deliveries starting in 2019").
_WITH_ING = re.compile(
    r"(?i:with)\s+((?:(?:the|its|their|his|her|a|an|some|many|most|all)\s+)?"
    r"(?:(?!(?:of|to|for|in|on|at|by|from|as|and|or|the)\b)[\w'$%-]+\s+){0,2}"
    r"(?!(?:of|to|for|in|on|at|by|from|as|and|or|the)\b)[\w'$%-]*[^\Wg_][\w'$%-]*)\s+([a-z]{2,}ing)\b"
)
_REPORTING = frozenset("said says announced confirmed added reported stated wrote told".split())
#: A date after a determiner is a noun in the phrase ("a loss for its fourth quarter"), not an adverb.
_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:its|their|his|her|our|the|a|an|this|that)\s+)$")
#: A period's closing day told with it ("the year ended Sept. 30"): it goes with the date.
_ENDED_AFTER = re.compile(
    r"\s+(?:ended|ending|through)\s+(?:on\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\b"
)
#: A hyphenated date modifying the noun after it ("third-quarter profit", "year-end bonus").
_MODIFIER_AFTER = re.compile(r"\s+[a-z]")
_INTRODUCTORY = re.compile(
    r"(?i:at|during|in|on|after|before|with|for|from|since|by|following|amid|earlier|later|according|under|when|while"
    r"|as|once|because|although|though|if|unless|despite|to)\b"
)
_ADVERBIAL = re.compile(
    r"(?i:(?:last|this|next|early|late|earlier|later)\s+)?(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today"
    r"|tomorrow|tonight|(?:last|this|next)\s+(?:week|month|year))"
)
_POSSESSIVE = re.compile(r"'s?\b")
_EXPECTED = re.compile(
    r"(?i:\b(?:will|won't|shall|'ll|going\s+to|plans?\s+to|planned\s+to|expected\s+to|scheduled\s+to|set\s+to"
    r"|due\s+to\s+(?:be|take|begin|start|open|close|launch|arrive|end|finish|expire|meet|vote|report|return|resume"
    r"|hold|complete|sign|publish|announce|release|rule|decide|leave|retire|appear|testify|go|come|enter|reach)|is\s+to|are\s+to|intends?\s+to|would\s+be\s+\w+ed)\b)"
)
_VAGUE = re.compile(r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|P\d|P[TX])")
_ORDER = {"early": 0, "start": 0, "earlier": 1, "mid": 2, "later": 4, "late": 5, "end": 6}
_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 12}
_YEAR_PART = {0: 1, 2: 6, 5: 10, 6: 12}


def build_timeline(
    norm: str,
    sentences: list[Sentence],
    noise: Noise,
    repeats: Repeats,
    dates: list[DateFound],
    entities: list[Entity],
    anchor: date | None = None,
) -> list[EventFound]:
    """Dated events, sorted chronologically (unknown years last, then in text order).

    ``anchor`` is the publication date: an event dated after it is expected, however it is told.
    """
    starts = [s.start for s in sentences]
    mentions = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
    mention_starts = [m[0] for m in mentions]
    events: list[tuple[tuple[int, ...], EventFound]] = []
    by_date: dict[str, list[EventFound]] = {}
    spans_used: set[Span] = set()
    date_starts = [d.start for d in dates]
    for found in dates:
        if _VAGUE.match(found.value):
            continue
        index = bisect_right(starts, found.start) - 1
        if index < 0 or found.start >= sentences[index].end or index in noise:
            continue
        if index < len(repeats.canonical) and repeats.is_repeat(index):
            continue
        sentence = _window(norm, sentences[index], found)
        others = [
            (d.start, d.end)
            for d in dates[bisect_left(date_starts, sentence.start) : bisect_left(date_starts, sentence.end)]
            if d is not found
        ]
        span = clause(norm, sentence, found, others)
        phrase = event_phrase(norm, span, found) if span and span not in spans_used else ""
        if not phrase or span is None:
            continue
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
    Breaks inside brackets ("(NASDAQ: GFEN)") and in clock times ("22:40") are no clause ends.
    """
    cuts = [sentence.start]
    depth, counted = 0, sentence.start
    for match in _CLAUSE_BREAK.finditer(norm, sentence.start, sentence.end):
        depth = max(0, depth + norm.count("(", counted, match.start()) - norm.count(")", counted, match.start()))
        counted = match.start()
        if depth == 0 and (match.start() >= found.end or match.end() <= found.start):
            cuts.extend((match.start(), match.end()))
    cuts.append(sentence.end)
    pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if cuts[i] < cuts[i + 1]]
    at = next((i for i, (s, e) in enumerate(pieces) if s <= found.start < e), 0)
    start, end = pieces[at] if pieces else (sentence.start, sentence.end)
    if at > 0 and _DEPENDENT.match(norm, start):
        start = pieces[at - 1][0]
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
    return start, end


def _reporting_only(norm: str, span: Span, found: DateFound) -> bool:
    """A clause that only says who reported ("..., the minister announced on Thursday"): what was
    reported is the rest of the sentence, so the event is the whole of it."""
    before = _WORD.findall(norm, span[0], found.start)
    if before and _SIGNAL.search(norm[span[0] : found.start]):
        before.pop()
    words = before + _WORD.findall(norm, found.end, span[1])
    return 0 < len(words) <= 6 and words[-1].lower() in _REPORTING


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
    text = text.strip(" ,;:-.")
    if text.count('"') % 2:
        text = text[1:] if text.startswith('"') else text[::-1].replace('"', "", 1)[::-1]
    text = _SPACE_BEFORE_MARK.sub("", _LEAD.sub("", _absolute(text.strip(" ,;:-")))).strip(" ,;:-.")
    words = text.split()
    if not any(word[:1].islower() for word in words):
        return ""
    if len(words) > MAX_WORDS:
        text = " ".join(words[:MAX_WORDS]).rstrip(" ,;:-") + "…"
    return text[:1].upper() + text[1:] if text else ""


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
    compared with ("higher than in 2019"), a
    hyphenated modifier ("third-quarter profit") or the clause's subject ("This year is no different").
    """
    after = found.end
    if _POSSESSIVE.match(norm, after) or _JOINED_DATE.match(norm, after) or _THAN.search(before):
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
    unknown, year, month, day, _, _ = sort_key(value, None, 0)
    if anchor is None or unknown:
        return False
    return (year, month, day) > (anchor.year, anchor.month if month else 0, anchor.day if day else 0)


def _actors(mentions: list[tuple[int, int, str]], starts: list[int], span: Span) -> list[str]:
    ids: list[str] = []
    for _, end, actor_id in mentions[bisect_left(starts, span[0]) : bisect_left(starts, span[1])]:
        if end <= span[1] and actor_id not in ids:
            ids.append(actor_id)
    return ids


def _similar(events: list[EventFound], phrase: str, threshold: float = 0.6) -> EventFound | None:
    """An event with nearly the same words (Jaccard over lower-cased words), checking the latest few."""
    words = set(phrase.lower().split())
    for event in events[-20:]:
        other = set(event.event.lower().split())
        if words and len(words & other) / len(words | other) >= threshold:
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
    return (unknown, year, month, day, rank, position)
