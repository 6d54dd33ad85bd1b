"""People and characters: alias rules, hand-made tricky names, roles and cast links."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cinesift.analyze.people import (
    find_people,
    group_names,
    is_part_of,
    levenshtein,
    parse_name,
    same_person,
)
from cinesift.extract.text import extract_text

DATA = Path(__file__).resolve().parents[1] / "data"
TRICKY = json.loads((DATA / "people_tricky.json").read_text())["cases"]
FILM = "Miracle in Cell No. 7"


def _seed_body(shared_dir: Path, page: str) -> str:
    return extract_text((shared_dir / "samples" / "seeds" / page).read_text()).body


def _fold(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


@pytest.mark.parametrize("case", TRICKY, ids=[" / ".join(c["names"]) for c in TRICKY])
def test_people_tricky_names_group_as_labelled(case: dict) -> None:
    groups = group_names(case["names"])
    if case["same"]:
        assert groups == [case["names"]], case["why"]
    elif "Emma" in case["names"]:
        assert ["Emma"] in groups and len(groups) == 3, case["why"]
    else:
        assert len(groups) == len(case["names"]), case["why"]


def test_people_tricky_file_has_at_least_30_cases() -> None:
    assert len(TRICKY) >= 30
    assert sum(1 for c in TRICKY if not c["same"]) >= 15


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Ryu Seung Ryong", "Ryu Seung-ryong", True),
        ("Ryu Seung-ryong", "Seung-ryong Ryu", True),
        ("Ye Seung", "Yesung", True),
        ("Park Shin-hye", "Pak Shin-hye", True),
        ("Park Shin-hye", "Park Shin-yang", False),
        ("Kim Soo-hyun", "Kim Hyun-soo", False),
        ("Emma Stone", "Emma Watson", False),
        ("Jim Carrey", "Jim Carey", True),
        ("Alfre Woodard", "Joanne Woodward", False),
    ],
)
def test_people_same_person_rules(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same
    assert same_person(b, a) is same


@pytest.mark.parametrize(
    ("part", "full", "expected"),
    [
        ("Yong-gu", "Lee Yong-gu", True),
        ("Yong Goo", "Lee Yong-gu", True),
        ("Lee", "Lee Yong-gu", True),
        ("Song Kang", "Song Kang-ho", False),
        ("Jung Woo", "Jung Woo-sung", False),
        ("Andy Lau", "Andy Lau Tak-wah", True),
    ],
)
def test_people_is_part_of_given_and_surname_runs(part: str, full: str, expected: bool) -> None:
    assert is_part_of(part, full) is expected


def test_people_parse_name_folds_case_accents_and_qualifiers() -> None:
    assert parse_name("RYU Seung-ryong").keys == parse_name("Ryu Seung Ryong").keys
    assert parse_name("Ye-sung (Child)").joined == parse_name("Ye Seung").joined
    assert parse_name("Penélope Cruz").joined == parse_name("penelope cruz").joined
    assert parse_name("mr . connery").joined == parse_name("Connery").joined


@pytest.mark.parametrize(("a", "b", "d"), [("kitten", "sitting", 3), ("osment", "osemt", 2)])
def test_people_levenshtein_counts_transpositions_once(a: str, b: str, d: int) -> None:
    assert levenshtein(a, b) == d


def test_people_seed_variants_are_one_person(seed_labels: dict) -> None:
    for variants in seed_labels["cross_page"]["name_variants_same_person"]:
        assert len(group_names(variants)) == 1, variants


def test_people_seed_variants_found_on_pages_share_a_canonical(
    shared_dir: Path, seed_labels: dict
) -> None:
    from cinesift.aggregate.facts import cluster_aliases

    names = []
    for page in seed_labels["pages"]:
        names += [m.name for m in find_people(_seed_body(shared_dir, page), FILM)]
    canonical = {n: c.canonical for c in cluster_aliases(names) for n in c.members}
    for variants in seed_labels["cross_page"]["name_variants_same_person"]:
        seen = [v for v in variants if v in canonical]
        assert seen, variants
        assert len({canonical[v] for v in seen}) == 1, variants


def _cast_items(seed_labels: dict) -> list[tuple[str, str, str]]:
    return [
        (page, actor, character)
        for page, labels in seed_labels["pages"].items()
        for actor, character in labels.get("cast", {}).items()
    ]


def test_people_seed_cast_lines_link_actor_to_character(
    shared_dir: Path, seed_labels: dict
) -> None:
    items = _cast_items(seed_labels)
    assert len(items) == 5
    for page, actor, character in items:
        mentions = find_people(_seed_body(shared_dir, page), FILM)
        actors = [m for m in mentions if same_person(m.name, actor)]
        assert actors, (page, actor)
        assert all(m.role == "actor" for m in actors), (page, actor)
        plays = {_fold(m.plays or "") for m in actors}
        wanted_base = character.split(" (")[0]
        assert any(
            _fold(p).startswith(_fold(wanted_base)) or same_person(p.split(" (")[0], wanted_base)
            for p in plays
        ), (page, actor, plays)
        if "(" in character:
            assert any(_fold(character.split("(")[1]) in p for p in plays), (page, actor, plays)


def test_people_seed_characters_have_character_role(shared_dir: Path, seed_labels: dict) -> None:
    page = "000_b5e981fca0e940f7.txt"
    mentions = find_people(_seed_body(shared_dir, page), FILM)
    for name in seed_labels["pages"][page]["characters"]:
        found = [m for m in mentions if m.name == name]
        assert found and all(m.role == "character" for m in found), name


def test_people_seed_page_canonical_is_fullest_spelling(shared_dir: Path) -> None:
    mentions = find_people(_seed_body(shared_dir, "001_1fb0a01d184cddfb.txt"), FILM)
    by_name = {m.name: m.canonical for m in mentions}
    assert by_name["Ryu Seung Ryong"] == "Ryu Seung-ryong"
    assert by_name["Ye Sung"] == by_name["Ye-sung"]
    assert "Blue Dragon" not in by_name and "Miracle" not in by_name


@pytest.mark.parametrize(
    ("text", "name", "role", "plays"),
    [
        ("Song Kang-ho plays Kim Ki-taek, a driver.", "Song Kang-ho", "actor", "Kim Ki-taek"),
        ("Song Kang-ho plays Kim Ki-taek, a driver.", "Kim Ki-taek", "character", None),
        ("The film was directed by Bong Joon-ho in Seoul.", "Bong Joon-ho", "director", None),
        ("It stars Emma Stone and Ryan Gosling together.", "Emma Stone", "actor", None),
        ("We follow Karras (Jason Miller), a priest.", "Jason Miller", "actor", "Karras"),
        ("We follow Karras (Jason Miller), a priest.", "Karras", "character", None),
        ("Hello guys, I'm Marchella and I love films.", "Marchella", "reviewer", None),
        ("Later we meet Dae-su, the prisoner of a hotel room.", "Dae-su", "character", None),
        ("I kept thinking of Dae-su long after.", "Dae-su", "person", None),
    ],
)
def test_people_roles_from_context(text: str, name: str, role: str, plays: str | None) -> None:
    mentions = {m.name: m for m in find_people(text)}
    assert name in mentions, list(mentions)
    assert mentions[name].role == role
    assert mentions[name].plays == plays


def test_people_spans_point_at_the_name() -> None:
    body = "Honestly, Ryu Seung-ryong as Lee Yong-gu is perfect. Yong-gu loves his daughter."
    mentions = find_people(body)
    assert [body[m.span.start : m.span.end] for m in mentions] == [m.name for m in mentions]
    assert {m.canonical for m in mentions if m.name == "Yong-gu"} == {"Lee Yong-gu"}
    assert all(m.role == "character" for m in mentions if m.canonical == "Lee Yong-gu")


@pytest.mark.parametrize(
    "text",
    [
        "Gosh, this movie REALLY breaks your heart. Recommended.",
        "It won at the Blue Dragon Films as Audience Choice Award for Most Popular Movie.",
        "A Father-Daughter bond, Well-worth watching. Heart-wrenching.",
        "Saddest movie I ever watched in December 2013 in Korea.",
    ],
)
def test_people_ignores_capitalised_words_that_are_not_names(text: str) -> None:
    assert find_people(text) == []
