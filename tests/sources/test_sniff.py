"""Inputs that are not articles are recognised and refused in one line, whatever their name."""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile

import pytest

from briefing.errors import BriefingError
from briefing.sources.sniff import sniff


def _zip(names: list[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


def _tar() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo("story.txt")
        info.size = 5
        archive.addfile(info, io.BytesIO(b"hello"))
    return buffer.getvalue()


REFUSED = [
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> BT /F1 12 Tf 72 712 Td (Hello) Tj ET", "report.txt", "a PDF document"),
    (_zip(["[Content_Types].xml", "word/document.xml"]), "letter.docx", "an Office document"),
    (_zip(["[Content_Types].xml", "xl/workbook.xml"]), "noname", "an Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "old.doc", "an Office document"),
    (b"{\\rtf1\\ansi Hello}", "memo.rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n" + bytes(64), "chart.png", "a PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "photo.txt", "a JPEG image"),
    (b"GIF89a\x01\x00\x01\x00", "a.gif", "a GIF image"),
    (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "a.webp", "an image"),
    (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', "logo.svg", "an SVG image"),
    (_zip(["story.txt"]), "stories.zip", "a ZIP archive"),
    (gzip.compress(b"story text", mtime=0), "stories.txt.gz", "a gzip archive"),
    (_tar(), "stories.tar", "a tar archive"),
    (b'<?xml version="1.0"?><config><item/></config>', "settings.xml", "an XML document"),
]


@pytest.mark.parametrize(("data", "name", "what"), REFUSED, ids=[name for _, name, _ in REFUSED])
def test_non_articles_are_refused_saying_what_they_are(data: bytes, name: str, what: str) -> None:
    with pytest.raises(BriefingError) as caught:
        sniff(data, name)
    assert caught.value.message.startswith(f"{name}: is {what}")


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"schema: briefing/1\ntitle: x\n", "brief.yaml"),
        (b"schema: briefing/1\ntitle: x\n", "brief.txt"),
        (b'{"schema": "briefing/1", "title": "x"}', "brief"),
        (b"anything", "briefs.jsonl"),
    ],
)
def test_a_brief_given_as_an_article_is_said_to_be_a_brief(data: bytes, name: str) -> None:
    with pytest.raises(BriefingError, match="is already a brief"):
        sniff(data, name, brief_hint=" (briefing print x shows it)")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"Council votes to shut bridge\n\nThe council voted on Tuesday.", "text"),
        (b"<b>Breaking:</b> the council voted on Tuesday.", "text"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        (b"<!-- saved from url=(0042)https://example.org -->\n<html lang=en>", "html"),
        (b"  <div><p>fragment of a page</p></div>", "html"),
        (b"<p>The council voted on Tuesday.</p>", "html"),
        (
            b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x">\n<html>',
            "html",
        ),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', "feed"),
    ],
)
def test_text_pages_and_feeds_are_told_apart_by_their_bytes(data: bytes, kind: str) -> None:
    assert sniff(data, "input") == kind


def test_a_page_fragment_with_an_html_suffix_is_a_page() -> None:
    assert sniff(b"<span>fragment</span> of a page", "part.html") == "html"
    assert sniff(b"<span>fragment</span> of a page", "part.txt") == "text"
