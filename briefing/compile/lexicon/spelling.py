"""British spellings read as their American forms, for the dictionary of common words.

The word list the gazetteer takes its common words from is American: "harbour", "centre",
"colour", "defence", "organised", "travelled" are missing from it, so a British story's
sentence-opening "Harbour council shuts ..." or "Centre-left parties ..." read as names.  Only
the regular correspondences are written here; a word they do not fit stays as it is.
"""

from __future__ import annotations

#: (British ending, American ending, letters the stem keeps at least): "harbour" -> "harbor".
_ENDINGS: tuple[tuple[str, str, int], ...] = (
    ("isations", "izations", 2), ("isation", "ization", 2),
    ("ising", "izing", 3), ("ised", "ized", 3), ("ises", "izes", 3), ("ise", "ize", 3),
    ("ysing", "yzing", 2), ("ysed", "yzed", 2), ("yse", "yze", 2),
    ("ouring", "oring", 2), ("oured", "ored", 2), ("ours", "ors", 2), ("our", "or", 2),
    ("tres", "ters", 3), ("tre", "ter", 3),
    ("ences", "enses", 2), ("ence", "ense", 3),
    ("ogues", "ogs", 3), ("ogue", "og", 3),
    ("lling", "ling", 2), ("lled", "led", 2), ("llers", "lers", 3), ("ller", "ler", 3),
)  # fmt: skip


def american(word: str) -> str:
    """The American spelling of a lower-case British ``word`` ("harbour" -> "harbor"), or ``word``."""
    for british, us, stem in _ENDINGS:
        if word.endswith(british) and len(word) - len(british) >= stem:
            return word[: -len(british)] + us
    return word
