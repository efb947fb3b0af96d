"""Word-wrapping the article into screen lines that remember their character offsets.

The source pane highlights evidence by offset and scrolls to it, so every screen line must know
which slice of the article it shows.  Wrapping is one greedy pass over the words (linear in the
text), measuring wide characters in terminal cells.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.cells import cell_len

_WORD = re.compile(r"[^ \n]+ *| +")


def _width(word: str) -> int:
    return len(word) if word.isascii() else cell_len(word)


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Screen lines as ``(start, end)`` offsets into ``text``, breaking at spaces to fit ``width``.

    Newlines end a line and are not part of any; words longer than ``width`` are split.  Trailing
    spaces stay on their line (they may overflow), so every character but newlines is on a line.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    for paragraph in text.split("\n"):
        start, used = pos, 0
        for m in _WORD.finditer(paragraph):
            word = m.group()
            bare = word.rstrip(" ")
            need = _width(bare)
            if used and used + need > width:
                lines.append((start, pos + m.start()))
                start, used = pos + m.start(), 0
            while need > width:
                cut = _fit(bare, width)
                lines.append((start, start + cut))
                start += cut
                bare = bare[cut:]
                need = _width(bare)
            used += need + (len(word) - len(word.rstrip(" ")))
        lines.append((start, pos + len(paragraph)))
        pos += len(paragraph) + 1
    return lines


def _fit(word: str, width: int) -> int:
    """How many characters of ``word`` fit in ``width`` cells (at least one)."""
    if word.isascii():
        return max(1, min(len(word), width))
    used = 0
    for i, ch in enumerate(word):
        used += cell_len(ch)
        if used > width:
            return max(1, i)
    return len(word)


def line_of(starts: list[int], offset: int) -> int:
    """The screen line showing character ``offset``, given the lines' start offsets in order."""
    return max(0, bisect_right(starts, offset) - 1)
