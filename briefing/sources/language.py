"""Is the text English?  The compiler's rules read English; other text still compiles, with a warning.

A page's declared ``lang`` is often wrong (templates keep ``en`` on translated pages, and the
reverse), so the text decides: English prose is a third or more function words ("the", "of",
"said" ...), other languages written in Latin letters share only a few of them, and text mostly
outside Latin script is not English at all.  Cheap (one regex pass over at most 20 000 characters)
and used by every reader, plain text included.
"""

from __future__ import annotations

from briefing.compile.lexicon.words import FUNCTION_WORDS
from briefing.patterns import regex

_WORD = regex(r"[^\W\d_]+")
_SAMPLE_CHARS = 20_000
#: Fewer words than this cannot be judged (a headline, a caption): no warning.
_MIN_WORDS = 25
#: English news runs at 35-50% function words; German, French or Spanish below 10%.
_MIN_SHARE = 0.15
_LATIN_EXTRA = frozenset(range(0xC0, 0x250))


def looks_english(text: str) -> bool:
    """True unless the text is clearly in another language (too little text counts as English)."""
    sample = text[:_SAMPLE_CHARS].lower()
    words = _WORD.findall(sample)
    if len(words) < _MIN_WORDS:
        return True
    if not sample.isascii():  # else every word is in Latin letters; checked word by word, it took ~2 ms a run
        latin = sum(1 for w in words if w.isascii() or all(ord(ch) < 0x80 or ord(ch) in _LATIN_EXTRA for ch in w))
        if latin * 2 < len(words):
            return False
    hits = sum(map(FUNCTION_WORDS.__contains__, words))
    return hits >= _MIN_SHARE * len(words)


def warning(text: str, name: str, declared: str | None = None) -> str | None:
    """The one-line warning for non-English text, or None when it reads as English."""
    if looks_english(text):
        return None
    said = f" (the page says {declared!r})" if declared and not declared.startswith("en") else ""
    return f"{name}: the text does not look like English{said}; briefing reads English, so the brief may be poor"
