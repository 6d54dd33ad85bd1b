"""Raw bytes to text: refuse what is not a readable page, with a reason a user can act on."""

from __future__ import annotations

import codecs
import re

from cinesift.errors import BinaryPageError, DecodeError, EmptyPageError, PageTooLargeError

# Magic numbers of formats that are never review pages.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def decode_page(raw: bytes, max_bytes: int, declared: str | None = None) -> str:
    """Decode a page, or raise a PageError subclass saying why it cannot be read."""
    if len(raw) > max_bytes:
        raise PageTooLargeError(
            f"page is {len(raw) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit"
        )
    if not raw.strip():
        raise EmptyPageError("page is empty")
    for magic, what in _BINARY_SIGNATURES:
        if raw.startswith(magic):
            raise BinaryPageError(f"page is binary ({what}), not HTML or text")
    head = raw[:4096]
    if head.count(b"\x00") > 0 and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BinaryPageError("page is binary (contains NUL bytes), not HTML or text")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            return _strict(raw, encoding)
    charset = declared or _declared_charset(head)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if charset and _codec(charset) not in (None, "utf-8"):
        return _strict(raw, _codec(charset) or "utf-8", lenient=True)
    # A page cut off mid-character, or with a stray byte or two, is still a UTF-8 page.
    text = raw.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(2, len(raw) // 2000):
        return text
    if _control_ratio(raw) > 0.01:
        raise BinaryPageError("page is binary (control bytes), not HTML or text")
    raise DecodeError(
        f"page is not valid UTF-8 (first bad byte at offset {utf8_error.start}) "
        "and declares no charset"
    )


def _declared_charset(head: bytes) -> str | None:
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return m.group(1).decode("ascii", "ignore") if m else None


def _codec(name: str) -> str | None:
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Browsers read latin-1 labels as windows-1252 (WHATWG encoding standard).
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def _strict(raw: bytes, encoding: str, lenient: bool = False) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        if lenient:
            return raw.decode(encoding, errors="replace")
        raise DecodeError(
            f"page is not valid {encoding}: {exc.reason} at byte {exc.start}"
        ) from exc


def _control_ratio(raw: bytes) -> float:
    sample = raw[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(1, len(sample))
