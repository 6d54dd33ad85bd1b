"""Train CineSift's polarity models from ../shared/data offline and deterministically.

Run: .venv/bin/python scripts/train_sentiment.py [--data DIR] [--out DIR]

Models (all logistic regressions over hashed binary n-grams with naive-Bayes log-count ratios
folded in, "NB-SVM" style):
- document word 1-3-grams and document character 3-5-grams: IMDb train (minus the texts that
  also occur in the IMDb test subset) + polarity v2.0;
- sentence subjectivity: cornell-subjectivity (RT snippets vs IMDb plot sentences);
- sentence polarity: rt-polarity;
- combiner: the weights that merge the two document scores with the subjectivity-weighted
  sentence evidence, fitted on a held-out fifth of IMDb train; score calibration fitted on the
  scale data (whose texts the shipped model never trains on).
The IMDb test subset is never read except to drop its duplicates from training.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import re
import sys
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.optimize import least_squares
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from cinesift.analyze.sentiment import (  # noqa: E402
    _CHAR_BITS,
    _WORD_BITS,
    CLOSING_SENTENCES,
    SENTENCE_BITS,
    Combiner,
    LinearScorer,
    SentimentModel,
    _Hasher,
    _sigmoid,
    _spans,
    tokenize,
)

DEFAULT_DATA = REPO.parent / "shared" / "data"
SEED = 20240601
C_WORD = 1000.0  # chosen on a held-out fifth of IMDb train (C in 1..1000); high C = weak L2
C_CHAR = 30.0
MIN_DF_WORD = 2  # chosen with the hash size on the held-out fifth (2^21/22/23 buckets, 1/2);
# the character model gained nothing from 2^22 buckets with the same pruning, so it stays 2^20.
C_SENTENCE = 3.0
CLOSING_CHOICES = (1.0, 2.0, 3.0)


# ---------------------------------------------------------------------------------------------
# Corpora
# ---------------------------------------------------------------------------------------------


@dataclass
class Doc:
    text: str
    label: int  # 1 positive, 0 negative; -1 unknown
    rating: float = float("nan")  # normalised 0..1 when known
    source: str = ""
    group: str = ""  # critic name (scale), review id (polarity v2.0)
    spans: list[tuple[int, int]] | None = None  # sentence spans for pre-split texts


@dataclass
class Corpora:
    imdb_train: list[Doc] = field(default_factory=list)
    imdb_test: list[Doc] = field(default_factory=list)
    polarity_v2: list[Doc] = field(default_factory=list)
    scale: list[Doc] = field(default_factory=list)
    rt: list[Doc] = field(default_factory=list)
    subjectivity: list[Doc] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # relative path -> sha256
    dropped_duplicates: int = 0


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


_TOKENISED_STOP = re.compile(r"(?<= [.!?]) (?=\S)")


def tokenised_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of lower-cased, pre-tokenised text (" . " ends a sentence)."""
    spans, start = [], 0
    for m in _TOKENISED_STOP.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def load_corpora(data: Path, with_test: bool = False) -> Corpora:
    """Read every training set (and, for the bench only, the IMDb test subset)."""
    c = Corpora()

    def track(path: Path) -> Path:
        c.files[str(path.relative_to(data))] = _sha(path)
        return path

    def jsonl(path: Path) -> list[dict]:
        with gzip.open(track(path), "rt", encoding="utf-8") as f:
            return [json.loads(line) for line in f]

    test_rows = jsonl(data / "imdb-large-movie-review-subset" / "reviews.jsonl.gz")
    test_texts = {r["text"] for r in test_rows}
    for r in jsonl(data / "imdb-large-movie-review-train" / "reviews.jsonl.gz"):
        if r["text"] in test_texts:
            c.dropped_duplicates += 1
            continue
        c.imdb_train.append(
            Doc(r["text"], int(r["label"] == "pos"), (r["rating"] - 1) / 9, "imdb", r["id"])
        )
    if with_test:
        c.imdb_test = [
            Doc(r["text"], int(r["label"] == "pos"), (r["rating"] - 1) / 9, "imdb-test", r["id"])
            for r in test_rows
        ]

    pv2 = data / "cornell-polarity-v2.0" / "txt_sentoken"
    for label in ("neg", "pos"):
        for path in sorted((pv2 / label).glob("*.txt")):
            text = track(path).read_text(encoding="utf-8", errors="replace")
            review_id = path.stem.split("_")[1]
            c.polarity_v2.append(
                Doc(
                    text,
                    int(label == "pos"),
                    source="pv2",
                    group=review_id,
                    spans=_line_spans(text),
                )
            )

    scale = data / "cornell-scale-v1.0" / "scaledata"
    for critic_dir in sorted(p for p in scale.iterdir() if p.is_dir()):
        critic = critic_dir.name
        with gzip.open(track(critic_dir / f"subj.{critic}.gz"), "rt", encoding="utf-8") as f:
            texts = f.read().splitlines()
        ratings = track(critic_dir / f"rating.{critic}").read_text().split()
        ids = track(critic_dir / f"id.{critic}").read_text().split()
        for text, rating, review_id in zip(texts, ratings, ids, strict=True):
            value = float(rating)
            label = 1 if value >= 0.7 else 0 if value <= 0.4 else -1
            c.scale.append(
                Doc(text, label, value, "scale", critic + "/" + review_id, tokenised_spans(text))
            )

    rt = data / "cornell-sentence-polarity-v1.0"
    for label, name in ((1, "rt-polarity.pos"), (0, "rt-polarity.neg")):
        for line in track(rt / name).read_bytes().decode("cp1252", errors="replace").splitlines():
            if line.strip():
                c.rt.append(Doc(line.strip(), label, source="rt"))

    subj = data / "cornell-subjectivity-v1.0"
    for label, name in ((1, "quote.tok.gt9.5000"), (0, "plot.tok.gt9.5000")):
        raw = track(subj / name).read_text(encoding="utf-8")
        # C1 controls are cp1252 punctuation once decoded as Latin-1 (see the set's README).
        raw = raw.encode("latin-1", "replace").decode("cp1252", "replace")
        c.subjectivity.extend(
            Doc(s.strip(), label, source="subj") for s in raw.splitlines() if s.strip()
        )
    return c


