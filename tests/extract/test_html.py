"""HTML extraction on hand-written pages in the styles review sites use (fixtures/html/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cinesift.extract.comments import comments_from_text, normalize_date
from cinesift.extract.html import HtmlExtraction, extract_html
from cinesift.settings import Options

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"

# page -> what a reader sees: body start, strings that are furniture or comments, the thread
# as (author, depth, start of text), and the page metadata.
CASES = {
    "wordpress_threaded.html": {
        "body_start": "Quiet films about grief are easy to admire",
        "body_contains": ["My Rating: 8/10"],
        "not_in_body": [
            "Leave a Reply",
            "Your email address will not be published",
            "thoughts on",
            "storm sequence stayed with me",
            "Recent Posts",
            "Share this",
            "Twitter",
            "About the author",
            "Maren Holt has written",
            "Ten Westerns",
        ],
        "comments": [
            ("Tobias", 0, "The storm sequence stayed with me"),
            ("Maren Holt", 1, "Thank you! That cello"),
            ("Tobias", 2, "Same here"),
            ("Priya S.", 0, "I found the ending rushed"),
        ],
        "meta": {
            "title": "The Lighthouse Keeper’s Daughter (2021) Review",
            "site": "Reel Notes",
            "author": "Maren Holt",
            "date": "2022-03-14",
            "language": "en",
        },
    },
    "blogger_classic.html": {
        "body_start": "I went into Paper Moons Over Harbour Street",
        "body_contains": ["Score: 4 out of 5"],
        "not_in_body": [
            "Post a Comment",
            "Newer Post",
            "Older Post",
            "comments:",
            "cat subplot lost me",
            "Blog Archive",
            "Idris Kane writes about films",
        ],
        "comments": [
            ("Wren", 0, "The cat subplot lost me too"),
            ("Anonymous", 0, "Is it showing anywhere"),
        ],
        "meta": {
            "title": "Paper Moons Over Harbour Street – a review",
            "site": "Night Ferry Blog",
            "author": "Idris Kane",
            "date": "2023-09-09",
            "language": "en",
        },
    },
    "forum_thread.html": {
        "body_start": "Iron Orchard takes its time.",
        "body_contains": ["Verdict: 9/10"],
        "not_in_body": [
            "Well-known member",
            "Agreed on the voice-over",
            "walk-outs",
            "Terms and rules",
            "#1",
        ],
        "comments": [
            ("cinephile_88", 0, "Agreed on the voice-over."),
            ("Mossy", 0, "I was one of the walk-outs"),
            ("Halvard", 0, "@Mossy the second half"),
        ],
        "meta": {
            "site": "Cinema Lounge Forums",
            "author": "Halvard",
            "date": "2020-01-04",
            "language": "en",
        },
    },
    "pagebuilder_recent_posts.html": {
        "body_start": "Salt and Static is set almost entirely inside a pirate radio station",
        "body_contains": ["Three and a half stars from me."],
        "not_in_body": [
            "Recent Posts",
            "Cannes diary",
            "Share this review",
            "Facebook",
            "Odile covers independent cinema",
            "You are commenting using",
            "Leave a Reply",
            "Your email address will not be published",
        ],
        "comments": [],
        "meta": {
            "title": "Salt and Static review: a radio drama that finds its voice",
            "site": "Frame Rate Weekly",
            "author": "Odile Brandt",
            "date": "2024-05-02",
            "language": "en",
        },
    },
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, HtmlExtraction]:
    return {
        name: extract_html((FIXTURES / name).read_text(encoding="utf-8"), "https://example.com/p")
        for name in CASES
    }


@pytest.mark.parametrize("name", CASES)
def test_html_body_starts_with_the_review(extracted, name):
    assert extracted[name].body.startswith(CASES[name]["body_start"])
    for text in CASES[name]["body_contains"]:
        assert text in extracted[name].body


@pytest.mark.parametrize(
    ("name", "text"), [(name, text) for name, case in CASES.items() for text in case["not_in_body"]]
)
def test_html_body_leaves_out_furniture_and_comments(extracted, name, text):
    assert text not in extracted[name].body


@pytest.mark.parametrize("name", CASES)
def test_html_comment_thread_authors_depths_and_text(extracted, name):
    comments = extracted[name].comments
    expected = CASES[name]["comments"]
    assert len(comments) == len(expected)
    for comment, (author, depth, start) in zip(comments, expected, strict=True):
        assert (comment.author, comment.depth) == (author, depth)
        assert comment.text.startswith(start)


@pytest.mark.parametrize("name", CASES)
def test_html_comments_hold_no_furniture(extracted, name):
    for comment in extracted[name].comments:
        for furniture in ("Reply", "says:", "said...", "Delete", "Like", "Leave a Reply", "#"):
            assert furniture not in comment.text


@pytest.mark.parametrize(
    ("name", "field"), [(name, field) for name, case in CASES.items() for field in case["meta"]]
)
def test_html_metadata(extracted, name, field):
    assert getattr(extracted[name], field) == CASES[name]["meta"][field]


def test_html_comment_dates_are_iso(extracted):
    dates = [c.date for c in extracted["wordpress_threaded.html"].comments]
    assert dates == ["2022-03-15", "2022-03-15", "2022-03-16", "2022-03-17"]


def test_html_structured_items_are_flat_and_tagged(extracted):
    items = extracted["pagebuilder_recent_posts.html"].structured
    assert {item["syntax"] for item in items} == {"json-ld"}
    review = next(item for item in items if item["@type"] == "Review")
    assert review["reviewRating"]["ratingValue"] == "3.5"
    assert review["itemReviewed"]["name"] == "Salt and Static"


def test_html_microdata_items_are_read():
    html = """<html><body><article itemscope itemtype="https://schema.org/Review">
    <h1 itemprop="name">Harbour Lights review</h1>
    <span itemprop="author" itemscope itemtype="https://schema.org/Person">
      <span itemprop="name">Ines Vale</span></span>
    <div itemprop="reviewBody"><p>A patient, luminous drama about a family that runs a harbour
    light, with a lead performance that carries every scene and a score that knows when to stay
    silent. The middle hour drifts, but the last twenty minutes are among the best of the year.
    </p></div></article></body></html>"""
    result = extract_html(html)
    assert [item["syntax"] for item in result.structured] == ["microdata"]
    assert result.structured[0]["@type"] == "Review"
    assert result.author == "Ines Vale"


def test_html_comments_off_still_keeps_them_out_of_the_body():
    html = (FIXTURES / "wordpress_threaded.html").read_text(encoding="utf-8")
    result = extract_html(html, options=Options(include_comments=False))
    assert result.comments == []
    assert "storm sequence stayed with me" not in result.body


def test_html_site_falls_back_to_the_host():
    html = "<html><head><title>A review</title></head><body><p>" + "Words. " * 80 + "</p></body>"
    assert extract_html(html, "https://www.films.example/r/1").site == "films.example"


def test_html_page_without_text_gives_an_empty_body():
    result = extract_html("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert result.body == ""
    assert result.comments == []


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2022-03-15T11:02:00+00:00", "2022-03-15"),
        ("November 7th, 2012 at 9:42 pm", "2012-11-07"),
        ("10 September 2023 at 08:31", "2023-09-10"),
        ("Sept. 3, 2021", "2021-09-03"),
        ("25/12/2020", "2020-12-25"),
        ("yesterday", None),
    ],
)
def test_comments_normalize_date(written, iso):
    assert normalize_date(written) == iso


def test_comments_from_text_joins_header_lines_to_their_comment():
    text = "Ann says:\nLoved it.\nMarch 3, 2021 at 5:00 pm\nToo long for me.\nReply"
    comments = comments_from_text(text)
    assert [(c.author, c.date, c.text) for c in comments] == [
        ("Ann", None, "Loved it."),
        (None, "2021-03-03", "Too long for me."),
    ]


def test_html_layout_table_page_gives_the_article_alone():
    # An old site set in one table: menu cell, article cell, sidebar cell.
    html = (FIXTURES / "table_layout.html").read_text(encoding="utf-8")
    body = extract_html(html).body
    assert body.startswith("Night Ferry spends its first hour on a single crossing")
    assert "My rating: 7/10" in body
    assert len(body.split("\n\n")) == 4  # three paragraphs and the rating, not one table row
    for furniture in ("|", "All reviews", "Latest reviews", "Harbour Lights", "JOIN"):
        assert furniture not in body


def test_html_data_table_inside_a_review_stays_a_table():
    cells = "".join(f"<tr><td>Actor {n}</td><td>Role {n}</td></tr>" for n in range(6))
    html = (
        "<html><body><article><p>"
        + "The cast carries this slow film from its first scene to its last. " * 8
        + f"</p><table>{cells}</table></article></body></html>"
    )
    assert "| Actor 3 | Role 3 |" in extract_html(html).body


POST = "The siblings argue in a kitchen for forty minutes and each of them is right. " * 3
STANDFIRST = "A slow family drama about an orchard nobody wants to sell."
BLURB = "This blog is written by a retired projectionist who has seen every film twice."


@pytest.mark.parametrize(
    ("container", "kept", "dropped"),
    [
        # The blog's about box sits outside the post and its block: not the review.
        ((POST, STANDFIRST + POST), [STANDFIRST, POST, "Verdict: 4/5"], [BLURB]),
        # The extraction missed most of the container: it is no guide, nothing is dropped.
        ((POST * 4, POST * 4), [POST, BLURB], []),
    ],
)
def test_html_body_keeps_to_the_post_container(container, kept, dropped):
    from cinesift.extract.html import _clean_body, _squashed

    text = "\n".join([BLURB, STANDFIRST, POST, "Verdict: 4/5"])
    body = _clean_body(text, None, (_squashed(container[0]), _squashed(container[1])))
    for paragraph in kept:
        assert paragraph.strip() in body
    for paragraph in dropped:
        assert paragraph not in body


def test_html_standfirst_above_the_post_container_stays_in_the_body():
    # News templates print the headline and standfirst in a header block of their own, away
    # from the box that holds the text; the sidebar's blurb after the text is still dropped.
    standfirst = (
        "Keanu Reeves returns for a fourth round of gunfights that is longer, louder and"
        " somehow lighter on its feet than the last."
    )
    paragraphs = "".join(
        f"<p>Part {n}: the film opens in a desert and keeps moving for nearly three hours.</p>"
        for n in range(4)
    )
    html = (
        "<html><head><title>John Wick 4 review | Daily Reel</title></head><body>"
        "<div class='page'><article><h1>John Wick 4 review</h1>"
        f"<div class='standfirst'>{standfirst}</div><div class='story'><div class='text'>"
        f"<div class='entry-body'>{paragraphs}</div></div><p>Rating: 4/5</p></div>"
        f"</article><aside><p>{BLURB}</p></aside></div></body></html>"
    )
    body = extract_html(html).body
    assert body.startswith(standfirst)
    assert "Part 3" in body
    assert "John Wick 4 review" not in body
    assert BLURB not in body


def test_html_related_heading_after_the_article_ends_it():
    sentence = "The review weighs the film's craft at some length. "
    article = "".join(f"<p>Paragraph {n}. {sentence * 8}</p>" for n in range(4))
    slideshow = "".join(
        f"<p>Caption {n}: the cast arrives at a premiere in a long line of photographs.</p>"
        for n in range(40)
    )
    heading = "<h3>Related on Reel Notes:</h3>"
    html = f"<html><body><article>{article}{heading}{slideshow}</article></body></html>"
    body = extract_html(html).body
    assert "Paragraph 3." in body
    assert "Caption" not in body


_REVIEW_TEXT = (
    "<p>Harbour Lights is a slow, patient film about a ferry crew waiting out a winter storm,"
    " and it earns every minute of its running time with small, exact gestures.</p>"
    "<p>The lead gives a performance of real restraint; the score never tells you what to feel,"
    " and the final shot of the empty quay is the best image I have seen this year.</p>"
)


def _magazine_review(verdict_box: str, after: str = "", sidebar: str = "") -> str:
    return (
        "<html><head><title>Harbour Lights review</title></head><body><article>"
        "<h1>Harbour Lights review</h1><section class='content'>"
        + verdict_box
        + "<div id='article-body' class='text-copy'>"
        + _REVIEW_TEXT * 2
        + "</div>"
        + after
        + "</section></article><aside class='sidebar'>"
        + sidebar
        + "</aside></body></html>"
    )


VERDICT = "A patient, humane storm film that trusts its actors and its silences."


def test_html_verdict_box_beside_the_text_is_body_once_and_first():
    box = f"<div class='box verdict'><h3>Our Verdict</h3><p>{VERDICT}</p></div>"
    score_box = f"<div class='score'><p class='game-verdict'>{VERDICT}</p></div>"
    other = "<div class='verdict'>Another film entirely, and a very loud one at that.</div>"
    body = extract_html(_magazine_review(box, after=score_box, sidebar=other)).body
    assert body.startswith(VERDICT)
    assert body.count(VERDICT) == 1
    assert "Our Verdict" not in body
    assert "Another film entirely" not in body
    assert "Harbour Lights is a slow, patient film" in body


def test_html_verdict_heading_with_the_rating_keeps_the_rating():
    box = f"<div class='review-verdict'><h4>Verdict: 4/5</h4><p>{VERDICT}</p></div>"
    body = extract_html(_magazine_review(box)).body
    assert "Verdict: 4/5" in body
    assert VERDICT in body


def test_html_verdict_class_on_layout_chrome_adds_nothing():
    chrome = "<div class='verdict-product'>Harbour Lights</div><div class='ratingVerdict'></div>"
    result = extract_html(_magazine_review(chrome))
    assert result.body.startswith("Harbour Lights is a slow, patient film")
