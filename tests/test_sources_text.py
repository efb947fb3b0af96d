"""Reading articles: encodings are detected, binary and empty input refused with one clear reason."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.sources import MAX_ARTICLE_BYTES, read_article
from briefing.sources.text import decode

TEXT = "Zoë Müller said the café “opened” on 3 March — a ‘first’.\r\nSecond line.\n"


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_decodes_common_encodings_to_the_same_text(raw: bytes, encoding: str) -> None:
    assert decode(raw) == (TEXT, encoding)


def test_latin1_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    text, encoding = decode("caf\xe9 \x81 ok".encode("latin-1"))
    assert encoding == "latin-1" and text.startswith("café")


def test_newlines_are_kept_exactly_for_offsets() -> None:
    text, _ = decode(b"a\r\nb\rc\n")
    assert text == "a\r\nb\rc\n"


def test_invalid_utf8_lone_surrogate_bytes_do_not_crash() -> None:
    text, encoding = decode(b"before \xed\xa0\x80 after")
    assert encoding in ("cp1252", "latin-1") and "after" in text


@pytest.mark.parametrize(
    "raw",
    [b"\x00\x01\x02\x03", b"%PDF-1.7\n\x00\x00stream", bytes(range(256)) * 4, b"text\x00with a NUL"],
)
def test_binary_is_refused(raw: bytes) -> None:
    with pytest.raises(BriefingError, match="binary"):
        decode(raw, "x.bin")


@pytest.mark.parametrize("raw", [b"", b"   \n\t  \r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")])
def test_empty_is_refused(raw: bytes) -> None:
    with pytest.raises(BriefingError, match="empty"):
        decode(raw, "x.txt")


def test_escape_codes_are_text_not_binary() -> None:
    text, _ = decode(b"Breaking \x1b[31mred\x1b[0m news \x1b]52;c;cHduZWQ=\x07 here.")
    assert "\x1b[31m" in text


def test_too_large_article_is_refused_before_decoding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("briefing.sources.MAX_ARTICLE_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    with pytest.raises(BriefingError, match="larger than"):
        read_article(big)
    assert MAX_ARTICLE_BYTES >= 1024 * 1024


def test_directory_and_missing_file_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="is a directory"):
        read_article(tmp_path)
    with pytest.raises(BriefingError, match="no such file"):
        read_article(tmp_path / "missing.txt")


def test_a_named_pipe_nothing_writes_to_is_refused_in_one_line_instead_of_hanging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import time

    pipe = tmp_path / "article.fifo"
    os.mkfifo(pipe)
    monkeypatch.setattr("briefing.sources.PIPE_WAIT", 0.3)
    started = time.monotonic()
    with pytest.raises(BriefingError, match=r"article\.fifo: is a named pipe that nothing writes to \(waited 0\.3 s\)"):
        read_article(pipe)
    assert time.monotonic() - started < 3
    from click.testing import CliRunner

    from briefing.cli import cli

    result = CliRunner().invoke(cli, ["markdown", str(pipe)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"briefing: error: {pipe}: is a named pipe that nothing writes to (waited 0.3 s)"]


def test_a_named_pipe_is_read_to_its_end_once_a_writer_comes(tmp_path: Path) -> None:
    import os
    import threading
    import time

    pipe = tmp_path / "article.fifo"
    os.mkfifo(pipe)

    def write() -> None:
        time.sleep(0.2)  # the reader is already waiting
        with open(pipe, "w", encoding="utf-8") as out:
            out.write("The council met on Monday.\n")
            out.flush()
            time.sleep(0.2)  # a pause between writes is not the end
            out.write("The vote failed.\n")

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert read_article(pipe).text == "The council met on Monday.\nThe vote failed.\n"
    finally:
        writer.join()
