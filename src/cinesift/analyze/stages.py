"""The built-in analysis stages: thin adapters from the pure analysis functions to Review."""

from __future__ import annotations

from cinesift.analyze.aspects import review_aspects
from cinesift.analyze.claims import find_claims
from cinesift.analyze.people import find_people
from cinesift.analyze.scores import choose_review_score, comment_score
from cinesift.analyze.sentences import split_sentences
from cinesift.analyze.sentiment import default_model
from cinesift.analyze.spoilers import find_spoilers
from cinesift.model import Review, Score, Sentence, score_band
from cinesift.pipeline import register
from cinesift.settings import Options


@register("sentences")
class SentenceStage:
    name = "sentences"
    requires = ("body",)
    assigns = ("sentences",)

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, review: Review) -> Review:
        review.sentences = [Sentence(span) for span in split_sentences(review.body)]
        return review


@register("scores")
class ScoreStage:
    name = "scores"
    requires = ("body", "title", "markup_scores", "comments")
    assigns = ("score", "sub_scores", "comment_scores")

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, review: Review) -> Review:
        review.score, review.sub_scores = choose_review_score(
            review.body, review.title, review.markup_scores
        )
        for i, comment in enumerate(review.comments):
            comment.score = comment_score(comment.text, f"comment:{i}")
        return review


@register("sentiment")
class SentimentStage:
    """Document and comment polarity, sentence subjectivity, and an inferred score."""

    name = "sentiment"
    requires = ("sentences", "comments", "score")
    assigns = (
        "polarity",
        "text_polarity",
        "polarity_confidence",
        "inferred_score",
        "comment_polarity",
    )

    def __init__(self, options: Options) -> None:
        self.model = default_model()

    def __call__(self, review: Review) -> Review:
        return self.pipe([review])[0]

    def pipe(self, reviews: list[Review]) -> list[Review]:
        for review in reviews:
            spans = [(s.span.start, s.span.end) for s in review.sentences]
            doc = self.model.document(review.body, spans)
            review.text_polarity = doc.polarity
            # The reviewer's own number outranks our reading of the words.
            review.polarity = score_band(review.score.normalized) if review.score else doc.polarity
            review.polarity_confidence = round(doc.confidence, 3)
            review.inferred_score = Score(
                raw=f"{doc.inferred_score:.0f}/100 (inferred)",
                normalized=doc.inferred_score,
                scale=100,
                inferred=True,
            )
            if len(doc.sentences) == len(review.sentences):
                review.sentences = [
                    Sentence(s.span, round(ss.subjectivity, 3), round(ss.positive, 3))
                    for s, ss in zip(review.sentences, doc.sentences, strict=True)
                ]
        comments = [c for r in reviews for c in r.comments]
        if comments:
            for comment, doc in zip(
                comments, self.model.documents([c.text for c in comments]), strict=True
            ):
                comment.polarity = doc.polarity
        return reviews


@register("people")
class PeopleStage:
    """People and characters named in the body, with roles, cast links and canonical names."""

    name = "people"
    requires = ("body", "film")
    assigns = ("people",)

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, review: Review) -> Review:
        title = review.film.title if review.film else None
        # the sentence stage's spans when it ran, so the body is not split again
        spans = [s.span for s in review.sentences] or None
        review.people = find_people(review.body, title, spans)
        return review


@register("claims")
class ClaimsStage:
    """Factual claims of the body (release, runtime, awards, cast, ...), each with its sentence."""

    name = "claims"
    requires = ("body", "film")
    assigns = ("claims",)

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, review: Review) -> Review:
        review.claims = find_claims(review.body)
        return review


@register("aspects")
class AspectStage:
    """What the review praises and pans: aspect -> polarity, with sentences and people as proof."""

    name = "aspects"
    requires = ("sentences", "polarity")
    assigns = ("aspects",)

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, review: Review) -> Review:
        review.aspects = review_aspects(
            review.body,
            [s.span for s in review.sentences],
            [s.polarity for s in review.sentences],
            review.people or None,
        )
        return review


@register("spoilers")
class SpoilerStage:
    """Sentences and recap blocks that give the plot away, and the author's spoiler warnings."""

    name = "spoilers"
    requires = ("sentences",)
    assigns = ("spoilers",)

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, review: Review) -> Review:
        review.spoilers = find_spoilers(review.body, [s.span for s in review.sentences])
        return review
