"""Noise: the segments of a page that are not story text.

Scraped news carries its headline, bylines, datelines, photo credits and captions, "Read more"
links and the headlines of related stories pasted into paragraphs.  The splitter has already cut
them into segments of their own; this pass names each one (``Noise.kinds``: index -> kind) so the
summary never shows them and other passes can skip them.  Kinds: title, dateline, timestamp,
byline, credit, caption, link, note, headline, heading, table, fragment.
"""

from __future__ import annotations

import re

from briefing.compile.doc import Noise, Sentence
from briefing.compile.layout import text

_DATELINE = re.compile(
    r"[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+){0,3}(?:[ \t]*,[ \t]*[A-Z][\w.]*(?:[ \t]+[\w.]+){0,2})?[ \t]*,?[ \t]*"
    r"(?:\d{4}-\d\d-\d\d|\d{1,2}[ \t]+[A-Z][a-z]{2,8}(?:[ \t]+\d{4})?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?)?"
    r"[ \t]*(?:\([A-Z][\w .&/-]{0,30}\)|/[A-Z][\w .&-]{0,30}/)?[ \t]*(?:-{1,2}|_)?"
    r"|\(?Undated\)?"
)
#: What makes a capitals line a dateline rather than a heading: a date, an agency or the dash.
_DATELINE_MARK = re.compile(r"\d|\)|[-_]\s*$")
_CREDIT = re.compile(
    r"""[("\[]?\s*(?:(?:(?:AP|AFP|Reuters|EPA|Getty|Xinhua|File)\s+)?(?:photo|picture|image|video|graphic|illustration|file photo|photograph)s?\s*(?:credit)?\s*[:/|]"""
    r"|(?:photo(?:graph)?s?|pictures?|images?)\s+by\b|(?:additional\s+)?(?:reporting|editing|writing|compiled|produced)\s+by\b|copyright\b|\(c\)|©|all rights reserved)""",
    re.IGNORECASE,
)
_AGENCY = r"(?:Reuters|AP|AFP|Getty Images|EPA|Shutterstock|Bloomberg|Xinhua|PA|Alamy)"
_CREDIT_TAIL = re.compile(rf"(?:/|\|)\s*{_AGENCY}\W*$")
_AGENCY_ONLY = re.compile(rf"\W*{_AGENCY}(?:\s*(?:/|via|,)\s*{_AGENCY})*\W*")
_STAMP = re.compile(
    r"(?:first\s+)?(?:published|updated|last\s+updated|posted|last\s+modified)(?:\s+(?:on|at))?\s*:?\s+[\w ,:./-]*\d[\w ,:./()-]*",
    re.IGNORECASE,
)
#: A clock time alone: a live blog's entry stamp, cut off by the splitter.
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|BST|UTC|CES?T|[ECMP][SD]T))?\s*-*")
_CAPTION = re.compile(
    r"(?:image|photo|picture|video)\s+(?:caption|copyright|source)\b|pictured\s*:|caption\s*:|FILE\s+-+\s", re.I
)
_LINK = re.compile(
    r"""[("\[]?\s*(?:read\s+more|click\s+here|related\s*(?:stories|articles|coverage|content)?\s*:|see\s+also\s*:|"""
    r"""also\s+read\s*:|more\s*:|watch\s*:|listen\s*:|continue\s+reading|(?:topics|tags|filed\s+under|categories)\s*:)""",
    re.IGNORECASE,
)
#: Notes about the article itself: corrections, editors' notes, where it first appeared, what an
#: agency's new version changed ("(Adds analyst comment, updates prices)").
_NOTE = re.compile(
    r"""[("\[]?\s*(?:(?:correction|clarification|editor'?s'?\s+note)\s*:|an\s+earlier\s+version\s+of\s+this\s+"""
    r"""(?:story|article|report)|this\s+(?:story|article|report)\s+(?:was|has\s+been)\s+(?:originally\s+|first\s+)?"""
    r"""(?:published|updated|amended|corrected)"""
    r"""|\((?:adds|updates|recasts|corrects|rewrites|refiles|changes|fixes|removes|inserts|repeats)\b[^()]*\)\W*$)""",
    re.IGNORECASE,
)
#: Page calls to action: noise only as short lines ("Advertisement spending rose" is a sentence).
_PROMPT = re.compile(
    r"""[("\[]?\s*(?:sign\s+up|subscribe|follow\s+us|share\s+(?:this|on)|advertisement|sponsored|download\s+the|"""
    r"""listen\s+to\s+this|\d+\s+min(?:ute)?s?\s+read|comments?\b|(?:media|press)\s+(?:contacts?|enquiries|inquiries)\s*:)""",
    re.IGNORECASE,
)
_PROMPT_WORDS = 12
#: What a picture credit names, as against a reporting or copyright credit.
_PICTURE = re.compile(r"(?i:photo|picture|image|video|graphic|illustration|getty|shutterstock|alamy)")
#: A caption paragraph holds at most this many segments, the credit included.
_CAPTION_SEGMENTS = 3
_WORDS = re.compile(r"[^\W_][\w'.&-]*")
_FINAL = ".!?:;\"')]\u2026"


