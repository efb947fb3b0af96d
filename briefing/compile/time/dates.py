"""Temporal expressions: every date and time the article mentions, with its TimeML value.

Recognition (:mod:`timex`) proposes candidate extents; where candidates overlap the longest wins
("Dec. 5, 1996" over "Dec. 5", "a year ago" over "year").  Values (:mod:`timevalue`) are then
resolved in reading order, so each expression sees the quarter and year the story last named.
The reference date is the publication date; without one, the latest full date the text itself
gives, and failing that the year stays unknown (``XXXX``).  A live blog's time stamps (a clock
time opening its paragraphs) are times on the publication day.
"""

from __future__ import annotations

import re
from datetime import date

from briefing.compile.doc import DateFound, Layout, Sentence, Span
from briefing.compile.lexicon.tense import NOT_PAST_ED, PARTICIPLE_AFTER, PAST_IRREGULAR
from briefing.compile.time import timevalue
from briefing.compile.time.timex import RULES, TOKEN, WINDOW, trigger
from briefing.patterns import regex

_FULL_DATE = regex(r"^\d{4}-\d{2}-\d{2}$")
_SIGNAL = regex(r"(?i:\b(before|by|after|until|till|since|prior\s+to|no\s+later\s+than)\s+)$")
_DEADLINE = regex(r"(?i:\b(?:by|effective|starting|beginning)\s+)$")
_FUTURE = regex(
    r"(?i:\b(?:will|won't|shall|'ll|going\s+to|plans?\s+to|planned|plans|is\s+to|are\s+to|expected\s+to|expects?\s+to"
    r"|scheduled|set\s+to|intends?\s+to|would|until|as\s+(?:early|soon)\s+as|no\s+later\s+than|deadline"
    r"|ahead\s+of|upcoming|forthcoming|(?:is|are)\s+due|(?:meets|begins|starts|opens|resumes|reopens|takes\s+place|kicks\s+off)(?:\s+again)?)\b)"
)
#: How far back in its sentence the clause before an expression is read for its tense.
_TENSE_REACH = 200
#: The words right after an expression where its clause's verb may stand ("the ministry on Sunday issued").
_AFTER = regex(r"(?:\s+(?!(?:and|or|but|nor)\b)[a-z]+){1,2}")
_VERB_WORD = regex(r"[a-z]+")
#: Where a new clause opens before an expression: its tense is that clause's, not the one before.
_CLAUSE_OPEN = regex(r"[;:]|,\s+(?=(?:where|which|who|when|while|but|whereas|after|because|since)\b)|\s[-\u2013\u2014]\s")

Candidate = tuple[int, int, int, re.Match[str]]

#: A clock time opening a paragraph, as live blogs stamp their entries ("18:12 GMT", "6:12pm").
STAMP = regex(
    r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s?(?P<ap>[AaPp])\.?[Mm]\b\.?)?"
    r"(?:[ \t]+(?:GMT|BST|UTC|CES?T|EES?T|[ECMP][SD]?T|ET|PT|(?i:local(?:\s+time)?)))?(?![\w:])"
)
#: Paragraphs that must open with a clock time for an article to be read as a live blog.
MIN_STAMPS = 2


def find_dates(layout: Layout, published: date | None) -> list[DateFound]:
    """Every date or time expression with its TimeML value, in text order."""
    norm, sentences = layout.norm, layout.sentences
    chosen = _choose(_candidates(norm))
    anchor = published or _text_anchor(chosen)
    ctx = timevalue.Context(anchor)
    current = -2
    found: list[DateFound] = []
    for start, end, rule, match in chosen:
        index = layout.sentence_at(start)
        if index != current:
            current = index
            ctx.sentence_year = ctx.relative_year = None
        ctx.future = _is_future(norm, sentences[index] if index >= 0 else None, start, end)
        value = timevalue.value(RULES[rule].kind, match, ctx)
        if value is None:
            continue
        found.append(DateFound(start, end, value, _qualifier(norm, start, match)))
    return _with_stamps(found, stamps(norm, sentences), anchor)


def stamps(norm: str, sentences: list[Sentence]) -> list[re.Match[str]]:
    """A live blog's time stamps: a clock time (``18:12``, ``18:12 GMT``, ``6:12pm``) opening a
    paragraph, where at least ``MIN_STAMPS`` paragraphs open so; one alone is no live blog."""
    found: list[re.Match[str]] = []
    for i, sentence in enumerate(sentences):
        if i and sentences[i - 1].paragraph == sentence.paragraph:
            continue
        match = STAMP.match(norm, sentence.start)
        if match:
            found.append(match)
    return found if len(found) >= MIN_STAMPS else []


