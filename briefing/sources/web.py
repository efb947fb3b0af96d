"""Fetching a URL: http and https only, bounded in time, size and redirects, one line per failure.

This is the only module that touches the network, and only when the user names a URL; compiling
stays offline.  httpx does the HTTP: connect and read timeouts, a redirect limit, certificate
checks.  On top: a user agent that names briefing, an overall deadline (a server trickling one
byte a second never trips a read timeout), a size cap read from the stream (a lying or missing
Content-Length does not matter), and a content-type check, so a PDF link is refused before its
bytes are read.  Each failure is said as the user needs it: host not found, timed out, HTTP 404,
too large, not a web page, TLS.
"""

from __future__ import annotations

import hashlib
import os
import re
import ssl
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from briefing import __version__
from briefing.errors import BriefingError
from briefing.sources.base import Raw

#: Seconds to open the connection, to wait for each read, and for the whole response.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
TOTAL_TIMEOUT = 60.0
MAX_REDIRECTS = 5
USER_AGENT = f"briefing/{__version__} (news brief compiler; +https://pypi.org/project/briefing/)"
#: Media types that can hold an article or a feed; a missing type is left to the sniffer.
ACCEPTED = frozenset(
    """text/html application/xhtml+xml text/plain application/rss+xml application/atom+xml
    application/rdf+xml application/xml text/xml application/x-rss+xml""".split()
)
_ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/*;q=0.8"
_DNS_WORDS = ("name or service not known", "nodename nor servname", "getaddrinfo", "name resolution", "no address")


def fetch(url: str, *, max_bytes: int) -> Raw:
    """The bytes at ``url`` and what the server said they are; a :class:`BriefingError` otherwise."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise BriefingError(f"{url}: only http:// and https:// addresses are fetched")
    if not parts.hostname:
        raise BriefingError(f"{url}: the address names no host")
    timeout = httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT)
    headers = {"User-Agent": USER_AGENT, "Accept": _ACCEPT}
    deadline = time.monotonic() + TOTAL_TIMEOUT
    try:
        with httpx.Client(
            follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout, headers=headers, trust_env=False
        ) as client:
            with client.stream("GET", url) as response:
                _check(url, response, max_bytes)
                data = _body(url, response, max_bytes, deadline)
                media_type, charset = _media(response)
                final = str(response.url)
    except httpx.TooManyRedirects:
        raise BriefingError(f"{url}: too many redirects (more than {MAX_REDIRECTS})") from None
    except httpx.ConnectTimeout:
        raise BriefingError(f"{url}: timed out connecting after {CONNECT_TIMEOUT:g} s") from None
    except httpx.TimeoutException:
        raise BriefingError(f"{url}: timed out waiting for the server ({READ_TIMEOUT:g} s)") from None
    except httpx.UnsupportedProtocol:
        raise BriefingError(f"{url}: redirected to an address that is not http or https") from None
    except httpx.HTTPError as exc:
        raise BriefingError(f"{url}: {_reason(exc)}") from None
    return Raw(data, url, url=final, media_type=media_type, charset=charset)


def _check(url: str, response: httpx.Response, max_bytes: int) -> None:
    """Refuse by the headers alone: an error status, a type that is no page, a declared huge size."""
    if response.status_code == 404 or response.status_code == 410:
        raise BriefingError(f"{url}: not found (HTTP {response.status_code})")
    if response.status_code >= 400:
        raise BriefingError(f"{url}: the server answered HTTP {response.status_code} {response.reason_phrase}".rstrip())
    media_type, _ = _media(response)
    if media_type and media_type not in ACCEPTED:
        raise BriefingError(f"{url}: is {media_type}, not a web page, feed or text")
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise BriefingError(f"{url}: too large ({int(length) / 1048576:.1f} MB; the limit is {max_bytes / 1048576:g} MB)")


def _body(url: str, response: httpx.Response, max_bytes: int, deadline: float) -> bytes:
    """The body, stopped at ``max_bytes`` and at the deadline whatever the headers said."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise BriefingError(f"{url}: too large (more than {max_bytes / 1048576:g} MB)")
        if time.monotonic() > deadline:
            raise BriefingError(f"{url}: timed out: the page took more than {TOTAL_TIMEOUT:g} s to arrive")
        chunks.append(chunk)
    return b"".join(chunks)


def _media(response: httpx.Response) -> tuple[str | None, str | None]:
    """The media type (lower case) and charset the Content-Type header gives, if any."""
    header = response.headers.get("content-type", "")
    media = header.split(";", 1)[0].strip().lower() or None
    return media, response.charset_encoding


def _reason(exc: httpx.HTTPError) -> str:
    """One line for a transport failure: DNS, TLS, refused, reset, or what httpx said."""
    chain: list[BaseException] = []
    node: BaseException | None = exc
    while node is not None and len(chain) < 8:
        chain.append(node)
        node = node.__cause__ or node.__context__
    text = " ".join(str(e) for e in chain).lower()
    if any(isinstance(e, ssl.SSLError) for e in chain) or "ssl" in text or "certificate" in text:
        detail = next((str(e) for e in chain if isinstance(e, ssl.SSLError)), str(exc))
        return f"TLS error: {' '.join(detail.split())[:160]}"
    if any(word in text for word in _DNS_WORDS):
        return "host not found (DNS lookup failed)"
    if "refused" in text:
        return "connection refused"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the server closed the connection or answered malformed HTTP"
    return f"cannot fetch: {' '.join(str(exc).split())[:160] or type(exc).__name__}"


def save_page(raw: Raw, directory: str, suffix: str) -> Path:
    """Keep what was fetched in ``directory`` (``--save-page``), atomically; return the file.

    The name comes from the URL (its path's last part, else the host; a query adds a short hash),
    so fetching the same URL again replaces its copy, and ``compile`` or ``--watch`` can be run on
    the saved page later, offline.
    """
    parts = urlsplit(raw.url or raw.name)
    stem = Path(parts.path.rstrip("/")).stem or (parts.hostname or "page")
    stem = re.sub(r"[^\w.-]+", "-", stem).strip(".-")[:80] or "page"
    if parts.query:
        stem += "-" + hashlib.sha1(parts.query.encode("utf-8")).hexdigest()[:8]
    folder = Path(directory)
    temporary: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".briefing-", suffix=suffix)
        with os.fdopen(handle, "wb") as out:
            out.write(raw.data)
        target = folder / f"{stem}{suffix}"
        os.replace(temporary, target)
    except OSError as exc:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)
        raise BriefingError(f"{directory}: cannot save the page: {exc.strerror or exc}") from None
    return target
