"""Direct quotations: quote marks paired inside each paragraph, fragments told from full quotes.

News text breaks the neat rules: curly marks point the wrong way, a mark goes missing, the NYT
writes ``''`` for both ends, a quotation that runs on into the next paragraph is left open at the
end of the first.  Marks are therefore paired per paragraph (a broken paragraph cannot spoil the
rest of the article), and where a paragraph has an odd number of marks the one left unpaired is
the one whose removal lets the others read most like opening and closing marks; a last mark left
open runs to the paragraph's end, as the news convention has it.  A quote that restarts after a
sentence without closing (two paragraphs run together) ends there, and in text with one sentence
a line a quote left open is closed by the first lone mark of the next line.

What is kept: full quotations, and fragments inside indirect speech (``partial``) when their
sentence reports speech; scare quotes, titles of works and quotes inside pasted headlines are
dropped.  The same quote told again in another rendition of the story is merged as a variant.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict

from briefing.compile import similarity
from briefing.compile.doc import Layout, Noise, QuoteSpan, Span
from briefing.compile.lexicon.pages import PAGE_LABELS
from briefing.compile.lexicon.stopwords import HEADLINE_MINOR
from briefing.compile.lexicon.words import SPEAKER_VOICE
from briefing.compile.quotes.cues import CUE_VERBS, find_cues, speech_words
from briefing.patterns import regex

_MARK = regex(r"''|``|\"")
_OPEN_BEFORE = frozenset(" \t\n([{-/")
_CLOSE_AFTER = frozenset(" \t\n.,;:!?)]}-/")
_WORD = regex(r"[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*")
_SENTENCE_END = regex(r"[.!?][\"')\]]*\s+[\"']?[A-Z]")
_RESTART = regex(r"[.!?]\s+$")
_LONE_CLOSE = regex(r"[.!?,]\s+$")
_TAG = regex(r"<[A-Za-z/][^<>]*>")
_TURN = regex(r"[ \t]*([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,2}):[ \t]+(?=\S)")
_SHINGLE = 3
_NEAR_MIN_WORDS = 8
_POSTINGS = 32
_CANDIDATES = 6


def find_quotes(layout: Layout, noise: Noise) -> list[QuoteSpan]:
    """Quoted spans in text order; the same quote in another rendition is merged as a variant."""
    norm, paragraphs = layout.norm, layout.paragraphs
    noisy = [(s.start, s.end) for i, s in enumerate(layout.sentences) if noise.kinds.get(i) == "headline"]
    found: list[QuoteSpan] = []
    carried = False
    for para_start, para_end in paragraphs:
        segments, carried = _pair_marks(norm, para_start, para_end, carried)
        speech: list[int] | None = None
        for open_mark, close_mark, start, end in segments:
            lead = open_mark if open_mark is not None else start
            if not _has_words(norm, start, end) or _within(noisy, start, end):
                continue
            if open_mark is not None and _is_name_or_title(norm, start, end, open_mark, para_start):
                continue
            partial = open_mark is not None and _is_fragment(norm, start, end, open_mark, para_start)
            if partial:
                speech = speech if speech is not None else speech_words(norm, para_start, para_end)
                if not _reported(norm, speech, lead, end, para_start, para_end):
                    continue
            found.append(QuoteSpan(start, end, partial, open_mark, close_mark))
    found.extend(_labelled_turns(norm, paragraphs))
    found.sort(key=lambda q: q.start)
    return merge_variants(norm, found)


def _labelled_turns(norm: str, paragraphs: list[Span]) -> list[QuoteSpan]:
    """The turns of a transcript or an interview ("SMITH: We will ...", "A: Because ..."), each a
    quote of the words after the label.

    Only paragraphs without quote marks count, and only in an article that reads as a transcript:
    three labelled paragraphs or more, so a lone "WASHINGTON:" dateline or "UPDATE:" note is no turn.
    """
    turns: list[tuple[str, int, int]] = []
    for para_start, para_end in paragraphs:
        match = _TURN.match(norm, para_start, para_end)
        if match is None or _MARK.search(norm, para_start, para_end) or match.group(1) in PAGE_LABELS:
            continue
        end = para_end
        while end > match.end() and norm[end - 1].isspace():
            end -= 1
        if _has_words(norm, match.end(), end):
            turns.append((match.group(1), match.end(), end))
    if len(turns) < 3:
        return []
    return [QuoteSpan(start, end) for _, start, end in turns]


def _pair_marks(
    norm: str, para_start: int, para_end: int, carried: bool = False
) -> tuple[list[tuple[int | None, int | None, int, int]], bool]:
    """(open mark, close mark, start, end) of each quoted segment in one paragraph, and whether
    a quote is still open at its end.

    The open mark is None for the end of a quote ``carried`` over from the paragraph before when
    the text goes on without reopening it (one sentence a line); the close mark is None for a
    quote left open at the paragraph's end.  An unpaired mark ending the paragraph opens the next.
    """
    tags = [(m.start(), m.end()) for m in _TAG.finditer(norm, para_start, para_end)]
    marks = [m.span() for m in _MARK.finditer(norm, para_start, para_end)]
    if tags:
        marks = [mark for mark in marks if not _inside(tags, mark[0])]
    fits = [_direction(norm, s, e, para_start, para_end) for s, e in marks]
    out: list[tuple[int | None, int | None, int, int]] = []
    first = 0
    if carried and marks and fits[0] <= 0 and _has_words(norm, para_start, marks[0][0]):
        start, end = _trim(norm, para_start, marks[0][0])
        out.append((None, marks[0][0], start, end))
        first = 1
    for i in range(first + 1, len(marks) + 1):
        if i == len(marks) or ((i - first) % 2 and fits[i] > 0 and _RESTART.search(norm, max(para_start, marks[i][0] - 4), marks[i][0])):
            limit = marks[i][0] if i < len(marks) else para_end
            out.extend(_pair_run(norm, marks[first:i], fits[first:i], limit))
            first = i
    if out and out[-1][1] is None:
        # Still open at the paragraph's end, unless the reporter's voice took over before it.
        return out, out[-1][3] == _trim(norm, para_start, para_end)[1]
    closes = {segment[1] for segment in out}
    return out, bool(marks) and marks[-1][1] == para_end and marks[-1][0] not in closes


def _pair_run(norm: str, marks: list[Span], fits: list[int], limit: int) -> list[tuple[int, int | None, int, int]]:
    """Pair a run of marks in order; with an odd count, leave out the mark that fits worst.

    A run ends at the paragraph's end or where a quote restarts after a sentence without its
    closing mark (the news convention for a new paragraph of the same quotation, run together).
    """
    if not marks:
        return []
    dangling = _best_dangling(fits) if len(marks) % 2 else None
    paired = [i for i in range(len(marks)) if i != dangling]
    out: list[tuple[int, int | None, int, int]] = []
    for a, b in zip(paired[0::2], paired[1::2], strict=True):
        start, end = _trim(norm, marks[a][1], marks[b][0])
        out.append((marks[a][0], marks[b][0], start, end))
    if dangling == len(marks) - 1 and fits[dangling] >= 0 and not _after_sentence(norm, marks[dangling][0], fits[dangling]):
        start, end = _trim(norm, marks[dangling][1], _reporter_resumes(norm, marks[dangling][1], limit))
        out.append((marks[dangling][0], None, start, end))
    out.sort()
    return out


def _reporter_resumes(norm: str, start: int, limit: int) -> int:
    """Where a quotation left open gives way to the reporter's next sentence, else ``limit``.

    A writer who forgets the closing mark goes on in their own voice (``... happens. Meanwhile,
    the club's spokesman Ann Roe said ...``): a later sentence with a cue verb and a name but no
    word of the speaker's own voice ("I", "we", "you") is the reporter's, and the quote ends before it.
    """
    for match in _SENTENCE_END.finditer(norm, start, limit):
        begin = match.end() - 1
        stop = _SENTENCE_END.search(norm, begin, limit)
        end = stop.start() + 1 if stop else limit
        if _reporters_sentence(norm, begin, end):
            return begin
    return limit


def _reporters_sentence(norm: str, start: int, end: int) -> bool:
    """A sentence that names someone (a capital past its first word), has a cue verb, and no
    first- or second-person word: said of someone, not by the speaker."""
    words = [w.group() for w in _WORD.finditer(norm, start, end)]
    if len(words) < 3 or any(w.lower() in SPEAKER_VOICE for w in words):
        return False
    return any(w[0].isupper() for w in words[1:]) and bool(find_cues(norm, start, end))


def _after_sentence(norm: str, mark: int, fit: int) -> bool:
    """A mark standing alone after a stop or comma (``done . " He``, ``safe , " he``) closes a
    quote opened on an earlier line (text with one sentence a line); it opens none."""
    return fit == 0 and _LONE_CLOSE.search(norm, max(0, mark - 4), mark) is not None


def _direction(norm: str, start: int, end: int, para_start: int, para_end: int) -> int:
    """+1 when a mark reads as an opening one, -1 as a closing one, 0 when it could be either."""
    before = norm[start - 1] if start > para_start else " "
    after = norm[end] if end < para_end else " "
    opens = before in _OPEN_BEFORE and after not in " \t\n"
    closes = before not in " \t\n" and after in _CLOSE_AFTER
    return int(opens) - int(closes)


def _best_dangling(fits: list[int]) -> int:
    """The mark to leave unpaired (an even index): the choice that best fits open/close readings.

    Prefix and suffix sums keep this linear in the number of marks; ties go to the last mark,
    a quotation continued in the next paragraph.
    """
    n = len(fits)
    prefix = [0] * (n + 1)
    for i, fit in enumerate(fits):
        prefix[i + 1] = prefix[i] + (fit if i % 2 == 0 else -fit)
    suffix = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        suffix[i] = suffix[i + 1] + (fits[i] if i % 2 == 1 else -fits[i])
    best, best_score = n - 1, prefix[n - 1] + fits[n - 1]
    for i in range(n - 3, -1, -2):
        score = prefix[i] + suffix[i + 1]
        if score > best_score:
            best, best_score = i, score
    return best


def _trim(norm: str, start: int, end: int) -> Span:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    return start, end


def _has_words(norm: str, start: int, end: int) -> bool:
    return _WORD.search(norm, start, end) is not None


def _within(spans: list[Span], start: int, end: int) -> bool:
    """Whether ``start:end`` lies wholly in one of ``spans``: a quote running past a segment
    flagged as a pasted headline is story text, whatever the flag says."""
    i = bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _inside(spans: list[Span], offset: int) -> bool:
    """Whether ``offset`` falls in one of ``spans`` (sorted, not overlapping): a bisection."""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _clause_start(norm: str, open_mark: int, para_start: int) -> int:
    """Where the sentence before the opening mark starts (back to the last sentence end).

    The search reaches the mark and the letter after it, so a quote that opens a new sentence
    (``Roe said. "We ..."``) has an empty clause before it, not the sentence that just ended.
    """
    start = max(para_start, open_mark - 200)
    for match in _SENTENCE_END.finditer(norm, start, open_mark + 2):
        start = min(match.end() - 1, open_mark)
    return start


def _clause_before(norm: str, open_mark: int, para_start: int) -> str:
    """The words of the sentence before the opening mark."""
    return norm[_clause_start(norm, open_mark, para_start) : open_mark]


def _is_name_or_title(norm: str, start: int, end: int, open_mark: int, para_start: int) -> bool:
    """Scare quotes around a name or the title of a work: a few capitalised words, no cue near."""
    words = _WORD.findall(norm, start, end)
    if not 1 <= len(words) <= 4:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w in HEADLINE_MINOR for w in words):
        return False
    before = _clause_before(norm, open_mark, para_start)
    if _ends_with_cue(before) or _SENTENCE_END.search(norm, start, end):
        return False
    if not before.strip() and norm[end - 1] in ".!?":
        return False
    after = end
    while after < len(norm) and norm[after] in "\"'":
        after += 1
    if norm[end - 1] not in ",.!?":
        return True
    cues = find_cues(norm, after, after + 60, running_text=False)
    return not cues or len(_WORD.findall(norm, after, cues[0].start)) > 4


def _ends_with_cue(before: str) -> bool:
    """Whether the words before a quote end with a colon or a speech verb ("he said,")."""
    tail = before.rstrip()
    if tail.endswith(":"):
        return True
    tail = tail.rstrip(",").lower()
    return tail.endswith(("according to", "put it")) or tail.rsplit(" ", 1)[-1] in CUE_VERBS


def _is_fragment(norm: str, start: int, end: int, open_mark: int, para_start: int) -> bool:
    """A quoted fragment inside a reporter's sentence, not a quotation standing as speech."""
    before = _clause_before(norm, open_mark, para_start).rstrip()
    if not before or before.endswith((":", ",")) and not before.endswith(("and,", "or,")):
        return False
    body = norm[start:end]
    if _SENTENCE_END.search(body) or (body[:1].isupper() and len(_WORD.findall(body)) >= 6):
        return False
    return True


def _reported(norm: str, speech: list[int], open_mark: int, end: int, para_start: int, para_end: int) -> bool:
    """Whether the sentence around a fragment reports speech (a cue verb or a speech noun, whose
    offsets ``speech`` holds).

    A fragment with neither is a scare quote or a term the writer holds at arm's length.
    """
    stop = _SENTENCE_END.search(norm, end, min(para_end, end + 200))
    start = _clause_start(norm, open_mark, para_start)
    i = bisect_left(speech, start)
    return i < len(speech) and speech[i] < (stop.start() + 1 if stop else min(para_end, end + 200))


def merge_variants(norm: str, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """Fold a quote repeated in another rendition (a word or two changed) into its first telling.

    Word shingles index the quotes seen so far, so each quote is compared only with the few that
    share the most shingles with it (postings are capped, so common word runs cannot make this
    quadratic): linear in the article, not all pairs.  Near (not equal) repeats must
    be long enough and in another paragraph, so two short answers in one paragraph stay apart.
    """
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    kept: list[QuoteSpan] = []
    bags: list[set[str]] = []
    variants: list[list[Span]] = []
    for quote in quotes:
        words = similarity.words(norm, quote.start, quote.end)
        bag = set(words)
        shingles = similarity.shingles(words, _SHINGLE)
        shared = Counter(i for sh in shingles for i in index.get(sh, ()))
        match = None
        for i, _ in sorted(shared.items(), key=lambda item: (-item[1], item[0]))[:_CANDIDATES]:
            if bag == bags[i] or (
                min(len(bag), len(bags[i])) >= _NEAR_MIN_WORDS
                and not _same_paragraph(norm, kept[i].end, quote.start)
                and similarity.mutual_containment(bag, bags[i]) >= similarity.SAME_QUOTE
            ):
                match = i
                break
        if match is None:
            for sh in shingles:
                if len(index[sh]) < _POSTINGS:
                    index[sh].append(len(kept))
            kept.append(quote)
            bags.append(bag)
            variants.append([])
        else:
            variants[match].append((quote.start, quote.end))
    return [
        QuoteSpan(q.start, q.end, q.partial, q.open_mark, q.close_mark, tuple(v)) if v else q
        for q, v in zip(kept, variants, strict=True)
    ]


def _same_paragraph(norm: str, earlier_end: int, later_start: int) -> bool:
    return norm.find("\n", earlier_end, later_start) < 0
