"""The shipped themes are legible: every text colour on every background it is drawn on reaches
WCAG AA's 4.5:1, computed from the theme files themselves."""

from __future__ import annotations

import pytest

from briefing.resources import themes_dir
from briefing.themes import CONTRAST_PAIRS, ThemeSpec, blend, contrast, parse_theme

SHIPPED = sorted(themes_dir().glob("*.yaml"))


def test_both_themes_ship() -> None:
    assert {p.stem for p in SHIPPED} >= {"briefing-dark", "briefing-light"}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_highlight_label_and_accent_reaches_4_5_to_1(path) -> None:  # type: ignore[no-untyped-def]
    spec = parse_theme(path)
    weak = [
        f"{text} {spec.color(text)} on {ground} {spec.color(ground)} ({where}): {contrast(spec.color(text), spec.color(ground)):.2f}"
        for text, ground, where in CONTRAST_PAIRS
        if contrast(spec.color(text), spec.color(ground)) < 4.5
    ]
    assert not weak, "\n".join(weak)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_the_shipped_themes_name_every_colour_they_are_measured_on(path) -> None:  # type: ignore[no-untyped-def]
    spec = parse_theme(path)
    named = {key for pair in CONTRAST_PAIRS for key in pair[:2]}
    assert named <= set(spec.colors), "a derived colour would be measured, not the file's"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_lit_text_stands_out_from_the_pane(path) -> None:  # type: ignore[no-untyped-def]
    spec = parse_theme(path)
    for ground in ("cursor", "evidence", "mention"):
        assert spec.color(ground) != spec.color("surface")
    assert len({spec.color(k) for k in ("cursor", "evidence", "mention")}) == 3


def test_contrast_is_the_wcag_ratio() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#777777") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_a_theme_without_highlight_colours_gets_them_made_from_its_own() -> None:
    spec = ThemeSpec("mine", True, {"primary": "#336699", "surface": "#000000", "accent": "#ff0000", "foreground": "#ffffff"})
    assert spec.color("evidence") == blend("#ff0000", "#000000", 0.35) == "#590000"
    assert spec.color("muted") == blend("#ffffff", "#000000", 0.7)
