"""Wrapping the source pane's text: screen lines keep exact offsets into the article."""

from rich.cells import cell_len

from briefing.tui.wrap import line_of, wrap


def shown(text: str, width: int) -> list[str]:
    return [text[s:e] for s, e in wrap(text, width)]


def test_lines_break_at_spaces_and_fit_the_width() -> None:
    text = "the quick brown fox jumps over the lazy dog"
    lines = shown(text, 10)
    assert [line.rstrip() for line in lines] == ["the quick", "brown fox", "jumps over", "the lazy", "dog"]
    assert "".join(lines) == text, "every character is on exactly one line"


def test_newlines_end_lines_and_blank_lines_stay() -> None:
    text = "one\n\ntwo three"
    assert shown(text, 20) == ["one", "", "two three"]


def test_words_longer_than_the_width_are_split() -> None:
    assert shown("abcdefghij xy", 4) == ["abcd", "efgh", "ij ", "xy"]


def test_wide_characters_are_measured_in_cells() -> None:
    text = "東京都 の 記者会見"
    for line in shown(text, 6):
        assert cell_len(line.rstrip()) <= 6


def test_line_of_finds_the_screen_line_of_an_offset() -> None:
    text = "alpha beta gamma delta"
    lines = wrap(text, 11)
    starts = [s for s, _ in lines]
    assert line_of(starts, text.index("gamma")) == 1
    assert line_of(starts, 0) == 0
    assert line_of(starts, len(text)) == len(lines) - 1


def test_long_articles_wrap_with_every_character_on_one_line() -> None:
    text = ("word " * 20 + "\n") * 5000
    lines = wrap(text, 37)
    assert sum(e - s for s, e in lines) + text.count("\n") == len(text)
