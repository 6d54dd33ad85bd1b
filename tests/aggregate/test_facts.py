"""Across the pages of one film: alias clusters, the cast table, agreements and conflicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cinesift.aggregate.facts import cluster_aliases, film_facts
from cinesift.analyze.claims import find_claims
from cinesift.analyze.people import find_people, same_person
from cinesift.extract.text import extract_text
from cinesift.model import Claim, FilmRef, Review, Span

FILM = FilmRef("Miracle in Cell No. 7", 2013)


def _seed_reviews(shared_dir: Path, seed_labels: dict) -> list[Review]:
    reviews = []
    for page in seed_labels["pages"]:
        body = extract_text((shared_dir / "samples" / "seeds" / page).read_text()).body
        review = Review(source=page, sha256=page, body=body, film=FILM)
        review.people = find_people(body, FILM.title)
        review.claims = find_claims(body)
        reviews.append(review)
    return reviews


def _review(source: str, body: str, claims: list[tuple[str, str, str, str | None]]) -> Review:
    review = Review(source=source, sha256=source, body=body, film=FILM)
    span = Span(0, len(body))
    review.claims = [Claim(k, s, v, span, a) for k, s, v, a in claims]
    return review


def test_facts_cluster_aliases_counts_members_and_picks_canonical() -> None:
    names = ["Yong Goo", "Yong Goo", "Yong-gu", "Lee Yong-gu", "Ye Seung", "Ye-sung", "Yesung"]
    clusters = cluster_aliases(names)
    assert [c.canonical for c in clusters] == ["Lee Yong-gu", "Ye-sung"]
    assert clusters[0].members == {"Yong Goo": 2, "Yong-gu": 1, "Lee Yong-gu": 1}
    assert clusters[0].count == 4
    assert clusters[1].to_dict()["count"] == 3


def test_facts_cluster_aliases_keeps_similar_people_apart() -> None:
    clusters = cluster_aliases(["Park Shin-hye", "Park Shin-yang", "Park Shin Hye"])
    assert sorted(len(c.members) for c in clusters) == [1, 2]


def test_facts_seed_conflicts_are_found(shared_dir: Path, seed_labels: dict) -> None:
    facts = film_facts(_seed_reviews(shared_dir, seed_labels))
    assert seed_labels["cross_page"]["conflicts"] == ["daughter's age: 7 (000) vs 6 (002)"]
    ages = [c for c in facts.conflicts if c.kind == "age"]
    assert len(ages) == 1
    conflict = ages[0]
    assert same_person(conflict.subject, "Ye-sung")
    by_value = {v.value: v.sources for v in conflict.values}
    assert by_value == {"7": ["000_b5e981fca0e940f7.txt"], "6": ["002_4ad256ec0beb0381.txt"]}
    sentences = [e.text for v in conflict.values for e in v.evidence]
    assert any("7 years old daughter" in t for t in sentences)
    assert any("6-year old girl" in t for t in sentences)


def test_facts_seed_name_variants_share_one_canonical(shared_dir: Path, seed_labels: dict) -> None:
    facts = film_facts(_seed_reviews(shared_dir, seed_labels))
    for variants in seed_labels["cross_page"]["name_variants_same_person"]:
        seen = {facts.canonical[v] for v in variants if v in facts.canonical}
        assert len(seen) == 1, variants
    father = next(p for p in facts.people if p.canonical == "Lee Yong-gu")
    assert father.role == "character"
    assert set(father.pages) == set(seed_labels["pages"])  # every page names him


def test_facts_seed_cast_table(shared_dir: Path, seed_labels: dict) -> None:
    facts = film_facts(_seed_reviews(shared_dir, seed_labels))
    table = {(c.actor, c.character): c.sources for c in facts.cast}
    for page, labels in seed_labels["pages"].items():
        for actor, character in labels.get("cast", {}).items():
            base, _, qualifier = character.partition(" (")
            rows = [
                (a, ch)
                for a, ch in table
                if a == facts.canonical[actor]
                and ch.split(" (")[0] == facts.canonical[base]
                and (not qualifier or ch.endswith(f"({qualifier}"))
            ]
            assert rows, (page, actor, character, list(table))
            assert any(page in table[row] for row in rows), (page, actor, character)
    kal = [row for row in table if row[0] == "Kal So-won"]
    assert kal == [("Kal So-won", "Ye-sung (child)")]
    assert len(table[kal[0]]) == 2


def test_facts_to_dict_is_json_with_sources_and_sentences(
    shared_dir: Path, seed_labels: dict
) -> None:
    data = film_facts(_seed_reviews(shared_dir, seed_labels)).to_dict()
    json.dumps(data)
    assert {"people", "cast", "aliases", "facts"} <= set(data)
    conflict = data["facts"]["conflicts"][0]
    assert conflict["label"].startswith("age of ")
    assert all(src["text"] and src["source"] for v in conflict["values"] for src in v["sources"])


def test_facts_agreement_needs_two_sources() -> None:
    reviews = [
        _review("a", "It runs 127 minutes.", [("runtime", "film", "127 min", None)]),
        _review("b", "A 127-minute film.", [("runtime", "film", "127 min", None)]),
        _review("c", "Released in 2013.", [("release", "film", "2013", None)]),
    ]
    facts = film_facts(reviews)
    assert [(f.kind, f.value.value, f.value.sources) for f in facts.agreements] == [
        ("runtime", "127 min", ["a", "b"])
    ]
    assert [(f.kind, f.value.value) for f in facts.single_source] == [("release", "2013")]
    assert facts.conflicts == []


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        (("runtime", "film", "127 min", None), ("runtime", "film", "132 min", None), True),
        (("release", "film", "2013", None), ("release", "film", "2013-01-23", None), False),
        (("release", "film", "2012", None), ("release", "film", "2013", None), True),
        (
            ("box_office", "film", "rank 5: highest grossing Korean film of all time", "2013-03"),
            ("box_office", "film", "rank 3: highest grossing Korean film of all time", "2013-06"),
            False,
        ),
        (
            ("box_office", "film", "rank 5: highest grossing Korean film of all time", "2013-03"),
            (
                "box_office",
                "film",
                "rank 4: highest grossing Korean film of all time",
                "2013-03-15",
            ),
            True,
        ),
        (
            ("box_office", "film", "12.32 million admissions", "2013-03-15"),
            (
                "box_office",
                "film",
                "rank 5: highest grossing Korean film of all time",
                "2013-03-15",
            ),
            False,
        ),
        (
            ("award", "film", "won: Academy Award", None),
            ("award", "film", "nominated: Golden Globe", None),
            False,
        ),
        (
            ("director", "film", "Ron Clements", None),
            ("director", "film", "John Musker", None),
            False,
        ),
    ],
)
def test_facts_conflict_rules(first: tuple, second: tuple, conflict: bool) -> None:
    facts = film_facts([_review("a", "x", [first]), _review("b", "y", [second])])
    assert bool(facts.conflicts) is conflict


def test_facts_dated_figures_form_a_timeline_with_the_newer_value() -> None:
    older = ("box_office", "film", "rank 5: highest grossing Korean film of all time", "2013-03")
    newer = ("box_office", "film", "rank 3: highest grossing Korean film of all time", "2013-06")
    facts = film_facts([_review("b", "y", [newer]), _review("a", "x", [older])])
    assert facts.conflicts == []
    assert len(facts.timelines) == 1
    assert facts.timelines[0].newer.startswith("rank 3")
    overlapping = (
        "box_office",
        "film",
        "rank 4: highest grossing Korean film of all time",
        "2013-03-15",
    )
    facts = film_facts([_review("a", "x", [older]), _review("c", "z", [overlapping])])
    assert facts.conflicts[0].newer.startswith("rank 4")


def test_facts_skip_pages_with_errors() -> None:
    bad = _review("bad", "x", [("runtime", "film", "90 min", None)])
    bad.error = "decode failed"
    good = _review("good", "y", [("runtime", "film", "127 min", None)])
    facts = film_facts([bad, good])
    assert facts.conflicts == [] and [f.value.sources for f in facts.single_source] == [["good"]]


@pytest.mark.parametrize(
    ("pages", "agreed"),
    [
        # one page stating the runtime twice is one source: no agreement
        ([("a", None, 2)], False),
        # the same URL read twice (a file and an archive record) is one page
        ([("a", "https://www.example.org/r/1", 1), ("b", "http://example.org/r/1/", 1)], False),
        ([("a", "https://example.org/r/1", 1), ("b", "https://example.org/r/2", 1)], True),
        ([("a", None, 1), ("b", None, 1)], True),
    ],
)
def test_facts_agreement_counts_distinct_pages(pages: list, agreed: bool) -> None:
    reviews = []
    for source, url, times in pages:
        body = "It runs 127 minutes. " * times
        review = _review(source, body, [("runtime", "film", "127 min", None)] * times)
        review.url = url
        reviews.append(review)
    facts = film_facts(reviews)
    assert bool(facts.agreements) is agreed
    fact = (facts.agreements or facts.single_source)[0]
    assert fact.to_dict()["source_count"] == (2 if agreed else 1)
    assert len(fact.value.sources) == (2 if agreed else 1)


def test_facts_cast_table_counts_a_page_once() -> None:
    reviews = []
    for source in ("a", "b"):
        review = _review(source, "Ryu as Yong-gu.", [("cast", "Ryu", "Yong-gu", None)])
        review.url = "https://example.org/review"
        reviews.append(review)
    assert [entry.sources for entry in film_facts(reviews).cast] == [["a"]]
