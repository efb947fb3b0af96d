"""Quote attribution: the cue verb next to a quote, its subject, and the actor that subject names.

A quote's speaker is read from its own sentence first: after the closing mark (``"...," said X``,
``"...," X said``, ``"...", X, the party chair, said``) then before the opening mark (``X said:
"..."``, ``X told reporters that "..."``, ``a warning from X that "..."``, ``according to X``).
Pronouns and descriptions ("he", "the spokesman") go to the person the text last named that way.
A quote with no cue of its own takes, in news convention, the speaker of the quote before it in
the same paragraph, or of a colon-introduced or continued quote from the paragraph before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from briefing.compile.doc import Attribution, Entity, QuoteSpan, Sentence, Span
from briefing.compile.lexicon.words import PARTY_MEMBERS
from briefing.compile.quotes.clauses import comma_parts, last_subordinate, only_adverbs, open_paren, sentence_cuts
from briefing.compile.quotes.cues import CUE_VERBS, SPEECH_NOUNS, find_cues
from briefing.compile.quotes.subjects import TITLE_WORDS, NameRun, bare_name, head_run, name_runs, qualifies_noun

_WORD = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")
_PRONOUNS = {"he": "m", "she": "f", "it": "n", "they": "p", "i": "1", "we": "p"}
_DETERMINERS = frozenset("the a an his her their its our this that".split())
# "a union lawyer said" brings in someone new: no one the story has named, and no one before.
_INDEFINITE = frozenset(("a", "an"))
_ADVERBIAL_START = frozenset(
    """in at on during after before for from with by speaking asked according while when since
    unlike like despite over under through about earlier later however meanwhile still but and
    instead asked responding writing""".split()
)
_RELATIVE_START = frozenset("who whom whose which where when".split())
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december today yesterday tonight""".split()
)
_ORG_HEADS = frozenset(
    """times post news journal press party committee campaign department ministry agency office
    association institute council commission foundation group university college bank corporation
    company inc corp network tribune herald guardian reuters bureau house senate congress court
    administration center centre fund union""".split()
)
_THING_HEADS = frozenset(
    """festival award awards prize prix cup league championship championships games olympics tour series
    show programme program day week act street road avenue square county state city stadium school
    hospital airport station film""".split()
)
_DASH_CREDIT = re.compile(r"\s*[,.]?\s*-{1,2}\s*")
_LEAD_MARK = re.compile(r"\s*(?::|\s-{1,2})\s*$")
_PREPOSITION = re.compile(r" (?:of|at|from|for|in|on|with|to|who|which|after|before|during) ")
_EMBEDDING = frozenset("in of at on to from by with for into about the a an".split())
_PARTICLES = frozenset("de da van von der den la le du bin al el of".split())
_OBJECT_VERBS = frozenset(
    """told tells tell asked asks ask urged urges called calls thanked praised criticised criticized
    attacked met meets accused accuses blamed blames""".split()
)
_SOURCE_OF = re.compile(r"\s*(?:a|an|the)\s+(?:\w+\s+)?(?:" + "|".join(sorted(SPEECH_NOUNS)) + r")\s+(?:from|by|of)\s+")
_SPEECH_AFTER = re.compile(r"'s?\s+(?:\w+\s+)?(?:" + "|".join(sorted(SPEECH_NOUNS)) + r")\b")
_BARE_CREDIT = re.compile(r"(?:[A-Z][\w'.-]*\s+){1,4}(?:\w+ly\s+|later\s+|also\s+)?([a-z]+)\s*[.,]?\s*$")
_DESCRIPTION = re.compile(r"\s*(?:the|a|an|one)\s+[^,;]*\b[a-z][a-z-]*[\s.,;:!?]*")
_CUE_OR_STOP = re.compile(r"\s*(?:[,.;:]|(?:" + "|".join(sorted(CUE_VERBS)) + r")\b)")
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\b")
_DETERMINED = re.compile(r"\b(?:a|an|the|this|that|his|her|their)\s+$", re.I)
_FROM_BY = re.compile(r"\s+(?:from|by)\s+")
_AFTER_STOP = re.compile(r"[,;:(]|\s-\s")
_PARTY_STATE = re.compile(r"[RDI]-[A-Za-z. ]+")
_ROLE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson president senator governor mayor minister chairman chairwoman
    chair secretary director leader official aide adviser advisor lawyer attorney candidate nominee
    professor analyst economist strategist manager founder executive chief ambassador commissioner
    judge sheriff general congressman congresswoman representative speaker""".split()
)
_TITLE_ABBREVIATIONS = {
    "sen": "senator", "sens": "senator", "rep": "representative", "reps": "representative", "gov": "governor",
    "gen": "general", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "prof": "professor",
    "pres": "president", "adm": "admiral", "capt": "captain", "maj": "major", "supt": "superintendent",
    "insp": "inspector", "cmdr": "commander", "amb": "ambassador", "atty": "attorney", "det": "detective",
}
_RIGHT_WINDOW = 300
_LEFT_WINDOW = 400
_SUBJECT_WORDS = 32


@dataclass(frozen=True, slots=True)
class _Speaker:
    speaker_id: str | None
    name: str | None
    kind: str = "person"


def attribute(norm: str, quotes: list[QuoteSpan], sentences: list[Sentence], entities: list[Entity]) -> list[Attribution]:
    """One attribution per quote, in the same order."""
    reader = _Reader(norm, sentences, entities, quotes)
    out: list[Attribution] = []
    own: list[bool] = []
    for i, quote in enumerate(quotes):
        previous = quotes[i - 1] if i else None
        following = quotes[i + 1] if i + 1 < len(quotes) else None
        reader.last = out[-1] if out else None
        found = reader.own_cue(quote, previous, following, out[-1] if out else None)
        own.append(found is not None)
        if found is None:
            found = reader.inherited(quote, previous, out[-1] if out else None)
        out.append(found)
    for i in range(len(quotes) - 2, -1, -1):
        if not own[i] and own[i + 1] and reader.continues(quotes[i], quotes[i + 1]) and (out[i + 1].speaker_id or out[i + 1].name):
            after = out[i + 1]
            out[i] = Attribution(after.speaker_id, None, None, after.source_span, after.name, after.kind)
            own[i] = True
    return out


class _Reader:
    """The article with its paragraphs, quotes and entity mentions indexed for look-ups by offset."""

    def __init__(self, norm: str, sentences: list[Sentence], entities: list[Entity], quotes: list[QuoteSpan]) -> None:
        self.norm = norm
        self.last: Attribution | None = None
        self.first_word: dict[int, int] = {}
        self.quoted = sorted(
            [(q.open_mark if q.open_mark is not None else q.start, q.end) for q in quotes]
            + [v for q in quotes for v in q.variants]
        )
        self.quoted_starts = [s for s, _ in self.quoted]
        self.entities = entities
        self.sent_starts = [s.start for s in sentences]
        self.sentences = sentences
        self.para_span: dict[int, Span] = {}
        for s in sentences:
            lo, hi = self.para_span.get(s.paragraph, (s.start, s.end))
            self.para_span[s.paragraph] = (min(lo, s.start), max(hi, s.end))
        mentions = sorted(
            (m.start, m.end, k) for k, e in enumerate(entities) for m in e.mentions
        )
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

    # -- places -------------------------------------------------------------------------------

    def paragraph(self, offset: int) -> int:
        index = bisect_right(self.sent_starts, offset) - 1
        return self.sentences[index].paragraph if index >= 0 else -1

    def bounds(self, offset: int) -> Span:
        return self.para_span.get(self.paragraph(offset), (0, len(self.norm)))

    def left_clause(self, quote: QuoteSpan, previous: QuoteSpan | None) -> Span:
        """From the last sentence end (or the previous quote's close) to the opening mark."""
        start, _ = self.bounds(quote.start)
        mark = quote.open_mark if quote.open_mark is not None else quote.start
        if previous is not None and previous.end >= start:
            start = _after_mark(self.norm, previous.close_mark) if previous.close_mark is not None else previous.end
        start = max(start, mark - _LEFT_WINDOW)
        for cut in sentence_cuts(self.norm, start, mark):
            start = cut
        return start, mark

    def right_clause(self, quote: QuoteSpan, following: QuoteSpan | None) -> Span | None:
        """From the closing mark to the next sentence end (or the next quote's opening mark)."""
        if quote.close_mark is None:
            return None
        start = _after_mark(self.norm, quote.close_mark)
        _, end = self.bounds(quote.start)
        if following is not None and following.open_mark is not None and following.open_mark < end:
            end = following.open_mark
        end = min(end, start + _RIGHT_WINDOW)
        cuts = sentence_cuts(self.norm, start, end)
        return start, (cuts[0] if cuts else end)

    # -- cues ---------------------------------------------------------------------------------

    def own_cue(
        self, quote: QuoteSpan, previous: QuoteSpan | None, following: QuoteSpan | None, last: Attribution | None
    ) -> Attribution | None:
        right = self.right_clause(quote, following)
        if right is not None:
            found = self._dash_credit(right)
            if found is None and self._right_may_attribute(quote, right):
                found = self._cue_after(right)
            if found is not None:
                return found
        left = self.left_clause(quote, previous)
        found = self._name_lead(left) or self._cue_before(left, quote, previous, last)
        if found is None and self.norm[left[0] : left[1]].rstrip().endswith(":"):
            found = self._clause_subject(left)
        return found

    def _right_may_attribute(self, quote: QuoteSpan, right: Span) -> bool:
        """A quote closed by a full stop ends its sentence: capitalised words after it start another,
        unless they are only a name and a cue (``"... ." Roe later recalled.``, loose punctuation)."""
        text = self.norm[right[0] : right[1]].lstrip(" ,")
        if not (self.norm[quote.end - 1] == "." and text[:1].isupper()):
            return True
        bare = _BARE_CREDIT.match(text)
        return bare is not None and bare.group(1) in CUE_VERBS

    def _name_lead(self, left: Span) -> Attribution | None:
        """``Jane Roe: "..."`` or ``Jane Roe -- "..."``: a name right before the mark introduces it."""
        match = _LEAD_MARK.search(self.norm, left[0], left[1])
        if match is None:
            return None
        runs = name_runs(self.norm, left[0], match.start())
        if not runs or runs[-1].end != match.start() or runs[-1].possessive or _is_time(runs[-1].text):
            return None
        run = runs[-1]
        if ":" in match.group():
            if _WORD.search(self.norm, left[0], run.start):
                return None
        elif not _looks_personal(run):
            return None
        return _attribution((self.resolve_run(run), (run.start, run.end)), None, None)

    def _dash_credit(self, right: Span) -> Attribution | None:
        """``"..." - Jane Roe``: a name after a dash credits the quote (reader comments, epigraphs)."""
        match = _DASH_CREDIT.match(self.norm, right[0], right[1])
        if match is None:
            return None
        head = head_run(name_runs(self.norm, match.end(), right[1]))
        if head is None or head.start != match.end():
            return None
        return _attribution((self.resolve_run(head), (head.start, head.end)), None, None)

    def _cue_after(self, right: Span) -> Attribution | None:
        """A cue after the closing mark: ``said X`` (inverted) or ``X, the ..., said``."""
        start, end = right
        for hit in find_cues(self.norm, start, end):
            before = self.norm[start : hit.start]
            if len(_WORD.findall(before)) > _SUBJECT_WORDS:
                return None
            if _DETERMINED.search(before) or hit.text.endswith("ing"):
                continue
            cue_span = (hit.start, hit.end)
            if not _WORD.search(before) or hit.text.lower() == "according to":
                who = self._subject_after(hit.end, end)
            else:
                who = self._subject_before(start, hit.start)
            if who is not None:
                return _attribution(who, hit.text, cue_span)
        return None

    def _cue_before(self, left: Span, quote: QuoteSpan, previous: QuoteSpan | None, last: Attribution | None) -> Attribution | None:
        """The last cue before the opening mark and its subject; "adding:" continues the speaker before."""
        start, end = left
        cues = find_cues(self.norm, start, end)
        for hit in reversed(cues):
            cue, cue_span = hit.text, (hit.start, hit.end)
            low = cue.lower()
            rest = self.norm[hit.end : end]
            before = self.norm[start : hit.start]
            if _DETERMINED.search(before) and low not in SPEECH_NOUNS:
                continue
            by = _FROM_BY.match(rest)
            if low == "according to" or not _WORD.search(before) and not low.endswith("ing"):
                who = self._subject_after(hit.end, end)
            elif low in SPEECH_NOUNS and by:
                who = self._subject_after(hit.end + by.end(), end)
            elif low in SPEECH_NOUNS:
                continue
            elif low.endswith("ing"):
                if not before.strip(" ,") and last is not None and previous is not None:
                    if self.paragraph(previous.start) == self.paragraph(quote.start):
                        return Attribution(last.speaker_id, cue, cue_span, last.source_span, last.name, last.kind)
                    continue
                found = self._clause_subject((start, hit.start))
                who = (_Speaker(found.speaker_id, found.name, found.kind), found.source_span) if found and found.source_span else None
            else:
                who = self._subject_before(start, hit.start)
            if who is not None:
                return _attribution(who, cue, cue_span)
        return None

    def _clause_subject(self, clause: Span) -> Attribution | None:
        """The first name standing as a subject in a clause ("Sanders made this comment:"), or the
        owner of the words that introduce a quote ("Roe's reply:")."""
        for ps, pe in comma_parts(self.norm, *clause):
            words = _WORD.findall(self.norm, ps, pe)
            if not words or words[0].lower() in _ADVERBIAL_START or words[0].lower() in _RELATIVE_START:
                continue
            if len(words) == 1 and words[0].lower().endswith("ly"):
                continue
            if words[0].lower() in _PRONOUNS:
                found = self._description_or_pronoun(ps, pe, last_word=False)
                return _attribution(found, None, None) if found else None
            runs = name_runs(self.norm, ps, pe)
            head = head_run(runs)
            if head is None and runs and runs[0].possessive and _SPEECH_AFTER.match(self.norm, runs[0].end, pe):
                head = runs[0]
            if head is not None and not _is_time(head.text):
                return _attribution((self.resolve_run(head), (head.start, head.end)), None, None)
        return None

    # -- subjects -----------------------------------------------------------------------------

    def _subject_after(self, start: int, end: int) -> tuple[_Speaker, Span] | None:
        """Subject after an inverted cue (``said X, the ...``): the last name before a comma or preposition.

        The head of an English noun phrase is at its end ("said Finance Minister Ann Roe"); a
        source named through its words ("according to a statement from X") is X.
        """
        stop = _AFTER_STOP.search(self.norm, start, end)
        limit = stop.start() if stop else end
        for cut in sentence_cuts(self.norm, start, limit):
            limit = min(limit, cut)
        preposition = _PREPOSITION.search(self.norm, start, limit)
        runs = [r for r in name_runs(self.norm, start, preposition.start() if preposition else limit) if not _is_time(r.text)]
        heads = [r for r in runs if not r.possessive and not r.modifier]
        if heads and not _DESCRIPTION.fullmatch(self.norm, start, preposition.start() if preposition else limit):
            for head in reversed(heads):
                adjacent = not self.norm[start : head.start].strip()
                speaker = self.resolve_run(head, lone=adjacent)
                if speaker.speaker_id or speaker.name:
                    return speaker, (head.start, head.end)
        source = _SOURCE_OF.match(self.norm, start, limit)
        if source is not None:
            source_head = head_run(name_runs(self.norm, source.end(), limit))
            if source_head is not None:
                return self.resolve_run(source_head), (source_head.start, source_head.end)
        described = self._description_or_pronoun(start, limit, last_word=False)
        if described is None and stop is not None and self.norm[stop.start()] == ",":
            return self._apposed_name(stop.end(), end)
        return described

    def _apposed_name(self, start: int, end: int) -> tuple[_Speaker, Span] | None:
        """``said the chairman of the panel, Labour MP Ann Roe``: the name set after the description."""
        stop = _AFTER_STOP.search(self.norm, start, end)
        limit = stop.start() if stop else end
        for cut in sentence_cuts(self.norm, start, limit):
            limit = min(limit, cut)
        runs = [r for r in name_runs(self.norm, start, limit) if not r.possessive and not r.modifier and not _is_time(r.text)]
        if runs and not _WORD.search(self.norm, start, runs[0].start):
            return self.resolve_run(runs[-1]), (runs[-1].start, runs[-1].end)
        return None

    def _subject_before(self, start: int, end: int) -> tuple[_Speaker, Span] | None:
        """Subject before a cue, read over comma-separated parts from the verb backwards.

        A part that opens in lower case or with a determiner is an apposition ("Jane Roe, a
        lawyer for the city, said"): the name before it is the subject; a name right before the
        verb is the subject even inside an adverbial part ("In an interview Roe declared").
        """
        aside = open_paren(self.norm, start, end)
        if aside is not None:
            start = aside + 1
        clause = last_subordinate(self.norm, max(start, self.norm.rfind(",", start, end) + 1), end)
        if clause is not None:
            runs = [r for r in name_runs(self.norm, clause, end) if not r.possessive and not _is_time(r.text)]
            if runs and only_adverbs(self.norm, runs[-1].end, end):
                return self.resolve_run(runs[-1]), (runs[-1].start, runs[-1].end)
        parts = comma_parts(self.norm, start, end)
        appositions: list[Span] = []
        for index in range(len(parts) - 1, -1, -1):
            ps, pe = parts[index]
            words = list(_WORD.finditer(self.norm, ps, pe))
            if not words:
                continue
            first = words[0].group()
            runs = [r for r in name_runs(self.norm, ps, pe) if not _is_time(r.text)]
            if index == len(parts) - 1 and not self.norm[pe:end].strip():
                if words[-1].group().lower() in _PRONOUNS:
                    return self._description_or_pronoun(ps, pe)
                adjacent = [r for r in runs if not r.possessive and only_adverbs(self.norm, r.end, pe)]
                if adjacent and first.lower() in _ADVERBIAL_START:
                    return self.resolve_run(adjacent[-1]), (adjacent[-1].start, adjacent[-1].end)
            if first.lower() in _RELATIVE_START or _PARTY_STATE.fullmatch(self.norm[ps:pe].strip()):
                continue
            named = head_run(runs)
            if named is not None and first.lower() == "as":
                return self.resolve_run(named), (named.start, named.end)
            if first.lower() in _DETERMINERS and len(words) > 1:
                if named is not None and named.start == words[1].start():
                    speaker = self.resolve_run(named)
                    if speaker.speaker_id or speaker.name:
                        return speaker, (named.start, named.end)
            if first.lower() in _DETERMINERS or first[0].islower():
                appositions.append((ps, pe))
                continue
            if first.lower() in _ADVERBIAL_START:
                continue
            if named is not None:
                return self.resolve_run(named), (named.start, named.end)
        for ps, pe in appositions:
            head = head_run([r for r in name_runs(self.norm, ps, pe) if not _is_time(r.text)])
            if head is not None and (_looks_personal(head) or _looks_institutional(head)):
                return self.resolve_run(head), (head.start, head.end)
        if appositions:
            found = self._description_or_pronoun(*appositions[0])
            if found is not None and (found[0].speaker_id or found[0].name or self._indefinite(found[1])):
                return found
        return None

    def _description_or_pronoun(self, start: int, end: int, *, last_word: bool = True) -> tuple[_Speaker, Span] | None:
        """A pronoun or a determiner phrase in the window, resolved to a named actor."""
        words = list(_WORD.finditer(self.norm, start, end))
        if not words:
            return None
        probe = words[-1] if last_word else words[0]
        if probe.group().lower() in _PRONOUNS:
            return self.resolve_pronoun(probe.group().lower(), probe.start()), (probe.start(), probe.end())
        if last_word:
            for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
                if words[k].group().lower() in _DETERMINERS:
                    span = (words[k].start(), words[-1].end())
                    if words[k].group().lower() in _INDEFINITE:
                        return _Speaker(None, None), span
                    speaker = self.resolve_description(span, words[-1].group().lower())
                    return (speaker, span) if speaker.speaker_id or speaker.name else None
        elif words[0].group().lower() in _DETERMINERS and len(words) > 1:
            head = next((w for w in words[1:] if w.group().lower() in _ROLE_NOUNS), words[min(len(words) - 1, 2)])
            span = (words[0].start(), head.end())
            speaker = self.resolve_description(span, head.group().lower())
            return (speaker, span) if speaker.speaker_id or speaker.name else None
        return None

    def _party_description(self, run: NameRun) -> bool:
        """"the New York Democrat": a place and a party word after "the" describe the politician
        the story last named, not the place."""
        words = run.text.split()
        return len(words) > 1 and words[-1].lower() in PARTY_MEMBERS and self.norm[max(0, run.start - 4) : run.start].lower() == "the "

    def _indefinite(self, span: Span) -> bool:
        """Whether a description opens with "a" or "an": a newcomer, who takes no earlier speaker's name."""
        first = _WORD.match(self.norm, span[0])
        return first is not None and first.group().lower() in _INDEFINITE

    # -- resolution ---------------------------------------------------------------------------

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

    def resolve_run(self, run: NameRun, *, lone: bool = False) -> _Speaker:
        """The entity a name run names; else, for a credible name the actor pass missed, that name.

        A lone capitalised word with no title ("Democrats", "Phoenix") is no credible person,
        save right after an inverted cue (``said Idowu``, ``lone``) in the middle of a sentence.
        """
        if self._party_description(run):
            return self.resolve_description((run.start, run.end), run.text.split()[-1].lower())
        entity = self.entity_at(run.start, run.end)
        text = run.text.replace("[", "").replace("]", "")
        if entity is None:
            k = self.by_last_word.get(text.split()[-1].lower())
            entity = self.entities[k] if k is not None else None
        if entity is not None:
            return _Speaker(entity.id, None, entity.kind)
        name = bare_name(text)
        words = name.split()
        titled = name != text
        named_by_article = (
            self.norm[max(0, run.start - 4) : run.start].lower() == "the "
            and words[-1].lower() not in TITLE_WORDS
            and words[-1].lower() not in _ROLE_NOUNS
            and _CUE_OR_STOP.match(self.norm, run.end) is not None
        )
        if len(words) < 2 and not titled and not named_by_article and not (lone and not self._starts_sentence(run.start)):
            return _Speaker(None, None)
        if _is_time(words[-1]) or any(w[0].islower() and w not in _PARTICLES for w in words):
            return _Speaker(None, None)
        if words[-1].lower() in _THING_HEADS or all(w.lower().rstrip(".") in TITLE_WORDS for w in words):
            return _Speaker(None, None)
        organization = words[-1].lower() in _ORG_HEADS or (named_by_article and len(words) == 1)
        return _Speaker(None, name, "organization" if organization else "person")

    def _starts_sentence(self, offset: int) -> bool:
        """Whether a word opens its sentence, where a capital says nothing about being a name."""
        before = self.norm[max(0, offset - 3) : offset].rstrip(" \"'")
        return not before or before[-1] in ".!?\n" or self.bounds(offset)[0] == offset

    def resolve_pronoun(self, pronoun: str, offset: int) -> _Speaker:
        """He/she: the person last named before the pronoun, outside quotes and of the same gender
        where an honorific tells it; "it": the last organisation; plural and first person stay
        unknown.

        Three candidates compete on nearness: the last person mention the actor pass gives, the
        last personal-looking name in the text (the actor pass may have missed that mention), and
        the speaker of the quote before.
        """
        gender = _PRONOUNS[pronoun]
        if gender == "n":
            return self._last_institution(offset)
        if gender not in ("m", "f"):
            return _Speaker(None, None)
        candidates: list[tuple[int, _Speaker]] = []
        if self.last is not None and self.last.source_span is not None and (self.last.speaker_id or self.last.name):
            candidates.append((self.last.source_span[0], _Speaker(self.last.speaker_id, self.last.name, self.last.kind)))
        i = bisect_right(self.mention_starts, offset) - 1
        once: tuple[int, _Speaker] | None = None
        for j in range(i, max(-1, i - 200), -1):
            ms, me, k = self.mentions[j]
            entity = self.entities[k]
            if entity.kind == "person" and not self.in_quote(ms) and self._gender_fits(ms, me, gender):
                if not self._embedded(ms, me):
                    candidates.append((ms, _Speaker(entity.id, None, "person")))
                    break
                once = once or (ms, _Speaker(entity.id, None, "person"))
        for run in reversed(self.runs_before(offset)):
            if (
                _looks_personal(run)
                and not run.modifier
                and not self.in_quote(run.start)
                and not self._embedded(run.start, run.end)
                and self._gender_fits(run.start, run.end, gender)
            ):
                speaker = self.resolve_run(run)
                if speaker.speaker_id or speaker.name:
                    candidates.append((run.start, speaker))
                break
        if not candidates and once is not None:
            candidates.append(once)
        return max(candidates, key=lambda c: c[0])[1] if candidates else _Speaker(None, None)

    def _last_institution(self, offset: int) -> _Speaker:
        """"It said": the organisation last named before, outside quotes."""
        i = bisect_right(self.mention_starts, offset) - 1
        for j in range(i, max(-1, i - 200), -1):
            ms, _, k = self.mentions[j]
            if self.entities[k].kind == "organization" and not self.in_quote(ms):
                return _Speaker(self.entities[k].id, None, "organization")
        if self.entities:
            return _Speaker(None, None)
        for run in reversed(self.runs_before(offset)):
            if _looks_institutional(run) and not self.in_quote(run.start):
                return self.resolve_run(run)
        return _Speaker(None, None)

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
        if word.lower() in _EMBEDDING or word.lower() in _OBJECT_VERBS:
            return True
        return word[0].isupper() and word.lower() not in TITLE_WORDS and not self._starts_sentence(start - len(word) - 1)

    def in_quote(self, offset: int) -> bool:
        """Whether an offset lies inside quoted words (names there are not the reporter's)."""
        i = bisect_right(self.quoted_starts, offset) - 1
        return i >= 0 and offset < self.quoted[i][1]

    def _gender_fits(self, start: int, end: int, gender: str) -> bool:
        honorific = _HONORIFIC.search(self.norm, max(0, start - 5), end)
        if honorific is None:
            return True
        return (honorific.group(1) == "Mr") == (gender == "m")

    def resolve_description(self, span: Span, head: str) -> _Speaker:
        """"The spokesman": an entity titled so here, else the last one whose role or title has the
        word; "the alliance": the last name ending in it.  Other nouns ("the suit") name no one."""
        entity = self.entity_at(*span)
        if entity is not None and entity.kind == "person":
            return _Speaker(entity.id, None, entity.kind)
        role = head in _ROLE_NOUNS or head in TITLE_WORDS
        party = head in PARTY_MEMBERS
        i = bisect_right(self.mention_starts, span[0]) - 1
        for j in range(i, max(-1, i - 400), -1):
            ms, me, k = self.mentions[j]
            entity = self.entities[k]
            if entity.kind == "person" and not self.in_quote(ms) and (
                party
                or head in _role_words(entity.role or "")
                or (role and head in _role_words(self.norm[max(0, ms - 40) : me]))
            ):
                return _Speaker(entity.id, None, entity.kind)
        for run in reversed(self.runs_before(span[0])):
            if self.in_quote(run.start):
                continue
            if run.text.split()[-1].lower() == head and len(run.text.split()) > 1:
                return self.resolve_run(run)
            if role and _looks_personal(run) and head in _WORD.findall(self.norm[max(0, run.start - 40) : run.end].lower()):
                return self.resolve_run(run)
        return _Speaker(None, None)

    def runs_before(self, offset: int) -> list[NameRun]:
        """Name runs in the stretch of text before ``offset`` (bounded, so look-ups stay cheap)."""
        return [r for r in name_runs(self.norm, max(0, offset - 1500), offset) if not r.possessive]

    # -- no cue of its own --------------------------------------------------------------------

    def inherited(self, quote: QuoteSpan, previous: QuoteSpan | None, last: Attribution | None) -> Attribution:
        """The news convention: a quote with no cue continues the speaker before it."""
        para = self.paragraph(quote.start)
        opens = self._opens_paragraph(quote)
        if opens and para > 0:
            intro = self._colon_intro(para - 1, quote)
            if intro is not None:
                return intro
        if previous is not None and last is not None and (last.speaker_id or last.name):
            gap = para - self.paragraph(previous.start)
            if gap == 0 or (gap == 1 and opens):
                return Attribution(last.speaker_id, None, None, last.source_span, last.name, last.kind)
        if not opens:
            left = self.left_clause(quote, previous)
            if _WORD.search(self.norm, *left):
                subject = self._clause_subject(left)
            else:
                before = self._sentence_before(left[0], previous)
                subject = self._cue_before(before, quote, None, None) or self._clause_subject(before) if before else None
            if subject is not None:
                return Attribution(subject.speaker_id, None, None, subject.source_span, subject.name, subject.kind)
        return Attribution(None, None)

    def _sentence_before(self, start: int, previous: QuoteSpan | None) -> Span | None:
        """The sentence ending at ``start`` in the same paragraph ("Roe criticised the plan. "..."")
        whose subject, in news convention, goes on speaking in the quote after it."""
        para_start, _ = self.bounds(start)
        if previous is not None and previous.end >= para_start:
            para_start = previous.end
        begin = max(para_start, start - _LEFT_WINDOW)
        cuts = [c for c in sentence_cuts(self.norm, begin, start) if c < start]
        begin = cuts[-1] if cuts else begin
        return (begin, start) if begin < start and _WORD.search(self.norm, begin, start) else None

    def continues(self, quote: QuoteSpan, following: QuoteSpan) -> bool:
        """Whether ``following`` carries on ``quote``: left open at its paragraph's end and reopened
        at the start of the next, or restarted right after it (the speaker is often named only
        in the part that follows)."""
        if quote.close_mark is None and following.open_mark is not None and not self.norm[quote.end : following.open_mark].strip():
            return True
        return (
            quote.close_mark is None
            and self.paragraph(following.start) == self.paragraph(quote.start) + 1
            and self._opens_paragraph(following)
        )

    def _opens_paragraph(self, quote: QuoteSpan) -> bool:
        """Whether no word stands before the quote in its paragraph (looked up once a paragraph)."""
        para = self.paragraph(quote.start)
        if para not in self.first_word:
            start, end = self.bounds(quote.start)
            found = _WORD.search(self.norm, start, end)
            self.first_word[para] = found.start() if found else end
        mark = quote.open_mark if quote.open_mark is not None else quote.start
        return self.first_word[para] >= mark

    def _colon_intro(self, para: int, quote: QuoteSpan) -> Attribution | None:
        """``X said:`` closing the paragraph before a quote that opens the next one."""
        span = self.para_span.get(para)
        if span is None or not self.norm[span[0] : span[1]].rstrip().endswith(":"):
            return None
        start = span[0]
        for cut in sentence_cuts(self.norm, max(span[0], span[1] - _LEFT_WINDOW), span[1]):
            start = cut
        return self._cue_before((start, span[1]), quote, None, None) or self._clause_subject((start, span[1]))


def _role_words(text: str) -> set[str]:
    """The lower-case words of a title with abbreviations spelled out, so "Sen." answers "the senator"."""
    words = {w.strip(".,;:()[]") for w in text.lower().split()}
    return words | {_TITLE_ABBREVIATIONS[w] for w in words if w in _TITLE_ABBREVIATIONS}


def _attribution(who: tuple[_Speaker, Span], cue: str | None, cue_span: Span | None) -> Attribution:
    speaker, source = who
    return Attribution(speaker.speaker_id, cue, cue_span, source, speaker.name, speaker.kind)


def _after_mark(norm: str, mark: int) -> int:
    return mark + 2 if norm.startswith(("''", "``"), mark) else mark + 1


def _is_time(text: str) -> bool:
    return all(w.lower().rstrip(".") in _TIME_WORDS for w in text.split())


def _looks_personal(run: NameRun) -> bool:
    """Two or more capitalised words or an honorific: likely a person, not a place, an event or a month."""
    words = run.text.split()
    if "I" in words:
        return False
    last = words[-1].lower()
    return (len(words) >= 2 or words[0].endswith(".")) and not _is_time(run.text) and last not in _ORG_HEADS and last not in _THING_HEADS


def _looks_institutional(run: NameRun) -> bool:
    """Two or more capitalised words ending in an institution's word ("New York Times")."""
    words = run.text.split()
    return len(words) >= 2 and words[-1].lower() in _ORG_HEADS
