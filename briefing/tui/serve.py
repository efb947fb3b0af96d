"""``briefing serve``: the terminal UI in a web browser, through textual-serve, on 127.0.0.1.

Each browser tab that connects gets its own ``briefing open`` process.  textual-serve's page
asks a web font service for its font; briefing works offline and reads articles people may not
want announced, so the page is served from a copy of textual-serve's template without that
request (the terminal then uses the browser's monospace font).
"""

from __future__ import annotations

import re
import shlex
import sys
import tempfile
from pathlib import Path

#: Only this machine: the served UI can open any file the user can read.
HOST = "127.0.0.1"

_REMOTE_LINK = re.compile(r"<link[^>]*\bhref=\"https?://[^\"]*\"[^>]*>", re.S)


def command(target: str, theme: str | None, published: str | None) -> str:
    """The shell command textual-serve runs per connection: this Python, ``briefing open``."""
    argv = [sys.executable, "-m", "briefing", "open", target]
    if theme:
        argv += ["--theme", theme]
    if published:
        argv += ["--published", published]
    return shlex.join(argv)


def offline_templates(into: Path) -> Path:
    """textual-serve's page template without requests to other hosts, written into ``into``."""
    import textual_serve

    page = (Path(textual_serve.__file__).parent / "templates" / "app_index.html").read_text(encoding="utf-8")
    (into / "app_index.html").write_text(_REMOTE_LINK.sub("", page), encoding="utf-8")
    return into


def serve(target: str, *, port: int, theme: str | None = None, published: str | None = None) -> None:
    """Serve the UI for ``target`` on http://127.0.0.1:``port`` until interrupted."""
    from textual_serve.server import Server

    with tempfile.TemporaryDirectory(prefix="briefing-serve-") as folder:
        server = Server(
            command(target, theme, published),
            host=HOST,
            port=port,
            title=f"briefing — {Path(target).name}",
            templates_path=offline_templates(Path(folder)),
        )
        server.serve()
