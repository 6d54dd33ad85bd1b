"""Read pages from paths: single files, folders (recursively), gzip, WARC and JSONL, and
fetch the URLs among them."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

from cinesift.model import Page, Unreadable
from cinesift.sources.web import fetch_page, is_url

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".md", ".text")
PAGE_SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")


def iter_pages(paths: list[str | Path], max_bytes: int = 20_000_000) -> Iterator[Page | Unreadable]:
    """Every page under the given paths, in a stable order; unreadable ones say why. An
    http(s) URL among them is fetched (the only network use, and only when asked)."""
    for item in paths:
        if isinstance(item, str) and is_url(item):
            yield fetch_page(item, max_bytes)
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if _kind(child) is not None and not child.name.startswith("."):
                    yield from _read(child, max_bytes)
        elif path.exists():
            yield from _read(path, max_bytes)
        else:
            yield Unreadable(str(path), f"no such file or folder: {path}")


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    stem = name[:-3] if name.endswith(".gz") else name
    if stem.endswith(HTML_SUFFIXES):
        return "html"
    if stem.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def _read(path: Path, max_bytes: int) -> Iterator[Page | Unreadable]:
    kind = _kind(path) or "html"  # a file named explicitly is read whatever its suffix
    if kind == "warc":
        from cinesift.sources.warc import iter_warc

        yield from iter_warc(path)
        return
    try:
        raw = _read_bytes(path, max_bytes)
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield Unreadable(str(path), f"cannot read {path.name}: {exc}")
        return
    if kind == "jsonl":
        yield from _jsonl(path, raw)
    else:
        yield Page(source=str(path), raw=raw, content_type="text" if kind == "text" else "html")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    if not path.name.lower().endswith(".gz"):
        return path.read_bytes()
    with gzip.open(path, "rb") as fh:
        if path.name.lower().endswith(JSONL_SUFFIXES):
            return fh.read()
        # A page needs no more than one byte past the limit for the size check to refuse it,
        # and a gzip bomb must not fill the memory first.
        return fh.read(max_bytes + 1)


def _jsonl(path: Path, raw: bytes) -> Iterator[Page | Unreadable]:
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}#L{number}"
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield Unreadable(source, f"line {number} is not JSON: {exc}", raw=line)
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("html", obj.get("text")), str):
            yield Unreadable(source, f'line {number} has neither "html" nor "text"', raw=line)
            continue
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        if isinstance(obj.get("html"), str):
            yield Page(source=url or source, raw=obj["html"].encode(), content_type="html", url=url)
        else:
            yield Page(source=url or source, raw=obj["text"].encode(), content_type="text", url=url)
