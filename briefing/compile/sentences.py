"""Sentence segmentation (first cut: split after . ! ? followed by a space and a capital)."""

from __future__ import annotations

import re

from briefing.compile.doc import Sentence, Span

_END = re.compile(r"""(?<=[.!?])["')\]]*\s+(?=["'(\[]?[A-Z0-9])""")


def split_sentences(norm: str, paragraphs: list[Span]) -> list[Sentence]:
    """Sentences inside each paragraph, in text order."""
    out: list[Sentence] = []
    for number, (start, end) in enumerate(paragraphs):
        cursor = start
        for match in _END.finditer(norm, start, end):
            out.append(Sentence(cursor, match.start(), number))
            cursor = match.end()
        if cursor < end:
            out.append(Sentence(cursor, end, number))
    return out
