"""Reading an article: bytes in, text out, or one clear reason why not.

News scraped from the web arrives in many shapes.  We accept UTF-8 (with or without BOM), UTF-16
and UTF-32 with a BOM, and fall back to cp1252 / Latin-1 for legacy files.  Binary data is refused
rather than compiled into nonsense.  The text is returned exactly as decoded, newlines included,
because every evidence offset in the brief indexes this string.
"""

from __future__ import annotations

import codecs

from briefing.errors import BriefingError
from briefing.patterns import regex
from briefing.sources.base import Article, Raw

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
#: Any other C0 or C1 control: many of them mean binary data, not text.
_BINARY_CONTROL = regex(
    "[" + "".join(f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0)) if chr(code) not in _TEXT_CONTROLS) + "]"
)


def decode(raw: bytes, name: str = "<stdin>") -> tuple[str, str]:
    """Decode article bytes, returning ``(text, encoding)``; refuses binary and empty input."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise BriefingError(f"{name}: invalid {encoding} text at byte {exc.start}") from None
            return _checked(text, name), encoding
    if b"\x00" in raw:
        raise BriefingError(f"{name}: looks like binary data (NUL bytes), not an article")
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _checked(text, name), encoding
    raise BriefingError(f"{name}: cannot decode the text")  # pragma: no cover - latin-1 decodes all


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise BriefingError(f"{name}: the article is empty")
    sample = text[:65536]
    controls = len(_BINARY_CONTROL.findall(sample))
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise BriefingError(f"{name}: looks like binary data, not an article")
    return text


def read(raw: Raw) -> Article:
    """The plain-text reader: the bytes decoded, exactly, and nothing else known about them."""
    text, encoding = decode(raw.data, raw.name)
    return Article(text=text, path=raw.path, url=raw.url, encoding=encoding)
