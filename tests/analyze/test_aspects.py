"""Tests for aspect opinions: cues, clause polarity, people, per-review summary, gold floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cinesift.analyze.aspects import ASPECTS, review_aspects, sentence_aspects, tokens_of
from cinesift.analyze.sentences import split_sentences
from cinesift.analyze.stages import AspectStage
from cinesift.model import AspectOpinion, Mention, Review, Sentence, Span
from cinesift.settings import Options

GOLD = Path(__file__).resolve().parents[1] / "data" / "aspects_gold.jsonl"
TAXONOMY = (
    "acting story characters emotion humour direction writing music visuals pacing message "
    "production"
).split()


def aspects_of(text: str, positive: float | None = None) -> dict[str, str]:
    return {aspect: polarity for aspect, polarity, _ in sentence_aspects(text, positive)}


def test_aspects_taxonomy_declared_once_with_descriptions_and_cues() -> None:
    assert list(ASPECTS) == TAXONOMY
    for name, definition in ASPECTS.items():
        assert definition.name == name
        assert definition.description.endswith(".")
        assert len(definition.cues) >= 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The acting is superb.", {"acting": "positive"}),
        ("Ryu Seung-ryong's acting is perfect.", {"acting": "positive"}),
        ("The plot is predictable and full of holes.", {"story": "negative"}),
        ("The characters are one-dimensional.", {"characters": "negative"}),
        ("This movie is a real tear-jerker.", {"emotion": "positive"}),
        ("Touching. Funny. Heart-wrenching.", {"emotion": "positive", "humour": "positive"}),
        ("The humor is hilarious.", {"humour": "positive"}),
        ("The direction is assured and confident.", {"direction": "positive"}),
        ("The dialogue is stilted and the screenplay a mess.", {"writing": "negative"}),
        ("John Williams' score is gorgeous.", {"music": "positive"}),
        ("The cinematography is stunning.", {"visuals": "positive"}),
        ("At two and a half hours it is far too long.", {"pacing": "negative"}),
        ("Its message is heavy-handed and preachy.", {"message": "negative"}),
        ("The special effects are cheap and the sets look tacky.", {"production": "negative"}),
    ],
)
def test_aspects_sentence_finds_each_aspect(text: str, expected: dict[str, str]) -> None:
    assert aspects_of(text) == expected


# Critics' wording beyond the words the gold set uses, written for these tests.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the script is riddled with clunky exposition .", {"writing": "negative"}),
        ("hanks gives a luminous turn as the grieving father .", {"acting": "positive"}),
        ("the story is utterly predictable .", {"story": "negative"}),
        ("at nearly three hours , the film is interminable .", {"pacing": "negative"}),
        ("the picture is handsomely lensed by roger deakins .", {"visuals": "positive"}),
        ("the creature effects are cheesy .", {"production": "negative"}),
        ("a laugh-out-loud romp from start to finish .", {"humour": "positive"}),
        ("the score is rousing .", {"music": "positive"}),
        ("the villains are cardboard cutouts .", {"characters": "negative"}),
        ("the film's moralizing is tiresome .", {"message": "negative"}),
        ("the dialogue crackles with wit .", {"writing": "positive", "humour": "positive"}),
        ("the ending is a letdown .", {"story": "negative"}),
        ("the first hour is slow going , but the pay-off is worth it .", {"pacing": "negative"}),
        ("this romantic comedy opens in new york .", {}),
        ("the hero sets out to find his brother .", {}),
    ],
)
def test_aspects_sentence_broad_critic_vocabulary(text: str, expected: dict[str, str]) -> None:
    assert aspects_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The acting is great but the story drags.",
            {"acting": "positive", "story": "negative", "pacing": "negative"},
        ),
        (
            "Although the dialogue is clumsy, the performances are superb.",
            {"writing": "negative", "acting": "positive"},
        ),
        (
            "the film 's score is n't very good , though the cinematography is stunning .",
            {"music": "negative", "visuals": "positive"},
        ),
        ("The music is pleasant, but the songs are poor.", {"music": "mixed"}),
    ],
)
def test_aspects_sentence_contrast_splits_clauses(text: str, expected: dict[str, str]) -> None:
    assert aspects_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is not funny at all.", {"humour": "negative"}),
        ("The acting was never convincing.", {"acting": "negative"}),
        ("The script is hardly original.", {"writing": "negative"}),
        ("The special effects are not bad.", {"production": "positive"}),
        ("the jokes are n't funny .", {"humour": "negative"}),
    ],
)
def test_aspects_sentence_negation_flips(text: str, expected: dict[str, str]) -> None:
    assert aspects_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the plot revolves around tom welles , a surveillance expert .",
        "The film was directed by Lee Hwan-kyung.",
        "He works as a writer in a small town.",
        "",
    ],
)
def test_aspects_sentence_ignores_mentions_without_opinion(text: str) -> None:
    assert aspects_of(text) == {}


def test_aspects_sentence_model_decides_when_no_opinion_word() -> None:
    text = "The soundtrack stayed with me."
    assert aspects_of(text) == {}
    assert aspects_of(text, 0.9) == {"music": "positive"}
    assert aspects_of(text, 0.1) == {"music": "negative"}


def test_aspects_tokens_same_for_raw_and_cornell_text() -> None:
    assert tokens_of("The film's score isn't good, though.") == tokens_of(
        "the film 's score is n't good , though ."
    )


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ryu Seung-ryong's acting is perfect.", "Ryu Seung-ryong"),
        ("I also adore Kal So Won as Ye Seung!", "Kal So Won"),
        ("Hats off to every actor here, especially Ryu Seung Ryong!", "Ryu Seung Ryong"),
    ],
)
def test_aspects_review_links_named_person(text: str, person: str) -> None:
    opinions = review_aspects(text, [Span(0, len(text))], [None])
    acting = {o.aspect: o for o in opinions}["acting"]
    assert acting.people == (person,)
    assert acting.evidence == (Span(0, len(text)),)


def test_aspects_review_links_people_mentions_over_capitalised_names() -> None:
    body = "I went in blind. His acting as the father is wonderful."
    spans = split_sentences(body)
    mention = Mention("His", "Ryu Seung-ryong", "actor", Span(17, 20))
    opinions = review_aspects(body, spans, [None, None], people=[mention])
    assert opinions == [
        AspectOpinion("acting", "positive", opinions[0].strength, (spans[1],), ("Ryu Seung-ryong",))
    ]


def test_aspects_review_summarises_polarity_and_evidence() -> None:
    body = (
        "The acting is superb. The story is dull and predictable. "
        "The plot twists are clever, though. The lead performance is wonderful."
    )
    spans = split_sentences(body)
    by_aspect = {o.aspect: o for o in review_aspects(body, spans, [None] * len(spans))}
    assert by_aspect["acting"].polarity == "positive"
    assert by_aspect["acting"].evidence == (spans[0], spans[3])
    assert by_aspect["story"].polarity == "mixed"
    assert [s.of(body) for s in by_aspect["story"].evidence] == [
        "The story is dull and predictable.",
        "The plot twists are clever, though.",
    ]
    for opinion in by_aspect.values():
        assert 0.0 < opinion.strength <= 1.0


def test_aspects_stage_uses_sentence_polarity_and_people() -> None:
    body = "Nothing more to say. The soundtrack stayed with me."
    review = Review(source="x", sha256="0", body=body)
    review.sentences = [
        Sentence(s, 0.8, p) for s, p in zip(split_sentences(body), [0.5, 0.9], strict=True)
    ]
    review.polarity = "positive"
    stage = AspectStage(Options())
    assert stage.requires == ("sentences", "polarity") and stage.assigns == ("aspects",)
    stage(review)
    assert [(o.aspect, o.polarity) for o in review.aspects] == [("music", "positive")]


# The seed labels name the aspects a reader takes from each page as a whole; a page-level label
# with no sentence that speaks of it cannot be found sentence by sentence.
SEED_GAPS = {("000_b5e981fca0e940f7.txt", "story")}


def seed_cases() -> list:
    return [
        pytest.param(page, aspect, marks=pytest.mark.xfail(strict=True, reason="page-level only"))
        if (page, aspect) in SEED_GAPS
        else (page, aspect)
        for page, aspect in [
            ("000_b5e981fca0e940f7.txt", "acting"),
            ("000_b5e981fca0e940f7.txt", "emotion"),
            ("000_b5e981fca0e940f7.txt", "story"),
            ("002_4ad256ec0beb0381.txt", "story"),
            ("002_4ad256ec0beb0381.txt", "acting"),
            ("002_4ad256ec0beb0381.txt", "emotion"),
            ("002_4ad256ec0beb0381.txt", "humor"),
        ]
    ]


@pytest.mark.parametrize(("page", "aspect"), seed_cases())
def test_aspects_seed_pages_match_labels(
    shared_dir: Path, seed_labels: dict, page: str, aspect: str
) -> None:
    expected = seed_labels["pages"][page]["aspects"][aspect]
    body = (shared_dir / "samples" / "seeds" / page).read_text(encoding="utf-8")
    spans = split_sentences(body)
    found = {o.aspect: o.polarity for o in review_aspects(body, spans, [None] * len(spans))}
    name = "humour" if aspect == "humor" else aspect
    assert found.get(name) == expected


def test_aspects_seed_pages_link_the_lead_actor(shared_dir: Path) -> None:
    body = (shared_dir / "samples" / "seeds" / "000_b5e981fca0e940f7.txt").read_text()
    spans = split_sentences(body)
    acting = {o.aspect: o for o in review_aspects(body, spans, [None] * len(spans))}["acting"]
    assert "Ryu Seung Ryong" in acting.people


def gold_scores(split: str) -> tuple[float, float]:
    """Aspect micro-F1 and polarity accuracy on one gold split, lexicon only (no model)."""
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    tp = fp = fn = agree = 0
    for row in (r for r in rows if r["split"] == split):
        gold = {a["aspect"]: a["polarity"] for a in row["aspects"]}
        predicted = aspects_of(row["text"])
        tp += sum(1 for a in predicted if a in gold)
        fp += sum(1 for a in predicted if a not in gold)
        fn += sum(1 for a in gold if a not in predicted)
        agree += sum(1 for a, p in predicted.items() if gold.get(a) == p)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall), agree / tp


# Floors measured with `bench/bench_aspects.py`'s scoring, lexicon only; they only ever rise.
GOLD_FLOORS = {"dev": (0.75, 0.80), "test": (0.69, 0.74)}


@pytest.mark.skipif(not GOLD.is_file(), reason="aspects gold file not present")
@pytest.mark.parametrize("split", sorted(GOLD_FLOORS))
def test_aspects_gold_floors(split: str) -> None:
    f1, accuracy = gold_scores(split)
    min_f1, min_accuracy = GOLD_FLOORS[split]
    assert f1 >= min_f1
    assert accuracy >= min_accuracy


@pytest.mark.parametrize(
    "text",
    ["The numbers tell the rest of the story.", "Long story short, I went home early."],
)
def test_aspects_story_idioms_are_not_the_plot(text: str) -> None:
    assert [a for a in sentence_aspects(text, 0.1) if a[0] == "story"] == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Plot : a rich psychiatrist gets his cute daughter kidnapped by bad guys.", "characters"),
        ("Mulan is the story of a head-strong young woman.", "story"),
        ("It is a great low-budget heist film.", "production"),
        ("Writer/director John Smith has written a best-seller.", "writing"),
    ],
)
def test_aspects_synopses_and_titles_are_not_judgements(text: str, absent: str) -> None:
    assert absent not in {a for a, _, _ in sentence_aspects(text, 0.9)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her acting leaves much to be desired.", {"acting": "negative"}),
        ("Performances are mostly sub-par.", {"acting": "negative"}),
        ("Here he's miserably out of his depth as the lead actor.", {"acting": "negative"}),
        ("The script lacks intelligent dialogue.", {"writing": "negative"}),
        ("It could have been a moving film.", {"emotion": "negative"}),
    ],
)
def test_aspects_sentence_lacks_and_counterfactual_praise(
    text: str, expected: dict[str, str]
) -> None:
    assert aspects_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The photography is grainy and murky.", {"visuals": "negative"}),
        ("Its horrid characters test your patience.", {"characters": "negative"}),
        ("A tenuous plot holds the scenes together.", {"story": "negative"}),
        ("The soundtrack undermines every quiet scene.", {"music": "negative"}),
        ("The jokes draw more groans than smiles.", {"humour": "negative"}),
        ("The script is not up to snuff.", {"writing": "negative"}),
        ("Her performance was acceptable at best.", {"acting": "negative"}),
        (
            "The chemistry between the leads is nothing short of astonishing.",
            {"acting": "positive"},
        ),
    ],
)
def test_aspects_sentence_general_opinion_vocabulary(text: str, expected: dict[str, str]) -> None:
    assert aspects_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negator reaches along a list of praise and a little further than three words
        ("The sketches are neither clever , funny or sharp .", {"humour": "negative"}),
        ("The cast has little room for any memorable moments.", {"acting": "negative"}),
        # praise of one exception counts against the rest
        ("The only good joke comes in the first scene.", {"humour": "negative"}),
        ("The acting is fine ( and that is not saying much ) .", {"acting": "negative"}),
        ("Not even the cast can save this film.", {"acting": "negative"}),
        # "no less" and "a little" do not negate
        ("She is no less wonderful an actress here.", {"acting": "positive"}),
        ("The story is a little predictable.", {"story": "negative"}),
    ],
)
def test_aspects_sentence_negation_scope(text: str, expected: dict[str, str]) -> None:
    assert aspects_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The whole thing is full of cliches.", {"story": "negative"}),
        ("It is a shameless rip-off.", {"story": "negative"}),
        ("The events are simply unbelievable.", {"story": "negative"}),
        ("The tone is all wrong.", {"direction": "negative"}),
        # a staleness word before another cue qualifies that cue, not the plot
        ("A cliched script sinks it.", {"writing": "negative"}),
        # a one-word name at the head of a clause, judged
        ("Goldblum is actually quite good , as always .", {"acting": "positive"}),
        ("Life is beautiful in this town.", {}),
    ],
)
def test_aspects_sentence_recall_without_usual_cue(text: str, expected: dict[str, str]) -> None:
    assert aspects_of(text) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The premise is pure melodrama, and it works.", "music"),
        ("The framing device is clumsy and bolted on.", "visuals"),
    ],
)
def test_aspects_cue_inside_another_word_is_not_that_aspect(text: str, absent: str) -> None:
    assert absent not in aspects_of(text, 0.5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a credit or fact line is no opinion, whatever the sentence model leans to
        ("Running time: 128 minutes.", []),
        ("Music: Ok-jin Lee", []),
        ("Plot: a man goes to war.", []),
        # a sub-score line gives its aspect the band of its score
        ("Acting: 9/10", [("acting", "positive")]),
        ("Story: 2/5", [("story", "negative")]),
        ("Visuals: 3 out of 5", [("visuals", "mixed")]),
    ],
)
def test_aspects_spec_and_sub_score_lines(text: str, expected: list) -> None:
    for lean in (0.1, 0.9):
        found = [(aspect, polarity) for aspect, polarity, _ in sentence_aspects(text, lean)]
        assert found == expected
