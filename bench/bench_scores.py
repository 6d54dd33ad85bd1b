"""Score-extraction benchmark: precision and recall of explicit scores, IMDb subset and team gold.

Two gold sets:

- IMDb subset (../shared/data/imdb-large-movie-review-subset, test-only: never tune on it). A
  review "states a rating" when this independent regex finds an N/10 or "N out of 10" with
  N <= 10 in its text (`<br />` read as a line break):

      (?<![\\d./])(\\d{1,2}(?:\\.\\d)?)\\s*(?:/|out\\s+of)\\s*10\\b(?![\\d/])   (case-insensitive)

  Gold is the official 1-10 rating; an output is correct when its normalised score is within 10
  points of rating x 10 (one point on the 10 scale). Each review is scored as a plain-text body
  with no title and no markup: `choose_review_score(body, None, [])`.
  Rows: "states a rating" = precision over the stating reviews where CineSift outputs a score
  (the issue's target), recall over the stating reviews; "all reviews" = precision over every
  review where CineSift outputs a score (users often state a score on another scale, or for
  another film, so this row carries the data's own noise).
- Team gold file (tests/data/scores_gold.jsonl), dev and test splits reported separately.
  Precision over cases where CineSift outputs a score, recall over cases with an expected score;
  correct, as the gold file's README asks, when the normalised score is within 0.5 of the expected
  one and the scale is the same. Text cases run
  `choose_review_score` (reviews) or `comment_score` (comments); HTML cases run the same on the
  visible text, plus `scores_from_markup` over the page's extruct data.

Run: python bench/bench_scores.py   (prints a Markdown table)
"""

from __future__ import annotations

import gzip
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from cinesift.analyze.scores import choose_review_score, comment_score
from cinesift.extract.markup import comment_score_from_html, review_score_from_html
from cinesift.model import Score

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CINESIFT_SHARED") or REPO.parent / "shared")
DATA = SHARED / "data"
GOLD = REPO / "tests" / "data" / "scores_gold.jsonl"

STATES_RATING = re.compile(r"(?i)(?<![\d./])(\d{1,2}(?:\.\d)?)\s*(?:/|out\s+of)\s*10\b(?![\d/])")
BREAK = re.compile(r"<br\s*/?>", re.I)


@dataclass
class Tally:
    outputs: int = 0
    correct_outputs: int = 0
    expected: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.correct_outputs / self.outputs if self.outputs else float("nan")

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else float("nan")


def states_rating(text: str) -> bool:
    return any(float(m.group(1)) <= 10 for m in STATES_RATING.finditer(text))


def bench_imdb() -> tuple[Tally, Tally, int, float]:
    path = DATA / "imdb-large-movie-review-subset" / "reviews.jsonl.gz"
    stating, every = Tally(), Tally()
    reviews = 0
    started = time.perf_counter()
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            review = json.loads(line)
            reviews += 1
            body = BREAK.sub("\n", review["text"])
            score, _ = choose_review_score(body, None, [])
            correct = score is not None and abs(score.normalized - 10 * review["rating"]) <= 10
            if score is not None:
                every.outputs += 1
                every.correct_outputs += correct
            if states_rating(body):
                stating.expected += 1
                stating.found += correct
                if score is not None:
                    stating.outputs += 1
                    stating.correct_outputs += correct
    return stating, every, reviews, time.perf_counter() - started


def gold_correct(predicted: Score | None, expected: dict | None) -> bool:
    """A gold case is matched when the normalised score is within 0.5 and the scale is the same."""
    return (
        predicted is not None
        and expected is not None
        and abs(predicted.normalized - float(expected["normalized"])) <= 0.5
        and str(predicted.scale) == str(expected["scale"])
    )


def gold_prediction(case: dict) -> Score | None:
    """What CineSift says for one gold case (shared with tests/analyze/test_scores.py)."""
    text = case["text"]
    if case.get("owner") == "comment" or case.get("comment"):
        if case.get("format") == "html":
            return comment_score_from_html(text, "comment:0")
        return comment_score(text, "comment:0")
    if case.get("format") == "html":
        return review_score_from_html(text)[0]
    return choose_review_score(text, None, [])[0]


def bench_gold() -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        tally = tallies.setdefault(case["split"], Tally())
        predicted = gold_prediction(case)
        expected = case["expected"]
        correct = gold_correct(predicted, expected)
        if predicted is not None:
            tally.outputs += 1
            tally.correct_outputs += correct
        if expected is not None:
            tally.expected += 1
            tally.found += correct
    return tallies


def main() -> None:
    rows: list[tuple[str, Tally]] = []
    if GOLD.is_file():
        for split, tally in sorted(bench_gold().items()):
            rows.append((f"team gold file, {split} split", tally))
    else:
        print(f"(no gold file at {GOLD.relative_to(REPO)}: skipped)")
    imdb_dir = DATA / "imdb-large-movie-review-subset"
    seconds = reviews = None
    if imdb_dir.is_dir():
        stating, every, reviews, seconds = bench_imdb()
        rows.append(("IMDb subset, reviews that state a rating", stating))
        rows.append(("IMDb subset, all reviews", every))
    else:
        print(f"(no IMDb subset at {imdb_dir}: skipped)")

    print("| set | outputs | precision | expected | recall |")
    print("|---|---:|---:|---:|---:|")
    for name, t in rows:
        expected = str(t.expected) if t.expected else "-"
        recall = f"{t.recall:.3f}" if t.expected else "-"
        print(f"| {name} | {t.outputs} | {t.precision:.3f} | {expected} | {recall} |")
    if seconds is not None:
        print(f"\nIMDb subset: {reviews} reviews scored in {seconds:.1f} s (one process).")


if __name__ == "__main__":
    main()
