"""Aspect opinions and major spoilers on the hand-labelled gold sentences, vs a keyword baseline.

Gold: `tests/data/aspects_gold.jsonl` (see `tests/data/aspects_gold.md`), one sentence per line
with its aspects (aspect, polarity) and spoiler severity, split into "dev" (used while writing
the rules) and "test" (never looked at while writing them; the figures that count).

- Aspect micro-F1: over (sentence, aspect) pairs, predicted vs gold.
- Polarity accuracy: on the pairs found in both, the share whose polarity matches exactly
  ("positive", "negative" or "mixed").
- Major-spoiler precision / recall: a sentence is predicted major when `find_spoilers` on that
  sentence alone returns a "major" spoiler (explicit warnings are a separate severity).

CineSift is `sentence_aspects(text, p)` with p the sentence polarity from the sentiment model when
its artifact is present (else None, lexicon only). The baseline, computed in the same run: an
aspect whenever one of its cue words is present; polarity from a plain count of positive minus
negative lexicon words (ties positive); major spoiler when the sentence has "ending", "dies",
"twist", "killed" or "death".

The `train` rows are `training/aspects_train.jsonl`: sentences from other reviews of the same
corpora, labelled the same way, for developing the rules (`--development` prints train and dev
only).

Run: python bench/bench_aspects.py   (prints a Markdown table)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from _common import development_only, read_jsonl, table

from cinesift.analyze.aspects import _LEXICON, find_cues, sentence_aspects, tokens_of
from cinesift.analyze.spoilers import find_spoilers
from cinesift.errors import CineSiftError
from cinesift.model import Span

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "aspects_gold.jsonl"
# Sentences labelled for developing the rules, from reviews with no sentence in the gold file.
TRAIN = REPO / "training" / "aspects_train.jsonl"
# The dev half labelled again by a second person who never saw the gold labels: how far two
# careful readers agree, the ceiling any system can be judged against.
SECOND = REPO / "tests" / "data" / "aspects_gold_dev_second.jsonl"
BASELINE_SPOILER_WORDS = frozenset({"ending", "dies", "twist", "killed", "death"})

AspectFn = Callable[[str, float | None], dict[str, str]]
SpoilerFn = Callable[[str], bool]


def cinesift_aspects(text: str, positive: float | None) -> dict[str, str]:
    return {aspect: polarity for aspect, polarity, _ in sentence_aspects(text, positive)}


def cinesift_major(text: str) -> bool:
    spoilers = find_spoilers(text, [Span(0, len(text))])
    return any(s.severity == "major" for s in spoilers)


def baseline_aspects(text: str, positive: float | None) -> dict[str, str]:
    tokens = tokens_of(text)
    values = [_LEXICON.get(t, 0.0) for t in tokens]
    score = sum(1 for v in values if v > 0) - sum(1 for v in values if v < 0)
    polarity = "positive" if score >= 0 else "negative"
    return {hit.aspect: polarity for hit in find_cues(tokens)}


def baseline_major(text: str) -> bool:
    return any(t in BASELINE_SPOILER_WORDS for t in tokens_of(text))


def score(
    rows: list[dict],
    positives: list[float | None],
    aspects_of: AspectFn,
    is_major: SpoilerFn,
) -> dict[str, float]:
    """Micro-F1 of (sentence, aspect) pairs, polarity accuracy on matched pairs, major P/R."""
    tp = fp = fn = agree = 0
    s_tp = s_fp = s_fn = 0
    for row, positive in zip(rows, positives, strict=True):
        gold = {a["aspect"]: a["polarity"] for a in row["aspects"]}
        predicted = aspects_of(row["text"], positive)
        for aspect, polarity in predicted.items():
            if aspect in gold:
                tp += 1
                agree += polarity == gold[aspect]
            else:
                fp += 1
        fn += sum(1 for aspect in gold if aspect not in predicted)
        major = is_major(row["text"])
        gold_major = row["spoiler"] == "major"
        s_tp += major and gold_major
        s_fp += major and not gold_major
        s_fn += gold_major and not major
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "pairs": tp + fn,
        "aspect_p": precision,
        "aspect_r": recall,
        "aspect_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "polarity_acc": agree / tp if tp else 0.0,
        "majors": s_tp + s_fn,
        "major_p": s_tp / (s_tp + s_fp) if s_tp + s_fp else 0.0,
        "major_r": s_tp / (s_tp + s_fn) if s_tp + s_fn else 0.0,
    }


def sentence_positives(texts: list[str]) -> tuple[list[float | None], str]:
    """Sentence polarity from the sentiment model, or None for each when it is unavailable."""
    try:
        from cinesift.analyze.sentiment import default_model

        model = default_model()
        return [s.positive for s in model.sentences(texts)], "lexicon + sentence model"
    except (ImportError, CineSiftError) as exc:
        return [None] * len(texts), f"lexicon only (sentiment model unavailable: {exc})"


def main(argv: list[str] | None = None) -> None:
    development = development_only(__doc__.splitlines()[0], argv)
    if not GOLD.is_file():
        sys.exit(f"gold file not found: {GOLD}")
    rows = read_jsonl(GOLD) + [{**r, "split": "train"} for r in read_jsonl(TRAIN)]
    results = []
    started = time.perf_counter()
    splits = ("train", "dev") if development else ("test", "dev", "train")
    second = {r["text"]: r for r in read_jsonl(SECOND)}
    for split in splits:
        part = [r for r in rows if r["split"] == split]
        if not part:
            continue
        positives, mode = sentence_positives([r["text"] for r in part])
        systems: list[tuple[str, AspectFn, SpoilerFn]] = [
            ("CineSift", cinesift_aspects, cinesift_major),
            ("keyword baseline", baseline_aspects, baseline_major),
        ]
        if split == "dev" and second:
            systems.append(
                (
                    "second labeller",
                    lambda text, _p: {a["aspect"]: a["polarity"] for a in second[text]["aspects"]},
                    lambda text: second[text]["spoiler"] == "major",
                )
            )
        for name, aspects_of, is_major in systems:
            m = score(part, positives, aspects_of, is_major)
            results.append(
                [
                    split,
                    name,
                    len(part),
                    m["pairs"],
                    m["aspect_p"],
                    m["aspect_r"],
                    m["aspect_f1"],
                    m["polarity_acc"],
                    m["majors"],
                    m["major_p"],
                    m["major_r"],
                ]
            )
    elapsed = time.perf_counter() - started
    print(f"Aspects and spoilers on {GOLD.name} ({mode}; {elapsed:.1f} s)\n")
    print(
        table(
            [
                "split",
                "system",
                "sentences",
                "gold pairs",
                "aspect P",
                "aspect R",
                "aspect micro-F1",
                "polarity acc",
                "gold major",
                "major P",
                "major R",
            ],
            results,
        )
    )
    print(
        "\nTargets on test: aspect micro-F1 >= 0.80, polarity accuracy >= 0.85, "
        "major-spoiler precision >= 0.85 at recall >= 0.75."
    )


if __name__ == "__main__":
    main()
