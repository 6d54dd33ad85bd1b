"""Sources: files, folders, gzip, JSONL and WARC become pages; damage becomes a reason."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from cinesift.model import Page, Unreadable
from cinesift.sources import iter_pages

HTML = b"<html><head><title>A</title></head><body><p>Hello there.</p></body></html>"


def write_warc(
    path: Path, pages: list[tuple[str, bytes]], content_type: str = "text/html; charset=utf-8"
) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for url, body in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )


def test_files_folder_recursive_with_gzip(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.html").write_bytes(HTML)
    (tmp_path / "sub" / "b.txt").write_text("plain review text")
    (tmp_path / "sub" / "c.html.gz").write_bytes(gzip.compress(HTML + b"<!-- c -->"))
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    pages = list(iter_pages([tmp_path]))
    assert [Path(p.source).name for p in pages] == ["a.html", "b.txt", "c.html.gz"]
    assert [p.content_type for p in pages] == ["html", "text", "html"]
    assert pages[2].raw.endswith(b"<!-- c -->")


def test_files_jsonl_lines_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(
        json.dumps({"url": "https://example.org/r1", "html": "<p>one</p>"})
        + "\n"
        + json.dumps({"text": "two"})
        + "\n"
        + "{not json\n"
        + json.dumps({"url": "x"})
        + "\n"
    )
    items = list(iter_pages([path]))
    assert isinstance(items[0], Page) and items[0].url == "https://example.org/r1"
    assert isinstance(items[1], Page) and items[1].content_type == "text"
    assert isinstance(items[2], Unreadable) and "not JSON" in items[2].message
    assert isinstance(items[3], Unreadable) and "neither" in items[3].message


def test_files_warc_records_become_pages(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://example.org/1", HTML), ("https://example.org/2", HTML + b" ")])
    pages = list(iter_pages([path]))
    assert [p.url for p in pages] == ["https://example.org/1", "https://example.org/2"]
    assert all(isinstance(p, Page) for p in pages)


def test_files_truncated_warc_keeps_good_records(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_warc(path, [("https://example.org/1", HTML), ("https://example.org/2", HTML * 50)])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 700])
    items = list(iter_pages([path]))
    assert isinstance(items[0], Page) and items[0].url == "https://example.org/1"
    assert isinstance(items[-1], Unreadable)
    assert "damaged" in items[-1].message


def test_files_missing_path_is_reported(tmp_path: Path) -> None:
    [item] = list(iter_pages([tmp_path / "nope.html"]))
    assert isinstance(item, Unreadable) and "no such file" in item.message


def test_files_warc_record_keeps_the_charset_its_response_declared(tmp_path: Path) -> None:
    from cinesift.extract import extract_page
    from cinesift.settings import Options

    # No <meta charset>: only the HTTP header says the bytes are Latin-1.
    body = (
        "<html><head><title>Amélie review</title></head><body><article><p>"
        + "Amélie is a film of small, exact pleasures, and Audrey Tautou is its heart. " * 4
        + "</p></article></body></html>"
    ).encode("latin-1")
    write_warc(
        tmp_path / "c.warc", [("https://example.org/amelie", body)], "text/html; charset=ISO-8859-1"
    )
    (page,) = iter_pages([tmp_path / "c.warc"])
    assert isinstance(page, Page) and page.charset == "ISO-8859-1"
    review = extract_page(page, Options())
    assert review.body.startswith("Amélie is a film")
