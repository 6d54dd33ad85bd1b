"""How well per-film figures track official ratings on the IMDb test subset (films with >= 5).

For every film with at least five reviews in the subset, the whole CineSift pipeline reads each
review as a text page; the per-film % positive and mean score (explicit where the review states
one, else inferred) are compared with the official per-film figures: % of reviews rated >= 7 and
the mean official rating on 0-100 (rating x 10). The subset is test data: nothing is tuned on it.
"""

from __future__ import annotations

import gzip
import json
import time
from collections import defaultdict
from statistics import fmean

import numpy as np
from _common import shared_data, table

from cinesift.model import Page
from cinesift.pipeline import Pipeline
from cinesift.settings import Options


def pearson(a: list[float], b: list[float]) -> float:
    return float(np.corrcoef(np.array(a), np.array(b))[0, 1])


def main() -> None:
    path = shared_data() / "imdb-large-movie-review-subset" / "reviews.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    by_film: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_film[row["imdb_title_id"]].append(row)
    films = {k: v for k, v in by_film.items() if len(v) >= 5}
    pipeline = Pipeline.default(Options(min_body_chars=1))  # every stage, as `ingest` runs

    started = time.perf_counter()
    pages = [
        Page(f"{row['id']}", row["text"].replace("<br />", "\n").encode(), "text")
        for reviews in films.values()
        for row in reviews
    ]
    results = {review.source: review for review in pipeline.stream(pages)}
    elapsed = time.perf_counter() - started

    official_pct, official_mean = [], []
    predicted_pct, predicted_mean, inferred_only = [], [], []
    failed = 0
    for reviews in films.values():
        official_pct.append(100 * fmean(1.0 if r["rating"] >= 7 else 0.0 for r in reviews))
        official_mean.append(fmean(10.0 * r["rating"] for r in reviews))
        analysed = [results[r["id"]] for r in reviews]
        failed += sum(1 for a in analysed if a.error)
        good = [a for a in analysed if not a.error]
        predicted_pct.append(100 * fmean(1.0 if a.is_positive else 0.0 for a in good))
        predicted_mean.append(fmean((a.score or a.inferred_score).normalized for a in good))
        inferred_only.append(fmean(a.inferred_score.normalized for a in good))

    def mae(a: list[float], b: list[float]) -> float:
        return fmean(abs(x - y) for x, y in zip(a, b, strict=True))

    print(
        f"IMDb test subset: {len(films)} films with >= 5 reviews, {len(pages)} reviews, "
        f"{failed} failed, {len(pages) / elapsed:.0f} reviews/s through the whole pipeline "
        "(one process)\n"
    )
    print(
        table(
            ["per-film figure", "vs official", "Pearson r", "MAE (points)", "target"],
            [
                [
                    "% positive",
                    "% rated >= 7",
                    pearson(predicted_pct, official_pct),
                    mae(predicted_pct, official_pct),
                    "r >= 0.85",
                ],
                [
                    "mean score (explicit, else inferred)",
                    "mean rating x 10",
                    pearson(predicted_mean, official_mean),
                    mae(predicted_mean, official_mean),
                    "r >= 0.85, MAE <= 10",
                ],
                [
                    "mean inferred score only",
                    "mean rating x 10",
                    pearson(inferred_only, official_mean),
                    mae(inferred_only, official_mean),
                    "-",
                ],
            ],
        )
    )


if __name__ == "__main__":
    main()
