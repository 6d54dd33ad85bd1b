"""The critics' figures for one film: % positive, mean score with its interval, audience mood."""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import fmean
from typing import TYPE_CHECKING, Any

from cinesift.aggregate.consensus import (
    AspectShare,
    SummarySentence,
    aspect_profile,
    consensus,
    pull_quotes,
)
from cinesift.aggregate.facts import film_facts
from cinesift.model import FilmRef, Review
from cinesift.settings import Options

if TYPE_CHECKING:
    from cinesift.store import FilmRow, Store


@dataclass
class Audience:
    """Reader comments, summarised on their own: they never enter the critics' figures."""

    comments: int
    positive: int
    negative: int
    mixed: int
    scored: int
    mean_score: float | None

    @property
    def percent_positive(self) -> float | None:
        judged = self.positive + self.negative + self.mixed
        return round(100 * self.positive / judged, 1) if judged else None

    @property
    def mood(self) -> str:
        pct = self.percent_positive
        if pct is None:
            return "no reader comments" if not self.comments else "unclear"
        return "warm" if pct >= 60 else "cold" if pct < 40 else "divided"


@dataclass
class FilmVerdict:
    film: FilmRef
    reviews: list[Review]
    scored: int
    judged: int
    positive: int
    mean_score: float | None
    interval: tuple[float, float] | None
    interval_level: float
    mean_with_inferred: float | None
    verdict: str | None  # None below Options.min_reviews_for_verdict
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (copy, original) sources
    audience: Audience | None = None
    aspects: list[AspectShare] = field(default_factory=list)
    consensus: list[SummarySentence] = field(default_factory=list)
    quotes: dict[str, SummarySentence | None] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def percent_positive(self) -> float | None:
        return round(100 * self.positive / self.judged, 1) if self.judged else None


def _fingerprint(body: str) -> str:
    words = re.findall(r"\w+", body.lower())
    return hashlib.sha1(" ".join(words).encode()).hexdigest()


def deduplicate(reviews: list[Review]) -> tuple[list[Review], list[tuple[str, str]]]:
    """Syndicated copies (the same review text on two sites) count once: the first one seen."""
    seen: dict[str, Review] = {}
    kept, copies = [], []
    for review in reviews:
        key = _fingerprint(review.body)
        if key in seen:
            copies.append((review.source, seen[key].source))
        else:
            seen[key] = review
            kept.append(review)
    return kept, copies


def bootstrap_interval(
    values: list[float], samples: int, level: float, seed: int
) -> tuple[float, float] | None:
    """Percentile bootstrap interval of the mean; None for fewer than two values."""
    if len(values) < 2:
        return None
    rng = random.Random(seed)
    n = len(values)
    means = sorted(fmean(rng.choices(values, k=n)) for _ in range(samples))
    tail = (1 - level) / 2
    lo = means[int(tail * (samples - 1))]
    hi = means[int((1 - tail) * (samples - 1))]
    return round(lo, 1), round(hi, 1)


def audience_of(reviews: list[Review]) -> Audience:
    comments = [c for r in reviews for c in r.comments]
    moods = Counter(c.polarity for c in comments)
    scores = [c.score.normalized for c in comments if c.score is not None]
    return Audience(
        comments=len(comments),
        positive=moods["positive"],
        negative=moods["negative"],
        mixed=moods["mixed"],
        scored=len(scores),
        mean_score=round(fmean(scores), 1) if scores else None,
    )


def summarise(film: FilmRef, reviews: list[Review], options: Options | None = None) -> FilmVerdict:
    """Figures over the critics' reviews, each distinct review counted once."""
    options = options or Options()
    reviews, copies = deduplicate(reviews)
    scores = [r.score.normalized for r in reviews if r.score is not None]
    judgements = [r.is_positive for r in reviews if r.is_positive is not None]
    with_inferred = [
        (r.score or r.inferred_score).normalized
        for r in reviews
        if (r.score or r.inferred_score) is not None
    ]
    positive = sum(1 for j in judgements if j)
    summary = consensus(reviews)
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
        interval=bootstrap_interval(
            scores, options.bootstrap_samples, options.interval_level, options.seed
        ),
        interval_level=options.interval_level,
        mean_with_inferred=round(fmean(with_inferred), 1) if with_inferred else None,
        verdict=verdict,
        duplicates=copies,
        audience=audience_of(reviews),
        aspects=aspect_profile(reviews),
        consensus=summary,
        quotes=pull_quotes(reviews, exclude=summary),
        facts=film_facts(reviews).to_dict(),
    )


def build_verdict(store: Store, film: FilmRow, options: Options | None = None) -> FilmVerdict:
    """Load a film's reviews from the store and summarise them."""
    return summarise(FilmRef(film.title, film.year), store.reviews(film.id), options)