# ---------------------------------------------------------------------------------------------
# Features and fitting
# ---------------------------------------------------------------------------------------------


@dataclass
class DocFeatures:
    word: sp.csr_matrix
    char: sp.csr_matrix


def _csr(rows: list[np.ndarray], bits: int) -> sp.csr_matrix:
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r) for r in rows])
    indices = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int32)
    data = np.ones(len(indices), dtype=np.float32)
    return sp.csr_matrix((data, indices, indptr), shape=(len(rows), 1 << bits))


def doc_features(texts: list[str], hasher: _Hasher | None = None) -> DocFeatures:
    hasher = hasher or _Hasher()
    words, chars = [], []
    for text in texts:
        tokens = tokenize(text)
        words.append(hasher.word_ids(tokens))
        chars.append(hasher.char_ids(tokens))
    return DocFeatures(_csr(words, _WORD_BITS), _csr(chars, _CHAR_BITS))


def sentence_features(texts: list[str], hasher: _Hasher | None = None) -> sp.csr_matrix:
    hasher = hasher or _Hasher()
    mask = (1 << SENTENCE_BITS) - 1
    rows = [np.unique(hasher.word_ids(tokenize(t)) & mask) for t in texts]
    return _csr(rows, SENTENCE_BITS)


def fit_nb_logistic(x: sp.csr_matrix, y: np.ndarray, c: float, min_df: int = 1) -> LinearScorer:
    """NB-SVM-style logistic regression on binary rows scaled to unit length.

    Returns weights with the log-count ratios folded in, so that scoring is
    sum(weights[ids]) / sqrt(len(ids)) + bias, exactly as at runtime.
    """
    y = np.asarray(y)
    pos = np.asarray(x[y == 1].sum(axis=0)).ravel() + 1.0
    neg = np.asarray(x[y == 0].sum(axis=0)).ravel() + 1.0
    ratio = (np.log(pos / pos.sum()) - np.log(neg / neg.sum())).astype(np.float32)
    # Buckets seen in fewer than min_df documents keep weight 0: mostly one-off trigrams, they
    # add noise and, zeroed, compress away (the artifact stays small).
    seen = (pos + neg - 2.0) >= min_df
    ratio[~seen] = 0.0
    norms = np.sqrt(np.maximum(np.diff(x.indptr), 1)).astype(np.float32)
    scaled = sp.diags(1.0 / norms) @ x.multiply(ratio).tocsr()
    clf = LogisticRegression(C=c, solver="liblinear", max_iter=2000, random_state=0, tol=1e-4)
    clf.fit(scaled, y)
    weights = (clf.coef_.ravel() * ratio).astype(np.float16).astype(np.float32)
    return LinearScorer(weights, float(clf.intercept_[0]))


