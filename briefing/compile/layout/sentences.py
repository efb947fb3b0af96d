"""Sentence segmentation for messy web news.

A paragraph is cut at ``. ! ?`` (with any closing quotes or brackets) before a capitalised word,
unless the period belongs to an abbreviation, an initial or a month.  Web pages also glue things
into paragraphs that have no punctuation of their own, so three more cuts are made: a dateline
("WASHINGTON (Reuters) -"), a live blog's clock stamp ("22:40 Turnout is up") or a byline ("Jane
Doe The plan ...") in front of the first sentence,
and a pasted related-story headline in front of the sentence it was dropped into ("... remains
unchanged In October 2020, ...").  Those pieces become segments of their own, so the noise pass
can name them and no other pass has to know how they were found.  A list item's bullet is a
segment of its own, not part of its sentence.
"""

from __future__ import annotations

import re

from briefing.compile import similarity
from briefing.compile.doc import Sentence, Span
from briefing.compile.layout import text
from briefing.compile.lexicon.calendar_names import MONTH_ABBREVIATIONS
from briefing.compile.lexicon.heads import BYLINE_NOT_NAMES, GLUE_SPEECH_VERBS
from briefing.compile.lexicon.openers import (
    CLOSED_BEFORE_NAME,
    GLUE_OPENERS,
    HEADLINE_NOT_LAST,
    OPENING_DETERMINERS,
    SENTENCE_OPENERS,
    TITLE_RUN_OPENERS,
    WORK_TITLE_WORDS,
)
from briefing.compile.lexicon.stopwords import TITLE_CASE_MINOR
from briefing.compile.lexicon.titles import TITLE_ABBREVIATIONS
from briefing.patterns import regex

#: End punctuation, closing marks, a gap, then what may open a sentence.  A run of marks is read
#: from its first mark only, and never given back: every later start in the run ends where the
#: first did, so trying them made a long run of dots quadratic.
_END = regex(r"""(?<![.!?…])[.!?…]++["')\]]*+(?=\s+["'(\[]?\s?[A-Z0-9$£€])""")
_GAP = regex(r"""\s+(?:"(?=\s))?\s*""")
_NUMERIC = regex(r"[$£€]?[\d.,:]*\d[a-z%]{0,3}")
_NEXT_WORD = regex(r"""["'(\[]?\s?([\w$£€][\w.'-]*)""")

#: Abbreviations that are never the end of a sentence: a name or number always follows.
_NEVER_END = frozenset(a.capitalize() for a in TITLE_ABBREVIATIONS) | frozenset("Ft Mt vs v e.g i.e cf approx".split())
#: Abbreviations that end a sentence only when the next word cannot continue it ("No. 10", "Jan. 5",
#: "built c. 1850").
_BEFORE_NUMBER = frozenset("No Nos Nr Art Vol Fig p pp c ca circ".split()) | frozenset(MONTH_ABBREVIATIONS)
#: Abbreviations that often end a sentence: believe the end only before a typical sentence opener.
_AMBIGUOUS = frozenset("Inc Ltd Corp Co Cos Bros Plc plc Jr Sr St Ave Blvd Rd etc al Dept Univ".split())

