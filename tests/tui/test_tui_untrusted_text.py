"""Article text is data: markup shows as typed, escape sequences never reach the terminal."""

from pathlib import Path

from tui_helpers import loaded, pilot_test

from briefing.brief import Actor, Brief, Quote, Ref, Source, SummarySentence
from briefing.store import dump_brief
from briefing.tui.launch import make_app

ARTICLE = "Title [b]bold?[/b]\n\nShe said \x1b[31m\"[bold red]boom[/] and [link=http://x]click[/link]\"\x1b[0m today.\n"


def hostile_brief(tmp_path: Path) -> Path:
    quoted = "[bold red]boom[/] and [link=http://x]click[/link]"
    start = ARTICLE.index(quoted)
    sentence = ARTICLE.index("She said")
    brief = Brief(
        title="Title [b]bold?[/b]",
        sources=[Source(id="s1", path="x\x1b]52;c;aGk=\x07.txt", sha256="0" * 64, words=9, text=ARTICLE)],
        summary=[SummarySentence(text="She said [bold red]boom[/]", sources=["s1"],
                                 evidence=[Ref("s1", sentence, len(ARTICLE) - 1)])],
        actors=[Actor(id="a1", name="[b]She[/b]", kind="person", mentions=1, sources=["s1"],
                      evidence=[Ref("s1", sentence, sentence + 3)])],
        quotes=[Quote(id="q1", text=quoted, speaker="[i]Nobody[/i]", speaker_id="a1", cue="said", start=start,
                      end=start + len(quoted), sources=["s1"], evidence=[Ref("s1", start, start + len(quoted))])],
    )
    path = tmp_path / "hostile.yaml"
    dump_brief(brief, path)
    return path


@pilot_test
async def test_markup_in_the_article_is_shown_literally_and_escapes_are_removed(tmp_path: Path) -> None:
    app = make_app(hostile_brief(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        screen = app.main
        header = str(screen.query_one("#header").content)
        assert "Title [b]bold?[/b]" in header
        assert "\x1b" not in header and "\x07" not in header
        quote = screen.pane("quotes").options[0].prompt.plain
        assert "[bold red]boom[/] and [link=http://x]click[/link]" in quote
        assert "[i]Nobody[/i]" in quote
        await pilot.press("s", "tab", "tab", "enter")
        source = screen.source
        shown = "".join(
            segment.text for y in range(source.size.height) for segment in source.render_line(y)
        )
        assert "[bold red]boom[/]" in shown
        assert "\x1b" not in shown
        assert len(source.text) == len(ARTICLE), "masking keeps every offset"
        assert source.lit_text() == "[bold red]boom[/] and [link=http://x]click[/link]"


@pilot_test
async def test_markup_in_an_actor_name_stays_literal_in_the_filter_titles(tmp_path: Path) -> None:
    app = make_app(hostile_brief(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("tab", "enter")
        assert app.main.view.actor_id == "a1"
        assert app.main.pane("quotes")._border_subtitle.plain == "[b]She[/b] only · esc"
        assert "filter: [b]She[/b]" in str(app.main.query_one("#header").content)


@pilot_test
async def test_markup_in_a_file_name_stays_literal_in_the_error(tmp_path: Path) -> None:
    bad = tmp_path / "[red]bad.yaml"
    bad.write_text("schema: nonsense\n", encoding="utf-8")
    app = make_app(bad)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        shown = app.main.query_one("#error").visual
        assert "[red]bad.yaml" in shown.plain


@pilot_test
async def test_an_empty_brief_takes_every_key_without_failing(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    empty = Source(id="s1", sha256="0" * 64, words=2, text="Nothing here.")
    dump_brief(Brief(title="Nothing here", sources=[empty]), path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("tab", "enter", "c", "s", "tab", "tab", "tab", "tab", "tab", "enter", "j", "G", "c")
        await pilot.press("slash", "x", "enter", "n", "N", "escape", "question_mark", "escape")
        assert app.is_running
        for pane in ("summary", "actors"):
            widget = app.main.pane(pane)
            assert widget.rows == [] and widget.option_count == 1
            assert str(widget.get_option_at_index(0).prompt).startswith(f"No {pane} found")
