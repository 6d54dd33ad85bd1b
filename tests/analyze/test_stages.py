"""The built-in stages as the pipeline runs them: order, and a score outranking the text."""

from __future__ import annotations

import pytest

from cinesift.model import Page, score_band
from cinesift.pipeline import Pipeline, PipelineOrderError, registered
from cinesift.settings import Options

PRAISE = (
    "What a joy this film is. The performances are wonderful, the story is moving and funny, "
    "and I left the cinema smiling. The music is lovely too. Highly recommended to everyone."
)


def analyse(text: str):
    page = Page("mem://page", text.encode(), "text")
    return Pipeline.default(Options()).run(page)


def test_stages_default_order_is_valid() -> None:
    names = registered()
    assert names.index("sentences") < names.index("sentiment") < names.index("aspects")
    assert names.index("scores") < names.index("sentiment")
    assert names.index("people") < names.index("aspects")


def test_stages_out_of_order_is_refused() -> None:
    with pytest.raises(PipelineOrderError, match="needs"):
        Pipeline.default(Options(), names=["sentiment", "sentences"])


def test_stages_text_alone_decides_without_a_score() -> None:
    review = analyse(PRAISE)
    assert review.score is None
    assert review.polarity == review.text_polarity == "positive"


def test_stages_explicit_score_outranks_the_text() -> None:
    review = analyse(PRAISE + "\n\nRating: 2/10")
    assert review.score is not None and review.score.normalized == 20
    assert review.text_polarity == "positive"
    assert review.polarity == "negative"
    assert review.is_positive is False


@pytest.mark.parametrize(
    "score, band",
    [
        (90, "positive"),
        (65, "positive"),
        (60, "mixed"),
        (46, "mixed"),
        (45, "negative"),
        (0, "negative"),
    ],
)
def test_stages_score_band(score: float, band: str) -> None:
    assert score_band(score) == band
