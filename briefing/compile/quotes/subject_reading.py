"""The subject of a cue verb: the name, pronoun or description that speaks.

Before the verb the subject is read over comma-separated parts from the verb backwards, skipping
appositions ("Jane Roe, a lawyer for the city, said"); after an inverted verb it is the last name
before a comma or preposition ("said Finance Minister Ann Roe of ..."), or the source named through
its words ("according to a statement from X").  What the words name is left to ``referents``.
"""

from __future__ import annotations

from briefing.compile.doc import Attribution, Span
from briefing.compile.lexicon.heads import SPEAKER_ROLES
from briefing.compile.lexicon.speech import SPEECH_NOUNS
from briefing.compile.lexicon.stopwords import DETERMINERS
from briefing.compile.lexicon.tense import PRONOUN_GENDERS
from briefing.compile.lexicon.words import ADVERBIAL_START, RELATIVE_WORDS, UNNAMED_SOURCES
from briefing.compile.quotes.clauses import comma_parts, last_subordinate, only_adverbs, open_paren, sentence_cuts
from briefing.compile.quotes.referents import (
    NO_ONE,
    Referents,
    Speaker,
    attribution,
    is_time,
    looks_institutional,
    looks_personal,
)
from briefing.compile.quotes.subjects import head_run, name_runs
from briefing.patterns import regex

_WORD = regex(r"[A-Za-z]+(?:['-][A-Za-z]+)*")
# "a union lawyer said" brings in someone new: no one the story has named, and no one before.
_INDEFINITE = frozenset(("a", "an"))
_PREPOSITION = regex(r" (?:of|at|from|for|in|on|with|to|who|which|after|before|during) ")
_SOURCE_OF = regex(r"\s*(?:a|an|the)\s+(?:\w+\s+)?(?:" + "|".join(sorted(SPEECH_NOUNS)) + r")\s+(?:from|by|of)\s+")
_SPEECH_AFTER = regex(r"'s?\s+(?:\w+\s+)?(?:" + "|".join(sorted(SPEECH_NOUNS)) + r")\b")
_DESCRIPTION = regex(r"\s*(?:the|a|an|one)\s+[^,;]*\b[a-z][a-z-]*[\s.,;:!?]*")
_AFTER_STOP = regex(r"[,;:(]|\s-\s")
_PARTY_STATE = regex(r"[RDI]-[A-Za-z. ]+")

Subject = tuple[Speaker, Span]


