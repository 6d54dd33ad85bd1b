"""Tests for spoiler detection: severities, warnings, recap blocks, the stage, gold floors."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from cinesift.analyze.sentences import split_sentences
from cinesift.analyze.spoilers import find_spoilers, sentence_spoiler
from cinesift.analyze.stages import SpoilerStage
from cinesift.model import Review, Sentence, Span, Spoiler
from cinesift.settings import Options

GOLD = Path(__file__).resolve().parents[1] / "data" / "aspects_gold.jsonl"


def one(text: str) -> list[Spoiler]:
    return find_spoilers(text, [Span(0, len(text))])


@pytest.mark.parametrize(
    "text",
    [
        "In the end, he kills himself to save his wife.",
        "annie can't take the grief anymore , and kills herself .",
        "Her husband is killed by the gang in the second act.",
        "They fall in love and eventually marry.",
        "The stranger turns out to be her long-lost father.",
        "It turns out that the detective was the killer all along.",
        "In the end, all the prisoners in the cell are helping Yong Goo.",
        "His love was injured in a plane crash, and eventually died in a cave.",
        "the two friends are both killed at the end , in the crossfire .",
        "the villain's henchmen were waiting for him , and he died at the end of the chase .",
    ],
)
def test_spoilers_major_reveals(text: str) -> None:
    assert [s.severity for s in one(text)] == ["major"]


@pytest.mark.parametrize(
    "text",
    [
        "The ending is weak and predictable.",
        "I loved this movie and cried at the end.",
        "If the monkey died, the movie got an extra half star.",
        "The black guy always dies in these films.",
        "Tomorrow Never Dies is the best Bond in years.",
        "The acting is wonderful and the score is gorgeous.",
        # attempts, doubts and backstory are not deaths in the story
        "the gang tries to kill her twice before the wedding .",
        "nobody can say whether the old captain was murdered or not .",
        "as the film opens , his mother has recently died .",
        "she is still lamenting the death of her son when the stranger arrives .",
        "ten years before , a fire killed the whole crew of the ship .",
        "the hero must stop the bomb and not get killed in the process .",
        "a man whose wife , a singer , was murdered takes up a new case .",
        "the director of two cult hits died in a car crash shortly after the premiere .",
        # film-making and film fortunes
        "the cinematographer knows how to shoot a film in tight spaces .",
        "happily , the sequel survives it , and so does its star .",
        "in the end , if the mill closes , the whole town will go hungry .",
    ],
)
def test_spoilers_opinion_and_generic_talk_is_not_major(text: str) -> None:
    assert "major" not in [s.severity for s in one(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Spoiler alert: I will discuss everything.",
        "[Spoilers] Read on at your own risk.",
        "* this review contains spoilers *",
        "Warning: major spoilers follow!",
        "Note: some may consider portions of the following text to be spoilers.",
    ],
)
def test_spoilers_author_warnings(text: str) -> None:
    assert [s.severity for s in one(text)] == ["warning"]
    assert sentence_spoiler(text).warning


def test_spoilers_warning_and_reveal_in_one_sentence_gives_both() -> None:
    text = "And when that patient finally dies (spoiler alert!), the music is very sad."
    assert sorted(s.severity for s in one(text)) == ["major", "warning"]


def test_spoilers_set_up_sentence() -> None:
    text = "gibson ends up going after his partner and the mafia that his partner serves ."
    assert [s.severity for s in one(text)] == ["set-up"]


RECAP = (
    "I saw this film last week with my sister. "
    "Yong Goo is a gentle man who lives with his daughter Ye Seung in a small flat. "
    "He is arrested after a police chief's daughter dies in an accident. "
    "In prison his cellmates hear his story and decide to help him. "
    "They smuggle Ye Seung into the cell, and the guards slowly warm to the pair. "
    "In the end he is executed on her birthday. "
    "I thought the acting was superb and I cried a lot."
)


def test_spoilers_recap_block_is_one_spoiler() -> None:
    spans = split_sentences(RECAP)
    found = find_spoilers(RECAP, spans)
    assert len(found) == 1
    block = found[0]
    assert block.reason == "plot recap block"
    assert block.severity == "major"  # the execution is inside it
    assert block.span == Span(spans[1].start, spans[5].end)
    assert not block.span.of(RECAP).startswith("I saw")
    assert block.span.of(RECAP).endswith("on her birthday.")


def test_spoilers_short_plot_run_is_not_a_block() -> None:
    body = "Yong Goo is a gentle father. In the end he is executed. I loved it, truly."
    spans = split_sentences(body)
    found = find_spoilers(body, spans)
    assert [(s.severity, s.span) for s in found] == [("major", spans[1])]


def test_spoilers_output_is_ordered_and_disjoint() -> None:
    body = "Spoiler alert! " + RECAP + " The twist is that she dies."
    found = find_spoilers(body, split_sentences(body))
    starts = [s.span.start for s in found]
    assert starts == sorted(starts)
    for a, b in itertools.pairwise(found):
        assert a.span.end <= b.span.start or a.span == b.span


def test_spoilers_stage_fills_review() -> None:
    review = Review(source="x", sha256="0", body=RECAP)
    review.sentences = [Sentence(s) for s in split_sentences(RECAP)]
    stage = SpoilerStage(Options())
    assert stage.requires == ("sentences",) and stage.assigns == ("spoilers",)
    stage(review)
    assert [s.reason for s in review.spoilers] == ["plot recap block"]


TRAIN = Path(__file__).resolve().parents[2] / "training" / "aspects_train.jsonl"


def gold_major(split: str) -> tuple[float, float]:
    path = TRAIN if split == "train" else GOLD
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    tp = fp = fn = 0
    for row in (r for r in rows if split == "train" or r["split"] == split):
        predicted = any(s.severity == "major" for s in one(row["text"]))
        gold = row["spoiler"] == "major"
        tp += predicted and gold
        fp += predicted and not gold
        fn += gold and not predicted
    return tp / (tp + fp), tp / (tp + fn)


# Major-spoiler precision and recall floors at the figures measured with the bench scoring, as
# regression guards. "train" is the 1,759 training sentences (121 major), the largest sample.
GOLD_FLOORS = {"dev": (0.96, 0.82), "test": (0.65, 0.48), "train": (0.78, 0.66)}


@pytest.mark.skipif(not GOLD.is_file(), reason="aspects gold file not present")
@pytest.mark.parametrize("split", sorted(GOLD_FLOORS))
def test_spoilers_gold_floors(split: str) -> None:
    precision, recall = gold_major(split)
    min_precision, min_recall = GOLD_FLOORS[split]
    assert precision >= min_precision
    assert recall >= min_recall


@pytest.mark.parametrize(
    "text",
    [
        "I finally caught up with it this month and I understand the fuss completely.",
        "We finally saw it on a rainy Sunday, and it was worth the wait.",
    ],
)
def test_spoilers_the_viewers_own_story_is_no_outcome(text: str) -> None:
    assert sentence_spoiler(text).severity == "none"


@pytest.mark.parametrize(
    "text",
    [
        "At the end of the movie, nothing has been solved for him.",
        "In the end, Will does not die.",
        "The film even has a happy ending.",
        "The shooter is killed at once, so it turns on why the secretary was killed.",
        "When Commodus hears the plan, he strangles his father.",
        "in the end , von bulow is as sadistic as ever .",
    ],
)
def test_spoilers_outcome_phrasings_are_major(text: str) -> None:
    assert sentence_spoiler(text).severity == "major"


@pytest.mark.parametrize(
    "text",
    [
        "Nobody gets killed and there are no explosions.",
        "A man whose lover was murdered tests a virtual reality unit.",
        "Was he killed by accident?",
        "The film lives and dies on its special effects.",
        "The lead actor died during the filming of the sequel.",
        "It turns out that an asteroid is going to strike the earth.",
        "He survives an attack from the master vampire.",
        "If his roommate commits suicide, he gets straight A's.",
        "One doctor is killed instantly with a pencil.",
    ],
)
def test_spoilers_backstory_questions_and_nameless_deaths_are_not_major(text: str) -> None:
    assert sentence_spoiler(text).severity != "major"


def test_spoilers_nameless_death_is_set_up() -> None:
    assert sentence_spoiler("One doctor is killed instantly with a pencil.").severity == "set-up"


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # The charge the story starts from is its premise, not its outcome.
        (
            "After a tragic accident he is wrongly convicted of killing a child and ends up on"
            " death row, where the men in his cell take pity on him.",
            "set-up",
        ),
        (
            "A father is accused of abducting and killing a police commissioner's daughter.",
            "set-up",
        ),
        # Clearing a name and the film's closing image are the resolution.
        (
            "Years later the grown-up Ye-sung clears his name in a mock trial, and the film closes"
            " on a balloon caught on the prison wall.",
            "major",
        ),
        ("Spoiler alert: the ending is the execution, staged as a long farewell.", "major"),
        ("The ending is the best part of the film.", "none"),
        # No one in the story acts: the reviewer's own evening.
        ("Now it is on demand, everyone is stuck indoors, and curiosity finally won.", "none"),
        ("In the end, the detective finally confesses.", "major"),
    ],
)
def test_spoilers_premise_charges_and_named_endings(text: str, severity: str) -> None:
    assert sentence_spoiler(text).severity == severity


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # the film is the subject and "none of them" counts genres: no story told
        ("It tries to be all four and ends up none of them.", "none"),
        ("The film wants to be three movies and is none of them.", "none"),
        # counted people of the story still are people
        ("Then all of them are killed by the storm.", "set-up"),
        ("She kills two of them before dawn.", "set-up"),
    ],
)
def test_spoilers_a_counted_them_in_a_sentence_about_the_film_is_no_one(
    text: str, severity: str
) -> None:
    assert sentence_spoiler(text).severity == severity
