"""Noise: the segments of a page that are not story text.

Scraped news carries its headline, bylines, datelines, photo credits and captions, "Read more"
links and the headlines of related stories pasted into paragraphs.  The splitter has already cut
them into segments of their own; this pass names each one (``Noise.kinds``: index -> kind) so the
summary never shows them and other passes can skip them.  Kinds: title, dateline, timestamp,
byline, credit, caption, link, note, headline, heading, table, fragment, embed.

Pages read by briefing's page reader keep some furniture inside the story's body, and the same
rules find it: an embedded social post (its "— Name (@handle) March 4, 2025" signature, its
``pic.twitter.com`` link, and the post's text just above the signature), "Follow NAME on X"
(the reporter: a byline), reader call-outs ("Have you been affected? Email us at ..."),
newsletter and share prompts.
"""

from __future__ import annotations

import re

from briefing.compile.doc import Layout, Noise, Sentence
from briefing.patterns import regex

_DATELINE = regex(
    r"[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+){0,3}(?:[ \t]*,[ \t]*[A-Z][\w.]*(?:[ \t]+[\w.]+){0,2})?[ \t]*,?[ \t]*"
    r"(?:\d{4}-\d\d-\d\d|\d{1,2}[ \t]+[A-Z][a-z]{2,8}(?:[ \t]+\d{4})?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?)?"
    r"[ \t]*(?:\([A-Z][\w .&/-]{0,30}\)|/[A-Z][\w .&-]{0,30}/)?[ \t]*(?:-{1,2}|_)?"
    r"|\(?Undated\)?"
)
#: What makes a capitals line a dateline rather than a heading: a date, an agency or the dash.
_DATELINE_MARK = regex(r"\d|\)|[-_]\s*$")
_CREDIT = regex(
    r"""[("\[]?\s*(?:(?:(?:AP|AFP|Reuters|EPA|Getty|Xinhua|File)\s+)?(?:photo|picture|image|video|graphic|illustration|file photo|photograph)s?\s*(?:credit)?\s*[:/|]"""
    r"|(?:photo(?:graph)?s?|pictures?|images?)\s+by\b|(?:additional\s+)?(?:reporting|editing|writing|compiled|produced)\s+by\b|copyright\b|\(c\)|©|all rights reserved)""",
    re.IGNORECASE,
)
_AGENCY = r"(?:Reuters|AP|AFP|Getty Images|EPA|Shutterstock|Bloomberg|Xinhua|PA|Alamy)"
_CREDIT_TAIL = regex(rf"(?:/|\|)\s*{_AGENCY}\W*$")
_AGENCY_ONLY = regex(rf"\W*{_AGENCY}(?:\s*(?:/|via|,)\s*{_AGENCY})*\W*")
_STAMP = regex(
    r"(?:first\s+)?(?:published|updated|last\s+updated|posted|last\s+modified)(?:\s+(?:on|at))?\s*:?\s+[\w ,:./-]*\d[\w ,:./()-]*",
    re.IGNORECASE,
)
#: A clock time alone: a live blog's entry stamp, cut off by the splitter.
_CLOCK = regex(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|BST|UTC|CES?T|[ECMP][SD]T))?\s*-*")
_CAPTION = regex(
    r"(?:image|photo|picture|video)\s+(?:caption|copyright|source)\b|pictured\s*:|caption\s*:|FILE\s+-+\s", re.I
)
_LINK = regex(
    r"""[("\[]?\s*(?:read\s+more|click\s+here|related\s*(?:stories|articles|coverage|content)?\s*:|see\s+also\s*:|"""
    r"""also\s+read\s*:|more\s*:|watch\s*:|listen\s*:|continue\s+reading|(?:topics|tags|filed\s+under|categories)\s*:)""",
    re.IGNORECASE,
)
#: Notes about the article itself: corrections, editors' notes, where it first appeared, what an
#: agency's new version changed ("(Adds analyst comment, updates prices)").
_NOTE = regex(
    r"""[("\[]?\s*(?:(?:correction|clarification|editor'?s'?\s+note)\s*:|an\s+earlier\s+version\s+of\s+this\s+"""
    r"""(?:story|article|report)|this\s+(?:story|article|report)\s+(?:was|has\s+been)\s+(?:originally\s+|first\s+)?"""
    r"""(?:published|updated|amended|corrected)|the\s+post\s+(?:.{1,160}\s+)?appeared\s+first\s+on\b"""
    r"""|\((?:adds|updates|recasts|corrects|rewrites|refiles|changes|fixes|removes|inserts|repeats)\b[^()]*\)\W*$)""",
    re.IGNORECASE,
)
#: Page calls to action: noise only as short lines ("Advertisement spending rose" is a sentence).
_PROMPT = regex(
    r"""[("\[]?\s*(?:sign\s+up|subscribe|follow\s+us|share\s+(?:this|on)|advertisement|sponsored|download\s+the|"""
    r"""listen\s+to\s+this|\d+\s+min(?:ute)?s?\s+read|comments?\b|(?:media|press)\s+(?:contacts?|enquiries|inquiries)\s*:"""
    r"""|share\s+via|copy\s+(?:the\s+)?link|newsletter\s+sign[\s-]?up|(?:get|receive)\s+(?:our|the)\s+(?:[\w-]+\s+){0,4}newsletter"""
    r"""|enter\s+your\s+e-?mail|already\s+a\s+subscriber)""",
    re.IGNORECASE,
)
#: The signature under an embedded social post: "— Harbour Council (@HarbourDC) March 4, 2025".
_EMBED_SIGNATURE = regex(
    r"-*\s*[^()\n]{0,80}\(@\w{1,30}\)\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})?\W*"
)
#: What only an embedded post carries: its picture link, a short link, an Instagram frame.
_EMBED_MARK = regex(
    r"\bpic\.twitter\.com/\w|(?<![\w.])t\.co/\w|\bview\s+this\s+post\s+on\s+instagram\b|\ba\s+post\s+shared\s+by\b",
    re.IGNORECASE,
)
#: An embedded post's text is at most this long; a longer paragraph above a signature is story.
_EMBED_BODY_WORDS = 60
#: "Follow Jane Doe on X": the reporter's social account, a byline.
_FOLLOW = regex(
    r"[Ff]ollow\s+(?:us|(?:[A-Z][\w.'-]*\s+){1,4})on\s+(?i:twitter|x|instagram|facebook|tiktok|threads|bluesky|linkedin|youtube|mastodon)\b"
    r"|[Ff]ollow\s+(?:[A-Z][\w.'-]*\s+){0,4}(?:on\s+\w+\s*)?(?:at\s+)?@\w",
)
#: A call to readers: "Email us at ...", "Get in touch", "Tell us your story".
_CALLOUT = regex(
    r"(?:please\s+)?(?:e-?mail|contact|message|write\s+to|tell|call|send|share\s+your\s+\w+\s+with)\s+us\b|get\s+in\s+touch\b",
    re.IGNORECASE,
)
#: Read from the start of a run only, possessively: linear on a 40 kB hyphen-joined "word".
_EMAIL = regex(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")
_CALLOUT_WORDS = 20
_PROMPT_WORDS = 12
#: What a picture credit names, as against a reporting or copyright credit.
_PICTURE = regex(r"(?i:photo|picture|image|video|graphic|illustration|getty|shutterstock|alamy)")
#: A caption paragraph holds at most this many segments, the credit included.
_CAPTION_SEGMENTS = 3
_WORDS = regex(r"[^\W_][\w'.&-]*")
_FINAL = ".!?:;\"')]\u2026"


def find_noise(layout: Layout) -> Noise:
    """Which sentences are not story text, and what each of them is."""
    norm, sentences, head = layout.norm, layout.sentences, layout.headline
    kinds: dict[int, str] = {}
    for index, s in enumerate(sentences):
        kind = _kind(norm, sentences, index, head)
        if kind:
            kinds[index] = kind
    for index in [i for i, kind in kinds.items() if kind == "credit"]:
        _caption_beside(norm, sentences, index, kinds)
    for index in [i for i, kind in kinds.items() if kind == "embed"]:
        _embed_around(norm, sentences, index, kinds)
    for index in [i for i, kind in kinds.items() if kind == "callout"]:
        _questions_before(norm, sentences, index, kinds)
    return Noise({i: "note" if kind == "callout" else kind for i, kind in kinds.items()})


def _embed_around(norm: str, sentences: list[Sentence], index: int, kinds: dict[int, str]) -> None:
    """An embedded post is one piece: its whole paragraph, and, above a signature, the dash line
    and the post's short paragraph of text (the page shows them as one framed box)."""
    s = sentences[index]
    same = [i for i, t in enumerate(sentences) if t.paragraph == s.paragraph]
    for i in same:
        kinds[i] = "embed"
    if not _EMBED_SIGNATURE.fullmatch(norm, s.start, s.end):
        return
    above = min(same) - 1
    while above >= 0 and kinds.get(above) == "fragment":
        kinds[above] = "embed"
        above -= 1
    if above < 0 or above in kinds:
        return
    body = [i for i, t in enumerate(sentences) if t.paragraph == sentences[above].paragraph]
    words = sum(len(_WORDS.findall(norm, sentences[i].start, sentences[i].end)) for i in body)
    if words <= _EMBED_BODY_WORDS:
        for i in body:
            kinds.setdefault(i, "embed")


def _questions_before(norm: str, sentences: list[Sentence], index: int, kinds: dict[int, str]) -> None:
    """A call-out opens with questions to the reader ("Have you been affected?"): they go with it."""
    i = index - 1
    while i >= 0 and sentences[i].paragraph == sentences[index].paragraph and i not in kinds:
        if not norm[sentences[i].start : sentences[i].end].rstrip().endswith("?"):
            return
        kinds[i] = "callout"
        i -= 1


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
    if _EMBED_MARK.search(segment) or ("(@" in segment and _EMBED_SIGNATURE.fullmatch(segment)):
        return "embed"
    if len(words) <= _PROMPT_WORDS and _FOLLOW.match(segment):
        return "link" if segment[7:9].lower() == "us" else "byline"
    if len(words) <= _CALLOUT_WORDS and '"' not in segment and (
        _CALLOUT.match(segment) or (len(words) <= _PROMPT_WORDS and _EMAIL.search(segment))
    ):
        return "callout"
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