_WORD_AT = regex(r"[\w$£€][\w'.,$%-]*")
#: A pasted headline has this many words (fewer is a fragment, more a sentence that lost its period).
_HEADLINE_WORDS = (3, 16)
_HEADLINE_CHARS = 160
#: A lowercase word, then a capitalised one.  Each run of word characters, "'" and "-" is tried
#: once, from its first lowercase word start (atomic, possessive): every later start in the same
#: run ("a'a'a'...") reaches the same end, so trying them was quadratic.  Read group 1, not group 0.
_GLUE = regex(r"(?<![a-z'-])(?>[a-z'-]*?\b(?=[a-z]))([a-z][a-z'-]++(?<=[a-z]))[ \t]++([A-Z][a-z]*)(?=[ \t]+(\S+))")
#: A lowercase word then a capitalised one: where a pasted headline may end (see ``_echo_cuts``);
#: group 1, read once per run of word characters like ``_GLUE``.
_CASE_TURN = regex(r"(?<![\w'-])(?>[\w'-]*?\b(?=[a-z]))([a-z][\w'-]*+[ \t]++)(?=[A-Z])")
#: At least three words from here on (read only as far as the third word's first character).
_THREE_WORDS = regex(r"\s*+\S++\s++\S++\s++\S")
_OPENING = regex(r"[\W_]*([^\W_]+(?:['.-][^\W_]+)*)[\W_]+([^\W_]+(?:['.-][^\W_]+)*)")
#: A restated sentence is at least this long (and shares ``similarity.ECHOED`` of its word pairs).
_ECHO_MIN_WORDS = 8
#: Sentences remembered per opening pair: enough for several renditions, bounded for long pages.
_ECHO_CANDIDATES = 8
_BYLINE = regex(
    r"(?:By[ \t]+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}(?=[ \t]+([A-Z][\w'-]*))"
)
#: "WASHINGTON (Reuters) -" or "AUSTIN, Texas, May 14, 2024 /PRNewswire/ --" before the first
#: sentence ("FILE -" opens an agency photo caption instead).
_DATELINE = regex(
    r"(?!FILE\b)[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+){0,3}(?:,[ \t]*[A-Z0-9][\w.]*(?:[ \t]+[\w.]+){0,2}){0,3}"
    r"(?:[ \t]*(?:\([A-Z][\w .&/-]{0,30}\)|/[A-Z][\w .&-]{0,30}/))?[ \t]*(?:-{1,2}|_)[ \t]+(?=[\"'A-Z0-9])"
)
#: A clock time opening a paragraph before a capitalised word: a live blog's entry stamp.
_CLOCK_STAMP = regex(
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|GMT|BST|UTC|CES?T|[ECMP][SD]T))?[ \t]*(?:-{1,2}[ \t]*)?[ \t]+(?=[\"'A-Z])"
)
_BULLET = regex(r"(?:[\u2022\u25cf\u25aa\u25e6\u2023*]|-(?!-))[ \t]+")
#: A web address ends with its domain, not with an abbreviation ("Visit example.com. Tickets ...").
_DOMAIN = regex(r"\w\.(?:com|org|net|gov|edu|info|io|co\.uk|org\.uk|ac\.uk|gov\.uk)/?$", re.IGNORECASE)
_CAPITALISED = regex(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_NAME_SUFFIXES = ("ish", "ian", "ese", "ican", "ean")


def split_sentences(norm: str, paragraphs: list[Span], head: Span | None) -> list[Sentence]:
    """Sentences and glued-in segments of each paragraph, in text order, trimmed of spaces.

    The article's headline line ``head`` (:func:`text.headline_span`) stays one segment (its
    words are not prose to be cut).
    """
    names = _NameCounts(norm)
    spans: list[tuple[int, int, int]] = []
    for number, (start, end) in enumerate(paragraphs):
        if head is not None and start == head[0]:
            spans.append((start, end, number))
            continue
        spans.extend((s, e, number) for s, e in _paragraph(norm, start, end, names))
    return [Sentence(s, e, number) for s, e, number in _echo_cuts(norm, spans)]


def _echo_cuts(norm: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Cut a segment where its tail restates, from its first words on, another sentence of the page.

    Pages holding several renditions of a story paste related headlines in front of sentences whose
    other copy stands alone: "... regiment, Russian official says Russia and Turkey signed ..."
    while another rendition has "Russia and Turkey have signed ...".  The tail's first two words
    open that other sentence and most of its word pairs recur in it.  Openings are looked up in an
    index, so this costs one pass over the words.
    """
    openings: dict[tuple[str, str], list[int]] = {}
    for k, (start, end, _) in enumerate(spans):
        pair = _OPENING.match(norm, start, end)
        if pair:
            holders = openings.setdefault((pair.group(1).lower(), pair.group(2).lower()), [])
            if len(holders) < _ECHO_CANDIDATES:
                holders.append(k)
    out: list[tuple[int, int, int]] = []
    for k, (start, end, number) in enumerate(spans):
        cut = _echo_cut(norm, spans, k, openings)
        if cut is None:
            out.append((start, end, number))
            continue
        head: list[Span] = []
        text.add_trimmed(norm, start, cut, head)
        out.extend((s, e, number) for s, e in head)
        out.append((cut, end, number))
    return out


def _echo_cut(
    norm: str, spans: list[tuple[int, int, int]], k: int, openings: dict[tuple[str, str], list[int]]
) -> int | None:
    """The first case turn in segment ``k`` after a headline-sized head whose tail restates another segment."""
    start, end, _ = spans[k]
    for turn in _CASE_TURN.finditer(norm, start, end):
        pair = _OPENING.match(norm, turn.end(), end)
        if not pair:
            continue
        others = [o for o in openings.get((pair.group(1).lower(), pair.group(2).lower()), ()) if o != k]
        if not others or turn.group(1).split()[0] in HEADLINE_NOT_LAST or not _headline_like(norm, start, turn.end()):
            continue
        tail = similarity.words(norm, turn.end(), end)
        if len(tail) < _ECHO_MIN_WORDS:
            continue
        pairs = similarity.word_pairs(tail)
        for other in others:
            if similarity.coverage(pairs, similarity.word_pairs(similarity.words(norm, *spans[other][:2]))) >= similarity.ECHOED:
                return turn.end()
    return None


def _paragraph(norm: str, start: int, end: int, names: _NameCounts) -> list[Span]:
    """Segments of one paragraph: the lead cut, then sentence ends, then glue cuts inside each sentence.

    A list item's bullet ("• ", "- ", "* ") is a segment of its own: it marks the layout, not the sentence.
    A quote mark standing alone after an end is closing when the paragraph has an odd number of
    marks before it (it then ends the sentence), else it opens the next sentence.
    """
    spans: list[Span] = []
    bullet = _BULLET.match(norm, start, end)
    if bullet:
        text.add_trimmed(norm, start, bullet.end(), spans)
        start = bullet.end()
    cursor = _lead_cut(norm, start, end, names)
    if cursor > start:
        text.add_trimmed(norm, start, cursor, spans)
    sentence_start = cursor
    counted, quotes = start, 0
    for match in _END.finditer(norm, cursor, end):
        if match.start() < sentence_start:
            continue
        cut = match.end()
        gap = _GAP.match(norm, cut, end)
        after = gap.end() if gap else cut
        if gap and '"' in gap.group():
            quotes += norm.count('"', counted, cut)
            counted = cut
            if quotes % 2 == 1:
                cut = norm.index('"', cut) + 1
            else:
                after = norm.index('"', cut)
        if not _is_end(norm, match, after, end):
            continue
        _add_with_glue(norm, sentence_start, cut, spans)
        sentence_start = after
    _add_with_glue(norm, sentence_start, end, spans)
    return spans


def _lead_cut(norm: str, start: int, end: int, names: _NameCounts) -> int:
    """Where the first sentence starts after a dateline, a live blog's clock stamp ("22:40 Turnout
    is up") or a byline glued in front of it."""
    stamp = _CLOCK_STAMP.match(norm, start, end)
    if stamp:
        return stamp.end()
    dateline = _DATELINE.match(norm, start, end)
    if dateline:
        return dateline.end()
    byline = _BYLINE.match(norm, start, end)
    if byline and _is_byline(byline, names):
        cut = byline.end()
        while cut < end and norm[cut] in " \t":
            cut += 1
        return cut
    return start


class _NameCounts:
    """How often each capitalised word occurs in the article, counted once and only if asked."""

    def __init__(self, norm: str) -> None:
        self._norm = norm
        self._counts: dict[str, int] | None = None

    def __getitem__(self, word: str) -> int:
        if self._counts is None:
            self._counts = {}
            for found in _CAPITALISED.findall(self._norm):
                self._counts[found] = self._counts.get(found, 0) + 1
        return self._counts.get(word, 0)


def _is_byline(match: re.Match[str], names: _NameCounts) -> bool:
    """A person's name run into the sentence: the name is nowhere else, a sentence opener follows."""
    words = match.group().split()
    following = match.group(1)
    if words[0] == "By":
        return len(words) >= 3 and (following in SENTENCE_OPENERS or following.endswith("'s"))
    if any(w in BYLINE_NOT_NAMES or w.endswith(_NAME_SUFFIXES) for w in words):
        return False
    if not (following.endswith("'s") or following in SENTENCE_OPENERS):
        return False
    return names[words[-1]] == 1


def _is_end(norm: str, match: re.Match[str], after: int, end: int) -> bool:
    """Whether the punctuation at ``match`` ends a sentence, given the word that follows."""
    mark = match.group()
    nxt = _NEXT_WORD.match(norm, after, end)
    following = nxt.group(1).rstrip(".") if nxt else ""
    if mark[0] in "!?…" or mark.startswith(".."):
        return not _speech_follows(norm, after, end)
    word_start = match.start()
    while word_start > 0 and not norm[word_start - 1].isspace():
        word_start -= 1
    word = norm[word_start : match.start()].lstrip("\"'([")
    if not word or mark[1:2] in ('"', "'", ")", "]") or word[-1] in "\"')]" or _NUMERIC.fullmatch(word):
        return True
    if word.isupper() and len(word) > 1:
        word = word.title()
    if word in _NEVER_END:
        return False
    if word in _BEFORE_NUMBER:
        return not following[:1].isdigit()
    if len(word) == 1 and word.isupper():
        return following in SENTENCE_OPENERS
    if _DOMAIN.search(word):
        return True
    if "." in word or word in _AMBIGUOUS:
        return following in SENTENCE_OPENERS
    return True


def _speech_follows(norm: str, after: int, end: int) -> bool:
    """'"Why not?" Smith asked' - a speech verb within three words keeps the quote in the sentence.

    Only after ? ! and ellipses: a quote ending in a full stop is a sentence of its own.
    """
    words = norm[after : min(end, after + 60)].split()[:4]
    return any(w.strip(",.").lower() in GLUE_SPEECH_VERBS for w in words[1:])


def _add_with_glue(norm: str, start: int, end: int, out: list[Span]) -> None:
    """Append a sentence, cut where a pasted headline runs into it."""
    cursor = start
    title_cut = _title_case_cut(norm, start, end)
    if title_cut is not None:
        text.add_trimmed(norm, start, title_cut, out)
        cursor = title_cut
    for cut, resume in _glue_cuts(norm, cursor, end):
        text.add_trimmed(norm, cursor, cut, out)
        cursor = resume
    text.add_trimmed(norm, cursor, end, out)


def _glue_cuts(norm: str, start: int, end: int) -> list[Span]:
    """Where a headline without final punctuation was pasted in front of a sentence.

    A capitalised sentence opener right after a lowercase content word ("unchanged In October")
    cannot continue prose.  A title after a noun ("the film In The Name Of ...") is not a cut.
    """
    cuts: list[Span] = []
    head = start
    for match in _GLUE.finditer(norm, start, end):
        before, opener, following = match.group(1), match.group(2), match.group(3)
        if opener not in GLUE_OPENERS or before in CLOSED_BEFORE_NAME:
            continue
        if opener in OPENING_DETERMINERS and not following[0].islower():
            continue
        if following in WORK_TITLE_WORDS:
            continue
        if _headline_like(norm, head, match.start(2)) and _THREE_WORDS.match(norm, match.start(2), end):
            cuts.append((match.end(1), match.start(2)))
            head = match.start(2)
    return cuts


def _title_case_cut(norm: str, start: int, end: int) -> int | None:
    """Where a Title Case headline pasted at the start of a sentence ends ("... Stays Unchanged In May, ...").

    Title Case leaves no lowercase content word, so the sentence begins at the last opener before
    the first lowercase content word, if what precedes that opener reads as a headline.  A run
    opening with an article ("The European Central Bank ...") is a name, not a headline.
    """
    opener = None
    words = 0
    for match in _WORD_AT.finditer(norm, start, min(end, start + _HEADLINE_CHARS + 80)):
        word = match.group()
        if word[0].islower() and word not in TITLE_CASE_MINOR:
            break
        if word in TITLE_RUN_OPENERS and words >= _HEADLINE_WORDS[0]:
            opener = match.start()
        words += 1
    else:
        return None
    if opener is None or not _headline_like(norm, start, opener):
        return None
    head = [w for w in norm[start:opener].split() if w.lower() not in TITLE_CASE_MINOR]
    if norm[start:opener].split()[0] in OPENING_DETERMINERS or len(head) < 4 or sum(1 for w in head if w[0].isupper() or w[0].isdigit()) < 0.75 * len(head):
        return None
    return opener


def _headline_like(norm: str, start: int, end: int) -> bool:
    """Could ``start:end`` be a pasted headline: a few words, no brackets, no quotation left open."""
    if end - start > _HEADLINE_CHARS:
        return False
    words = len(norm[start:end].split())
    return _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1] and "(" not in norm[start:end] and (
        norm.count('"', start, end) % 2 == 0
    )

