"""Shared fixtures: the shared evaluation folder beside the checkout, temp stores, sample pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The `../shared` folder (samples and public data); skip when a fresh clone lacks it."""
    if not (SHARED / "samples").is_dir():
        pytest.skip("../shared is not beside this checkout (samples and public data live there)")
    return SHARED


@pytest.fixture(scope="session")
def seed_labels(shared_dir: Path) -> dict:
    return json.loads((shared_dir / "samples" / "seeds" / "LABELS.json").read_text())


def shared_data(shared_dir: Path, name: str) -> Path:
    folder = shared_dir / "data" / name
    if not folder.is_dir():
        pytest.skip(f"../shared/data/{name} is absent")
    return folder


@pytest.fixture
def bad_pages(tmp_path: Path) -> dict[str, Path]:
    """One file per kind of bad input, each of which must become a recorded per-page error."""
    folder = tmp_path / "bad"
    folder.mkdir()
    files = {
        "binary": ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40),
        "empty": ("empty.html", b""),
        "whitespace": ("blank.txt", b"   \n\n\t  \n"),
        "invalid_utf8": (
            "latin.txt",
            ("Un film très réussi, émouvant et drôle à la fois. " * 60).encode("latin-1")
            + bytes([0xE9, 0xE8, 0xFF, 0xFE]) * 200,
        ),
        "huge": ("huge.html", b"<html><body><p>" + b"word " * 10_500_000 + b"</p></body></html>"),
        "truncated_html": (
            "cut.html",
            b"<html><head><title>Cut off</title></head><body><div><p>This page was cut off in",
        ),
        # A crawl of a film blog brings in its about page: no film, so no review.
        "not_about_film": (
            "about.html",
            b"<html><head><title>About me</title></head><body><article><p>"
            + b"I started this blog to keep track of the places I walk on weekends. " * 6
            + b"</p></article></body></html>",
        ),
        "other_language": (
            "deutsch.txt",
            (
                "Der Film ist wirklich sehr gut und ich habe ihn mit meiner Familie gesehen. "
                "Die Schauspieler sind nicht schlecht, und die Geschichte ist auch sehr "
                "bewegend, aber das Ende ist zu lang. Ich empfehle ihn trotzdem jedem, der "
                "gerne Dramen sieht und sich nicht vor Tränen fürchtet.\n"
            ).encode()
            * 3,
        ),
    }
    paths = {}
    for kind, (name, raw) in files.items():
        path = folder / name
        path.write_bytes(raw)
        paths[kind] = path
    paths["truncated_warc"] = _truncated_warc(folder / "crawl.warc")
    return paths


def _truncated_warc(path: Path) -> Path:
    """A WARC cut off in the middle of its second record."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    body = b"<html><body><p>" + b"A film review that the crawler never finished. " * 60 + b"</p>"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        for url in ("https://example.org/a", "https://example.org/b"):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 900])
    return path
