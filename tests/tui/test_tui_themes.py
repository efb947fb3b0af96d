"""Theme files become Textual themes; --theme and the palette choose; bad files never crash."""

from pathlib import Path

from tui_helpers import loaded, pilot_test, sample_app

from briefing.themes import ThemeSpec
from briefing.tui.theming import choose, load_themes, to_textual


def write_theme(folder: Path, name: str, body: str) -> Path:
    themes = folder / "briefing" / "themes"
    themes.mkdir(parents=True, exist_ok=True)
    path = themes / f"{name}.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_spec_becomes_a_textual_theme_with_its_colours() -> None:
    theme = to_textual(ThemeSpec("paper", False, {"primary": "#112233", "accent": "#aa0000"}))
    assert (theme.name, theme.primary, theme.accent, theme.dark) == ("paper", "#112233", "#aa0000", False)


def test_shipped_themes_load_without_errors() -> None:
    themes, errors = load_themes()
    assert {"briefing-dark", "briefing-light"} <= {t.name for t in themes}
    assert errors == []


def test_an_unknown_theme_name_falls_back_to_the_default_with_a_message() -> None:
    assert choose("briefing-light", ["briefing-dark", "briefing-light"]) == ("briefing-light", None)
    name, problem = choose("neon", ["briefing-dark"])
    assert name == "briefing-dark"
    assert "neon" in problem


@pilot_test
async def test_theme_option_starts_in_that_theme() -> None:
    app = sample_app(theme="briefing-light")
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        assert app.theme == "briefing-light"
        assert not app.current_theme.dark


@pilot_test
async def test_user_theme_files_are_offered(no_user_themes: Path) -> None:
    write_theme(no_user_themes, "ocean", "name: ocean\ndark: true\nprimary: '#0077aa'\n")
    app = sample_app(theme="ocean")
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        assert app.theme == "ocean"
        assert "ocean" in app.briefing_themes


@pilot_test
async def test_a_bad_theme_file_gives_one_notification_and_the_default(no_user_themes: Path) -> None:
    write_theme(no_user_themes, "broken", "name: broken\nprimary: not-a-colour\n")
    write_theme(no_user_themes, "worse", "name: [unclosed\n")
    app = sample_app(theme="broken")
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        assert app.theme == "briefing-dark"
        notes = list(app._notifications)
        assert len(notes) == 1
        assert "broken" in notes[0].message and "worse" in notes[0].message


@pilot_test
async def test_the_palette_switches_theme() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"theme")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "briefing-light"
