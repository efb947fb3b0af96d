"""Making article text safe to show: no escape sequences, no control characters.

Articles are scraped text and may carry ANSI colour codes, OSC 8 links or OSC 52 clipboard writes.
None of that may reach the user's terminal, so every view passes article text through
:func:`plain` before showing it.
"""

from __future__ import annotations

from briefing.patterns import regex

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC strings, then other ESC pairs.
_ESCAPES = regex(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]P^_X][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x9d\x90\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
_CONTROLS = regex(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SURROGATES = regex(r"[\ud800-\udfff]")


def plain(text: str, *, newlines: bool = False) -> str:
    """Text with escape sequences and control characters removed.

    Whitespace runs collapse to one space unless ``newlines`` is true, in which case line breaks
    are kept (for the source pane) and other controls still go.
    """
    text = _ESCAPES.sub("", text)
    text = _SURROGATES.sub("\ufffd", text)
    if newlines:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
        return _CONTROLS.sub("", text)
    return " ".join(_CONTROLS.sub(" ", text).split())


def masked(text: str) -> str:
    """Text safe to show with the same length: escapes and controls become spaces, newlines stay.

    The source pane highlights evidence by offset, so it needs safe text whose offsets still
    match the article's.
    """
    text = _ESCAPES.sub(lambda m: " " * len(m.group()), text)
    text = _SURROGATES.sub("\ufffd", text)
    return _CONTROLS.sub(lambda m: "\n" if m.group() == "\n" else " ", text.replace("\r", " ").replace("\t", " "))
