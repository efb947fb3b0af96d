"""Quote attribution: the cue verb next to a quote, its subject, and the actor that subject names.

A quote's speaker is read from its own sentence first: after the closing mark (``"...," said X``,
``"...," X said``, ``"...", X, the party chair, said``) then before the opening mark (``X said:
"..."``, ``X told reporters that "..."``, ``a warning from X that "..."``, ``according to X``).
Pronouns and descriptions ("he", "the spokesman") go to the person the text last named that way.
A quote with no cue of its own takes, in news convention, the speaker of the quote before it in
the same paragraph, or of a colon-introduced or continued quote from the paragraph before.

The reading is split by job: ``windows`` (where a quote stands), ``cue_reading`` (the quote's own
cue), ``subject_reading`` (the cue's subject), ``referents`` (what a name, pronoun or description
names); this module holds the entry point and the news conventions.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.compile.doc import Attribution, Entity, Layout, QuoteSpan
from briefing.compile.quotes.cue_reading import CueReader
from briefing.compile.quotes.referents import Referents
from briefing.compile.quotes.subject_reading import SubjectReader
from briefing.compile.quotes.windows import Windows
from briefing.patterns import regex

_WORD = regex(r"[A-Za-z]+(?:['-][A-Za-z]+)*")


def attribute(layout: Layout, quotes: list[QuoteSpan], entities: list[Entity]) -> list[Attribution]:
    """One attribution per quote, in the same order.

    Each quote is read with the attribution of the quote before (``last``) as its only state: its
    own cue first (``cue_reading``), else the news conventions below; then a quote with no cue that
    a later part continues takes that part's speaker.
    """
    windows = Windows(layout, quotes)
    subjects = SubjectReader(Referents(windows, entities))
    cues = CueReader(windows, subjects)
    out: list[Attribution] = []
    own: list[bool] = []
    for i, quote in enumerate(quotes):
        previous = quotes[i - 1] if i else None
        following = quotes[i + 1] if i + 1 < len(quotes) else None
        last = out[-1] if out else None
        found = cues.own_cue(quote, previous, following, last)
        own.append(found is not None)
        if found is None:
            found = _inherited(windows, cues, quote, previous, last)
        out.append(found)
    for i in range(len(quotes) - 2, -1, -1):
        if not own[i] and own[i + 1] and _continues(windows, quotes[i], quotes[i + 1]) and _speaks(out[i + 1]):
            after = out[i + 1]
            out[i] = replace(after, cue=None, cue_span=None)
            own[i] = True
    return out


def _inherited(windows: Windows, cues: CueReader, quote: QuoteSpan, previous: QuoteSpan | None, last: Attribution | None) -> Attribution:
    """The news convention: a quote with no cue continues the speaker before it (in its paragraph,
    or from the paragraph before when it opens its own), or is spoken by the paragraph's subject
    ("Roe criticised the plan. "...""), or by the one an ``X said:`` paragraph before introduces.

    A reporter's sentence with a cue of its own between the quote before and this one hands the
    word on: ``"..." Mr Roe warned that talent would run out. "..."`` is Roe's, whoever spoke before.
    """
    para = windows.paragraph(quote.start)
    opens = windows.opens_paragraph(quote)
    if not opens and previous is not None and windows.paragraph(previous.start) == para:
        left = windows.left_clause(quote, previous)
        before = None if _WORD.search(windows.norm, *left) else windows.sentence_before(left[0], previous)
        reported = cues.cue_before(before, quote, None, last) if before is not None else None
        if reported is not None and _speaks(reported):
            return replace(reported, cue=None, cue_span=None)
    if opens and para > 0:
        intro = windows.closing_sentence(para - 1)
        if intro is not None:
            found = cues.cue_before(intro, quote, None, last) or cues.subjects.clause(intro, last)
            if found is not None:
                return found
    if previous is not None and last is not None and _speaks(last):
        gap = para - windows.paragraph(previous.start)
        if gap == 0 or (gap == 1 and opens):
            return replace(last, cue=None, cue_span=None)
    if not opens:
        left = windows.left_clause(quote, previous)
        if _WORD.search(windows.norm, *left):
            subject = cues.subjects.clause(left, last)
        else:
            before = windows.sentence_before(left[0], previous)
            subject = cues.cue_before(before, quote, None, last) or cues.subjects.clause(before, last) if before else None
        if subject is not None:
            return replace(subject, cue=None, cue_span=None)
    return Attribution(None, None)


def _speaks(who: Attribution) -> bool:
    """Whether an attribution names a speaker: an actor, a bare name or a description."""
    return bool(who.speaker_id or who.name or who.description)


def _continues(windows: Windows, quote: QuoteSpan, following: QuoteSpan) -> bool:
    """Whether ``following`` carries on ``quote``: left open at its paragraph's end and reopened
    at the start of the next, or restarted right after it (the speaker is often named only
    in the part that follows)."""
    if quote.close_mark is None and following.open_mark is not None and not windows.norm[quote.end : following.open_mark].strip():
        return True
    return (
        quote.close_mark is None
        and windows.paragraph(following.start) == windows.paragraph(quote.start) + 1
        and windows.opens_paragraph(following)
    )