class SubjectReader:
    """Reads subjects out of stretches of the article; ``last`` is the speaker of the quote before."""

    def __init__(self, referents: Referents) -> None:
        self.referents = referents
        self.norm = referents.norm

    def clause(self, clause: Span, last: Attribution | None) -> Attribution | None:
        """The first name standing as a subject in a clause ("Sanders made this comment:"), or the
        owner of the words that introduce a quote ("Roe's reply:")."""
        for ps, pe in comma_parts(self.norm, *clause):
            words = _WORD.findall(self.norm, ps, pe)
            if not words or words[0].lower() in ADVERBIAL_START or words[0].lower() in RELATIVE_WORDS:
                continue
            if len(words) == 1 and words[0].lower().endswith("ly"):
                continue
            if words[0].lower() in PRONOUN_GENDERS:
                found = self.description_or_pronoun(ps, pe, last, last_word=False)
                return attribution(found, None, None) if found else None
            runs = name_runs(self.norm, ps, pe)
            head = head_run(runs)
            if head is None and runs and runs[0].possessive and _SPEECH_AFTER.match(self.norm, runs[0].end, pe):
                head = runs[0]
            if head is not None and not is_time(head.text):
                return attribution((self.referents.run(head), (head.start, head.end)), None, None)
        return None

    def absolute(self, start: int, end: int) -> Subject | None:
        """``..., with economy minister Ann Roe saying``: in an absolute "with" clause the name right
        before the participle is its subject, not the subject of the sentence's main clause."""
        parts = comma_parts(self.norm, start, end)
        if not parts:
            return None
        ps, pe = parts[-1]
        words = _WORD.findall(self.norm, ps, pe)
        if not words or words[0].lower() != "with":
            return None
        runs = [r for r in name_runs(self.norm, ps, pe) if not r.possessive and not is_time(r.text)]
        if runs and only_adverbs(self.norm, runs[-1].end, end):
            return self.referents.run(runs[-1]), (runs[-1].start, runs[-1].end)
        return None

    def after(self, start: int, end: int, last: Attribution | None) -> Subject | None:
        """Subject after an inverted cue (``said X, the ...``): the last name before a comma or preposition.

        The head of an English noun phrase is at its end ("said Finance Minister Ann Roe"); a
        source named through its words ("according to a statement from X") is X.
        """
        stop = _AFTER_STOP.search(self.norm, start, end)
        limit = stop.start() if stop else end
        for cut in sentence_cuts(self.norm, start, limit):
            limit = min(limit, cut)
        preposition = _PREPOSITION.search(self.norm, start, limit)
        runs = [r for r in name_runs(self.norm, start, preposition.start() if preposition else limit) if not is_time(r.text)]
        heads = [r for r in runs if not r.possessive and not r.modifier]
        if heads and not _DESCRIPTION.fullmatch(self.norm, start, preposition.start() if preposition else limit):
            for head in reversed(heads):
                adjacent = not self.norm[start : head.start].strip()
                speaker = self.referents.run(head, lone=adjacent)
                if speaker.speaker_id or speaker.name:
                    return speaker, (head.start, head.end)
        source = _SOURCE_OF.match(self.norm, start, limit)
        if source is not None:
            named = head_run(name_runs(self.norm, source.end(), limit))
            if named is not None:
                return self.referents.run(named), (named.start, named.end)
        described = self.description_or_pronoun(start, limit, last, last_word=False)
        if described is None and stop is not None and self.norm[stop.start()] == ",":
            return self._apposed_name(stop.end(), end)
        return described

    def _apposed_name(self, start: int, end: int) -> Subject | None:
        """``said the chairman of the panel, Labour MP Ann Roe``: the name set after the description."""
        stop = _AFTER_STOP.search(self.norm, start, end)
        limit = stop.start() if stop else end
        for cut in sentence_cuts(self.norm, start, limit):
            limit = min(limit, cut)
        runs = [r for r in name_runs(self.norm, start, limit) if not r.possessive and not r.modifier and not is_time(r.text)]
        if runs and not _WORD.search(self.norm, start, runs[0].start):
            return self.referents.run(runs[-1]), (runs[-1].start, runs[-1].end)
        return None

    def before(self, start: int, end: int, last: Attribution | None) -> Subject | None:
        """Subject before a cue, read over comma-separated parts from the verb backwards.

        A part that opens in lower case or with a determiner is an apposition ("Jane Roe, a
        lawyer for the city, said"): the name before it is the subject; a name right before the
        verb is the subject even inside an adverbial part ("In an interview Roe declared").
        """
        resolve = self.referents.run
        aside = open_paren(self.norm, start, end)
        if aside is not None:
            start = aside + 1
        clause = last_subordinate(self.norm, max(start, self.norm.rfind(",", start, end) + 1), end)
        if clause is not None:
            runs = [r for r in name_runs(self.norm, clause, end) if not r.possessive and not is_time(r.text)]
            if runs and only_adverbs(self.norm, runs[-1].end, end):
                return resolve(runs[-1]), (runs[-1].start, runs[-1].end)
        parts = comma_parts(self.norm, start, end)
        appositions: list[Span] = []
        for index in range(len(parts) - 1, -1, -1):
            ps, pe = parts[index]
            words = list(_WORD.finditer(self.norm, ps, pe))
            if not words:
                continue
            first = words[0].group()
            runs = [r for r in name_runs(self.norm, ps, pe) if not is_time(r.text)]
            if index == len(parts) - 1 and not self.norm[pe:end].strip():
                if words[-1].group().lower() in PRONOUN_GENDERS:
                    return self.description_or_pronoun(ps, pe, last)
                adjacent = [r for r in runs if not r.possessive and only_adverbs(self.norm, r.end, pe)]
                if adjacent and first.lower() in ADVERBIAL_START:
                    return resolve(adjacent[-1]), (adjacent[-1].start, adjacent[-1].end)
            if first.lower() in RELATIVE_WORDS or _PARTY_STATE.fullmatch(self.norm[ps:pe].strip()):
                continue
            named = head_run(runs)
            if named is not None and first.lower() == "as":
                return resolve(named), (named.start, named.end)
            if first.lower() in DETERMINERS and len(words) > 1:
                # "the Ann Roe I know", "An angry Roe initially said": an adjective may stand between.
                if named is not None and (
                    named.start == words[1].start()
                    or (len(words) > 2 and named.start == words[2].start() and words[1].group().islower()
                        and only_adverbs(self.norm, named.end, pe))
                ):
                    speaker = resolve(named)
                    if speaker.speaker_id or speaker.name:
                        return speaker, (named.start, named.end)
            if first.lower() in DETERMINERS or first[0].islower():
                appositions.append((ps, pe))
                continue
            if first.lower() in ADVERBIAL_START:
                continue
            if named is not None:
                speaker = resolve(named)
                if index > 0 and (speaker.kind == "place" or not (speaker.speaker_id or speaker.name)):
                    # "Ann Roe, MP for Hexham, Northumberland, said": a place or a title naming no
                    # one is part of an apposition; the name before it speaks.
                    continue
                return speaker, (named.start, named.end)
        for ps, pe in appositions:
            source = self._source_phrase(ps, pe)
            if source is not None:
                return source
            head = head_run([r for r in name_runs(self.norm, ps, pe) if not is_time(r.text)])
            if head is not None and (looks_personal(head) or looks_institutional(head)):
                return resolve(head), (head.start, head.end)
        if appositions:
            found = self.description_or_pronoun(*appositions[0], last)
            if found is not None and (found[0].speaker_id or found[0].name or found[0].description or self._indefinite(found[1])):
                return found
        return None

    def description_or_pronoun(self, start: int, end: int, last: Attribution | None, *, last_word: bool = True) -> Subject | None:
        """A pronoun or a determiner phrase in the window, resolved to a named actor."""
        words = list(_WORD.finditer(self.norm, start, end))
        if not words:
            return None
        probe = words[-1] if last_word else words[0]
        if probe.group().lower() in PRONOUN_GENDERS:
            return self.referents.pronoun(probe.group().lower(), probe.start(), last), (probe.start(), probe.end())
        if last_word:
            for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
                if words[k].group().lower() in DETERMINERS:
                    span = (words[k].start(), words[-1].end())
                    if words[k].group().lower() in _INDEFINITE:
                        return self._newcomer(span, words[-1].group().lower()), span
                    speaker = self.referents.description(span, words[-1].group().lower())
                    return (speaker, span) if speaker.speaker_id or speaker.name or speaker.description else None
        elif words[0].group().lower() in DETERMINERS and len(words) > 1:
            head = next((w for w in words[1:] if w.group().lower() in SPEAKER_ROLES | UNNAMED_SOURCES), words[min(len(words) - 1, 2)])
            span = (words[0].start(), head.end())
            if words[0].group().lower() in _INDEFINITE:
                return self._newcomer((words[0].start(), words[-1].end()), head.group().lower()), span
            speaker = self.referents.description(span, head.group().lower())
            return (speaker, span) if speaker.speaker_id or speaker.name or speaker.description else None
        return None

    def _source_phrase(self, start: int, end: int) -> Subject | None:
        """"a spokeswoman for the Danish Competition Authority": an unnamed source whose noun comes
        right after the article is the speaker, described with the body it speaks for."""
        words = _WORD.findall(self.norm, start, end)
        if len(words) > 1 and words[0].lower() in _INDEFINITE and words[1].lower() in UNNAMED_SOURCES:
            lead = self.norm[start:end]
            span = (start + len(lead) - len(lead.lstrip()), start + len(lead.rstrip()))
            return self.referents.described(span), span
        return None

    def _newcomer(self, span: Span, head: str) -> Speaker:
        """"a party source", "a spokesman for the council": an unnamed source is the speaker as
        described; any other newcomer ("a union lawyer") is no one the story names."""
        return self.referents.described(span) if head in UNNAMED_SOURCES else NO_ONE

    def _indefinite(self, span: Span) -> bool:
        """Whether a description opens with "a" or "an": a newcomer, who takes no earlier speaker's name."""
        first = _WORD.match(self.norm, span[0])
        return first is not None and first.group().lower() in _INDEFINITE
