"""A local HTTP server on 127.0.0.1 for the URL and feed tests: pages, redirects, slow and huge
responses, wrong types, errors.  Nothing here reaches beyond this machine."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from page_helpers import news_page, rss_feed

#: Routes that tests can add to: path -> (status, headers, body).
ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/story": (200, {"Content-Type": "text/html; charset=utf-8"}, news_page().encode("utf-8")),
    "/plain": (200, {"Content-Type": "text/plain; charset=utf-8"}, b"The council voted on Tuesday to close the bridge.\n"),
    "/moved": (301, {"Location": "/story"}, b""),
    "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n"),
    "/photo": (200, {"Content-Type": "image/jpeg"}, b"\xff\xd8\xff"),
    "/pdf-called-html": (200, {"Content-Type": "text/html"}, b"%PDF-1.4\n1 0 obj"),
    "/missing": (404, {"Content-Type": "text/html"}, b"<html><body>Not here</body></html>"),
    "/down": (503, {"Content-Type": "text/html"}, b"<html><body>Try later</body></html>"),
    "/declared-huge": (200, {"Content-Type": "text/html", "Content-Length": str(50 * 1024 * 1024)}, b""),
}
#: User agents the server saw, in order.
SEEN_AGENTS: list[str] = []


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path.startswith("/loop/"):
            self._send(302, {"Location": f"/loop/{int(path.rsplit('/', 1)[1]) + 1}"}, b"")
        elif path == "/feed.xml":
            feed = rss_feed(f"http://{self.headers.get('Host')}/story").encode("utf-8")
            self._send(200, {"Content-Type": "application/rss+xml; charset=utf-8"}, feed)
        elif path == "/slow":
            time.sleep(3)
            self._send(200, {"Content-Type": "text/html"}, b"<html><body><p>late</p></body></html>")
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"<p>a</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
            try:
                for _ in range(400):  # 4 MB at most, far past the cap the tests set
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path in ROUTES:
            self._send(*ROUTES[path])
        else:
            self._send(404, {"Content-Type": "text/plain"}, b"no such page")

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """The base URL of a server on 127.0.0.1 (a free port), stopped after the session."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short timeouts and a 1 MB cap, so slow and huge responses fail in a second."""
    monkeypatch.setattr("briefing.sources.web.CONNECT_TIMEOUT", 1.0)
    monkeypatch.setattr("briefing.sources.web.READ_TIMEOUT", 0.5)
    monkeypatch.setattr("briefing.sources.web.TOTAL_TIMEOUT", 1.5)
    monkeypatch.setattr("briefing.sources.MAX_ARTICLE_BYTES", 1024 * 1024)
