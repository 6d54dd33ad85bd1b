"""The film verdict: figures, interval, audience apart, syndicated copies once, cited summary."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cinesift.aggregate import summarise
from cinesift.aggregate.verdict import bootstrap_interval, deduplicate
from cinesift.model import Comment, FilmRef, Page
from cinesift.pipeline import Pipeline
from cinesift.report import render_html, render_markdown, report_context
from cinesift.settings import Options
from cinesift.sources import iter_pages

DEMO = Path(__file__).resolve().parents[2] / "src" / "cinesift" / "demo" / "pages"
FILM = FilmRef("Miracle in Cell No. 7", 2013)


@pytest.fixture(scope="module")
def demo_reviews():
    reviews = list(Pipeline.default(Options()).stream(iter_pages([DEMO])))
    assert all(r.error is None for r in reviews)
    return reviews


@pytest.fixture(scope="module")
def miracle(demo_reviews):
    return [r for r in demo_reviews if r.film and r.film.key.startswith("miracle")]


def test_verdict_figures_on_demo_film(miracle) -> None:
    verdict = summarise(FILM, miracle)
    scores = [r.score.normalized for r in miracle if r.score]
    assert verdict.scored == len(scores) == 5
    assert verdict.mean_score == round(sum(scores) / len(scores), 1)
    assert verdict.verdict == "positive"
    lo, hi = verdict.interval
    assert lo <= verdict.mean_score <= hi and hi - lo > 0


def test_verdict_too_few_reviews(miracle) -> None:
    verdict = summarise(FILM, miracle[:4])
    assert verdict.verdict is None
    assert report_context(verdict)["summary"]["verdict"] == "too few reviews"


def test_verdict_is_deterministic(miracle) -> None:
    first = report_context(summarise(FILM, miracle))
    again = report_context(summarise(FILM, list(miracle)))
    assert json.dumps(first["summary"], sort_keys=True) == json.dumps(
        again["summary"], sort_keys=True
    )


def test_verdict_consensus_cites_and_avoids_spoilers(miracle) -> None:
    verdict = summarise(FILM, miracle)
    assert 2 <= len(verdict.consensus) <= 4
    spoiler_texts = [r.text_of(s.span) for r in miracle for s in r.spoilers]
    for sentence in verdict.consensus + [q for q in verdict.quotes.values() if q]:
        source = sentence.citations[0]
        assert source.role == "source"
        cited = verdict.reviews[source.review - 1]
        assert " ".join(cited.text_of(source.span).split()) == sentence.text
        for spoiler in spoiler_texts:
            assert sentence.text not in " ".join(spoiler.split())
            assert " ".join(spoiler.split()) not in sentence.text


def test_verdict_spoiler_sentence_never_reaches_summary() -> None:
    spoiler = "In the end the father is executed and the daughter clears his name years later."
    praise = [
        "The acting is superb and the father is played with enormous warmth.",
        "The story is moving, and the cast makes every scene count.",
    ]
    pages = [
        Page(
            f"mem://{i}",
            (f"{praise[i % 2]} {spoiler} I loved this film, it is wonderful.").encode(),
            "text",
        )
        for i in range(6)
    ]
    reviews = list(Pipeline.default(Options(min_body_chars=10)).stream(pages))
    assert all(r.spoilers for r in reviews), "the ending must be flagged as a spoiler"
    verdict = summarise(FILM, reviews)
    texts = [s.text for s in verdict.consensus] + [q.text for q in verdict.quotes.values() if q]
    assert texts and all("executed" not in t for t in texts)


def test_verdict_audience_kept_apart(miracle) -> None:
    verdict = summarise(FILM, miracle)
    assert verdict.audience.comments == sum(len(r.comments) for r in miracle)
    with_comment_scores = [r for r in miracle if any(c.score for c in r.comments)]
    assert with_comment_scores, "a demo page has a reader comment with its own score"
    # The critics' mean uses review scores only.
    assert verdict.mean_score == round(
        sum(r.score.normalized for r in miracle if r.score) / verdict.scored, 1
    )


def test_verdict_syndicated_copy_counted_once(miracle) -> None:
    copy = miracle[0].__class__(**{**miracle[0].__dict__, "source": "https://mirror.example/copy"})
    kept, copies = deduplicate([*miracle, copy])
    assert len(kept) == len(miracle)
    assert copies == [("https://mirror.example/copy", miracle[0].source)]
    assert len(summarise(FILM, [*miracle, copy]).reviews) == len(miracle)


@pytest.mark.parametrize("values", [[50.0], []])
def test_verdict_interval_needs_two_scores(values: list[float]) -> None:
    assert bootstrap_interval(values, 200, 0.9, 1) is None


def test_verdict_report_escapes_script_text(demo_reviews) -> None:
    review = demo_reviews[0]
    review.comments.append(Comment("<script>alert('x')</script> nice", author="<b>mallory</b>"))
    html = render_html(report_context(summarise(FILM, [review])))
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;b&gt;mallory&lt;/b&gt;" in html
    md = render_markdown(report_context(summarise(FILM, [review])))
    assert "<script>" not in md


def test_verdict_html_is_self_contained(miracle) -> None:
    html = render_html(report_context(summarise(FILM, miracle)))
    assert "<svg" in html and 'class="spoiler"' in html
    # Nothing is fetched: no scripts, stylesheets, images or frames from anywhere.
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", html)
    assert "<script" not in html and "<link" not in html and "@import" not in html


def test_verdict_lines_that_lean_on_their_context_are_never_shown() -> None:
    leaning = [
        "He gives the father a childlike logic that is wonderful in every single scene.",
        "The film is firmly the second kind, and I loved every minute of it anyway.",
        "But the acting is superb and the cast makes every scene count for a lot.",
    ]
    alone = "The acting is superb and the father is played with enormous warmth throughout."
    pages = [
        Page(f"mem://{i}", f"{alone} {' '.join(leaning)} I loved this film.".encode(), "text")
        for i in range(6)
    ]
    reviews = list(Pipeline.default(Options(min_body_chars=10)).stream(pages))
    verdict = summarise(FILM, reviews)
    texts = [s.text for s in verdict.consensus] + [q.text for q in verdict.quotes.values() if q]
    assert texts
    assert not [t for t in texts if t in leaning]


def test_verdict_markdown_names_the_source_before_the_reviews_that_agree(miracle) -> None:
    context = report_context(summarise(FILM, miracle))
    markdown = render_markdown(context)
    for entry in context["summary"]["consensus"]:
        source = entry["citations"][0]["review"]
        line = next(line for line in markdown.splitlines() if line.startswith(entry["sentence"]))
        assert line[len(entry["sentence"]) :].lstrip().startswith(f"[{source}]")