def fit_document_scorers(feats: DocFeatures, y: np.ndarray) -> tuple[LinearScorer, LinearScorer]:
    # liblinear releases the GIL: the two fits share the two cores.
    with ThreadPoolExecutor(max_workers=2) as pool:
        word = pool.submit(fit_nb_logistic, feats.word, y, C_WORD, MIN_DF_WORD)
        char = pool.submit(fit_nb_logistic, feats.char, y, C_CHAR)
        return word.result(), char.result()


def subset(feats: DocFeatures, rows: np.ndarray) -> DocFeatures:
    return DocFeatures(feats.word[rows], feats.char[rows])


@dataclass
class Parts:
    """Per-document components: document scores and per-sentence (subjectivity, logit)."""

    s_word: np.ndarray
    s_char: np.ndarray
    sentences: list[list[tuple[float, float]]]

    def opinion(self, closing: float) -> np.ndarray:
        out = np.zeros(len(self.sentences))
        for i, sents in enumerate(self.sentences):
            n = len(sents)
            num = den = 0.0
            for j, (p_subj, logit) in enumerate(sents):
                w = p_subj * (closing if j >= n - CLOSING_SENTENCES else 1.0)
                num += w * max(-6.0, min(6.0, logit))
                den += w
            out[i] = num / den if den else 0.0
        return out

    def matrix(self, closing: float) -> np.ndarray:
        return np.column_stack([self.s_word, self.s_char, self.opinion(closing)])


def parts(model: SentimentModel, docs: list[Doc]) -> Parts:
    s_word, s_char, sentences = [], [], []
    for doc in docs:
        tokens = tokenize(doc.text)
        s_word.append(model.doc_word(model._hasher.word_ids(tokens)))
        s_char.append(model.doc_char(model._hasher.char_ids(tokens)))
        spans = doc.spans if doc.spans is not None else _spans(doc.text)
        sents = []
        for start, end in spans:
            subj, pol = model._sentence_logits(doc.text[start:end])
            sents.append((_sigmoid(subj), pol))
        sentences.append(sents)
    return Parts(np.array(s_word), np.array(s_char), sentences)


def fit_combiner(p: Parts, y: np.ndarray) -> tuple[Combiner, dict[str, float]]:
    """Pick the closing weight and the mixing weights by held-out log-loss."""
    best: tuple[float, float, LogisticRegression] | None = None
    for closing in CLOSING_CHOICES:
        x = p.matrix(closing)
        clf = LogisticRegression(C=1.0, max_iter=1000).fit(x, y)
        prob = np.clip(clf.predict_proba(x)[:, 1], 1e-6, 1 - 1e-6)
        loss = float(-np.mean(y * np.log(prob) + (1 - y) * np.log(1 - prob)))
        if best is None or loss < best[0]:
            best = (loss, closing, clf)
    assert best is not None
    loss, closing, clf = best
    x = p.matrix(closing)
    figures = {
        "word": float(((p.s_word > 0) == y).mean()),
        "char": float(((p.s_char > 0) == y).mean()),
        "opinion": float(((x[:, 2] > 0) == y).mean()),
        "combined": float((clf.predict(x) == y).mean()),
        "log_loss": loss,
    }
    w = clf.coef_.ravel()
    combiner = Combiner(
        intercept=float(clf.intercept_[0]),
        word=float(w[0]),
        char=float(w[1]),
        opinion=float(w[2]),
        closing=closing,
        score_slope=1.0,
        score_bias=0.0,
    )
    return combiner, figures


def fit_score_calibration(logits: np.ndarray, ratings: np.ndarray) -> tuple[float, float]:
    """Least-squares fit of rating ≈ sigmoid(a * logit + b)."""

    def residual(ab: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(ab[0] * logits + ab[1]))) - ratings

    fit = least_squares(residual, x0=np.array([0.3, 0.0]))
    return float(fit.x[0]), float(fit.x[1])


SCORE_ALPHA = 3.0  # ridge strength for the score table (fixed, not tuned on the scale data)
SCORE_LOGIT_SCALE = 3.0  # the verdict feature's scale, so the ridge penalty barely touches it


