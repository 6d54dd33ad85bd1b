"""Domain model: the typed records that flow from sources through analysis to the store.

Annotations are spans (character offsets into one text: the review body or one comment's
text), never copied strings, so every figure can answer "why?" with the sentence behind it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

Polarity = Literal["positive", "negative", "mixed", "neutral"]
ContentType = Literal["html", "text"]


@dataclass(frozen=True)
class Span:
    """Character offsets [start, end) into a text; `field` says which text.

    `field` is "body" for the review body, "comment:N" for the N-th reader comment, "title"
    for the page title. Structured-data evidence (JSON-LD) uses `path` instead of offsets.
    """

    start: int
    end: int
    field: str = "body"
    path: str | None = None

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "field": self.field}
        if self.path:
            d["path"] = self.path
        return d


@dataclass(frozen=True)
class Page:
    """One fetched document, exactly as it arrived: the raw bytes are kept for re-analysis."""

    source: str
    raw: bytes
    content_type: ContentType = "html"
    url: str | None = None
    charset: str | None = None  # declared by the HTTP response (a fetch, a WARC record)

    @cached_property
    def sha256(self) -> str:  # asked for by the store, the pipeline and the CLI: hash once
        return hashlib.sha256(self.raw).hexdigest()


@dataclass(frozen=True)
class Unreadable:
    """A page its source could not deliver (a truncated archive, an unreadable file)."""

    source: str
    message: str
    raw: bytes = b""

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.source.encode() + b"\0" + self.raw).hexdigest()


_NUMBER_SIGN = re.compile(r"\bno\.?\s*(?=\d)", re.I)


def normalise_title(title: str) -> str:
    """Comparison form of a title: case, accents, punctuation and "No.7"/"No. 7" folded."""
    text = unicodedata.normalize("NFKD", title)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("&", " and ")
    text = _NUMBER_SIGN.sub("no ", text)
    text = re.sub(r"[’'`]", "", text)
    text = re.sub(r"[^\w]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def film_key(title: str, year: int | None = None) -> str:
    """Stable identity of a film: normalised title, with the year when known."""
    base = normalise_title(title).replace(" ", "-")
    return f"{base}-{year}" if year else base


@dataclass(frozen=True)
class FilmRef:
    """The film a page is about; `key` is the normalised identity used to group reviews."""

    title: str
    year: int | None = None

    @property
    def key(self) -> str:
        return film_key(self.title, self.year)


@dataclass(frozen=True)
class Score:
    """An explicit (or inferred) rating, kept on its own scale and normalised to 0-100."""

    raw: str
    normalized: float
    scale: int | float | str
    evidence: Span | None = None
    inferred: bool = False
    label: str | None = None  # e.g. "overall", "acting" for labelled sub-scores

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw": self.raw,
            "normalized": round(self.normalized, 1),
            "scale": self.scale,
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "inferred": self.inferred,
            "label": self.label,
        }


@dataclass(frozen=True)
class Sentence:
    span: Span
    subjectivity: float | None = None  # probability the sentence is opinion, not plot/fact
    polarity: float | None = None  # probability the sentence is positive


@dataclass(frozen=True)
class AspectOpinion:
    aspect: str
    polarity: Polarity
    strength: float
    evidence: tuple[Span, ...] = ()
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class Spoiler:
    span: Span
    severity: Literal["set-up", "major", "warning"]
    reason: str = ""


@dataclass(frozen=True)
class Mention:
    name: str
    canonical: str
    role: str  # actor, character, director, reviewer, commenter, person
    span: Span
    plays: str | None = None


@dataclass(frozen=True)
class Claim:
    # release, country, genre, runtime, box_office, award, remake, working_title, age,
    # cast, director
    kind: str
    subject: str
    value: str
    span: Span
    as_of: str | None = None


def score_band(normalized: float) -> Polarity:
    """The stance an explicit score states: 65 and up positive, 45 and below negative."""
    if normalized >= 65:
        return "positive"
    return "negative" if normalized <= 45 else "mixed"


@dataclass
class Comment:
    """A reader comment: analysed on its own, never mixed into the critic's figures."""

    text: str
    author: str | None = None
    date: str | None = None
    depth: int = 0
    score: Score | None = None
    polarity: Polarity | None = None


@dataclass
class Review:
    """Everything CineSift learns from one page. Stages fill fields in; `error` marks a bad page."""

    source: str
    sha256: str
    url: str | None = None
    body: str = ""
    title: str | None = None
    site: str | None = None
    reviewer: str | None = None
    date: str | None = None
    language: str | None = None
    film: FilmRef | None = None
    comments: list[Comment] = field(default_factory=list)
    structured: list[dict[str, Any]] = field(default_factory=list)  # JSON-LD / microdata items
    markup_scores: list[Score] = field(default_factory=list)  # ratings found in the page markup
    score: Score | None = None
    sub_scores: list[Score] = field(default_factory=list)
    polarity: Polarity | None = None  # the review's stance: its explicit score's band, else text
    text_polarity: Polarity | None = None  # what the text alone reads as
    polarity_confidence: float | None = None
    inferred_score: Score | None = None
    sentences: list[Sentence] = field(default_factory=list)
    aspects: list[AspectOpinion] = field(default_factory=list)
    spoilers: list[Spoiler] = field(default_factory=list)
    people: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None

    def text_of(self, span: Span) -> str:
        """The text a span points into."""
        if span.field == "body":
            return span.of(self.body)
        if span.field == "title":
            return span.of(self.title or "")
        if span.field.startswith("comment:"):
            return span.of(self.comments[int(span.field.split(":", 1)[1])].text)
        raise ValueError(f"unknown span field {span.field!r}")

    @property
    def is_positive(self) -> bool | None:
        """Positive by the Tomatometer rule: score >= 60, or unscored with positive polarity."""
        if self.score is not None:
            return self.score.normalized >= 60
        if self.polarity is None:
            return None
        return self.polarity == "positive"
