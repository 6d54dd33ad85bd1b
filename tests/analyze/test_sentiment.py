"""Tests for review polarity: the packaged model on sample pages and film-review pitfalls."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest

from cinesift.analyze import sentiment
from cinesift.analyze.sentiment import (
    Combiner,
    DocumentSentiment,
    LinearScorer,
    SentenceSentiment,
    SentimentModel,
    default_model,
    tokenize,
)
from cinesift.errors import ModelError

# Review part of each sample page, by line numbers (1-based, inclusive), picked by reading them:
# title, navigation, author box and reader comments are left out.
SAMPLE_BODIES = {
    "000_b5e981fca0e940f7.txt": (5, 23),
    "001_1fb0a01d184cddfb.txt": (5, 30),
    "002_4ad256ec0beb0381.txt": (8, 14),
}

VIOLENT_SYNOPSIS_PRAISE = (
    "Yong Goo, a mentally ill father, is accused of murder and rape of a police chief's "
    "daughter. He is beaten by the other inmates, sentenced to death and waits for his "
    "execution. The real killer is never found, his little girl is sent to an orphanage, and "
    "a riot breaks out in the prison where an inmate is stabbed. "
    "This is a wonderful, moving film. The acting is superb and the story stayed with me for "
    "days. I loved every minute of it."
)
TEARS_PRAISE = [
    "I was a sobbing mess, bring tissues, saddest movie I ever watched, recommended.",
    "I cried like a baby. Bring a box of tissues. It is the saddest movie I have ever "
    "watched, and I recommend it to everyone.",
    "This film made me cry so hard. What a tearjerker, and what a beautiful ending.",
]
NEGATIVE_REVIEWS = [
    "A dull, lifeless mess. The script is lazy, the acting is wooden and every joke falls flat. "
    "I was bored from start to finish. Avoid it.",
    "What a waste of time. Terrible movie, awful dialogue, the worst film I have seen this year.",
    "I really wanted to like this one, but it is a disaster: the plot makes no sense, the "
    "characters are cardboard and the ending is insulting. Two hours I will never get back.",
]
PLOT_SENTENCES = [
    "The film follows a young lawyer who moves to Chicago in 1985 to work for her uncle.",
    "After the war, the brothers return to their village and open a bakery with their father.",
]
OPINION_SENTENCES = [
    "This is one of the most moving and beautifully acted films of the year.",
    "Frankly, the dialogue is clumsy and the whole thing feels painfully long.",
]


@pytest.fixture(scope="module")
def model() -> SentimentModel:
    return default_model()


@pytest.mark.parametrize("name", sorted(SAMPLE_BODIES))
def test_sentiment_sample_pages_are_positive(
    model: SentimentModel, shared_dir: Path, name: str
) -> None:
    first, last = SAMPLE_BODIES[name]
    lines = (shared_dir / "samples" / "seeds" / name).read_text(encoding="utf-8").splitlines()
    body = "\n".join(lines[first - 1 : last])
    verdict = model.document(body)
    assert verdict.polarity == "positive"
    assert verdict.inferred_score > 60


def test_sentiment_violent_synopsis_does_not_flip_praise(model: SentimentModel) -> None:
    verdict = model.document(VIOLENT_SYNOPSIS_PRAISE)
    assert verdict.polarity == "positive"
    # The synopsis sentences are read as plot, the closing ones as opinion.
    assert verdict.sentences[0].subjectivity < 0.5
    assert verdict.sentences[-1].subjectivity > 0.5


@pytest.mark.parametrize("text", TEARS_PRAISE)
def test_sentiment_praise_with_tears_stays_positive(model: SentimentModel, text: str) -> None:
    assert model.document(text).polarity == "positive"


@pytest.mark.parametrize("text", NEGATIVE_REVIEWS)
def test_sentiment_negative_reviews_are_negative(model: SentimentModel, text: str) -> None:
    verdict = model.document(text)
    assert verdict.polarity == "negative"
    assert verdict.inferred_score < 50


@pytest.mark.parametrize("plot", PLOT_SENTENCES)
@pytest.mark.parametrize("opinion", OPINION_SENTENCES)
def test_sentiment_subjectivity_ranks_plot_below_opinion(
    model: SentimentModel, plot: str, opinion: str
) -> None:
    plot_result, opinion_result = model.sentences([plot, opinion])
    assert plot_result.subjectivity < opinion_result.subjectivity


def test_sentiment_sentence_polarity(model: SentimentModel) -> None:
    good, bad = model.sentences(OPINION_SENTENCES)
    assert good.positive > 0.5 > bad.positive


def test_sentiment_documents_batch_matches_single(model: SentimentModel) -> None:
    texts = [VIOLENT_SYNOPSIS_PRAISE, *NEGATIVE_REVIEWS]
    assert model.documents(texts) == [model.document(t) for t in texts]


def test_sentiment_document_uses_given_spans(model: SentimentModel) -> None:
    text = "the plot is thin . but i loved it ."
    verdict = model.document(text, sentence_spans=[(0, 18), (19, 35)])
    assert len(verdict.sentences) == 2
    assert isinstance(verdict, DocumentSentiment)
    assert 0.0 <= verdict.confidence <= 1.0
    assert 0.0 <= verdict.inferred_score <= 100.0


def test_sentiment_default_model_is_cached() -> None:
    assert default_model() is default_model()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Not good at all.", ["not", "!good", "!at", "!all"]),
        ("It isn't funny, but it works", ["it", "is", "n't", "!funny", "but", "it", "works"]),
        ("Great.<br /><br />Really!", ["great", "really", "!"]),
        ("I cried like a baby", ["i", "tearjerker"]),
    ],
)
def test_sentiment_tokenize(text: str, expected: list[str]) -> None:
    assert tokenize(text) == expected


# -- "mixed": a verdict near the middle whose opinion sentences pull both ways ---------------


def _toy_model(sentence_scores: dict[str, float], doc_logit: float) -> SentimentModel:
    """A hand-built model: every document scores `doc_logit`; sentences by keyword."""
    size_word = 1 << sentiment._WORD_BITS
    size_sentence = 1 << sentiment.SENTENCE_BITS
    hasher = sentiment._Hasher()
    sentence_weights = np.zeros(size_sentence, dtype=np.float32)
    for word, score in sentence_scores.items():
        (idx,) = hasher.word_ids([word]) & (size_sentence - 1)
        sentence_weights[idx] = score
    zero_word = LinearScorer(np.zeros(size_word, dtype=np.float32), doc_logit)
    zero_char = LinearScorer(np.zeros(1 << sentiment._CHAR_BITS, dtype=np.float32), 0.0)
    always_opinion = LinearScorer(np.zeros(size_sentence, dtype=np.float32), 5.0)
    combiner = Combiner(0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0)
    return SentimentModel(
        zero_word, zero_char, always_opinion, LinearScorer(sentence_weights, 0.0), combiner
    )


@pytest.mark.parametrize(
    ("doc_logit", "text", "expected"),
    [
        (0.1, "Loved the cast. Hated the plot.", "mixed"),
        (-0.1, "Loved the cast. Hated the plot. Hated the end.", "mixed"),
        (0.1, "Loved the cast. Loved the plot.", "positive"),  # one-sided evidence
        (2.0, "Loved the cast. Hated the plot.", "positive"),  # verdict not near the middle
        (-2.0, "Loved the cast. Hated the plot.", "negative"),
    ],
)
def test_sentiment_mixed_needs_split_evidence_and_a_close_call(
    doc_logit: float, text: str, expected: str
) -> None:
    model = _toy_model({"loved": 4.0, "hated": -4.0}, doc_logit)
    assert model.document(text).polarity == expected


def test_sentiment_sentence_dataclass_is_frozen() -> None:
    result = SentenceSentiment(0.5, 0.5)
    with pytest.raises(AttributeError):
        result.positive = 1.0  # type: ignore[misc]


# -- damaged artifacts -------------------------------------------------------------------------


def test_sentiment_missing_artifact_raises_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="missing"):
        SentimentModel.load(tmp_path / "nope.npz")


def test_sentiment_truncated_artifact_raises_model_error(tmp_path: Path) -> None:
    broken = tmp_path / "sentiment.npz"
    broken.write_bytes(sentiment.ARTIFACT.read_bytes()[:1000])
    with pytest.raises(ModelError, match="damaged"):
        SentimentModel.load(broken)


def test_sentiment_artifact_without_a_table_raises_model_error(tmp_path: Path) -> None:
    partial = tmp_path / "sentiment.npz"
    with (
        zipfile.ZipFile(sentiment.ARTIFACT) as source,
        zipfile.ZipFile(partial, "w") as target,
    ):
        for item in source.infolist():
            if item.filename != "doc_char.npy":
                target.writestr(item, source.read(item))
    with pytest.raises(ModelError, match="damaged"):
        SentimentModel.load(partial)


def test_sentiment_load_from_explicit_path(tmp_path: Path) -> None:
    copy = tmp_path / "copy.npz"
    shutil.copyfile(sentiment.ARTIFACT, copy)
    assert SentimentModel.load(copy).document("A superb, moving film.").polarity == "positive"


@pytest.mark.parametrize("text", ["", "   \n ", "!!!", "<br /><br />"])
def test_sentiment_empty_text_gives_a_verdict(model: SentimentModel, text: str) -> None:
    verdict = model.document(text)
    assert verdict.polarity in {"positive", "negative", "mixed"}
    assert 0.0 <= verdict.inferred_score <= 100.0


def test_sentiment_empty_batches(model: SentimentModel) -> None:
    assert model.documents([]) == []
    assert model.sentences([]) == []