def _with_stamps(found: list[DateFound], stamped: list[re.Match[str]], anchor: date | None) -> list[DateFound]:
    """The dates with each stamp not already read as a time, on the publication day."""
    if not stamped:
        return found
    day = anchor.isoformat() if anchor else "XXXX-XX-XX"
    starts = {d.start for d in found}
    for match in stamped:
        if match.start() in starts:
            continue
        hour = int(match["h"]) % 12 + 12 if (match["ap"] or "").lower() == "p" else int(match["h"])
        hour = 0 if (match["ap"] or "").lower() == "a" and hour == 12 else hour
        found.append(DateFound(match.start(), match.end(), f"{day}T{hour:02d}:{match['mi']}"))
    return sorted(found, key=lambda d: d.start)


def _candidates(norm: str) -> list[Candidate]:
    """Every rule's matches inside the windows around its trigger words.

    A match that runs into the end of a window may have been cut short (or had its lookahead cut
    off); it is dropped, as the window of its own trigger finds it whole.
    """
    found: dict[str, list[Span]] = {}
    for token in TOKEN.finditer(norm):
        key = trigger(token.group())
        if key is not None:
            found.setdefault(key, []).append(token.span())
    out: list[Candidate] = []
    seen: set[tuple[int, int, int]] = set()
    for number, rule in enumerate(RULES):
        spans = sorted(span for key in rule.triggers for span in found.get(key, ()))
        for low, high in _windows(spans, len(norm)):
            limit = high if high == len(norm) else high - 3
            for match in rule.pattern.finditer(norm, low, high):
                start, end = match.span()
                if start < end <= limit and (start, end, number) not in seen:
                    seen.add((start, end, number))
                    out.append((start, end, number, match))
    return out


def _windows(spans: list[Span], length: int) -> list[Span]:
    """The trigger spans widened by ``WINDOW`` characters each way, overlapping ones merged."""
    out: list[Span] = []
    for start, end in spans:
        low, high = max(0, start - WINDOW), min(length, end + WINDOW)
        if out and low <= out[-1][1]:
            out[-1] = (out[-1][0], high)
        else:
            out.append((low, high))
    return out


def _choose(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: at each start the longest (then the earliest rule) wins."""
    candidates.sort(key=lambda c: (c[0], c[0] - c[1], c[2]))
    chosen: list[Candidate] = []
    last_end = -1
    for candidate in candidates:
        if candidate[0] >= last_end:
            chosen.append(candidate)
            last_end = candidate[1]
    return chosen


def _text_anchor(chosen: list[Candidate]) -> date | None:
    """The latest complete date the text gives, the best reference when the publication date is unknown."""
    best: date | None = None
    for _, _, rule, match in chosen:
        if RULES[rule].kind not in ("month_day", "day_month", "iso") or not match["year"]:
            continue
        value = timevalue.value(RULES[rule].kind, match, timevalue.Context(None))
        if value and _FULL_DATE.match(value):
            when = date.fromisoformat(value)
            best = when if best is None or when > best else best
    return best


def _is_future(norm: str, sentence: Sentence | None, start: int, end: int) -> bool:
    """Whether the clause before the expression speaks of what is to come ("will meet on Thursday",
    "will chair the summit of finance ministers in Brussels on Sunday", "effective Feb. 1", "by August").

    The tense is the one nearest the expression: a past verb after the future one ("X, who will
    retire, said on Friday") makes it past again, and so does one right after the expression in
    its own clause ("ahead of the trip, the ministry on Sunday issued ...").
    """
    if _DEADLINE.search(norm, max(0, start - 12), start):
        return True
    begin = max(sentence.start if sentence else 0, start - _TENSE_REACH)
    for opening in _CLAUSE_OPEN.finditer(norm, begin, start):
        begin = opening.end()
    future = [m.end() for m in _FUTURE.finditer(norm, begin, start)]
    if not future or _last_past(norm, future[-1], start) >= 0:
        return False
    after = _AFTER.match(norm, end)
    return after is None or _last_past(norm, after.start(), after.end()) < 0


def _last_past(norm: str, begin: int, end: int) -> int:
    """Where the last simple-past verb between ``begin`` and ``end`` ends (-1 when none): an
    irregular past ("said", "met") or an "-ed" word that no auxiliary makes a participle."""
    last, previous = -1, ""
    for word in _VERB_WORD.finditer(norm, begin, end):
        text = word.group()
        if text in PAST_IRREGULAR or (
            len(text) > 4 and text.endswith("ed") and not text.endswith("eed") and text not in NOT_PAST_ED and previous not in PARTICIPLE_AFTER
        ):
            last = word.end()
        previous = text
    return last


def _qualifier(norm: str, start: int, match: re.Match[str]) -> str | None:
    """The modifier inside the expression and the signal word just before it: "late", "before end"."""
    signal = _SIGNAL.search(norm[max(0, start - 20) : start])
    words = [" ".join(signal.group(1).lower().split())] if signal else []
    modifier = timevalue.mod(match)
    if modifier:
        words.append(modifier)
    return " ".join(words) or None
