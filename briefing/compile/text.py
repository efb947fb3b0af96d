"""Analysis text: the article with typographic variants folded, same length, same offsets.

Curly quotes become straight ones, dashes a hyphen, exotic spaces a plain space.  Each replacement
is one character for one character, so any offset found in the analysis text indexes the original.
"""

from __future__ import annotations

import re

from briefing.compile.doc import Sentence, Span

_FOLD = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u3000": " ",
    }
)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n|\r\n?[ \t]*\r\n?|\n")
_WORD = re.compile(r"\w+(?:['\-.]\w+)*")


def normalize(text: str) -> str:
    """Fold quotes, dashes and spaces; the result has exactly ``len(text)`` characters."""
    return text.translate(_FOLD)


def paragraphs(norm: str) -> list[Span]:
    """Spans of the non-blank lines (news text puts one paragraph on a line)."""
    spans: list[Span] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(norm):
        _add_trimmed(norm, start, match.start(), spans)
        start = match.end()
    _add_trimmed(norm, start, len(norm), spans)
    return spans


def _add_trimmed(norm: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def count_words(norm: str) -> int:
    """Words as a reader counts them ("U.S.", "S-400" and "don't" are one each)."""
    return sum(1 for _ in _WORD.finditer(norm))


def title(article: str, sentences: list[Sentence], limit: int = 90) -> str:
    """A title: the first line when it reads as a headline, else the first sentence, shortened."""
    first = article.lstrip()
    line = first.split("\n", 1)[0].strip()
    if line and len(line) <= limit and "\n" in first and not line.endswith((".", '"', "'")):
        return line
    if sentences:
        s = sentences[0]
        line = " ".join(article[s.start : s.end].split())
    if len(line) > limit:
        cut = line.rfind(" ", 0, limit - 1)
        line = line[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;:") + "…"
    return line or "Untitled article"
