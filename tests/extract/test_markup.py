"""Rating hints from markup: schema.org ratings, star images, star classes, icons and tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cinesift.extract.markup import (
    comment_score_from_html,
    flatten_structured,
    review_score_from_html,
    scores_from_markup,
    structured_data,
    visible_text,
)


def _ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


REVIEW = {
    "@context": "https://schema.org",
    "@type": "Review",
    "itemReviewed": {"@type": "Movie", "name": "Past Lives"},
    "reviewRating": {"@type": "Rating", "ratingValue": "4", "bestRating": "5"},
}

# (html, label, normalised, scale, evidence path)
STRUCTURED_CASES = [
    (_ld(REVIEW), "review", 80, 5, "json-ld[0].reviewRating"),
    (
        _ld({**REVIEW, "reviewRating": {"ratingValue": 8, "bestRating": 10, "worstRating": 1}}),
        "review",
        80,
        10,
        "json-ld[0].reviewRating",
    ),
    (
        _ld({**REVIEW, "reviewRating": {"@type": "Rating", "ratingValue": "3.5"}}),
        "review",
        70,
        5,
        "json-ld[0].reviewRating",
    ),
    (
        _ld({"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, REVIEW]}),
        "review",
        80,
        5,
        "json-ld[0].@graph[1].reviewRating",
    ),
    (
        _ld(
            {
                "@type": "Movie",
                "name": "Her",
                "aggregateRating": {"ratingValue": "3.9", "ratingCount": "880"},
                "review": {"@type": "Review", "reviewRating": {"ratingValue": "4.5"}},
            }
        ),
        "review",
        90,
        5,
        "json-ld[0].review.reviewRating",
    ),
    (
        '<div itemscope itemtype="https://schema.org/Review">'
        '<div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">'
        '<span itemprop="ratingValue">4</span>/<span itemprop="bestRating">5</span></div></div>',
        "review",
        80,
        5,
        "microdata[0].reviewRating",
    ),
    (
        '<div vocab="https://schema.org/" typeof="Review"><div property="reviewRating" '
        'typeof="Rating"><span property="ratingValue">9</span> / <span property="bestRating">10'
        "</span></div></div>",
        "review",
        90,
        10,
        None,
    ),
]


@pytest.mark.parametrize(("html", "label", "normalized", "scale", "path"), STRUCTURED_CASES)
def test_markup_structured_review_rating(
    html: str, label: str, normalized: float, scale: int, path: str | None
) -> None:
    scores = [s for s in scores_from_markup(html, structured_data(html)) if s.label == label]
    assert scores, html
    assert scores[0].normalized == pytest.approx(normalized)
    assert scores[0].scale == scale
    assert scores[0].evidence is not None and scores[0].evidence.field == "markup"
    if path:
        assert scores[0].evidence.path == path


@pytest.mark.parametrize(
    "html",
    [
        _ld({"@type": "Movie", "aggregateRating": {"ratingValue": "4.4", "bestRating": "5"}}),
        '<div itemscope itemtype="https://schema.org/Movie">'
        '<div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">'
        '<span itemprop="ratingValue">3.2</span>/<span itemprop="bestRating">5</span></div></div>',
    ],
)
def test_markup_aggregate_rating_is_the_audience_not_the_reviewer(html: str) -> None:
    scores = scores_from_markup(html, structured_data(html))
    assert [s.label for s in scores] == ["audience"]
    assert review_score_from_html(html)[0] is None


# (html, normalised, scale)
STAR_CASES = [
    ('<p>Verdict</p><img src="/s/45.png" alt="4.5 stars">', 90, 5),
    ('<img src="/s/3.png" title="Rated 3 out of 5">', 60, 5),
    ('<img class="score" src="/r/8.png" alt="Rating: 8/10">', 80, 10),
    ('<span class="stars" title="3.5 out of 5 stars"></span>', 70, 5),
    ('<img src="/s/4.png" alt="★★★★☆">', 80, 5),
    ('<span class="rating-4-5"></span>', 90, 5),
    ('<div class="review-stars stars-40"></div>', 80, 5),
    ('<div class="star-rating stars-35"></div>', 70, 5),
    ('<span class="stars stars-2-5"></span>', 50, 5),
    ('<span class="rating-3"></span>', 60, 5),
    (
        '<div class="score">'
        + '<span class="star full"></span>' * 3
        + '<span class="star half"></span><span class="star empty"></span></div>',
        70,
        5,
    ),
    (
        "<div>" + '<i class="fa fa-star"></i>' * 4 + '<i class="fa fa-star-o"></i></div>',
        80,
        5,
    ),
    ('<div class="c-rating c-rating--45"></div>', 90, 5),
    ('<p>Great.</p><img src="/img/stars-45.png" alt="">', 90, 5),
    ('<img src="/i/4-stars.gif">', 80, 5),
    ('<span class="rating" data-rating="4.5"></span>', 90, 5),
    ('<div class="score" data-score="8" data-max="10"></div>', 80, 10),
    (
        "<div>"
        + '<img src="/i/star-full.png">' * 3
        + '<img src="/i/star-empty.png">' * 2
        + "</div>",
        60,
        5,
    ),
    (
        "<div>"
        + '<span class="star filled"></span>' * 3
        + '<span class="star"></span>' * 2
        + "</div>",
        60,
        5,
    ),
]


@pytest.mark.parametrize(("html", "normalized", "scale"), STAR_CASES)
def test_markup_star_images_and_classes(html: str, normalized: float, scale: int) -> None:
    scores = [s for s in scores_from_markup(html, []) if s.label == "markup"]
    assert len(scores) == 1, scores
    assert scores[0].normalized == pytest.approx(normalized)
    assert scores[0].scale == scale
    assert scores[0].evidence is not None and scores[0].evidence.path


@pytest.mark.parametrize(
    "html",
    [
        '<span class="badge">★ Editor\'s Pick</span><p>A film about memory.</p>',
        '<div class="rate-this"><p>Rate this film</p>'
        + '<span class="star empty"></span>' * 5
        + "</div>",
        '<span class="runtime">2h 10m</span> <span class="year">2019</span>'
        ' <span class="cert">15</span>',
        '<button class="fav">☆ Add to watchlist</button><p>A tense siege film.</p>',
        '<div class="stars-bg"><img src="/img/sky.jpg" alt="Stars over the desert"></div>',
        '<div class="comments"><img src="/s/5.png" alt="5 stars"></div>',
        '<aside class="related"><ul><li>Get Out: 5/5</li></ul>'
        '<img alt="4 stars" src="x.png"></aside>',
        '<img src="poster.jpg" alt="Dune (2021) poster">',
    ],
)
def test_markup_look_alikes_give_no_score(html: str) -> None:
    assert review_score_from_html(html)[0] is None


def test_markup_score_table_with_scale_in_caption() -> None:
    html = (
        "<table><caption>Scores (out of 10)</caption><tr><td>Story</td><td>7</td></tr>"
        "<tr><td>Acting</td><td>9</td></tr><tr><td>Overall</td><td>8</td></tr></table>"
    )
    score, subs = review_score_from_html(html)
    assert score is not None and score.normalized == 80 and score.scale == 10
    assert sorted((s.label, s.normalized) for s in subs) == [("acting", 90), ("story", 70)]


def test_markup_text_label_beats_aggregate() -> None:
    html = (
        _ld({"@type": "Movie", "aggregateRating": {"ratingValue": "3.1", "bestRating": "5"}})
        + "<p>Overstuffed and smug.</p><p><strong>Our rating: 2/5</strong></p>"
    )
    score, _ = review_score_from_html(html)
    assert score is not None and score.normalized == 40 and score.evidence.field == "body"


def test_markup_sidebar_scores_are_ignored() -> None:
    html = (
        '<div class="post"><p>Strange and fun.</p><p>Verdict: <img src="/s/4.png" '
        'alt="4 out of 5 stars"></p></div><aside class="related"><h3>Related reviews</h3>'
        "<ul><li>Get Out: 5/5</li><li>Us: 3.5/5</li></ul></aside>"
    )
    score, _ = review_score_from_html(html)
    assert score is not None and score.normalized == 80 and score.label == "markup"


def test_markup_visible_text_joins_inline_and_breaks_blocks() -> None:
    html = (
        "<table><caption>Scores (out of 10)</caption><tr><td>Story</td><td>7</td></tr></table>"
        "<p>Verdict: <b>8</b>/10</p>"
    )
    assert visible_text(html) == "Scores (out of 10)\nStory | 7\n\nVerdict: 8/10"


def test_markup_visible_text_drops_aggregate_microdata() -> None:
    html = (
        '<div itemscope itemtype="https://schema.org/Movie"><p>Good.</p>'
        '<div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">'
        '<span itemprop="ratingValue">3.2</span>/5</div></div>'
    )
    assert visible_text(html) == "Good."
    assert "3.2" in visible_text(html, drop_foreign=False)


def test_markup_flatten_structured_tags_syntax() -> None:
    flat = flatten_structured({"json-ld": [{"@type": "Review"}], "microdata": [], "rdfa": []})
    assert flat == [{"@type": "Review", "syntax": "json-ld"}]


def test_markup_visible_text_drops_scripts() -> None:
    text = visible_text(
        "<html><head><title>T</title></head><body><script>var x=1</script><p>Hi</p></body></html>"
    )
    assert text == "Hi"


@pytest.mark.parametrize(
    "structured",
    [
        [],
        [{"syntax": "json-ld"}],
        [{"syntax": "json-ld", "@type": "Review", "reviewRating": "n/a"}],
        [
            {
                "syntax": "json-ld",
                "@type": "Review",
                "reviewRating": {"ratingValue": "9", "bestRating": "5"},
            }
        ],
        [{"syntax": "json-ld", "@type": "Review", "reviewRating": [{"ratingValue": None}]}],
        ["not a dict", 3, None],  # type: ignore[list-item]
    ],
)
def test_markup_malformed_structured_data_gives_no_score(structured: list) -> None:
    assert [s for s in scores_from_markup("", structured) if s.label == "review"] == []


@pytest.mark.parametrize("html", ["", "<", "<html>", "\x00\x01", "<img alt>", "<table><tr><td>"])
def test_markup_broken_html_does_not_raise(html: str) -> None:
    assert review_score_from_html(html)[0] is None


def test_markup_star_images_with_glyph_alt_texts_make_one_row() -> None:
    html = (
        "<p>Verdict</p><span>"
        + '<img src="/i/s.png" alt="★">' * 3
        + '<img src="/i/h.png" alt="½"><img src="/i/e.png" alt="☆"></span>'
    )
    score, _ = review_score_from_html(html)
    assert score is not None and score.normalized == 70 and score.scale == 5


@pytest.mark.parametrize(
    ("html", "normalized"),
    [
        (
            '<div class="comment"><p>Loved it!</p><img src="/s/4.png" alt="4 stars"></div>',
            80,
        ),
        ('<div class="comment"><p>Great review, 8/10 from me</p></div>', 80),
        ('<div class="comment"><p>You gave it 9/10?! Really?</p></div>', None),
    ],
)
def test_markup_comment_score_from_html(html: str, normalized: float | None) -> None:
    score = comment_score_from_html(html, "comment:2")
    if normalized is None:
        assert score is None
    else:
        assert score is not None and score.normalized == normalized


DEMO = Path(__file__).resolve().parents[2] / "src" / "cinesift" / "demo" / "pages"


@pytest.mark.parametrize("page", sorted(p.name for p in DEMO.glob("*.html")))
def test_markup_demo_pages_whole_page_score_matches_labels(page: str) -> None:
    labels = json.loads((DEMO / "LABELS.json").read_text(encoding="utf-8"))["pages"]
    expected = labels[page].get("explicit_score")
    score, _ = review_score_from_html((DEMO / page).read_text(encoding="utf-8"))
    if expected is None:
        assert score is None, score
    else:
        assert score is not None
        assert score.normalized == pytest.approx(expected["normalized_0_100"], abs=0.5)
