"""Benchmark review polarity (VADER, TF-IDF + LR, CineSift) on IMDb, Cornell and RT review sets.

Run: .venv/bin/python bench/bench_sentiment.py   (or `make bench-sentiment`)

Every cross-domain figure uses a model that never saw the evaluated set:
- IMDb test subset: the shipped artifact (trained on IMDb train minus the subset's duplicates).
- polarity v2.0: document models retrained here on IMDb train only.
- rt-polarity: the shipped document models, with the rt-trained sentence polarity model removed
  (sentences are then read by the document word model).
- scale data, leave-one-critic-out: the IMDb-only polarity model; the 0-100 score regression
  (or, for baselines, a two-number calibration) is fitted on three critics, scored on the fourth.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

import train_sentiment as ts  # noqa: E402

from cinesift.analyze.sentiment import SentimentModel  # noqa: E402

SHARED = Path(os.environ.get("CINESIFT_SHARED", REPO.parent / "shared"))


def timed(fn: Callable[[], np.ndarray], n: int) -> tuple[np.ndarray, float]:
    start = time.perf_counter()
    out = fn()
    return out, n / (time.perf_counter() - start)


def vader_scores(texts: list[str]) -> np.ndarray:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    return np.array([analyzer.polarity_scores(t.replace("<br />", " "))["compound"] for t in texts])


def tfidf_baseline(train: list[ts.Doc]):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    pipe = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=500_000),
        LogisticRegression(C=4.0, max_iter=2000, solver="liblinear"),
    )
    pipe.fit([d.text.replace("<br />", " ") for d in train], [d.label for d in train])
    return pipe


def cinesift_logits(model: SentimentModel, docs: list[ts.Doc]) -> np.ndarray:
    """Final document logits (the verdict is positive when > 0) through the public API path."""
    parts = ts.parts(model, docs)
    return ts.combined_logits(model, parts)


def accuracy(scores: np.ndarray, docs: list[ts.Doc], threshold: float = 0.0) -> float:
    labels = np.array([d.label for d in docs])
    return float(((scores > threshold) == labels).mean())


def three_class(score_0_100: np.ndarray) -> np.ndarray:
    # The dataset's cut points on the normalised rating: <= 0.4 / 0.41-0.69 / >= 0.7.
    return np.where(score_0_100 < 40.5, 0, np.where(score_0_100 >= 69.5, 2, 1))


def loco(
    docs: list[ts.Doc], predict: Callable[[np.ndarray, np.ndarray], np.ndarray]
) -> tuple[float, float, dict[str, float]]:
    """Leave-one-critic-out: `predict(train_mask, test_mask)` gives 0-100 scores for the test
    critic from a mapping fitted on the other three."""
    critics = np.array([d.group.split("/")[0] for d in docs])
    ratings = np.array([d.rating for d in docs])
    predicted = np.zeros(len(docs))
    for critic in sorted(set(critics)):
        test = critics == critic
        predicted[test] = predict(~test, test)
    mae = float(np.mean(np.abs(predicted - 100 * ratings)))
    gold = three_class(100 * ratings)
    hits = three_class(predicted) == gold
    per_critic = {c: float(hits[critics == c].mean()) for c in sorted(set(critics))}
    return mae, float(hits.mean()), per_critic


def calibrated(
    raw: np.ndarray, ratings: np.ndarray
) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """Scores as 100 * sigmoid(a * raw + b), (a, b) fitted on the training critics."""

    def predict(train: np.ndarray, test: np.ndarray) -> np.ndarray:
        slope, bias = ts.fit_score_calibration(raw[train], ratings[train])
        return 100 / (1 + np.exp(-(slope * raw[test] + bias)))

    return predict


def main() -> None:
    t0 = time.time()
    data = SHARED / "data"
    corpora = ts.load_corpora(data, with_test=True)
    imdb_test, pv2, rt, scale = corpora.imdb_test, corpora.polarity_v2, corpora.rt, corpora.scale
    rows: list[tuple[str, str, str, str]] = []  # (set, system, accuracy, docs/s)

    shipped = SentimentModel.load()
    # (a) IMDb subset, shipped model; documents/s through the public batch API on one core.
    texts = [d.text for d in imdb_test]
    verdicts, rate = timed(lambda: shipped.documents(texts), len(texts))
    labels = np.array([d.label for d in imdb_test])
    predicted_pos = np.array([v.polarity == "positive" for v in verdicts])
    decided = np.array([v.polarity != "mixed" for v in verdicts])
    cs_imdb_logits = cinesift_logits(shipped, imdb_test)
    rows.append(
        ("IMDb subset", "CineSift", f"{accuracy(cs_imdb_logits, imdb_test):.4f}", f"{rate:.0f}")
    )
    mixed_note = (
        f"{(~decided).sum()} of {len(texts)} called mixed; accuracy on the rest "
        f"{float((predicted_pos[decided] == labels[decided]).mean()):.4f}"
    )

    # (b) polarity v2.0 with document models that never saw it (IMDb train only).
    imdb_feats = ts.doc_features([d.text for d in corpora.imdb_train])
    y = np.array([d.label for d in corpora.imdb_train])
    word, char = ts.fit_document_scorers(imdb_feats, y)
    imdb_only = SentimentModel(
        word, char, shipped.subjectivity, shipped.sentence_polarity, shipped.combiner
    )
    print(f"[{time.time() - t0:.0f}s] IMDb-only document models trained", file=sys.stderr)
    pv2_logits, rate = timed(lambda: cinesift_logits(imdb_only, pv2), len(pv2))
    rows.append(("polarity v2.0", "CineSift", f"{accuracy(pv2_logits, pv2):.4f}", f"{rate:.0f}"))

    # (c) rt-polarity with no sentence-polarity model trained on it.
    no_rt = SentimentModel(
        shipped.doc_word, shipped.doc_char, shipped.subjectivity, None, shipped.combiner
    )
    rt_logits, rate = timed(lambda: cinesift_logits(no_rt, rt), len(rt))
    rows.append(("rt-polarity", "CineSift", f"{accuracy(rt_logits, rt):.4f}", f"{rate:.0f}"))

    # Baselines on the same three sets.
    tfidf = tfidf_baseline(corpora.imdb_train)
    for name, docs in (("IMDb subset", imdb_test), ("polarity v2.0", pv2), ("rt-polarity", rt)):
        clean = [d.text.replace("<br />", " ") for d in docs]
        scores, rate = timed(lambda clean=clean: tfidf.decision_function(clean), len(docs))
        rows.append(
            (name, "TF-IDF + LR (IMDb train)", f"{accuracy(scores, docs):.4f}", f"{rate:.0f}")
        )
        scores, rate = timed(lambda docs=docs: vader_scores([d.text for d in docs]), len(docs))
        rows.append(
            (name, "VADER", f"{accuracy(scores, docs, threshold=-0.05):.4f}", f"{rate:.0f}")
        )
    print(f"[{time.time() - t0:.0f}s] baselines done", file=sys.stderr)

    # (d) inferred scores on the scale data, leave-one-critic-out.
    ratings = np.array([d.rating for d in scale])
    scale_logits = cinesift_logits(imdb_only, scale)
    scale_small = ts.sentence_features([d.text for d in scale])

    def cinesift_scores(train: np.ndarray, test: np.ndarray) -> np.ndarray:
        table, slope, bias = ts.fit_score_model(
            scale_small[train], scale_logits[train], ratings[train]
        )
        return ts.predict_scores(table, slope, bias, scale_small[test], scale_logits[test])

    score_rows = []
    for name, predict in (
        ("CineSift (verdict + critic n-grams)", cinesift_scores),
        ("CineSift verdict only (calibrated)", calibrated(scale_logits, ratings)),
        (
            "TF-IDF + LR (calibrated)",
            calibrated(tfidf.decision_function([d.text for d in scale]), ratings),
        ),
        ("VADER (calibrated)", calibrated(vader_scores([d.text for d in scale]), ratings)),
    ):
        mae, acc3, per_critic = loco(scale, predict)
        detail = ", ".join(f"{c.split('+')[-1]} {a:.3f}" for c, a in per_critic.items())
        score_rows.append((name, f"{mae:.1f}", f"{acc3:.4f}", detail))

    order = ["IMDb subset", "polarity v2.0", "rt-polarity"]
    rows.sort(key=lambda r: (order.index(r[0]), r[1]))
    print("## Polarity accuracy (documents/s on one core)\n")
    print("| set | system | accuracy | docs/s |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\nCineSift on the IMDb subset: {mixed_note}.\n")
    print("## Inferred 0-100 score, scale data, leave-one-critic-out\n")
    print("| system | MAE (points) | 3-class accuracy | 3-class by held-out critic |")
    print("|---|---|---|---|")
    for row in score_rows:
        print("| " + " | ".join(row) + " |")
    print(f"\n({time.time() - t0:.0f} s in all)")


if __name__ == "__main__":
    main()
