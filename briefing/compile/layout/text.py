"""Analysis text: the article with typographic variants folded, same length, same offsets.

Curly quotes become straight ones, dashes a hyphen, exotic spaces a plain space.  Each replacement
is one character for one character, so any offset found in the analysis text indexes the original.
This module also holds the small text facts several passes share: paragraphs, word counts and
where the article's own headline line is, so the splitter, the noise finder and the title agree.
"""

from __future__ import annotations

from briefing.compile.doc import Layout, Span
from briefing.compile.lexicon.stopwords import HEADLINE_MINOR, LEAD_OPENERS
from briefing.patterns import regex

_FOLD = tuple(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u3000": " ",
    }.items()
)

_PARAGRAPH_BREAK = regex(r"\n[ \t\r]*\n|\r\n?[ \t]*\r\n?|\n")
_WORD = regex(r"\w+(?:['\-.]\w+)*")
_FIRST_LINE = regex(r"\s*(\S[^\n]*)")
_NON_SPACE = regex(r"\S")
_LETTER_WORD = regex(r"[^\W\d_][\w'&.-]*")

#: First lines that are a byline or a dateline, not a headline ("By Jane Doe", "ROME 1996-12-06").
_BYLINE_LINE = regex(r"By\s+[A-Z]|\(?Undated\)?$")
_DATELINE_LINE = regex(
    r"[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*(?:\s*,\s*[^()\n]{1,40}?)?\s*"
    r"(?:\d{4}-\d\d-\d\d|\([\w .&/-]{1,30}\)\s*(?:-{1,2}|_)?|-{1,2}|_)\s*$"
)
#: A press release's first line: boilerplate above the headline, never the headline itself.
_RELEASE_LINE = regex(r"(?i:(?:for\s+immediate\s+release|(?:press|news|media)\s+release|embargoed\b[^\n]*)\W*)")
#: An agency's version slug before a headline ("UPDATE 2-", "REFILE-"): not part of the title.
_SLUG = regex(r"^(?:UPDATE|CORRECTED|REFILE|RPT|EXCLUSIVE|WRAPUP|ANALYSIS|FACTBOX|INSIGHT|BREAKINGVIEWS)(?:[ \t]*\d+)?[ \t]*-+[ \t]*")
_HEADLINE_MAX_WORDS = 30
_HEADLINE_SENTENCE_WORDS = 14
_INNER_END = regex(r"[.!?][\"')]*\s+[\"']?[A-Z](?=[a-z])(?!\S*\.\s)")
_BLANK_AFTER = regex(r"[ \t\r]*\n[ \t\r]*\n")
_HEADLINE_MAX_CHARS = 220


def normalize(text: str) -> str:
    """Fold quotes, dashes and spaces; the result has exactly ``len(text)`` characters.

    One ``str.replace`` per variant present, not ``str.translate``: translate looks every character
    of the article up in the table in turn (3% of compiling the seed), a replace scans in C and
    most variants are absent (an ASCII article is returned at once).
    """
    if text.isascii():
        return text
    for variant, plain in _FOLD:
        if variant in text:
            text = text.replace(variant, plain)
    return text


def paragraphs(norm: str) -> list[Span]:
    """Spans of the non-blank lines (news text puts one paragraph on a line)."""
    spans: list[Span] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(norm):
        add_trimmed(norm, start, match.start(), spans)
        start = match.end()
    add_trimmed(norm, start, len(norm), spans)
    return spans


def add_trimmed(norm: str, start: int, end: int, out: list[Span]) -> None:
    """Append ``start:end`` without its surrounding spaces, if anything is left.

    Paragraphs and sentences are both cut this way, so their spans never begin or end in space.
    """
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def count_words(norm: str) -> int:
    """Words as a reader counts them ("U.S.", "S-400" and "don't" are one each)."""
    return len(_WORD.findall(norm))


def headline_span(norm: str) -> Span | None:
    """The first line when it is the article's own headline, else None.

    Web and agency texts put the headline alone on line 1 (press releases after a "FOR IMMEDIATE
    RELEASE" line, which is skipped).  It reads as a headline when more text
    follows, it is short, it is not a dateline or byline, and it either has no final period or is
    written in Title Case or capitals, or is a short headline-style sentence set off from the story
    (a sentence-case paragraph ending in a period is usually the lead, not a headline).
    """
    match = _FIRST_LINE.match(norm)
    if match and _RELEASE_LINE.fullmatch(match.group(1).strip()):
        match = _FIRST_LINE.match(norm, match.end())
    if not match or norm.find("\n", match.end()) < 0 or not _NON_SPACE.search(norm, match.end()):
        return None
    start, end = match.start(1), match.end(1)
    while end > start and norm[end - 1].isspace():
        end -= 1
    line = norm[start:end]
    words = _LETTER_WORD.findall(line)
    if not words or len(words) > _HEADLINE_MAX_WORDS or len(line) > _HEADLINE_MAX_CHARS:
        return None
    if line.rstrip("\"')]").endswith((".", "!", "?")) and not (
        _title_cased(words) or _headline_sentence(norm, line, end, words)
    ):
        return None
    if line.endswith((",", ":")) or _BYLINE_LINE.match(line) or _DATELINE_LINE.match(line):
        return None
    return start, end


def _headline_sentence(norm: str, line: str, end: int, words: list[str]) -> bool:
    """A short one-sentence line set off from the story, in headline style.

    Some sites end headlines with a period ("Council backs flood wall.").  Headline style drops
    articles and reports in the present ("says"); a one-sentence lead paragraph opens with "The",
    "It", "In" ..., uses articles and reports with "said".  A kicker ("Poll: ...") marks a headline.
    """
    if len(words) > _HEADLINE_SENTENCE_WORDS or _INNER_END.search(line) or not _set_off(norm, end):
        return False
    if ":" in " ".join(line.split(" ", 3)[:3]):
        return True
    lowered = [w.lower() for w in words]
    articles = sum(1 for w in lowered if w in ("a", "an", "the"))
    return words[0] not in LEAD_OPENERS and "said" not in lowered and articles <= 1


def _set_off(norm: str, end: int) -> bool:
    """A blank line or a dateline line follows: the line stands apart from the story's paragraphs."""
    if _BLANK_AFTER.match(norm, end):
        return True
    start = norm.find("\n", end) + 1
    stop = norm.find("\n", start)
    return bool(start) and bool(_DATELINE_LINE.match(norm[start : stop if stop >= 0 else len(norm)].strip()))


def _title_cased(words: list[str]) -> bool:
    """Every content word capitalised: Title Case or capitals, not a name-heavy sentence ("... met ...")."""
    content = [w for w in words if w.lower() not in HEADLINE_MINOR]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def title(layout: Layout, limit: int = 90) -> str:
    """A title: the article's headline line when it has one, whole (it is the publisher's title and
    the views wrap it), else its first real sentence, shortened to ``limit`` characters.

    A real sentence has five words and a lower-case one: a dateline ("WASHINGTON, March 3 (AP) -")
    or a byline is all capitals and names.  An agency's version slug ("UPDATE 2-") is dropped.
    """
    article, span = layout.text, layout.headline
    if span is not None:
        line = " ".join(article[span[0] : span[1]].split()).rstrip(" ;")
        line = _SLUG.sub("", line, count=1) or line
    else:
        line = ""
        for s in layout.sentences:
            line = " ".join(article[s.start : s.end].split())
            words = line.split()
            if len(words) >= 5 and any(w[:1].islower() for w in words):
                break
        if len(line) > limit:
            cut = line.rfind(" ", 0, limit - 1)
            line = line[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;:") + "…"
    return line or "Untitled article"
