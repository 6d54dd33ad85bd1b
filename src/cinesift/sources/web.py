"""Pages fetched from URLs the user gives: the only place CineSift goes on the network.

A fetch that fails (no such host, a refused connection, an HTTP error, a timeout, a response
over the size limit) becomes an Unreadable with the reason, like an unreadable file. The
charset the server declares travels with the page, so a page without a <meta charset> is still
decoded right.
"""

from __future__ import annotations

import gzip
import io
import re
import urllib.error
import urllib.request
from email.message import Message

from cinesift import __version__
from cinesift.model import Page, Unreadable

__all__ = ["fetch_page", "http_charset", "is_url"]

USER_AGENT = f"CineSift/{__version__} (film review analysis; fetches only URLs its user gives)"
_URL = re.compile(r"(?i)^https?://\S+$")
_CHARSET = re.compile(r"""(?i)charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""")


def is_url(value: str) -> bool:
    return bool(_URL.match(value))


def http_charset(content_type: str | None) -> str | None:
    """The charset a Content-Type header declares ("text/html; charset=ISO-8859-1")."""
    match = _CHARSET.search(content_type or "")
    return match.group(1) if match else None


def fetch_page(url: str, max_bytes: int = 20_000_000, timeout: float = 20.0) -> Page | Unreadable:
    """GET one URL (redirects followed) as a Page, or an Unreadable saying why not."""
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            headers: Message = response.headers
            raw = response.read(max_bytes + 1)  # one byte over is enough to refuse it later
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        return Unreadable(url, f"cannot fetch {url}: HTTP {exc.code} {exc.reason}")
    except urllib.error.URLError as exc:
        return Unreadable(url, f"cannot fetch {url}: {exc.reason}")
    except (OSError, ValueError) as exc:  # timeouts, resets, malformed URLs
        return Unreadable(url, f"cannot fetch {url}: {type(exc).__name__}: {exc}")
    if headers.get("Content-Encoding", "").lower() in ("gzip", "x-gzip"):
        # sent compressed though not asked to: unpack, within the same size limit
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(raw)) as unpacked:
                raw = unpacked.read(max_bytes + 1)
        except (OSError, EOFError) as exc:
            return Unreadable(url, f"cannot fetch {url}: bad gzip body: {exc}")
    content_type = headers.get("Content-Type", "")
    kind = "text" if headers.get_content_type() == "text/plain" else "html"
    return Page(
        source=url, raw=raw, content_type=kind, url=final_url, charset=http_charset(content_type)
    )
