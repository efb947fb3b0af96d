"""``s`` and every cursor move bring the evidence into view: centred, all of it when it fits."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from tui_helpers import loaded, pilot_test

from briefing.brief import Brief, Quote, Ref, Source, SummarySentence
from briefing.store import dump_brief, load_brief
from briefing.tui.launch import make_app

FILLER = "The ferry committee met again to go over the timetable, the fares and the harbour works. "
QUOTE = "We will keep the crossing running in every season, storms or no storms, for as long as people need it"


def long_brief(tmp_path: Path, *, before: int, quote_words: int = 0) -> Path:
    """A brief whose one quote stands after ``before`` paragraphs of filler (and is made
    ``quote_words`` words longer, to outgrow the pane)."""
    quote = QUOTE + (" and longer" * quote_words)
    text = "".join(f"{FILLER * 3}\n\n" for _ in range(before)) + f'"{quote}," the mayor said.\n\n' + f"{FILLER * 3}\n\n" * 20
    start = text.index(quote)
    ref = Ref("s1", start, start + len(quote))
    first = Ref("s1", 0, len(FILLER) - 1)
    brief = Brief(
        title="Ferry",
        sources=[Source(id="s1", path="ferry.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), words=len(text.split()), text=text)],
        summary=[SummarySentence(text=FILLER.strip(), sources=["s1"], evidence=[first])],
        quotes=[Quote(id="q1", text=quote, speaker=None, speaker_id=None, cue="said", start=ref.start, end=ref.end, sources=["s1"], evidence=[ref])],
    )
    path = tmp_path / "ferry.yaml"
    dump_brief(brief, path)
    return path


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Let the layout give a newly shown pane its size, and the pane scroll."""
    for _ in range(3):
        await pilot.pause()


def assert_centred(source) -> None:  # type: ignore[no-untyped-def]
    (start, end), = source.lit("evidence")
    first, last = source.line_of(start), source.line_of(end - 1)
    top, bottom = source.visible_lines()
    assert top <= first and last <= bottom, f"evidence on lines {first}-{last}, pane shows {top}-{bottom}"
    above, below = first - top, bottom - last
    assert abs(above - below) <= 1, f"{above} lines above the evidence, {below} below"


@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
@pilot_test
async def test_s_opens_the_source_with_the_evidence_centred(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(long_brief(tmp_path, before=30))
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        app.main.focus_pane("quotes")
        await pilot.press("s")
        await settle(pilot)
        assert_centred(app.main.source)


@pilot_test
async def test_evidence_on_the_last_visible_line_is_brought_to_the_middle(tmp_path: Path) -> None:
    app = make_app(long_brief(tmp_path, before=30))
    async with app.run_test(size=(200, 60)) as pilot:
        await loaded(pilot)
        await pilot.press("s")  # the summary's first sentence: the top of the article
        await settle(pilot)
        source = app.main.source
        assert source.visible_lines()[0] == 0
        quote = app.main.pane("quotes").current.evidence[0]
        top, bottom = source.visible_lines()
        source.scroll_to(y=source.line_of(quote.start) - (bottom - top), animate=False, immediate=True)
        await pilot.pause()
        assert source.visible_lines()[1] == source.line_of(quote.start), "the quote starts on the last line"
        app.main.focus_pane("quotes")
        await settle(pilot)
        assert_centred(source)


@pilot_test
async def test_evidence_taller_than_the_pane_starts_at_its_top(tmp_path: Path) -> None:
    app = make_app(long_brief(tmp_path, before=30, quote_words=400))
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        app.main.focus_pane("quotes")
        await pilot.press("s")
        await settle(pilot)
        source = app.main.source
        (start, _), = source.lit("evidence")
        assert source.visible_lines()[0] == source.line_of(start)


@pilot_test
async def test_the_articles_own_blank_lines_at_either_end_are_not_shown_and_the_evidence_stays_put(tmp_path: Path) -> None:
    path = long_brief(tmp_path, before=0)
    brief = load_brief(path)
    pad = "\n \n\n"
    source = brief.sources[0]
    source.text = pad + source.text.rstrip("\n") + "\n\n  \n"
    source.sha256 = hashlib.sha256(source.text.encode()).hexdigest()
    for item in (*brief.summary, *brief.quotes):
        item.evidence = [Ref(r.source, r.start + len(pad), r.end + len(pad)) for r in item.evidence]
    brief.quotes[0].start, brief.quotes[0].end = brief.quotes[0].evidence[0].start, brief.quotes[0].evidence[0].end
    dump_brief(brief, path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        app.main.focus_pane("quotes")
        await pilot.press("s")
        await settle(pilot)
        pane = app.main.source
        assert pane._lines[0][0] == len(pad), "the first line shown is the article's first words"
        last_start, last_end = pane._lines[-1]
        assert pane.text[last_start:last_end].strip() and not pane.text[last_end:].strip(), "nothing blank after the last words"
        assert pane.lit_text() == QUOTE, "the evidence is lit where it is"
        assert pane.line_of(len(pad)) == 0, "and the quote, the article's first words, is on the first line"
