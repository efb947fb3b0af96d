"""``o``, ``e`` and ``c`` as a reader meets them: a failed open changes nothing, a good one starts
clean; paths complete with tab; export asks before replacing a file; copy says how it copied."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tui_helpers import SAMPLE, loaded, pilot_test, sample_app

from briefing.tui.clipboard import copy
from briefing.tui.screens.main import MainScreen
from briefing.tui.screens.prompt import Confirm, PathPrompt, complete
from briefing.tui.widgets.footer import KeyBar


def header(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.main.query_one("#header").visual.plain)


@pilot_test
async def test_a_failed_open_leaves_the_brief_and_its_header_as_they_were(tmp_path: Path) -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        before = header(app)
        app.open_path(str(tmp_path / "missing.txt"))
        await loaded(pilot)
        assert header(app) == before and "missing.txt" not in header(app)
        assert app.target.path == SAMPLE, "a later --watch or reload still means the brief shown"
        assert any(n.severity == "error" and "missing.txt" in str(n.message) for n in app._notifications)


@pilot_test
async def test_a_good_open_starts_at_the_top_with_no_filter_or_search(tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(SAMPLE.read_text(encoding="utf-8").replace("title: Harbour council", "title: Another council"))
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("tab", "j", "j", "enter")  # the third actor chosen as a filter
        app.main.run_search("ferry")
        await pilot.pause()
        assert app.main.view.actor_id is not None and app.main.query_text
        app.open_path(str(other))
        await loaded(pilot)
        assert "Another council" in header(app)
        main = app.main
        assert main.view.actor_id is None and main.query_text == "" and main.matches == []
        assert all(main.pane(p).highlighted in (0, None) for p in ("summary", "actors", "quotes", "timeline", "figures"))
        assert not main.query_one("#status").display


def test_paths_complete_from_the_folder(tmp_path: Path) -> None:
    (tmp_path / "harbour-story.txt").write_text("x")
    (tmp_path / "harbour-story.yaml").write_text("x")
    (tmp_path / "notes").mkdir()
    base = str(tmp_path)
    assert complete(f"{base}/har") == f"{base}/harbour-story."
    assert complete(f"{base}/harbour-story.y") == f"{base}/harbour-story.yaml"
    assert complete(f"{base}/no") == f"{base}/notes/"
    assert complete(f"{base}/zzz") is None
    assert complete(f"{base}/") is None, "several names and nothing typed: nothing to prefer"


@pilot_test
async def test_tab_in_the_open_prompt_completes_the_path(tmp_path: Path) -> None:
    (tmp_path / "harbour-story.txt").write_text("x")
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("o")
        assert isinstance(app.screen, PathPrompt)
        field = app.screen.query_one("#path")
        field.value = f"{tmp_path}/harb"
        await pilot.pause(0.2)
        await pilot.press("tab")
        assert field.value == f"{tmp_path}/harbour-story.txt"


@pilot_test
async def test_export_asks_before_replacing_a_file(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("keep me", encoding="utf-8")
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.export_to(str(target))
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and target.read_text(encoding="utf-8") == "keep me"
        app.export_to(str(target))
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith("# Harbour council")


@pilot_test
async def test_the_footer_shows_the_keys_a_reader_needs_at_80_columns() -> None:
    app = sample_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        bar = app.main.query_one(KeyBar)
        shown = bar.render().plain
        for words in ("⏎ Select", "tab Pane", "s Source", "/ Search", "c Copy", "e Export", "o Open", "q Quit", "? Help"):
            assert words in shown, words
        assert bar.keys[-1].end <= 80


@pilot_test
async def test_the_palette_offers_one_theme_command() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen) if c.discover]
        assert [t for t in titles if "theme" in t.lower()] == ["Theme"]


def test_copy_outside_tmux_uses_the_terminal() -> None:
    sent: list[str] = []
    assert copy("x", sent.append, environ={}, which=lambda name: None) == "the terminal (OSC 52)"
    assert sent == ["x"]


def test_copy_inside_tmux_uses_a_clipboard_program_and_says_which() -> None:
    ran: list[list[str]] = []

    def run(argv, **kwargs):  # type: ignore[no-untyped-def]
        ran.append(argv)
        assert kwargs["input"] == b"words"

    env = {"TMUX": "/tmp/tmux-0/default,1,0", "DISPLAY": ":0"}
    assert copy("words", lambda t: None, environ=env, which=lambda n: f"/usr/bin/{n}", run=run) == "xclip"
    assert ran == [["xclip", "-selection", "clipboard"]]


def test_copy_inside_tmux_without_a_clipboard_program_fills_the_tmux_buffer() -> None:
    ran: list[list[str]] = []
    env = {"TMUX": "/tmp/tmux-0/default,1,0"}
    which = {"tmux": "/usr/bin/tmux"}.get
    assert copy("w", lambda t: None, environ=env, which=which, run=lambda argv, **k: ran.append(argv)) == "tmux's paste buffer"
    assert ran == [["tmux", "load-buffer", "-"]]


def test_copy_inside_tmux_says_when_only_the_terminal_was_tried() -> None:
    def fails(argv, **kwargs):  # type: ignore[no-untyped-def]
        raise subprocess.CalledProcessError(1, argv)

    way = copy("w", lambda t: None, environ={"TMUX": "x"}, which=lambda n: "/bin/" + n, run=fails)
    assert way.startswith("the terminal (OSC 52; inside tmux")