def find_noise(norm: str, sentences: list[Sentence]) -> Noise:
    """Which sentences are not story text, and what each of them is."""
    kinds: dict[int, str] = {}
    head = text.headline_span(norm)
    for index, s in enumerate(sentences):
        kind = _kind(norm, sentences, index, head)
        if kind:
            kinds[index] = kind
    for index in [i for i, kind in kinds.items() if kind == "credit"]:
        _caption_beside(norm, sentences, index, kinds)
    return Noise(kinds)


def _caption_beside(norm: str, sentences: list[Sentence], index: int, kinds: dict[int, str]) -> None:
    """A picture credit's short paragraph is a caption ("Firefighters battle flames. Photo: AFP").

    Only picture credits: a reporting credit ("Reporting by ...") may close a story paragraph.
    """
    s = sentences[index]
    if not _PICTURE.search(norm, s.start, s.end) and not _AGENCY_ONLY.fullmatch(norm, s.start, s.end):
        return
    same = [i for i in range(max(0, index - _CAPTION_SEGMENTS), index + _CAPTION_SEGMENTS + 1)
            if i < len(sentences) and sentences[i].paragraph == s.paragraph]
    if len(same) > _CAPTION_SEGMENTS:
        return
    for i in same:
        kinds.setdefault(i, "caption")


def _kind(norm: str, sentences: list[Sentence], index: int, head: tuple[int, int] | None) -> str | None:
    """The noise kind of one segment, or None for story text; explicit markers are tried first."""
    s = sentences[index]
    if head is not None and head[0] <= s.start < head[1]:
        return "title"
    segment = norm[s.start : s.end]
    words = _WORDS.findall(segment)
    if not words:
        return "fragment"
    if _CAPTION.match(segment):
        return "caption"
    if _CREDIT.match(segment) or _CREDIT_TAIL.search(segment) or _AGENCY_ONLY.fullmatch(segment):
        return "credit"
    if _LINK.match(segment) or (len(words) <= _PROMPT_WORDS and _PROMPT.match(segment)):
        return "link"
    if _NOTE.match(segment):
        return "note"
    if len(words) <= _PROMPT_WORDS and (_STAMP.fullmatch(segment) or _CLOCK.fullmatch(segment)):
        return "timestamp"
    if len(words) <= 8 and _DATELINE.fullmatch(segment) and _has_caps_word(words):
        return "dateline" if _DATELINE_MARK.search(segment) else "heading"
    first_in_paragraph = index == 0 or sentences[index - 1].paragraph != s.paragraph
    followed = index + 1 < len(sentences) and sentences[index + 1].paragraph == s.paragraph
    unpunctuated = not segment.endswith(tuple(_FINAL))
    if unpunctuated and first_in_paragraph and _is_byline(words, followed):
        return "byline"
    if unpunctuated and first_in_paragraph and not followed and _is_table_row(words):
        return "table"
    if unpunctuated and followed:
        return "headline"
    if unpunctuated and first_in_paragraph and not followed and _is_heading(segment, words):
        return "heading"
    if len(words) == 1 and segment.endswith(".") and words[0][:1].isupper() and '"' not in segment:
        return "fragment"
    return None


def _is_byline(words: list[str], followed: bool) -> bool:
    """'By Jane Doe' anywhere at a paragraph start, or a bare two-or-three-word name run into a sentence."""
    if words[0] == "By" and 2 <= len(words) <= 6 and all(w[0].isupper() for w in words[1:] if len(w) > 3):
        return True
    return followed and 2 <= len(words) <= 3 and all(w[0].isupper() and w[1:].islower() for w in words)


def _is_table_row(words: list[str]) -> bool:
    """A line of a results or standings table ("Hallam Town 3 Redcliffe 2", "1 Ireland 4 4 0 0 19"):
    numbers are a third of its words, which prose without a final stop never has."""
    numbers = sum(1 for w in words if w[0].isdigit())
    return numbers >= 2 and 3 * numbers >= len(words)


def _has_caps_word(words: list[str]) -> bool:
    """Datelines name their place in capitals ("ROME", "O'HARBOUR")."""
    return any(len(w) >= 3 and w.isupper() for w in words)


def _is_heading(segment: str, words: list[str]) -> bool:
    """A short capitalised line with no figures or lists: a section heading, not a table row."""
    if len(words) > 8 or any(c.isdigit() or c in ",:;()" for c in segment):
        return False
    content = [w for w in words if len(w) > 3]
    return bool(content) and all(w[0].isupper() for w in content)