def fit_score_model(
    x_small: sp.csr_matrix, logits: np.ndarray, ratings: np.ndarray
) -> tuple[LinearScorer, float, float]:
    """Ridge regression of the 0..1 rating on sigmoid(logit / 2) plus the review's n-grams.

    Returns the n-gram table (scored like every table: sum / sqrt(n)), slope and intercept.
    """
    from sklearn.linear_model import Ridge

    norms = np.sqrt(np.maximum(np.diff(x_small.indptr), 1))
    verdict = SCORE_LOGIT_SCALE * _sigmoid_array(logits / 2)
    features = sp.hstack([sp.diags(1.0 / norms) @ x_small, sp.csr_matrix(verdict[:, None])]).tocsr()
    ridge = Ridge(alpha=SCORE_ALPHA).fit(features, ratings)
    table = ridge.coef_[:-1].astype(np.float16).astype(np.float32)
    slope = float(ridge.coef_[-1] * SCORE_LOGIT_SCALE)
    return LinearScorer(table, 0.0), slope, float(ridge.intercept_)


def predict_scores(
    table: LinearScorer, slope: float, bias: float, x_small: sp.csr_matrix, logits: np.ndarray
) -> np.ndarray:
    s_score = np.array([table(x_small[i].indices) for i in range(x_small.shape[0])])
    return 100 * np.clip(bias + slope * _sigmoid_array(logits / 2) + s_score, 0, 1)


def combined_logits(model: SentimentModel, p: Parts) -> np.ndarray:
    c = model.combiner
    return c.intercept + c.word * p.s_word + c.char * p.s_char + c.opinion * p.opinion(c.closing)


def fit_sentence_scorer(docs: list[Doc]) -> LinearScorer:
    x = sentence_features([d.text for d in docs])
    return fit_nb_logistic(x, np.array([d.label for d in docs]), C_SENTENCE)


def cv_sentence_accuracy(docs: list[Doc], folds: int = 5) -> float:
    """k-fold accuracy of a sentence scorer (reported, not used to pick anything)."""
    x = sentence_features([d.text for d in docs])
    y = np.array([d.label for d in docs])
    order = np.random.default_rng(SEED).permutation(len(docs))
    hits = 0
    for k in range(folds):
        test = order[k::folds]
        train = np.setdiff1d(order, test)
        scorer = fit_nb_logistic(x[train], y[train], C_SENTENCE)
        scores = np.array([scorer(x[i].indices) for i in test])
        hits += int(((scores > 0) == y[test]).sum())
    return hits / len(docs)


# ---------------------------------------------------------------------------------------------
# Artifact
# ---------------------------------------------------------------------------------------------


def build_model(
    doc_word: LinearScorer,
    doc_char: LinearScorer,
    subjectivity: LinearScorer,
    sentence_polarity: LinearScorer | None,
    combiner: Combiner | None = None,
    score_table: LinearScorer | None = None,
) -> SentimentModel:
    combiner = combiner or Combiner(0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0)
    return SentimentModel(
        doc_word, doc_char, subjectivity, sentence_polarity, combiner, score_table
    )


