"""Review polarity: sentence subjectivity and polarity, document verdict and an inferred score."""

from __future__ import annotations

import json
import math
import re
import zipfile
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from cinesift.analyze.sentences import split_sentences
from cinesift.errors import ModelError

# Features are hashed, not looked up in a vocabulary: the artifact is then a few weight vectors,
# loads in milliseconds, and needs neither scikit-learn nor a pickled vectoriser at runtime.
_WORD_BITS = 23  # 2^21 buckets cost 0.4-0.6 points of accuracy in n-gram collisions
_CHAR_BITS = 20
_M1 = np.uint64(0x9E3779B97F4A7C15)
_M2 = np.uint64(0xBF58476D1CE4E5B9)
_M3 = np.uint64(0x94D049BB133111EB)
_SALT_BI = np.uint64(0x2545F4914F6CDD1D)
_SALT_TRI = np.uint64(0x6A09E667F3BCC909)

_BR = re.compile(r"<br\s*/?>|<[a-z/][^>]{0,40}>", re.IGNORECASE)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)*|n't|[.,;:!?()]")
_NEGATORS = frozenset(
    "not no never nothing nobody none nor neither n't cannot without hardly barely".split()
)
_NEGATION_END = frozenset(".,;:!?()") | {"but", "however", "although", "though"}
_DROPPED_PUNCT = frozenset(".,;:()")  # end a negation scope, carry no opinion themselves
# In film reviews, tears describe what the film did to the viewer: praise, not a complaint.
# Generic models read "a sobbing mess" or "saddest movie" as negative, so these phrases are
# folded into one token whose weight is learned from the reviews that use them.
_TEARS = re.compile(
    r"\b(?:tear[- ]?jerk(?:er|ing)"
    r"|(?:sobbing|blubbering|crying|weeping|bawling|teary|snotty|emotional) (?:mess|wreck)"
    r"|(?:bring|need|grab|get|have|keep|prepare|pack|take)\s+"
    r"(?:(?:a|the|some|your|plenty of|lots of|extra)\s+)?(?:(?:box|pack|packet)\s+of\s+)?"
    r"(?:tissues?|kleenex|hankies|handkerchiefs?)"
    r"|(?:tissues?|kleenex) (?:box|ready|handy|needed)"
    r"|saddest (?:movie|film|drama)s?"
    r"|(?:made|make|makes) me (?:cry|weep|sob|tear up)"
    r"|(?:cried|wept|sobbed|bawled) (?:like a baby|my eyes out|buckets))\b"
)


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens with negation marking; the same rules for raw and pre-tokenised text.

    The Cornell sets come lower-cased with punctuation split off, IMDb and web pages do not;
    normalising both to one token stream lets one model read all of them.
    """
    text = _BR.sub(" ", text).lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    text = _TEARS.sub(" tearjerker ", text)
    text = (
        text.replace("n't", " n't").replace(" ca n't", " can n't").replace(" wo n't", " will n't")
    )
    out: list[str] = []
    negated = False
    for token in _TOKEN.findall(text):
        if token in _NEGATION_END:
            negated = False
            if token not in _DROPPED_PUNCT:
                out.append(token)
            continue
        if token in _NEGATORS:
            negated = True
            out.append(token)
            continue
        out.append("!" + token if negated else token)
    return out


class _Hasher:
    """Turns token lists into hashed feature ids; caches per-word hashes across calls."""

    def __init__(self) -> None:
        self._words: dict[str, int] = {}
        self._chars: dict[str, np.ndarray] = {}

    def _word(self, token: str) -> int:
        h = self._words.get(token)
        if h is None:
            if len(self._words) > 400_000:
                self._words.clear()
            h = zlib.crc32(token.encode()) | (zlib.adler32(token.encode()) << 32)
            self._words[token] = h
        return h

    def _char(self, token: str) -> np.ndarray:
        ids = self._chars.get(token)
        if ids is None:
            if len(self._chars) > 100_000:
                self._chars.clear()
            word = " " + token.lstrip("!") + " "
            grams = {word[i : i + n] for n in (3, 4, 5) for i in range(len(word) - n + 1)}
            raw = np.fromiter(
                (zlib.crc32(g.encode()) for g in grams), dtype=np.uint64, count=len(grams)
            )
            ids = (_mix(raw * _M3) & np.uint64((1 << _CHAR_BITS) - 1)).astype(np.int32)
            self._chars[token] = ids
        return ids

    def word_ids(self, tokens: list[str]) -> np.ndarray:
        """Sorted unique ids of word 1-, 2- and 3-grams."""
        if not tokens:
            return np.zeros(0, dtype=np.int32)
        h = np.fromiter((self._word(t) for t in tokens), dtype=np.uint64, count=len(tokens))
        parts = [_mix(h)]
        if len(h) > 1:
            parts.append(_mix(h[:-1] * _M1 + h[1:] + _SALT_BI))
        if len(h) > 2:
            parts.append(_mix((h[:-2] * _M1 + h[1:-1]) * _M2 + h[2:] + _SALT_TRI))
        ids = np.concatenate(parts) & np.uint64((1 << _WORD_BITS) - 1)
        return np.unique(ids.astype(np.int32))

    def char_ids(self, tokens: list[str]) -> np.ndarray:
        """Sorted unique ids of character 3-5-grams inside words (robust to typos, inflection)."""
        words = {t for t in tokens if t[0] != "!" or len(t) > 1}
        if not words:
            return np.zeros(0, dtype=np.int32)
        return np.unique(np.concatenate([self._char(w) for w in words]))


def _mix(x: np.ndarray) -> np.ndarray:
    # splitmix64 finaliser: spreads n-gram combinations over all bits before masking.
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(30))
        x = x * _M2
        x = x ^ (x >> np.uint64(27))
        x = x * _M3
        return x ^ (x >> np.uint64(31))


# ---------------------------------------------------------------------------------------------
# Model: linear scorers over hashed features, combined into a document verdict.
# ---------------------------------------------------------------------------------------------

ARTIFACT = Path(__file__).resolve().parents[1] / "models" / "sentiment.npz"
SENTENCE_BITS = 19  # sentence models see few features: a smaller table keeps the artifact small
MIXED_MARGIN = 0.2  # P(positive) within 0.5 ± this margin may be called "mixed" ...
MIXED_SHARE = 0.3  # ... when each side holds at least this share of the opinion evidence
CLOSING_SENTENCES = 2  # the reviewer's verdict usually sits in the last sentences
_LOGIT_CLIP = 6.0


@dataclass(frozen=True)
class SentenceSentiment:
    """One sentence: probability it is opinion (not plot or fact) and that it is positive."""

    subjectivity: float
    positive: float


@dataclass(frozen=True)
class DocumentSentiment:
    """A whole review: verdict, how sure, the 0-100 score the text suggests, and its sentences."""

    polarity: str  # "positive" | "negative" | "mixed"
    confidence: float  # P(chosen side); for "mixed", how close the call is to 50/50
    inferred_score: float  # 0-100; inferred from the text, never an explicit rating
    sentences: list[SentenceSentiment]


@dataclass(frozen=True)
class LinearScorer:
    """A logistic scorer over binary hashed features, rows scaled to unit length."""

    weights: np.ndarray  # float32, NB log-count ratios already folded in
    bias: float

    def __call__(self, ids: np.ndarray) -> float:
        if len(ids) == 0:
            return self.bias
        return float(self.weights[ids].sum()) / math.sqrt(len(ids)) + self.bias


@dataclass(frozen=True)
class Combiner:
    """Weights that turn the component scores into one document logit, and the 0-100 score.

    logit = intercept + word * s_word + char * s_char + opinion * E, where E is the mean
    sentence polarity logit over opinion sentences (weighted by subjectivity, closing verdict
    counted `closing` times). The inferred score is a linear regression on critics' ratings:
    100 * clip(score_bias + score_slope * sigmoid(logit / 2) + s_score, 0, 1), where s_score
    is the score table's sum over the review's n-grams.
    """

    intercept: float
    word: float
    char: float
    opinion: float
    closing: float
    score_slope: float
    score_bias: float

    def logit(self, s_word: float, s_char: float, opinion: float) -> float:
        return self.intercept + self.word * s_word + self.char * s_char + self.opinion * opinion

    def score(self, logit: float, s_score: float = 0.0) -> float:
        value = self.score_bias + self.score_slope * _sigmoid(logit / 2) + s_score
        return 100.0 * min(1.0, max(0.0, value))


class SentimentModel:
    """Document and sentence polarity for film reviews, loaded from one small artifact."""

    def __init__(
        self,
        doc_word: LinearScorer,
        doc_char: LinearScorer,
        subjectivity: LinearScorer,
        sentence_polarity: LinearScorer | None,
        combiner: Combiner,
        score_table: LinearScorer | None = None,
        meta: dict | None = None,
    ) -> None:
        self.doc_word = doc_word
        self.doc_char = doc_char
        self.subjectivity = subjectivity
        # Without a sentence polarity model (a variant that must not see sentence data), the
        # document word model reads each sentence instead.
        self.sentence_polarity = sentence_polarity
        self.combiner = combiner
        self.score_table = score_table or LinearScorer(
            np.zeros(1 << SENTENCE_BITS, dtype=np.float32), 0.0
        )
        self.meta = meta or {}
        self._hasher = _Hasher()

    @classmethod
    def load(cls, path: Path | None = None) -> SentimentModel:
        """Load the artifact at `path` (default: the one shipped in the package)."""
        path = Path(path) if path is not None else ARTIFACT
        try:
            with np.load(path, allow_pickle=False) as arrays:
                meta = json.loads(bytes(arrays["meta"]).decode())

                def scorer(name: str) -> LinearScorer:
                    return LinearScorer(arrays[name].astype(np.float32), float(meta["bias"][name]))

                model = cls(
                    doc_word=scorer("doc_word"),
                    doc_char=scorer("doc_char"),
                    subjectivity=scorer("subjectivity"),
                    sentence_polarity=scorer("sentence_polarity"),
                    combiner=Combiner(**meta["combiner"]),
                    score_table=scorer("score"),
                    meta=meta,
                )
        except FileNotFoundError as exc:
            raise ModelError(f"sentiment model artifact is missing: {path.name}") from exc
        except (OSError, KeyError, ValueError, TypeError, zipfile.BadZipFile) as exc:
            raise ModelError(f"sentiment model artifact is damaged: {path.name}: {exc}") from exc
        expected = {
            "doc_word": 1 << _WORD_BITS,
            "doc_char": 1 << _CHAR_BITS,
            "subjectivity": 1 << SENTENCE_BITS,
            "sentence_polarity": 1 << SENTENCE_BITS,
        }
        expected["score"] = 1 << SENTENCE_BITS
        for name, size in expected.items():
            scorer_ = getattr(model, "score_table" if name == "score" else name)
            if scorer_.weights.shape != (size,) or not np.isfinite(scorer_.weights).all():
                raise ModelError(f"sentiment model artifact is damaged: bad table {name}")
        return model

    # -- sentences -----------------------------------------------------------------------------

    def _sentence_logits(self, text: str) -> tuple[float, float]:
        """(subjectivity logit, polarity logit) of one sentence."""
        tokens = tokenize(text)
        word_ids = self._hasher.word_ids(tokens)
        small = np.unique(word_ids & ((1 << SENTENCE_BITS) - 1))
        subj = self.subjectivity(small)
        if self.sentence_polarity is not None:
            pol = self.sentence_polarity(small)
        else:
            pol = self.doc_word(word_ids)
        return subj, pol

    def sentences(self, texts: list[str]) -> list[SentenceSentiment]:
        """Subjectivity and polarity of each sentence, in order."""
        out = []
        for text in texts:
            subj, pol = self._sentence_logits(text)
            out.append(SentenceSentiment(_sigmoid(subj), _sigmoid(pol)))
        return out

    # -- documents -----------------------------------------------------------------------------

    def components(
        self, text: str, sentence_spans: list[tuple[int, int]] | None = None
    ) -> tuple[float, float, float, float, list[SentenceSentiment], list[float]]:
        """The parts the verdict is built from: word score, char score, opinion evidence E,
        score-table sum, per-sentence results and per-sentence evidence weights."""
        tokens = tokenize(text)
        word_ids = self._hasher.word_ids(tokens)
        s_word = self.doc_word(word_ids)
        s_score = self.score_table(np.unique(word_ids & ((1 << SENTENCE_BITS) - 1)))
        s_char = self.doc_char(self._hasher.char_ids(tokens))
        if sentence_spans is None:
            sentence_spans = _spans(text)
        sents: list[SentenceSentiment] = []
        logits: list[float] = []
        weights: list[float] = []
        n = len(sentence_spans)
        for i, (start, end) in enumerate(sentence_spans):
            subj, pol = self._sentence_logits(text[start:end])
            p_subj = _sigmoid(subj)
            sents.append(SentenceSentiment(p_subj, _sigmoid(pol)))
            logits.append(max(-_LOGIT_CLIP, min(_LOGIT_CLIP, pol)))
            closing = self.combiner.closing if i >= n - CLOSING_SENTENCES else 1.0
            weights.append(p_subj * closing)
        total = sum(weights)
        opinion = sum(w * z for w, z in zip(weights, logits, strict=True)) / total if total else 0.0
        return s_word, s_char, opinion, s_score, sents, weights

    def document(
        self, text: str, sentence_spans: list[tuple[int, int]] | None = None
    ) -> DocumentSentiment:
        """Verdict for one review body; `sentence_spans` defaults to `split_sentences(text)`.

        "mixed" means a genuinely split review: P(positive) within 0.5 ± MIXED_MARGIN and the
        weaker side holding at least MIXED_SHARE of the weighted opinion-sentence evidence
        (sentences with P(positive) >= 0.7 versus <= 0.3). A close call without opposing opinion
        sentences keeps its side.
        """
        s_word, s_char, opinion, s_score, sents, weights = self.components(text, sentence_spans)
        logit = self.combiner.logit(s_word, s_char, opinion)
        p = _sigmoid(logit)
        polarity = "positive" if p >= 0.5 else "negative"
        confidence = max(p, 1 - p)
        if abs(p - 0.5) < MIXED_MARGIN and _split_evidence(sents, weights) >= MIXED_SHARE:
            polarity = "mixed"
            confidence = 1 - 2 * abs(p - 0.5)
        score = self.combiner.score(logit, s_score)
        return DocumentSentiment(polarity, confidence, score, sents)

    def documents(self, texts: list[str]) -> list[DocumentSentiment]:
        """Verdicts for a batch of review bodies."""
        return [self.document(text) for text in texts]


def _split_evidence(sents: list[SentenceSentiment], weights: list[float]) -> float:
    """Share of the opinion evidence held by the weaker side (0 = one-sided, 0.5 = even).

    Only sentences that lean clearly one way count, so neutral asides do not make a review mixed.
    """
    pos = neg = 0.0
    for sent, weight in zip(sents, weights, strict=True):
        if sent.positive >= 0.7:
            pos += weight
        elif sent.positive <= 0.3:
            neg += weight
    if pos + neg == 0:
        return 0.0
    return min(pos, neg) / (pos + neg)


def _spans(text: str) -> list[tuple[int, int]]:
    # "<br />" becomes same-length whitespace so paragraph breaks split sentences and offsets hold.
    clean = _BR.sub(lambda m: "\n" + " " * (len(m.group()) - 1), text)
    return [(s.start, s.end) for s in split_sentences(clean)]


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


@lru_cache(maxsize=1)
def default_model() -> SentimentModel:
    """The packaged model, built once per process."""
    return SentimentModel.load()
