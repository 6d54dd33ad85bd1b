"""Page -> Review: what extraction guarantees whatever the page holds."""

from __future__ import annotations

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
