"""Page -> Review: what extraction guarantees whatever the page holds."""

from __future__ import annotations

import pytest

from cinesift.errors import NotAboutFilmError
from cinesift.extract import extract_page
from cinesift.model import Page
from cinesift.settings import Options

REVIEW = (
    "I liked this film a great deal. The acting is warm, the story is simple and moving, "
    "and the ending earns its tears. Recommended to anyone who enjoys a good cry."
)


def test_page_control_characters_never_reach_the_review() -> None:
    html = (
        "<html><head><title>Night \x1b[2JTrain\x07 review</title></head><body><article>"
        f"<h1>Night Train</h1><p>{REVIEW}\x1b[31m</p><p>{REVIEW}</p></article></body></html>"
    )
    review = extract_page(Page("mem://a", html.encode(), "html"), Options())
    for text in (review.body, review.title or ""):
        assert "\x1b" not in text and "\x07" not in text
    assert (review.title or "").startswith("Night ")  # the text around the escape survives


def test_page_plain_text_keeps_its_lines() -> None:
    text = f"Night Train\n\n{REVIEW}\n\nRating: 8/10\n"
    review = extract_page(Page("mem://b", text.encode(), "text"), Options())
    assert review.body.startswith("I liked this film") and review.body.endswith("Rating: 8/10")
    assert "\n\n" in review.body


ABOUT = (
    "I started this blog in 2009 to keep track of the places I walk on weekends. I live by the "
    "coast with two dogs and a garden that never does what I ask of it. Write to me any time."
)


def _html(title: str, text: str, head: str = "") -> bytes:
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article>"
        f"<p>{text}</p><p>{text}</p></article></body></html>"
    ).encode()


RECIPE_MARKUP = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Recipe",'
    ' "name": "Lemon cake", "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.5,'
    ' "bestRating": 5, "ratingCount": 80}}</script>'
)


@pytest.mark.parametrize("head", ["", RECIPE_MARKUP])
def test_page_web_page_that_never_speaks_of_film_is_turned_away(head: str) -> None:
    # A crawl of a film blog brings in its about page: it must not become a film called "About".
    # Nor does a rating of something else (a recipe's stars) make a page about a film.
    page = Page("pages/a.html", _html("About", ABOUT, head), "html", "https://blog.example/about")
    with pytest.raises(NotAboutFilmError, match="not about a film: no film word"):
        extract_page(page, Options())


@pytest.mark.parametrize(
    ("page", "options"),
    [
        # One film word anywhere is enough: the title, the address, the text or a comment; a
        # title or an address may also call the page a review.
        (Page("mem://a", _html("Night Train review", ABOUT), "html"), Options()),
        (Page("mem://b", _html("Night", ABOUT), "html", "https://b.example/movies/n"), Options()),
        (Page("reviews/night.html", _html("Night", ABOUT), "html"), Options()),
        (Page("mem://c", _html("Night Train", ABOUT + " The cast is superb."), "html"), Options()),
        # Markup that says a film is reviewed, even with no film word in the text.
        (
            Page(
                "mem://d",
                _html(
                    "Night Train",
                    ABOUT,
                    '<script type="application/ld+json">{"@context": "https://schema.org",'
                    ' "@type": "Movie", "name": "Night Train"}</script>',
                ),
                "html",
            ),
            Options(),
        ),
        # The user says which film it is, or turns the check off.
        (Page("mem://e", _html("About", ABOUT), "html"), Options(film="Night Train (2024)")),
        (Page("mem://f", _html("About", ABOUT), "html"), Options(film_pages_only=False)),
        # Plain text is a review the user chose: it is not checked.
        (Page("mem://g", ABOUT.encode(), "text"), Options()),
    ],
)
def test_page_film_evidence_lets_a_page_through(page: Page, options: Options) -> None:
    assert extract_page(page, options).body
