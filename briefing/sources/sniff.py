"""What an input is, from its first bytes and its name: an article's text, a page, a feed, or
something briefing does not read (said in one line instead of compiled into nonsense).

Magic numbers decide first, because names lie (a ``.txt`` that is a PDF, a page saved without a
suffix); the suffix only settles what the bytes leave open (a ZIP that is a Word file).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Literal

from briefing.errors import BriefingError
from briefing.patterns import regex

Kind = Literal["text", "html", "feed"]

#: Binary formats by their leading bytes: (magic, offset, what it is).
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "a PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an Office document (Word, Excel or PowerPoint)"),
    (b"{\\rtf", 0, "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"BZh", 0, "a bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", 0, "a Zstandard archive"),
    (b"ustar", 257, "a tar archive"),
)
_OFFICE_SUFFIXES = frozenset(".docx .docm .dotx .xlsx .xlsm .pptx .pptm .odt .ods .odp .epub .pages .numbers .key".split())
_IMAGE_SUFFIXES = frozenset(".png .jpg .jpeg .gif .webp .bmp .tif .tiff .heic .avif .ico .svg".split())
_BRIEF_SUFFIXES = frozenset(".yaml .yml .json .jsonl".split())
_HTML_SUFFIXES = frozenset(".html .htm .xhtml .shtml .mhtml".split())

#: Leading markup after a BOM, spaces and comments.
_LEAD = regex(rb"(?:\xef\xbb\xbf)?(?:\s|<!--.*?-->)*", re.DOTALL)
_HTML_START = regex(rb"<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|div|article|section|main|header|nav|p|h[1-6])\b", re.I)
_XML_START = regex(rb"<\?xml\b", re.I)
_FEED_ROOT = regex(rb"<(?:rss|feed|rdf:RDF)\b", re.I)
_XHTML_ROOT = regex(rb"<(?:!doctype\s+html|html)\b", re.I)
_SVG_ROOT = regex(rb"<svg\b", re.I)
_BRIEF_START = regex(rb"""(?:\xef\xbb\xbf)?\s*(?:schema:\s*['"]?briefing/|\{\s*"schema"\s*:\s*"briefing/)""")
#: A ``briefing/1`` brief's first key, after a BOM, spaces and YAML comment lines.
_BRIEF_V1_START = regex(rb"""(?:\xef\xbb\xbf)?(?:\s|\#[^\n]*\n)*(?:schema:\s*['"]?briefing/1['"]?\s|\{\s*"schema"\s*:\s*"briefing/1")""")


def is_v1_brief(data: bytes) -> bool:
    """Whether ``data`` opens as a ``briefing/1`` brief, which ``briefing compile`` upgrades."""
    return _BRIEF_V1_START.match(data[:4096]) is not None


def sniff(data: bytes, name: str, *, brief_hint: str = "") -> Kind:
    """The kind of input ``data`` is; a :class:`BriefingError` naming what it is when briefing
    does not read it.  ``brief_hint`` finishes the message for a brief given as an article."""
    head = data[:4096]
    suffix = PurePosixPath(name.split("?", 1)[0]).suffix.lower()
    for magic, offset, what in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            raise BriefingError(f"{name}: is {what}, not an article (briefing reads text, web pages and feeds)")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        office = suffix in _OFFICE_SUFFIXES or b"[Content_Types].xml" in head or b"opendocument" in head
        what = "an Office document" if office else "a ZIP archive"
        raise BriefingError(f"{name}: is {what}, not an article (briefing reads text, web pages and feeds)")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP" or head[4:12] in (b"ftypheic", b"ftypavif", b"ftypmif1"):
        raise BriefingError(f"{name}: is an image, not an article (briefing reads text, web pages and feeds)")
    if suffix in _IMAGE_SUFFIXES and suffix != ".svg" and _binary(head):
        raise BriefingError(f"{name}: is an image, not an article (briefing reads text, web pages and feeds)")
    if suffix in _BRIEF_SUFFIXES or _BRIEF_START.match(head):
        raise BriefingError(f"{name}: is already a brief, not an article{brief_hint}")
    lead = _LEAD.match(head)
    rest = head[lead.end() if lead else 0 :]
    if _XML_START.match(rest):
        if _FEED_ROOT.search(head):
            return "feed"
        if _XHTML_ROOT.search(head):
            return "html"
        if _SVG_ROOT.search(head):
            raise BriefingError(f"{name}: is an SVG image, not an article (briefing reads text, web pages and feeds)")
        raise BriefingError(f"{name}: is an XML document that is neither a web page nor a feed")
    if _FEED_ROOT.match(rest):
        return "feed"
    if _SVG_ROOT.match(rest):
        raise BriefingError(f"{name}: is an SVG image, not an article (briefing reads text, web pages and feeds)")
    if _HTML_START.match(rest) or (suffix in _HTML_SUFFIXES and rest.startswith(b"<")):
        return "html"
    return "text"


def _binary(head: bytes) -> bool:
    """Bytes no text file holds: NULs or many control characters."""
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return b"\x00" in head or controls > len(head) // 20
