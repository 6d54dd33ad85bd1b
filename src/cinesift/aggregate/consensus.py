"""What the critics say together: aspect profile, cited spoiler-free summary, pull quotes."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse

from cinesift.model import Review, Span

_WORD = re.compile(r"[a-z][a-z'-]+")
_STOP = frozenset(
    "the a an and or but of to in on at for with is was are were be been it its this that "
    "these those as by from i me my we you he she they his her their them there here so very "
    "just not no film movie one all more most has have had do does did can will would".split()
)
_MIN_WORDS, _MAX_WORDS = 6, 45
# A line shown on its own must not lean on the sentences around it: opened by a pronoun for a
# person or a link word, or pointing back ("the second kind", "the latter").
_LEANS_ON_CONTEXT = re.compile(
    r"(?i)^(?:he|she|they|him|her|his|hers|them|their|this|that|these|those|but|and|so|yet|"
    r"also|still|which|then|however|instead|otherwise)\b|\b(?:the|this|that)\s+(?:first|second|"
    r"third|other|former|latter|same)\s+(?:kind|one|type|sort|group|category)\b|\bthe\s+latter\b"
)


@dataclass(frozen=True)
class Citation:
    review: int  # 1-based position of the review in the report
    source: str
    span: Span
    role: str = "source"  # "source": the sentence is from it; "agrees": it says the same


@dataclass(frozen=True)
class SummarySentence:
    text: str
    citations: tuple[Citation, ...]
    aspect: str | None
    polarity: str


@dataclass(frozen=True)
class AspectShare:
    aspect: str
    reviews: int
    share: float
    positive: int
    negative: int
    mixed: int

    @property
    def net(self) -> float:
        """+1 when every review raising the aspect likes it, -1 when every one dislikes it."""
        return round((self.positive - self.negative) / self.reviews, 2) if self.reviews else 0.0


@dataclass(frozen=True)
class _Candidate:
    review: int
    span: Span
    text: str
    polarity: str
    strength: float
    aspect: str | None
    stance: str | None  # the whole review's side: "positive", "negative" or None
    about_film: bool  # speaks of the film as a whole ("the film", "this movie", its title)


def aspect_profile(reviews: list[Review]) -> list[AspectShare]:
    """For each aspect, how many reviews raise it and which way they lean (most raised first)."""
    counts: dict[str, Counter[str]] = {}
    for review in reviews:
        for opinion in review.aspects:
            counts.setdefault(opinion.aspect, Counter())[opinion.polarity] += 1
    total = max(1, len(reviews))
    shares = [
        AspectShare(
            aspect=aspect,
            reviews=sum(c.values()),
            share=round(sum(c.values()) / total, 2),
            positive=c["positive"],
            negative=c["negative"],
            mixed=c["mixed"],
        )
        for aspect, c in counts.items()
    ]
    return sorted(shares, key=lambda s: (-s.reviews, s.aspect))


def _spoiler_free(review: Review, span: Span) -> bool:
    return not any(
        s.span.field == span.field and s.span.start < span.end and span.start < s.span.end
        for s in review.spoilers
    )


def _sentence_polarity(p: float | None) -> tuple[str, float]:
    if p is None:
        return "neutral", 0.0
    if p >= 0.6:
        return "positive", p - 0.5
    if p <= 0.4:
        return "negative", 0.5 - p
    return "neutral", 0.0


def _candidates(reviews: list[Review]) -> list[_Candidate]:
    """Opinion sentences that are safe to show: spoiler-free, of readable length."""
    found = []
    for index, review in enumerate(reviews, start=1):
        title = re.escape(review.film.title) if review.film else r"(?!x)x"
        film_words = re.compile(rf"(?i)\b(?:film|movie|picture|adaptation|{title})\b")
        aspect_of: dict[tuple[int, int], tuple[str, str]] = {}
        for opinion in review.aspects:
            for span in opinion.evidence:
                aspect_of.setdefault((span.start, span.end), (opinion.aspect, opinion.polarity))
        for sentence in review.sentences:
            text = " ".join(review.text_of(sentence.span).split())
            words = len(text.split())
            if not _MIN_WORDS <= words <= _MAX_WORDS or text.endswith("?"):
                continue
            if _LEANS_ON_CONTEXT.search(text):
                continue  # "He gives Yong-gu ...", "... is firmly the second kind": not alone
            if sentence.subjectivity is not None and sentence.subjectivity < 0.5:
                continue  # plot recap or fact, not what the critic thinks
            if not _spoiler_free(review, sentence.span):
                continue
            polarity, strength = _sentence_polarity(sentence.polarity)
            aspect = aspect_of.get((sentence.span.start, sentence.span.end))
            if aspect is not None and aspect[1] in ("positive", "negative"):
                if polarity not in (aspect[1], "neutral"):
                    continue  # the words and the aspect reading disagree: too unsure to quote
                polarity = aspect[1]
            stance = (
                None
                if review.is_positive is None
                else ("positive" if review.is_positive else "negative")
            )
            found.append(
                _Candidate(
                    index,
                    sentence.span,
                    text,
                    polarity,
                    strength,
                    aspect[0] if aspect else None,
                    stance,
                    bool(film_words.search(text)),
                )
            )
    return found


def _tfidf(texts: list[str]) -> sparse.csr_matrix:
    """Length-normalised tf-idf rows (log tf, smoothed idf) over the given sentences."""
    bags = [Counter(w for w in _WORD.findall(t.lower()) if w not in _STOP) for t in texts]
    df = Counter(w for bag in bags for w in bag)
    column = {w: k for k, w in enumerate(df)}
    n = len(bags)
    rows, cols, values = [], [], []
    for i, bag in enumerate(bags):
        for w, c in bag.items():
            rows.append(i)
            cols.append(column[w])
            values.append((1 + math.log(c)) * math.log(1 + n / df[w]))
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(n, len(column)))
    norms = np.sqrt(matrix.multiply(matrix).sum(axis=1)).A1
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def _centrality(candidates: list[_Candidate]) -> list[float]:
    """How much each sentence says what sentences from *other* reviews say too.

    The sum of a sentence's cosine similarities to every sentence of the other reviews, as one
    product with (all sentences - its own review's sentences): linear in the text, so a film
    with thousands of reviews costs no more per sentence than one with five.
    """
    if not candidates:
        return []
    matrix = _tfidf([c.text for c in candidates])
    reviews = np.array([c.review for c in candidates])
    labels, index = np.unique(reviews, return_inverse=True)
    per_review = (
        sparse.csr_matrix(
            (np.ones(len(candidates)), (index, np.arange(len(candidates)))),
            shape=(len(labels), len(candidates)),
        )
        @ matrix
    )
    total = np.asarray(matrix.sum(axis=0)).ravel()
    with_all = matrix @ total
    with_own = np.asarray(matrix.multiply(per_review[index]).sum(axis=1)).ravel()
    return [float(v) for v in with_all - with_own]


def consensus(reviews: list[Review], max_sentences: int = 4) -> list[SummarySentence]:
    """Two to four spoiler-free review sentences covering the aspects critics raise most."""
    candidates = _candidates(reviews)
    if not candidates:
        return []
    centrality = _centrality(candidates)
    majority = _majority(reviews)
    profile = aspect_profile(reviews)
    chosen: list[tuple[_Candidate, float]] = []

    def best(pool: list[int]) -> int | None:
        used = {(c.review, c.span.start) for c, _ in chosen}
        used_reviews = Counter(c.review for c, _ in chosen)
        ranked = sorted(
            (i for i in pool if (candidates[i].review, candidates[i].span.start) not in used),
            key=lambda i: (
                -(
                    centrality[i]
                    + candidates[i].strength
                    - 0.5 * used_reviews[candidates[i].review]
                ),
                candidates[i].review,
                candidates[i].span.start,
            ),
        )
        return ranked[0] if ranked else None

    # Lead with the overall mood, in words about the film as a whole from a review on the
    # majority's side; then one sentence per aspect in order of how often it is raised, taking
    # the side most reviews take on that aspect.
    on_side = [
        i
        for i, c in enumerate(candidates)
        if c.polarity == majority and c.stance == majority and c.strength >= 0.15
    ]
    lead = best([i for i in on_side if candidates[i].about_film]) or best(on_side)
    if lead is not None:
        chosen.append((candidates[lead], centrality[lead]))
    for share in profile:
        if len(chosen) >= max_sentences:
            break
        if any(c.aspect == share.aspect for c, _ in chosen):
            continue  # the lead already speaks for this aspect
        if share.reviews < 2 and len(chosen) >= 2:
            continue  # an aspect one critic mentions is not a consensus
        side = "positive" if share.positive >= share.negative else "negative"
        pick = best(
            [
                i
                for i, c in enumerate(candidates)
                if c.aspect == share.aspect and c.polarity == side and c.strength >= 0.1
            ]
        )
        if pick is not None:
            chosen.append((candidates[pick], centrality[pick]))
    if len(chosen) < 2:
        extra = best([i for i, c in enumerate(candidates) if c.polarity != "neutral"])
        if extra is not None:
            chosen.append((candidates[extra], centrality[extra]))
    return [_cite(reviews, cand) for cand, _ in chosen]


def _cite(reviews: list[Review], cand: _Candidate) -> SummarySentence:
    citations = [Citation(cand.review, reviews[cand.review - 1].source, cand.span)]
    if cand.aspect:
        for index, review in enumerate(reviews, start=1):
            if index == cand.review:
                continue
            for opinion in review.aspects:
                if opinion.aspect == cand.aspect and opinion.polarity == cand.polarity:
                    if opinion.evidence and _spoiler_free(review, opinion.evidence[0]):
                        citations.append(
                            Citation(index, review.source, opinion.evidence[0], "agrees")
                        )
                    break
    return SummarySentence(cand.text, tuple(citations), cand.aspect, cand.polarity)


def _majority(reviews: list[Review]) -> str:
    votes = Counter(
        "positive" if r.is_positive else "negative" for r in reviews if r.is_positive is not None
    )
    return "positive" if votes["positive"] >= votes["negative"] else "negative"


def pull_quotes(
    reviews: list[Review], exclude: list[SummarySentence] | None = None
) -> dict[str, SummarySentence | None]:
    """The most representative positive and negative lines, each from a review on that side.

    Lines already in the consensus (`exclude`) are not repeated as quotes.
    """
    used = {(c.citations[0].review, c.citations[0].span.start) for c in exclude or []}
    candidates = [c for c in _candidates(reviews) if (c.review, c.span.start) not in used]
    quotes: dict[str, SummarySentence | None] = {"positive": None, "negative": None}
    for side in quotes:
        pool = [
            c
            for c in candidates
            if c.polarity == side and reviews[c.review - 1].is_positive is (side == "positive")
        ] or [c for c in candidates if c.polarity == side]
        if not pool:
            continue
        centrality = _centrality(pool)
        best = max(
            range(len(pool)),
            key=lambda i: (
                centrality[i] + 2 * pool[i].strength,
                -pool[i].review,
                -pool[i].span.start,
            ),
        )
        quotes[side] = _cite(reviews, pool[best])
    return quotes


def summary_to_dict(
    sentence: SummarySentence | None, reviews: list[Review]
) -> dict[str, Any] | None:
    if sentence is None:
        return None
    return {
        "sentence": sentence.text,
        "aspect": sentence.aspect,
        "polarity": sentence.polarity,
        "citations": [
            {
                "review": c.review,
                "source": c.source,
                "role": c.role,
                "span": c.span.to_dict(),
                "text": reviews[c.review - 1].text_of(c.span),
            }
            for c in sentence.citations
        ],
    }
