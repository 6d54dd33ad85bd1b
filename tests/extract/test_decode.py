"""Bytes to text: readable pages decode, unreadable ones say why."""

from __future__ import annotations

import pytest

from cinesift.errors import (
    BinaryPageError,
    DecodeError,
    EmptyPageError,
    PageTooLargeError,
)
from cinesift.extract.decode import decode_page

LIMIT = 1_000_000


@pytest.mark.parametrize(
    "raw, expected",
    [
        (b"<p>plain ascii</p>", "<p>plain ascii</p>"),
        ("<p>caf\u00e9 ★★★½</p>".encode(), "<p>caf\u00e9 ★★★½</p>"),
        (
            b'<meta charset="iso-8859-1"><p>caf\xe9</p>',
            '<meta charset="iso-8859-1"><p>caf\u00e9</p>',
        ),
        (b"\xef\xbb\xbfbom first", "bom first"),
        ("<p>cut mid-character ★".encode()[:-1], "<p>cut mid-character \ufffd"),
    ],
)
def test_decode_readable(raw: bytes, expected: str) -> None:
    assert decode_page(raw, LIMIT) == expected


@pytest.mark.parametrize(
    "raw, error, words",
    [
        (b"", EmptyPageError, "empty"),
        (b"  \n\t ", EmptyPageError, "empty"),
        (b"%PDF-1.7 ...", BinaryPageError, "PDF"),
        (b"\x89PNG\r\n\x1a\n....", BinaryPageError, "PNG"),
        (b"abc\x00\x01\x02def" * 10, BinaryPageError, "NUL"),
        (b"x" * (LIMIT + 1), PageTooLargeError, "over the 1 MB limit"),
        (("très " * 50).encode("latin-1"), DecodeError, "not valid UTF-8"),
    ],
)
def test_decode_refuses_with_reason(raw: bytes, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        decode_page(raw, LIMIT)
