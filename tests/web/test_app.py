"""The web app: HTML and JSON views of the same context, errors with HTTP status, text escaped."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import pytest

from cinesift.model import Comment, FilmRef, Page, Review
from cinesift.store import Store
from cinesift.web import create_app


def get(app, path: str) -> tuple[str, dict[str, str], str]:
    captured: dict = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        captured["status"], captured["headers"] = status, dict(headers)

    environ = {"PATH_INFO": path, "REQUEST_METHOD": "GET", "wsgi.input": BytesIO()}
    body = b"".join(app(environ, start_response)).decode()
    return captured["status"], captured["headers"], body


@pytest.fixture
def app(tmp_path: Path):
    db = tmp_path / "w.db"
    with Store(db) as store:
        text = "A <script>alert('x')</script> kind of film, and I loved it & its score."
        page = Page("https://example.org/r1", text.encode(), "text")
        review = Review(
            source=page.source, sha256=page.sha256, body=text, film=FilmRef("Cats", 2019)
        )
        review.polarity = "positive"
        review.comments = [Comment("<img src=x onerror=alert(1)> nice", author="<b>eve</b>")]
        store.save(page, review, 10**6)
        bad = Page("pages/<i>odd</i>.html", b"\x00\x01", "html")
        failed = Review(source=bad.source, sha256=bad.sha256, error="page is binary <b>x</b>")
        store.save(bad, failed, 10**6)
    return create_app(str(db))


def test_app_films_html_and_json(app) -> None:
    status, headers, body = get(app, "/")
    assert status == "200 OK" and "text/html" in headers["Content-Type"]
    assert 'href="/film/cats-2019"' in body
    status, headers, body = get(app, "/films.json")
    assert headers["Content-Type"] == "application/json"
    assert json.loads(body)["films"][0]["title"] == "Cats"


def test_app_lists_the_pages_that_could_not_be_analysed(app) -> None:
    status, _, films = get(app, "/")
    assert '<a href="/errors">1 page(s) could not be analysed</a>' in films
    status, headers, body = get(app, "/errors")
    assert status == "200 OK" and "text/html" in headers["Content-Type"]
    assert "pages/&lt;i&gt;odd&lt;/i&gt;.html" in body and "<i>odd" not in body
    assert "page is binary &lt;b&gt;x&lt;/b&gt;" in body
    errors = json.loads(get(app, "/errors.json")[2])["errors"]
    assert [(e["source"], e["message"]) for e in errors] == [
        ("pages/<i>odd</i>.html", "page is binary <b>x</b>")
    ]


def test_app_film_page_escapes_scraped_text(app) -> None:
    status, _, body = get(app, "/film/cats-2019")
    assert status == "200 OK"
    assert "<script>alert" not in body and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in body
    assert "<img src=x" not in body and "&lt;b&gt;eve&lt;/b&gt;" in body
    data = json.loads(get(app, "/film/cats-2019.json")[2])
    assert data["reviews"][0]["body"].startswith("A <script>")


@pytest.mark.parametrize(
    "path, status",
    [("/film/paddington", "404"), ("/nowhere", "404"), ("/film/paddington.json", "404")],
)
def test_app_errors_carry_http_status(app, path: str, status: str) -> None:
    got, _, body = get(app, path)
    assert got.startswith(status)
    if path.endswith(".json"):
        assert json.loads(body)["status"] == 404
