"""Page -> Review: decode, find the review body, comments, metadata, film identity."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from cinesift.errors import LanguageError, NoReviewError, NotAboutFilmError
from cinesift.extract.decode import decode_page
from cinesift.extract.film import identify_film, marks_a_film, parse_film_arg, speaks_of_film
from cinesift.extract.language import detect_language
from cinesift.extract.text import extract_text
from cinesift.model import Page, Review
from cinesift.settings import Options

__all__ = ["extract_page", "looks_like_html"]

_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p)\b", re.I | re.S
)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2048]))


# C0 and C1 control characters (bar tab and newline): scraped text reaches terminals, where an
# escape sequence in a page title could rewrite the screen.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _strip_controls(review: Review) -> None:
    for name in ("body", "title", "site", "reviewer", "date"):
        value = getattr(review, name)
        if value:
            setattr(review, name, _CONTROLS.sub("", value))
    for comment in review.comments:
        comment.text = _CONTROLS.sub("", comment.text)
        if comment.author:
            comment.author = _CONTROLS.sub("", comment.author)


def extract_page(page: Page, options: Options) -> Review:
    """Turn one page into a Review with body, comments and metadata, or raise a PageError."""
    text = decode_page(page.raw, options.max_page_bytes, page.charset)
    review = Review(source=page.source, sha256=page.sha256, url=page.url)
    is_html = page.content_type == "html" or looks_like_html(text)
    if is_html:
        from cinesift.extract.html import extract_html
        from cinesift.extract.markup import scores_from_markup

        html = extract_html(text, url=page.url, options=options)
        review.body, review.comments = html.body, html.comments
        review.title, review.site, review.reviewer = html.title, html.site, html.author
        review.date, review.structured = html.date, html.structured
        review.markup_scores = scores_from_markup(text, html.structured)
    else:
        plain = extract_text(text)
        review.body, review.comments = plain.body, plain.comments
        review.title, review.reviewer, review.date = plain.title, plain.author, plain.date
    _strip_controls(review)
    if review.site is None and page.url:
        review.site = urlsplit(page.url).hostname
    if len(review.body.strip()) < options.min_body_chars:
        raise NoReviewError(
            f"no review text found ({len(review.body.strip())} characters of body, "
            f"need {options.min_body_chars})"
        )
    review.language = detect_language(review.body)
    if review.language not in (None, "en"):
        raise LanguageError(
            f"page is in another language ({review.language}); CineSift reads English"
        )
    if is_html and options.film_pages_only and not options.film:
        _check_film_topic(review)
    review.film = (
        parse_film_arg(options.film)
        if options.film
        else identify_film(review.title, review.body, review.structured, review.site)
    )
    return review


def _check_film_topic(review: Review) -> None:
    """Turn away a web page that never speaks of film: a crawl brings in about pages, recipes
    and news on other subjects, which must not become films. Plain text is a review the user
    chose, so it is not checked; schema.org markup of a film is evidence enough."""
    if any(marks_a_film(item) for item in review.structured):
        return
    names = (review.title, review.url, review.source)
    if speaks_of_film(names, [review.body, *(c.text for c in review.comments)]):
        return
    words = len(review.body.split())
    raise NotAboutFilmError(
        f"page is not about a film: no film word (film, movie, cast, scene, ...) in its title,"
        f" address or {words} words of text; give --film (or CINESIFT_FILM_PAGES_ONLY=0)"
        " to read it anyway"
    )
