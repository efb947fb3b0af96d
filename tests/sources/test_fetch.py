"""URLs: fetched from a local server with limits; every failure is one line that says what happened."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from http_helpers import SEEN_AGENTS
from page_helpers import CANONICAL, HEADLINE, PUBLISHED, clean_text

from briefing.batch import compile_path
from briefing.cli import cli
from briefing.errors import BriefingError
from briefing.sources import compile_url, read_article

pytestmark = pytest.mark.usefixtures("quick")


def _refusal(url: str) -> str:
    with pytest.raises(BriefingError) as caught:
        read_article(url)
    message = caught.value.message
    assert message.startswith(f"{url}: ") and "\n" not in message
    return message


def test_a_page_url_is_fetched_and_read_like_the_saved_page(server: str) -> None:
    article = read_article(f"{server}/story")
    assert article.text == clean_text() and article.title == HEADLINE and article.published == PUBLISHED
    assert article.url == CANONICAL


def test_the_user_agent_names_briefing(server: str) -> None:
    read_article(f"{server}/plain")
    assert SEEN_AGENTS[-1].startswith("briefing/")


def test_a_redirect_is_followed(server: str) -> None:
    assert read_article(f"{server}/moved").title == HEADLINE


def test_too_many_redirects_are_refused(server: str) -> None:
    assert "too many redirects" in _refusal(f"{server}/loop/0")


def test_a_slow_server_times_out(server: str) -> None:
    assert "timed out" in _refusal(f"{server}/slow")


def test_a_trickling_server_hits_the_overall_deadline(server: str) -> None:
    assert "timed out" in _refusal(f"{server}/trickle")


def test_a_huge_body_is_refused_whether_declared_or_streamed(server: str) -> None:
    assert "too large" in _refusal(f"{server}/declared-huge")
    assert "too large" in _refusal(f"{server}/endless")


@pytest.mark.parametrize(("path", "said"), [("/report.pdf", "is application/pdf"), ("/photo", "is image/jpeg")])
def test_wrong_content_types_are_refused_before_reading(server: str, path: str, said: str) -> None:
    assert said in _refusal(f"{server}{path}")


def test_a_pdf_served_as_html_is_still_refused_by_its_bytes(server: str) -> None:
    assert "is a PDF document" in _refusal(f"{server}/pdf-called-html")


def test_not_found_and_server_errors_say_the_status(server: str) -> None:
    assert _refusal(f"{server}/missing").endswith("not found (HTTP 404)")
    assert "HTTP 503" in _refusal(f"{server}/down")


def test_an_unknown_host_is_a_dns_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    assert "host not found" in _refusal("http://news.tidewater.example/story")


def test_https_to_a_plain_http_server_is_a_tls_error(server: str) -> None:
    assert "TLS error" in _refusal(server.replace("http://", "https://") + "/story")


def test_a_closed_port_is_connection_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert "connection refused" in _refusal(f"http://127.0.0.1:{port}/story")


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/story.txt", "file:///etc/passwd"])
def test_only_http_and_https_are_fetched(url: str) -> None:
    assert "only http:// and https://" in _refusal(url)


def test_compile_url_and_save_page_keep_what_was_fetched(server: str, tmp_path: Path) -> None:
    brief = compile_url(f"{server}/story", save_page=str(tmp_path))
    saved = tmp_path / "story.html"
    assert saved.exists() and brief.title == HEADLINE
    offline = compile_path(str(saved)).brief
    assert offline is not None and offline.quotes == brief.quotes
    assert offline.sources[0].text == brief.sources[0].text


def test_the_cli_compiles_and_prints_a_url(server: str, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["compile", f"{server}/story", "--save-page", str(tmp_path / "pages")])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["title"] == HEADLINE and (tmp_path / "pages" / "story.html").exists()
    shown = runner.invoke(cli, ["markdown", f"{server}/story"])
    assert shown.exit_code == 0 and HEADLINE in shown.stdout


def test_the_cli_says_a_failed_fetch_in_one_line(server: str) -> None:
    result = CliRunner().invoke(cli, ["print", f"{server}/missing"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"briefing: error: {server}/missing: not found (HTTP 404)"]


def test_several_urls_compile_in_a_batch(server: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["compile", f"{server}/story", f"{server}/plain", f"{server}/missing", "--out", str(tmp_path), "-j", "1"]
    )
    assert result.exit_code == 1 and "not found (HTTP 404)" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.yaml", "story.yaml"]


def test_the_tui_opens_a_url_from_the_command_line_and_the_open_prompt(server: str) -> None:
    from briefing.tui.launch import make_app
    from briefing.tui.loading import load, target_for

    app = make_app(f"{server}/story")
    assert app.target.url == f"{server}/story" and app.target.path is None and app.target.label == f"{server}/story"
    assert load(target_for(f"{server}/story")).title == HEADLINE
    assert target_for("~/story.html").path == Path.home() / "story.html"


def test_the_package_exports_compile_url_lazily(server: str) -> None:
    import briefing

    assert "compile_url" in briefing.__all__ and briefing.compile_url(f"{server}/story").title == HEADLINE
