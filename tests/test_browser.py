"""The brief in a browser, checked in headless Chromium: ``briefing html`` (one self-contained
page: the panes, the source text, evidence lit on click, no network, no script from the article)
and ``briefing serve`` (the TUI through textual-serve on 127.0.0.1).

Chromium comes from the system packages (``.ci/run`` installs Debian's ``chromium``); it is
driven with playwright's Python package and never downloaded by playwright.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli

CHROMIUM = os.environ.get("BRIEFING_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (the test extra) is not installed")
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}: apt-get install chromium")

HOSTILE = (
    'Protesters chanted "<script>window.pwned = 1</script>" outside the hall. '
    '<img src=x onerror="window.pwned = 2"> The mayor, Ana Ruiz, said the \U0001f30a flood wall '
    '"will hold back the sea" when it opens in 2027.\n\n'
    + "The council met again to go over the budget and the timetable. " * 40
    + '\n\n"We did what we promised," Ruiz said on Tuesday.\n'
)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    article = tmp_path / "story.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "brief.html"
    result = CliRunner().invoke(cli, ["html", str(article), "-o", str(out), "--published", "2026-03-05"])
    assert result.exit_code == 0, result.stderr
    return out


def open_page(browser, url: str):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    page.wait_for_load_state("load")
    return page, requests


def test_the_page_shows_the_panes_and_the_source_and_needs_no_network(browser, page_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, requests = open_page(browser, page_file.as_uri())
    titles = page.eval_on_selector_all("section h2", "els => els.map(e => e.textContent.split(' (')[0])")
    assert {"Summary", "Actors", "Quotes"} <= set(titles)
    source = page.inner_text("pre.source")
    assert "<script>window.pwned = 1</script>" in source, "article markup is shown as text"
    assert "\U0001f30a" in source
    assert requests == [page_file.as_uri()], "nothing but the page itself is loaded"
    shot = page.screenshot(path=str(tmp_path / "page.png"))
    assert len(shot) > 10_000
    page.close()


def test_no_script_from_the_article_runs(browser, page_file: Path) -> None:  # type: ignore[no-untyped-def]
    page, _ = open_page(browser, page_file.as_uri())
    page.click("section[aria-label=Quotes] li")
    assert page.evaluate("() => window.pwned") is None
    assert page.eval_on_selector_all("pre.source script, pre.source img", "els => els.length") == 0
    page.close()


def test_a_click_lights_the_items_evidence_and_brings_it_into_view(browser, page_file: Path) -> None:  # type: ignore[no-untyped-def]
    page, _ = open_page(browser, page_file.as_uri())
    quotes = page.locator("section[aria-label=Quotes] li")
    last = quotes.nth(quotes.count() - 1)
    last.click()
    lit = page.eval_on_selector_all("pre.source .lit", "els => els.map(e => e.textContent)")
    assert lit[0] == "We did what we promised,"
    assert last.get_attribute("aria-current") == "true"
    pane = page.locator(".source-pane").bounding_box()
    mark = page.locator("pre.source .lit").first.bounding_box()
    assert pane and mark and pane["y"] <= mark["y"] <= pane["y"] + pane["height"], "scrolled into the pane"
    quotes.filter(has_text="hold back the sea").first.click()
    lit = page.eval_on_selector_all("pre.source .lit", "els => els.map(e => e.textContent)")
    assert "will hold back the sea" in lit and "We did what we promised," not in lit, "one item lit at a time"
    page.close()


def test_evidence_after_an_emoji_is_lit_at_the_right_characters(browser, page_file: Path) -> None:  # type: ignore[no-untyped-def]
    """The emoji is one code point in Python and two UTF-16 units in JavaScript: the page cuts
    the text where Python counts, so what is lit after it is still exactly the quote."""
    page, _ = open_page(browser, page_file.as_uri())
    page.locator("section[aria-label=Quotes] li", has_text="hold back the sea").first.click()
    lit = page.eval_on_selector_all("pre.source .lit", "els => els.map(e => e.textContent)")
    assert "will hold back the sea" in lit, lit
    page.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_shows_the_tui_in_the_browser_from_127_0_0_1_only(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "story.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    server = subprocess.Popen(
        [sys.executable, "-m", "briefing", "serve", str(article), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    assert response.status == 200
                    break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
                assert time.monotonic() < deadline, "the server did not come up"
                time.sleep(0.3)
        page, requests = open_page(browser, f"http://127.0.0.1:{port}/")
        page.wait_for_selector(".textual-terminal.-connected", timeout=30_000)
        page.wait_for_selector("body.-first-byte", timeout=60_000)  # the app's first output arrived
        deadline = time.monotonic() + 60
        while len(page.screenshot(path=str(tmp_path / "serve.png"))) < 20_000:
            assert time.monotonic() < deadline, "the terminal drew nothing"
            page.wait_for_timeout(1000)
        assert all(u.startswith(f"http://127.0.0.1:{port}/") or u.startswith("ws://127.0.0.1") for u in requests), requests
        page.close()
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=10)
