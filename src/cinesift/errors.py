"""The one exception tree of CineSift.

CineSiftError                      root: catch this to catch everything CineSift raises
├── PageError                      one page cannot be turned into a review (recorded, batch goes on)
│   ├── EmptyPageError             no bytes, or nothing but whitespace
│   ├── BinaryPageError            bytes that are not text (images, PDFs, archives)
│   ├── PageTooLargeError          larger than Options.max_page_bytes
│   ├── DecodeError                text in no encoding we can read
│   ├── LanguageError              a page in a language CineSift does not read
│   ├── NotAboutFilmError          a web page that never speaks of a film (an about page, a recipe)
│   └── NoReviewError              parsed, but no review body was found
├── SourceError                    an input path or archive cannot be read at all
├── SettingError                   a CINESIFT_* environment setting has the wrong type
├── StoreError                     the database is unusable (wrong schema, locked, corrupt)
├── ModelError                     a shipped model artifact is missing or damaged
└── NotFoundError                  a film or page asked for does not exist (HTTP 404)
"""

from __future__ import annotations


class CineSiftError(Exception):
    """Root of every error CineSift raises on purpose."""

    http_status = 500


class PageError(CineSiftError):
    http_status = 422


class EmptyPageError(PageError):
    pass


class BinaryPageError(PageError):
    pass


class PageTooLargeError(PageError):
    pass


class DecodeError(PageError):
    pass


class LanguageError(PageError):
    pass


class NotAboutFilmError(PageError):
    pass


class NoReviewError(PageError):
    pass


class SourceError(CineSiftError):
    http_status = 400


class SettingError(CineSiftError):
    http_status = 400


class StoreError(CineSiftError):
    pass


class ModelError(CineSiftError):
    pass


class NotFoundError(CineSiftError):
    http_status = 404
