"""A quote's own cue: the speech verb in the quote's sentence and the subject it takes.

After the closing mark first (``"...," said X``, ``"...," X said``, ``"..." - X``), then before the
opening mark (``X said: "..."``, ``X told reporters that "..."``, ``a warning from X that "..."``,
``according to X``, ``Jane Roe: "..."``).  ``last`` is the speaker of the quote before: "adding:"
continues it, and pronouns weigh it against the names before them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.compile.doc import Attribution, QuoteSpan, Span
from briefing.compile.lexicon.speech import SPEECH_NOUNS
from briefing.compile.quotes.cues import CUE_VERBS, find_cues
from briefing.compile.quotes.referents import Speaker, attribution, is_time, looks_personal
from briefing.compile.quotes.subject_reading import SubjectReader
from briefing.compile.quotes.subjects import head_run, name_runs
from briefing.compile.quotes.windows import Windows
from briefing.patterns import regex

_WORD = regex(r"[A-Za-z]+(?:['-][A-Za-z]+)*")
_DASH_CREDIT = regex(r"\s*[,.]?\s*-{1,2}\s*")
_LEAD_MARK = regex(r"\s*(?::|\s-{1,2})\s*$")
_BARE_CREDIT = regex(r"(?:[A-Z][\w'.-]*\s+){1,4}(?:\w+ly\s+|later\s+|also\s+)?([a-z]+)\s*[.,]?\s*$")
_DETERMINED = regex(r"\b(?:a|an|the|this|that|his|her|their)\s+$", re.I)
_FROM_BY = regex(r"\s+(?:from|by)\s+")
_SUBJECT_WORDS = 32


class CueReader:
    """Finds the cue of a quote in the windows around its marks and reads the cue's subject."""

    def __init__(self, windows: Windows, subjects: SubjectReader) -> None:
        self.windows = windows
        self.subjects = subjects
        self.referents = subjects.referents
        self.norm = windows.norm

    def own_cue(
        self, quote: QuoteSpan, previous: QuoteSpan | None, following: QuoteSpan | None, last: Attribution | None
    ) -> Attribution | None:
        """The speaker the quote's own sentence names, or None when it names none."""
        right = self.windows.right_clause(quote, following)
        if right is not None:
            found = self._dash_credit(right)
            if found is None and self._right_may_attribute(quote, right):
                found = self._cue_after(right, last)
            if found is not None:
                return found
        left = self.windows.left_clause(quote, previous)
        found = self._name_lead(left) or self.cue_before(left, quote, previous, last)
        if found is None and self.norm[left[0] : left[1]].rstrip().endswith(":"):
            found = self.subjects.clause(left, last)
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
        if not runs or runs[-1].end != match.start() or runs[-1].possessive or is_time(runs[-1].text):
            return None
        run = runs[-1]
        if ":" in match.group():
            if _WORD.search(self.norm, left[0], run.start):
                return None
        elif not looks_personal(run):
            return None
        return attribution((self.referents.run(run), (run.start, run.end)), None, None)

    def _dash_credit(self, right: Span) -> Attribution | None:
        """``"..." - Jane Roe``: a name after a dash credits the quote (reader comments, epigraphs)."""
        match = _DASH_CREDIT.match(self.norm, right[0], right[1])
        if match is None:
            return None
        head = head_run(name_runs(self.norm, match.end(), right[1]))
        if head is None or head.start != match.end():
            return None
        return attribution((self.referents.run(head), (head.start, head.end)), None, None)

    def _cue_after(self, right: Span, last: Attribution | None) -> Attribution | None:
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
                who = self.subjects.after(hit.end, end, last)
            else:
                who = self.subjects.before(start, hit.start, last)
            if who is not None:
                return attribution(who, hit.text, cue_span)
        return None

    def cue_before(self, left: Span, quote: QuoteSpan, previous: QuoteSpan | None, last: Attribution | None) -> Attribution | None:
        """The last cue before the opening mark and its subject; "adding:" continues ``last``, the
        speaker of ``previous``, when that quote stands in the same paragraph."""
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
            if low == "according to" or not _WORD.search(before) and not low.endswith("ing") or _aside_cue(before, rest, low):
                who = self.subjects.after(hit.end, end, last)
            elif low in SPEECH_NOUNS and by:
                who = self.subjects.after(hit.end + by.end(), end, last)
            elif low in SPEECH_NOUNS:
                continue
            elif low.endswith("ing"):
                if not before.strip(" ,") and last is not None and previous is not None:
                    if self.windows.paragraph(previous.start) == self.windows.paragraph(quote.start):
                        return replace(last, cue=cue, cue_span=cue_span)
                    continue
                who = self.subjects.absolute(start, hit.start)
                if who is None:
                    found = self.subjects.clause((start, hit.start), last)
                    who = (Speaker(found.speaker_id, found.name, found.kind, found.description), found.source_span) if found and found.source_span else None
            else:
                who = self.subjects.before(start, hit.start, last)
            if who is not None:
                return attribution(who, cue, cue_span)
        return None


def _aside_cue(before: str, rest: str, cue: str) -> bool:
    """"The ministers' comments, said Ann Roe of Corvel, were ...": a cue set off by commas before
    a name speaks for the name after it, not for the words before."""
    return cue in ("said", "says") and before.rstrip().endswith(",") and "," in rest and rest.lstrip()[:1].isupper()
