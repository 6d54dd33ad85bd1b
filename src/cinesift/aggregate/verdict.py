"""The critics' figures for one film: how many reviews, % positive, mean explicit score."""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import fmean
from typing import TYPE_CHECKING

from cinesift.model import FilmRef, Review
from cinesift.settings import Options

if TYPE_CHECKING:
    from cinesift.store import FilmRow, Store


@dataclass
class FilmVerdict:
    film: FilmRef
    reviews: list[Review]
    scored: int
    judged: int
    positive: int
    mean_score: float | None
    mean_with_inferred: float | None
    verdict: str | None  # None below Options.min_reviews_for_verdict
    extras: dict = field(default_factory=dict)

    @property
    def percent_positive(self) -> float | None:
        return round(100 * self.positive / self.judged, 1) if self.judged else None


def summarise(film: FilmRef, reviews: list[Review], options: Options | None = None) -> FilmVerdict:
    """Figures over the critics' reviews (reader comments never enter them)."""
    options = options or Options()
    scores = [r.score.normalized for r in reviews if r.score is not None]
    judgements = [r.is_positive for r in reviews if r.is_positive is not None]
    with_inferred = [
        (r.score or r.inferred_score).normalized
        for r in reviews
        if (r.score or r.inferred_score) is not None
    ]
    positive = sum(1 for j in judgements if j)
    verdict = None
    if len(reviews) >= options.min_reviews_for_verdict and judgements:
        share = positive / len(judgements)
        verdict = "positive" if share >= 0.6 else "negative" if share < 0.4 else "mixed"
    return FilmVerdict(
        film=film,
        reviews=reviews,
        scored=len(scores),
        judged=len(judgements),
        positive=positive,
        mean_score=round(fmean(scores), 1) if scores else None,
        mean_with_inferred=round(fmean(with_inferred), 1) if with_inferred else None,
        verdict=verdict,
    )


def build_verdict(store: Store, film: FilmRow, options: Options | None = None) -> FilmVerdict:
    """Load a film's reviews from the store and summarise them."""
    return summarise(FilmRef(film.title, film.year), store.reviews(film.id), options)