def write_artifact(model: SentimentModel, path: Path, meta: dict) -> None:
    """A zip of .npy tables with fixed timestamps, so the same data gives the same bytes."""
    meta = dict(meta)
    meta["bias"] = {
        "doc_word": model.doc_word.bias,
        "doc_char": model.doc_char.bias,
        "subjectivity": model.subjectivity.bias,
        "sentence_polarity": model.sentence_polarity.bias if model.sentence_polarity else 0.0,
        "score": model.score_table.bias,
    }
    meta["combiner"] = asdict(model.combiner)
    tables = {
        "doc_word": model.doc_word.weights.astype(np.float16),
        "doc_char": model.doc_char.weights.astype(np.float16),
        "subjectivity": model.subjectivity.weights.astype(np.float16),
        "sentence_polarity": model.sentence_polarity.weights.astype(np.float16),
        "score": model.score_table.weights.astype(np.float16),
        "meta": np.frombuffer(json.dumps(meta, sort_keys=True).encode(), dtype=np.uint8),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, array in tables.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue(), compresslevel=9)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def train(data: Path, out: Path) -> None:
    t0 = time.time()
    log = lambda msg: print(f"[{time.time() - t0:6.1f}s] {msg}", flush=True)  # noqa: E731
    corpora = load_corpora(data)
    log(
        f"read IMDb train {len(corpora.imdb_train)} (dropped {corpora.dropped_duplicates} test "
        f"duplicates), polarity v2.0 {len(corpora.polarity_v2)}, scale {len(corpora.scale)}, "
        f"rt {len(corpora.rt)}, subjectivity {len(corpora.subjectivity)}"
    )

    subjectivity = fit_sentence_scorer(corpora.subjectivity)
    sentence_polarity = fit_sentence_scorer(corpora.rt)
    subj_cv = cv_sentence_accuracy(corpora.subjectivity)
    rt_cv = cv_sentence_accuracy(corpora.rt)
    log(f"sentence models: subjectivity 5-fold {subj_cv:.4f}, rt polarity 5-fold {rt_cv:.4f}")

    doc_train = corpora.imdb_train + corpora.polarity_v2
    hasher = _Hasher()
    feats = doc_features([d.text for d in doc_train], hasher)
    y = np.array([d.label for d in doc_train])
    log("document features")

    # Combiner weights are fitted on a held-out fifth of IMDb train, with document scorers
    # trained on the rest; then the scorers are refitted on everything.
    n_imdb = len(corpora.imdb_train)
    order = np.random.default_rng(SEED).permutation(n_imdb)
    held = np.sort(order[: n_imdb // 5])
    fit_rows = np.setdiff1d(np.arange(len(doc_train)), held)
    word80, char80 = fit_document_scorers(subset(feats, fit_rows), y[fit_rows])
    model80 = build_model(word80, char80, subjectivity, sentence_polarity)
    held_docs = [doc_train[i] for i in held]
    held_parts = parts(model80, held_docs)
    combiner, held_figures = fit_combiner(held_parts, y[held])
    log(f"held-out fifth of IMDb train: {held_figures}, closing weight {combiner.closing}")

    doc_word, doc_char = fit_document_scorers(feats, y)
    model = build_model(doc_word, doc_char, subjectivity, sentence_polarity, combiner)
    log("document models refitted on all training documents")

    # The inferred score: one regression over two kinds of writer, critics (the scale data,
    # whose texts the polarity models never see) and web users (the held-out fifth of IMDb
    # train, scored by the models fitted without it), so both are read out-of-sample. IMDb's
    # 1-10 ratings map to 0-100 as an explicit "7/10" does: 10 x rating.
    scale_logits = combined_logits(model, parts(model, corpora.scale))
    held_logits = combined_logits(
        build_model(word80, char80, subjectivity, sentence_polarity, combiner), held_parts
    )
    score_logits = np.concatenate([scale_logits, held_logits])
    score_small = sentence_features([d.text for d in corpora.scale + held_docs])
    ratings = np.array([d.rating for d in corpora.scale])
    held_ratings = np.array([(9 * d.rating + 1) / 10 for d in held_docs])
    score_table, slope, bias = fit_score_model(
        score_small, score_logits, np.concatenate([ratings, held_ratings])
    )
    combiner = Combiner(**{**asdict(combiner), "score_slope": slope, "score_bias": bias})
    model = build_model(doc_word, doc_char, subjectivity, sentence_polarity, combiner, score_table)
    scale_small = score_small[: len(corpora.scale)]
    scores = predict_scores(score_table, slope, bias, scale_small, scale_logits)
    scale_mae = float(np.mean(np.abs(scores - 100 * ratings)))
    log(f"score model on scale data (in-sample): MAE {scale_mae:.1f}")
    held_scores = predict_scores(
        score_table, slope, bias, score_small[len(corpora.scale) :], held_logits
    )
    held_mae = float(np.mean(np.abs(held_scores - 100 * held_ratings)))
    log(f"score model on the held-out fifth of IMDb train (in-sample): MAE {held_mae:.1f}")

    artifact = out / "sentiment.npz"
    meta = {
        "format": 1,
        "word_bits": _WORD_BITS,
        "char_bits": _CHAR_BITS,
        "sentence_bits": SENTENCE_BITS,
        "trained_on": {
            "document": f"IMDb train ({n_imdb}) + polarity v2.0 ({len(corpora.polarity_v2)})",
            "subjectivity": f"cornell-subjectivity ({len(corpora.subjectivity)})",
            "sentence_polarity": f"rt-polarity ({len(corpora.rt)})",
            "score": f"cornell-scale ({len(corpora.scale)})",
        },
    }
    write_artifact(model, artifact, meta)
    log(f"wrote {artifact.name} ({artifact.stat().st_size / 1e6:.1f} MB)")

    figures = {
        "subjectivity_cv": subj_cv,
        "rt_cv": rt_cv,
        "held": held_figures,
        "scale_mae_in_sample": scale_mae,
        "imdb_held_mae_in_sample": held_mae,
        "n_held": len(held),
    }
    write_report(out / "sentiment-training-report.md", corpora, artifact, combiner, figures)
    log("wrote sentiment-training-report.md")


def _sigmoid_array(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _file_table(files: dict[str, str]) -> list[tuple[str, str]]:
    """One row per file, except folders of many small files (polarity v2.0: 2000 reviews),
    which get one digest: sha256 over the sorted "<sha256>  <path>" lines of their files."""
    folders: dict[str, list[str]] = {}
    rows = []
    for name, digest in sorted(files.items()):
        if name.endswith(".txt") and "/txt_sentoken/" in name:
            root = name.split("/txt_sentoken/")[0] + "/txt_sentoken/**/*.txt"
            folders.setdefault(root, []).append(f"{digest}  {name}")
        else:
            rows.append((name, digest))
    for root, entries in folders.items():
        listing = "\n".join(sorted(entries)) + "\n"
        rows.append(
            (f"{root} ({len(entries)} files)", hashlib.sha256(listing.encode()).hexdigest())
        )
    return sorted(rows)


def write_report(
    path: Path, corpora: Corpora, artifact: Path, combiner: Combiner, figures: dict
) -> None:
    held = figures["held"]
    lines = [
        "# Sentiment model: training report",
        "",
        "Written by `scripts/train_sentiment.py` (`make train`). Deterministic: the same data",
        "gives the same artifact bytes.",
        "",
        "## Data",
        "",
        f"- IMDb train: {len(corpora.imdb_train)} reviews used; {corpora.dropped_duplicates} "
        "dropped because their text also occurs in the IMDb test subset (test data, never "
        "trained on).",
        "- IMDb test subset: read only to find those duplicates; never trained or tuned on.",
        f"- polarity v2.0: {len(corpora.polarity_v2)} reviews (document models).",
        f"- rt-polarity: {len(corpora.rt)} snippets, read as cp1252 (sentence polarity).",
        f"- cornell-subjectivity: {len(corpora.subjectivity)} sentences (opinion vs plot).",
        f"- cornell-scale: {len(corpora.scale)} reviews: texts and ratings fit the 0-100 score "
        "regression only (the polarity models never see them), together with the held-out "
        "fifth of IMDb train (ratings x 10), scored by document models fitted without it.",
        "",
        "| input file | sha256 |",
        "|---|---|",
        *[f"| `{name}` | `{digest}` |" for name, digest in _file_table(corpora.files)],
        "",
        "## Artifact",
        "",
        f"- `{artifact.name}`: {artifact.stat().st_size / 1e6:.2f} MB, sha256 `{_sha(artifact)}`",
        f"- hashed features: word 1-3-grams 2^{_WORD_BITS}, character 3-5-grams 2^{_CHAR_BITS}, "
        f"sentence models 2^{SENTENCE_BITS}; float16 weights.",
        f"- combiner: logit = {combiner.intercept:.3f} + {combiner.word:.3f}·word + "
        f"{combiner.char:.3f}·char + {combiner.opinion:.3f}·opinion (closing verdict weight "
        f"{combiner.closing:g}); score = 100·clip({combiner.score_bias:.3f} + "
        f"{combiner.score_slope:.3f}·sigmoid(logit/2) + score table, 0, 1).",
        "",
        "## Figures (training-side; test figures come from `make bench-sentiment`)",
        "",
        "| check | accuracy |",
        "|---|---|",
        f"| subjectivity, 5-fold CV | {figures['subjectivity_cv']:.3f} |",
        f"| rt-polarity sentence polarity, 5-fold CV | {figures['rt_cv']:.3f} |",
        f"| held-out fifth of IMDb train ({figures['n_held']}), word model | {held['word']:.3f} |",
        f"| same, character model | {held['char']:.3f} |",
        f"| same, opinion-sentence evidence alone | {held['opinion']:.3f} |",
        f"| same, combined | {held['combined']:.3f} |",
        f"| scale 0-100 MAE, in-sample score model | {figures['scale_mae_in_sample']:.1f} pts |",
        f"| IMDb held-out fifth 0-100 MAE, in-sample score model | "
        f"{figures['imdb_held_mae_in_sample']:.1f} pts |",
        "",
    ]
    path.write_text("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("CINESIFT_SHARED", "")) / "data"
        if os.environ.get("CINESIFT_SHARED")
        else DEFAULT_DATA,
    )
    parser.add_argument("--out", type=Path, default=REPO / "src" / "cinesift" / "models")
    args = parser.parse_args()
    train(args.data, args.out)


if __name__ == "__main__":
    main()
