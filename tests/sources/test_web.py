"""URLs the user gives are fetched; a failed fetch becomes a reason, like an unreadable file."""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from cinesift.cli import cli
from cinesift.model import Page, Unreadable
from cinesift.sources import iter_pages
from cinesift.sources.web import fetch_page, http_charset

DEMO = Path(__file__).resolve().parents[2] / "src" / "cinesift" / "demo" / "pages"
# No <meta charset>: only the server's header says these bytes are Latin-1.
LATIN1_REVIEW = (
    "<html><head><title>Amélie (2001) review</title></head><body><article><p>"
    + "Amélie is a film of small, exact pleasures, and Audrey Tautou is its heart. " * 4
    + "</p><p>Rating: 8/10</p></article></body></html>"
).encode("latin-1")


class _Site(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/amelie":
            self._send(200, "text/html; charset=ISO-8859-1", LATIN1_REVIEW)
        elif self.path == "/old-address":
            self.send_response(301)
            self.send_header("Location", "/amelie")
            self.end_headers()
        elif self.path == "/notes.txt":
            self._send(200, "text/plain", b"A plain review: the film is warm and funny. " * 5)
        elif self.path == "/packed":
            body = gzip.compress(LATIN1_REVIEW)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=ISO-8859-1")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/demo":
            self._send(200, "text/html", (DEMO / "05-news-miracle.html").read_bytes())
        else:
            self._send(404, "text/html", b"<h1>Not here</h1>")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def test_web_fetch_keeps_the_address_it_ended_at_and_the_declared_charset(site: str) -> None:
    page = fetch_page(f"{site}/old-address")
    assert isinstance(page, Page)
    assert page.source == f"{site}/old-address" and page.url == f"{site}/amelie"
    assert page.charset == "ISO-8859-1" and page.content_type == "html"
    text = fetch_page(f"{site}/notes.txt")
    assert isinstance(text, Page) and text.content_type == "text"


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/gone", "HTTP 404 Not Found")],
)
def test_web_failed_fetch_is_an_unreadable_page_with_the_reason(
    site: str, path: str, reason: str
) -> None:
    page = fetch_page(f"{site}{path}")
    assert isinstance(page, Unreadable) and reason in page.message


def test_web_refused_connection_is_an_unreadable_page() -> None:
    page = fetch_page("http://127.0.0.1:9/review", timeout=2)
    assert isinstance(page, Unreadable) and page.message.startswith("cannot fetch")


def test_web_page_over_the_size_limit_is_refused_when_read(site: str) -> None:
    page = fetch_page(f"{site}/demo", max_bytes=1000)
    assert isinstance(page, Page) and len(page.raw) == 1001  # the size check refuses it


def test_web_body_sent_gzipped_unasked_is_unpacked(site: str) -> None:
    page = fetch_page(f"{site}/packed")
    assert isinstance(page, Page) and page.raw == LATIN1_REVIEW


def test_web_urls_mix_with_files_in_one_call(site: str, tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(LATIN1_REVIEW)
    pages = list(iter_pages([f"{site}/amelie", tmp_path / "a.html"]))
    assert [p.source for p in pages] == [f"{site}/amelie", str(tmp_path / "a.html")]


def test_web_ingest_and_analyze_read_urls(site: str, tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    result = CliRunner().invoke(
        cli, ["ingest", f"{site}/amelie", f"{site}/demo", f"{site}/gone", "--db", str(db), "-q"]
    )
    assert result.exit_code == 0, result.output
    assert "2 new" in result.stdout and "1 failed" in result.stdout
    assert f"error: {site}/gone: cannot fetch {site}/gone: HTTP 404 Not Found" in result.output
    films = json.loads(
        CliRunner().invoke(cli, ["films", "--db", str(db), "--format", "json"]).stdout
    )
    assert {(f["title"], f["year"]) for f in films} == {
        ("Amélie", 2001),
        ("Miracle in Cell No. 7", 2013),
    }
    analysed = CliRunner().invoke(cli, ["analyze", f"{site}/amelie", "--format", "json"])
    (record,) = json.loads(analysed.stdout)
    assert record["body"].startswith("Amélie is a film")  # decoded with the header's charset
    assert record["score"]["normalized"] == 80


@pytest.mark.parametrize(
    ("header", "charset"),
    [
        ("text/html; charset=ISO-8859-1", "ISO-8859-1"),
        ('text/html; charset="utf-8"', "utf-8"),
        ("text/html", None),
        (None, None),
    ],
)
def test_web_http_charset(header: str | None, charset: str | None) -> None:
    assert http_charset(header) == charset
