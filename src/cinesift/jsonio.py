"""The JSON form of the domain model: the per-page contract of `analyze` and the store."""

from __future__ import annotations

from typing import Any

from cinesift.model import (
    AspectOpinion,
    Claim,
    Comment,
    FilmRef,
    Mention,
    Review,
    Score,
    Sentence,
    Span,
    Spoiler,
)

SCHEMA_VERSION = 1


def span_to_dict(span: Span) -> dict[str, Any]:
    return span.to_dict()


def span_from_dict(d: dict[str, Any]) -> Span:
    return Span(d["start"], d["end"], d.get("field", "body"), d.get("path"))


def score_to_dict(score: Score | None) -> dict[str, Any] | None:
    return score.to_dict() if score else None


def score_from_dict(d: dict[str, Any] | None) -> Score | None:
    if not d:
        return None
    return Score(
        raw=d["raw"],
        normalized=d["normalized"],
        scale=d["scale"],
        evidence=span_from_dict(d["evidence"]) if d.get("evidence") else None,
        inferred=d.get("inferred", False),
        label=d.get("label"),
    )


def review_to_dict(review: Review, *, sentences: bool = False) -> dict[str, Any]:
    """The per-page JSON object. Spans are offsets; `text` is added beside them for readers."""

    def evidence(span: Span) -> dict[str, Any]:
        d = span.to_dict()
        if span.field != "markup":
            d["text"] = review.text_of(span)
        return d

    def score(s: Score | None) -> dict[str, Any] | None:
        if s is None:
            return None
        d = s.to_dict()
        if s.evidence is not None:
            d["evidence"] = evidence(s.evidence)
        return d

    out: dict[str, Any] = {
        "source": review.source,
        "sha256": review.sha256,
        "url": review.url,
        "film": {"title": review.film.title, "year": review.film.year, "key": review.film.key}
        if review.film
        else None,
        "site": review.site,
        "reviewer": review.reviewer,
        "title": review.title,
        "date": review.date,
        "language": review.language,
        "body": review.body,
        "comments": [
            {
                "author": c.author,
                "date": c.date,
                "text": c.text,
                "depth": c.depth,
                "score": score(c.score),
                "polarity": c.polarity,
            }
            for c in review.comments
        ],
        "score": score(review.score),
        "sub_scores": [score(s) for s in review.sub_scores],
        "polarity": review.polarity,
        "text_polarity": review.text_polarity,
        "polarity_confidence": review.polarity_confidence,
        "inferred_score": score(review.inferred_score),
        "positive": review.is_positive,
        "aspects": [
            {
                "aspect": a.aspect,
                "polarity": a.polarity,
                "strength": round(a.strength, 3),
                "evidence": [evidence(s) for s in a.evidence],
                "people": list(a.people),
            }
            for a in review.aspects
        ],
        "spoilers": [
            {
                "text": review.text_of(s.span),
                "severity": s.severity,
                "span": s.span.to_dict(),
                "reason": s.reason,
            }
            for s in review.spoilers
        ],
        "people": [
            {
                "name": m.name,
                "canonical": m.canonical,
                "role": m.role,
                "plays": m.plays,
                "span": m.span.to_dict(),
            }
            for m in review.people
        ],
        "claims": [
            {
                "kind": c.kind,
                "subject": c.subject,
                "value": c.value,
                "as_of": c.as_of,
                "span": c.span.to_dict(),
                "text": review.text_of(c.span),
            }
            for c in review.claims
        ],
        "error": review.error,
    }
    if sentences:
        out["sentences"] = [
            {"span": s.span.to_dict(), "subjectivity": s.subjectivity, "polarity": s.polarity}
            for s in review.sentences
        ]
    return out


def review_to_record(review: Review) -> dict[str, Any]:
    """Everything needed to rebuild the Review (what the store keeps)."""
    d = review_to_dict(review, sentences=True)
    d["structured"] = review.structured
    d["markup_scores"] = [s.to_dict() for s in review.markup_scores]
    d["schema_version"] = SCHEMA_VERSION
    return d


def review_from_record(d: dict[str, Any]) -> Review:
    film = d.get("film")
    return Review(
        source=d["source"],
        sha256=d["sha256"],
        url=d.get("url"),
        body=d.get("body", ""),
        title=d.get("title"),
        site=d.get("site"),
        reviewer=d.get("reviewer"),
        date=d.get("date"),
        language=d.get("language"),
        film=FilmRef(film["title"], film.get("year")) if film else None,
        comments=[
            Comment(
                text=c["text"],
                author=c.get("author"),
                date=c.get("date"),
                depth=c.get("depth", 0),
                score=score_from_dict(c.get("score")),
                polarity=c.get("polarity"),
            )
            for c in d.get("comments", [])
        ],
        structured=d.get("structured", []),
        markup_scores=[s for s in map(score_from_dict, d.get("markup_scores", [])) if s],
        score=score_from_dict(d.get("score")),
        sub_scores=[s for s in map(score_from_dict, d.get("sub_scores", [])) if s],
        polarity=d.get("polarity"),
        text_polarity=d.get("text_polarity"),
        polarity_confidence=d.get("polarity_confidence"),
        inferred_score=score_from_dict(d.get("inferred_score")),
        sentences=[
            Sentence(span_from_dict(s["span"]), s.get("subjectivity"), s.get("polarity"))
            for s in d.get("sentences", [])
        ],
        aspects=[
            AspectOpinion(
                a["aspect"],
                a["polarity"],
                a["strength"],
                tuple(span_from_dict(s) for s in a.get("evidence", [])),
                tuple(a.get("people", [])),
            )
            for a in d.get("aspects", [])
        ],
        spoilers=[
            Spoiler(span_from_dict(s["span"]), s["severity"], s.get("reason", ""))
            for s in d.get("spoilers", [])
        ],
        people=[
            Mention(m["name"], m["canonical"], m["role"], span_from_dict(m["span"]), m.get("plays"))
            for m in d.get("people", [])
        ],
        claims=[
            Claim(c["kind"], c["subject"], c["value"], span_from_dict(c["span"]), c.get("as_of"))
            for c in d.get("claims", [])
        ],
        error=d.get("error"),
    )
