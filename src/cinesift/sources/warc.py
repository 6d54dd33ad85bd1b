"""WARC (and ARC) archives: every HTML response record becomes a Page; damage is reported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cinesift.model import Page, Unreadable
from cinesift.sources.web import http_charset


def iter_warc(path: Path) -> Iterator[Page | Unreadable]:
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh, arc2warc=True):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower() and "text/plain" not in content_type.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                raw = record.content_stream().read()
                # warcio returns a short payload when the file ends mid-record: compare with the
                # declared block length (for uncompressed payloads, where the two must agree).
                expected = record.length - record.http_headers.total_len
                encoded = record.http_headers.get_header(
                    "Content-Encoding"
                ) or record.http_headers.get_header("Transfer-Encoding")
                if not encoded and len(raw) < expected:
                    raise EOFError(f"record {url} is cut short: {len(raw)} of {expected} bytes")
                count += 1
                yield Page(
                    source=url or f"{path}#record{count}",
                    raw=raw,
                    content_type="text" if "text/plain" in content_type.lower() else "html",
                    url=url,
                    charset=http_charset(content_type),
                )
    except Exception as exc:  # warcio raises plain exceptions on truncation and bad framing
        yield Unreadable(
            f"{path}#after-record{count}",
            f"WARC archive {path.name} is damaged after {count} good record(s): "
            f"{type(exc).__name__}: {exc}",
        )
