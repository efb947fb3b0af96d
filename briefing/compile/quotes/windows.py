"""Where a quote stands: its paragraph, the clauses on either side of its marks, what is quoted.

The speaker reading looks for a cue in two windows around each quote (after the closing mark up to
the sentence end, before the opening mark back to the last sentence end), both held to the
quote's paragraph and to the quotes next to it.  This module computes those windows and answers the
offset look-ups every other part of the reading needs, so none of them re-index the text.
"""

from __future__ import annotations

from bisect import bisect_right

from briefing.compile.doc import Layout, QuoteSpan, Span
from briefing.compile.quotes.clauses import sentence_cuts
from briefing.patterns import regex

_WORD = regex(r"[A-Za-z]+(?:['-][A-Za-z]+)*")
RIGHT_WINDOW = 300
LEFT_WINDOW = 400


class Windows:
    """The article's paragraphs, sentences and quoted stretches, indexed by offset."""

    def __init__(self, layout: Layout, quotes: list[QuoteSpan]) -> None:
        self.layout = layout
        self.norm = layout.norm
        self.sentences = layout.sentences
        self.quoted = sorted(
            [(q.open_mark if q.open_mark is not None else q.start, q.end) for q in quotes]
            + [v for q in quotes for v in q.variants]
        )
        self.quoted_starts = [s for s, _ in self.quoted]
        self.paragraphs = layout.paragraphs
        # Where each paragraph's first word starts, filled in as paragraphs are asked about.
        self._first_word: dict[int, int] = {}

    def paragraph(self, offset: int) -> int:
        """The paragraph number of the sentence holding ``offset`` (-1 before the first)."""
        index = self.layout.sentence_at(offset)
        return self.sentences[index].paragraph if index >= 0 else -1

    def bounds(self, offset: int) -> Span:
        """The span of the paragraph holding ``offset`` (the whole text if none)."""
        para = self.paragraph(offset)
        return self.paragraphs[para] if para >= 0 else (0, len(self.norm))

    def left_clause(self, quote: QuoteSpan, previous: QuoteSpan | None) -> Span:
        """From the last sentence end (or the previous quote's close) to the opening mark."""
        start, _ = self.bounds(quote.start)
        mark = quote.open_mark if quote.open_mark is not None else quote.start
        if previous is not None and previous.end >= start:
            start = after_mark(self.norm, previous.close_mark) if previous.close_mark is not None else previous.end
        start = max(start, mark - LEFT_WINDOW)
        for cut in sentence_cuts(self.norm, start, mark):
            start = cut
        return start, mark

    def right_clause(self, quote: QuoteSpan, following: QuoteSpan | None) -> Span | None:
        """From the closing mark to the next sentence end (or the next quote's opening mark)."""
        if quote.close_mark is None:
            return None
        start = after_mark(self.norm, quote.close_mark)
        _, end = self.bounds(quote.start)
        if following is not None and following.open_mark is not None and following.open_mark < end:
            end = following.open_mark
        end = min(end, start + RIGHT_WINDOW)
        cuts = sentence_cuts(self.norm, start, end)
        return start, (cuts[0] if cuts else end)

    def sentence_before(self, start: int, previous: QuoteSpan | None) -> Span | None:
        """The sentence ending at ``start`` in the same paragraph ("Roe criticised the plan. "..."")."""
        para_start, _ = self.bounds(start)
        if previous is not None and previous.end >= para_start:
            para_start = previous.end
        begin = max(para_start, start - LEFT_WINDOW)
        cuts = [c for c in sentence_cuts(self.norm, begin, start) if c < start]
        begin = cuts[-1] if cuts else begin
        return (begin, start) if begin < start and _WORD.search(self.norm, begin, start) else None

    def closing_sentence(self, para: int) -> Span | None:
        """The last sentence of paragraph ``para``, when the paragraph ends with a colon."""
        if not 0 <= para < len(self.paragraphs):
            return None
        span = self.paragraphs[para]
        if not self.norm[span[0] : span[1]].rstrip().endswith(":"):
            return None
        start = span[0]
        for cut in sentence_cuts(self.norm, max(span[0], span[1] - LEFT_WINDOW), span[1]):
            start = cut
        return start, span[1]

    def opens_paragraph(self, quote: QuoteSpan) -> bool:
        """Whether no word stands before the quote in its paragraph (looked up once a paragraph)."""
        para = self.paragraph(quote.start)
        if para not in self._first_word:
            start, end = self.bounds(quote.start)
            found = _WORD.search(self.norm, start, end)
            self._first_word[para] = found.start() if found else end
        mark = quote.open_mark if quote.open_mark is not None else quote.start
        return self._first_word[para] >= mark

    def in_quote(self, offset: int) -> bool:
        """Whether an offset lies inside quoted words (names there are not the reporter's)."""
        i = bisect_right(self.quoted_starts, offset) - 1
        return i >= 0 and offset < self.quoted[i][1]

    def starts_sentence(self, offset: int) -> bool:
        """Whether a word opens its sentence, where a capital says nothing about being a name."""
        before = self.norm[max(0, offset - 3) : offset].rstrip(" \"'")
        return not before or before[-1] in ".!?\n" or self.bounds(offset)[0] == offset


def after_mark(norm: str, mark: int) -> int:
    """The offset after a quotation mark, which may be two characters (``''``, ````````)."""
    return mark + 2 if norm.startswith(("''", "``"), mark) else mark + 1
