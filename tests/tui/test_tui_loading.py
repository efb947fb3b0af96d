"""Loading: a worker compiles while the screen is up; errors are messages; --watch reloads."""

import io
import os
import sys
from pathlib import Path

from textual.widgets import Static
from tui_helpers import SAMPLE, loaded, pilot_test, until

from briefing.resources import seed_path
from briefing.tui import loading
from briefing.tui.launch import make_app
from briefing.tui.loading import Target, load, stamp
from briefing.tui.screens.main import SPINNER_AFTER


def test_a_brief_file_is_loaded_and_an_article_is_compiled(tmp_path: Path, monkeypatch) -> None:
    assert load(Target(SAMPLE)).title.startswith("Harbour council")
    article = tmp_path / "a.txt"
    article.write_text("Some words here.\n", encoding="utf-8")
    seen = {}

    def fake_compile(text: str, **options):
        seen.update(text=text, **options)
        return load(Target(SAMPLE))

    monkeypatch.setattr("briefing.compile.compile_text", fake_compile)
    load(Target(article, published="2026-01-02"))
    assert {key: seen[key] for key in ("text", "published", "path")} == {
        "text": "Some words here.\n",
        "published": "2026-01-02",
        "path": str(article),
    }


def test_stamp_changes_when_the_file_does(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("one", encoding="utf-8")
    before = stamp(path)
    path.write_text("one two", encoding="utf-8")
    assert stamp(path) != before
    assert stamp(tmp_path / "gone.txt") is None
    assert stamp(None) is None


def test_stdin_is_read_before_the_app_starts(monkeypatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(b"Words from a pipe.\n")

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    monkeypatch.setattr(sys, "__stdin__", type("Tty", (), {"isatty": staticmethod(lambda: True)})())
    target = loading.read_stdin_target("2026-01-02")
    assert target.stdin_article is not None
    assert (target.path, target.stdin_article.text, target.published) == (None, "Words from a pipe.\n", "2026-01-02")


@pilot_test
async def test_unreadable_stdin_makes_the_app_exit_with_status_one(monkeypatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(b"   \n")

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    app = make_app(Path("-"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
    assert app.return_code == 1


def test_unreadable_stdin_never_starts_the_ui(monkeypatch, capsys) -> None:
    class FakeStdin:
        buffer = io.BytesIO(b"")

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    app = make_app(Path("-"))
    app.run()
    assert app.return_code == 1
    assert capsys.readouterr().err == "briefing: error: <stdin>: the article is empty\n"


@pilot_test
async def test_an_invalid_brief_shows_its_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: briefing/1\ntitle: 3\n", encoding="utf-8")
    app = make_app(bad)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        error = app.main.query_one("#error", Static)
        assert error.display
        message = str(error.content)
        assert message.startswith("briefing: ") and str(bad) in message and "\n" not in message
        await pilot.press("q")
    assert app.return_code == 0


@pilot_test
async def test_the_screen_is_up_before_the_brief_and_shows_it_loading(tmp_path: Path, monkeypatch) -> None:
    import threading

    release = threading.Event()
    real_load = loading.load

    def slow_load(target, warn=None):
        release.wait(60)  # released below; the bound only keeps a broken test from hanging
        return real_load(target, warn)

    monkeypatch.setattr("briefing.tui.loading.load", slow_load)
    app = make_app(SAMPLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        header = str(app.main.query_one("#header").visual.plain)
        assert f"loading {SAMPLE}" in header, "said at once; the spinner only comes for a load that takes a while"
        await pilot.pause(SPINNER_AFTER)
        await until(pilot, lambda: app.main.query_one("#main").loading)  # a busy machine runs timers late
        assert app.main.query_one("#main").loading
        assert app.brief is None
        header = str(app.main.query_one("#header").visual.plain)
        assert f"loading {SAMPLE}" in header and "KB" in header, "what is loading, and how big"
        await until(pilot, lambda: " s" in str(app.main.query_one("#header").visual.plain).rsplit("·", 1)[-1], 10)
        assert " s" in str(app.main.query_one("#header").visual.plain).rsplit("·", 1)[-1], "seconds so far"
        release.set()
        await loaded(pilot)
        assert not app.main.query_one("#main").loading
        assert app.brief is not None
        assert app.main._ticker is None, "the clock stops with the load"


@pilot_test
async def test_watch_recompiles_when_the_file_changes(tmp_path: Path) -> None:
    path = tmp_path / "brief.yaml"
    text = SAMPLE.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    app = make_app(path, watch=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        assert app.brief.title.startswith("Harbour council")
        path.write_text(text.replace("title: Harbour council", "title: Changed council"), encoding="utf-8")
        os.utime(path, ns=(1, 1))
        await pilot.pause(app.POLL_SECONDS * 2.5)
        await loaded(pilot)
        assert app.brief.title.startswith("Changed council")


PAGE = (
    "<!DOCTYPE html><html lang='en'><head><title>{title} | Quay News</title>"
    "<meta property='og:title' content='{title}'></head><body><nav><a href='/'>Home</a></nav><article>"
    "<h1>{title}</h1><p>The harbour council voted on Tuesday to close the old bridge to all traffic after "
    "engineers found cracks in its piers.</p><p>\"It is not safe,\" said council leader Ana Ruiz.</p>"
    "</article><footer>Quay News</footer></body></html>"
)


@pilot_test
async def test_watch_on_a_saved_page_recompiles_its_main_text(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(PAGE.format(title="Council shuts the old bridge"), encoding="utf-8")
    app = make_app(path, watch=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        assert app.brief.title == "Council shuts the old bridge"
        path.write_text(PAGE.format(title="Council reopens the old bridge"), encoding="utf-8")
        os.utime(path, ns=(1, 1))
        await pilot.pause(app.POLL_SECONDS * 2.5)
        await loaded(pilot)
        assert app.brief.title == "Council reopens the old bridge"
        assert "<" not in app.brief.sources[0].text


@pilot_test
async def test_a_broken_edit_under_watch_keeps_the_last_good_brief(tmp_path: Path) -> None:
    path = tmp_path / "brief.yaml"
    path.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    app = make_app(path, watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        path.write_text("schema: nonsense\n", encoding="utf-8")
        app.poll()
        await loaded(pilot)
        assert app.main.query_one("#main").display
        assert len(app.main.pane("quotes").rows) == 3
        assert any(n.severity == "error" for n in app._notifications)


@pilot_test
async def test_the_seed_article_opens_with_its_panes_filled() -> None:
    app = make_app(seed_path())
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert app.brief is not None
        assert app.main.pane("summary").option_count > 0
        assert "Erdogan" in app.brief.text_of("s1")
        await pilot.press("s", "tab", "enter")
        await pilot.press("q")
    assert app.return_code == 0


GERMAN = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Mühlenbrücke für den gesamten Verkehr zu sperren, "
    "nachdem Ingenieure tiefe Risse in zwei ihrer Pfeiler entdeckt hatten. Die Arbeiten werden mehr als vier "
    "Millionen Euro kosten und mindestens achtzehn Monate dauern, heißt es in einem Bericht an die Stadträte.\n"
)


@pilot_test
async def test_an_article_that_is_not_english_opens_with_the_warning_as_a_notification(tmp_path: Path) -> None:
    path = tmp_path / "bruecke.txt"
    path.write_text(GERMAN, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        assert app.brief is not None
        (note,) = [n for n in app._notifications if n.severity == "warning"]
        assert "bruecke.txt: the text does not look like English" in str(note.message)
        await pilot.press("q")


@pilot_test
async def test_an_english_article_opens_without_a_language_warning() -> None:
    app = make_app(seed_path())
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        assert app.brief is not None
        assert not [n for n in app._notifications if "English" in str(n.message)]
        await pilot.press("q")


def test_a_stdin_article_that_is_not_english_is_warned_about_too() -> None:
    from briefing.sources import Article

    heard: list[str] = []
    load(Target(None, Article(text=GERMAN)), heard.append)
    assert len(heard) == 1 and heard[0].startswith("<stdin>: the text does not look like English")
