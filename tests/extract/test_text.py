"""Plain-text pages: body apart from navigation, bios, comment threads and comment forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from cinesift.extract.text import extract_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "text"


def test_text_numbered_thread_split_from_body() -> None:
    page = extract_text((FIXTURES / "numbered-thread.txt").read_text())
    assert page.body.startswith("I went in expecting a sleepy coastal drama")
    assert page.body.rstrip().endswith("Verdict: 8 out of 10")
    assert page.author == "Tom Ellery"
    assert page.title == "The Quiet Harbour (2021) Review"
    assert page.date == "March 3, 2022"
    assert [c.depth for c in page.comments] == [0, 0, 1]
    assert page.comments[1].text == "Not for me, far too slow. 4/10 from me."
    for leak in ("Loved this one", "Leave a Reply", "email address", "thoughts on", "Written by"):
        assert leak not in page.body


def test_text_trailer_and_navigation_dropped() -> None:
    page = extract_text((FIXTURES / "no-thread.txt").read_text())
    assert page.body.startswith("This is not a film I will remember fondly.")
    assert page.title == "Paper Lanterns"
    assert page.comments == []
    for leak in ("Menu", "Share this", "Twitter", "Related Posts", "Ten films"):
        assert leak not in page.body


def test_text_body_list_is_not_a_thread() -> None:
    text = (
        "Three reasons to see Night Trains\n\n"
        "I had a great time with this small thriller, and here is why.\n\n"
        "  - the train sequences are shot with real flair\n"
        "  - the two leads are terrific together\n"
        "  - it is only ninety minutes long\n"
    )
    page = extract_text(text)
    assert page.comments == []
    assert "the two leads are terrific together" in page.body


def test_text_bullet_thread_with_author_lines() -> None:
    text = (
        "I loved every minute of this gentle comedy about two rival bakers in a small town.\n\n"
        "My Rating – 9/10\n\n"
        "What do you think about it? Share your thoughts!\n\n"
        "  • Maria L\n\n    Same here, the flour fight had me in stitches.\n\n"
        "  • bookworm_88\n\n    I found it too sweet, honestly.\n\n"
        "Leave a Reply\n"
    )
    page = extract_text(text)
    assert [c.author for c in page.comments] == ["Maria L", "bookworm_88"]
    assert page.comments[1].text == "I found it too sweet, honestly."
    assert "Share your thoughts" not in page.body
    assert page.body.endswith("My Rating – 9/10")


@pytest.mark.parametrize(
    "name, starts, comments, author",
    [
        ("000_b5e981fca0e940f7.txt", "Gosh, I know I'm such an easily crying girl", 3, "Marchella"),
        ("001_1fb0a01d184cddfb.txt", None, 3, None),
        ("002_4ad256ec0beb0381.txt", "I’ve watched many movies but Miracle in Cell No.7", 0, None),
    ],
)
def test_text_seed_pages(shared_dir: Path, name: str, starts, comments: int, author) -> None:
    page = extract_text((shared_dir / "samples" / "seeds" / name).read_text())
    if starts:
        assert page.body.startswith(starts)
    assert len(page.comments) == comments
    assert page.author == author


@pytest.mark.parametrize(
    "first_line",
    [
        "***SPOILER ALERT***",
        "My Grade: F",
        "Rating: 8",
        "Story: 1/10 CG: 5/10 Acting:3/10",
        "Cast: Gary Graham, Anne Marie Johnson, Paul Koslo",
        "Sound format: Mono",
        "Signed, The Constant DVD Collector",
        "(originally written 4/6/2002)",
        "Sunday July 16, 8:00pm The Castro, San Francisco",
        "A Compelling Thriller, 10 December 2005 Author: littlehammer from United States",
        "*********Ten out of Ten Stars*********",
        "WHAT TO EXPECT",
    ],
)
def test_text_warning_label_and_score_lines_are_no_headline(first_line: str) -> None:
    body = (
        "I rented this one on a whim and regretted it within ten minutes of the opening scene.\n"
        "The plot never makes sense and the acting is wooden from start to finish."
    )
    assert extract_text(f"{first_line}\n\n{body}").title is None


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("NATURAL BORN KILLERS (1994)", "NATURAL BORN KILLERS (1994)"),
        ("Star Wars: Episode IV", "Star Wars: Episode IV"),
    ],
)
def test_text_real_headline_kept(first_line: str, title: str) -> None:
    body = "I saw it again last week and it holds up better than I remembered it would."
    assert extract_text(f"{first_line}\n\n{body}").title == title


@pytest.mark.parametrize("line", ["Grady Harp", "Ten Out Of Ten", "Wednesday, January 15, 1997"])
def test_text_title_like_line_inside_the_text_is_no_title_unless_named_again(line: str) -> None:
    opening = (
        "I rented this one on a whim and regretted it within ten minutes of the opening scene."
    )
    text = f"{opening}\n{line}\nThe plot never makes sense and the acting is wooden throughout."
    assert extract_text(text).title is None


def test_text_title_under_an_epigraph_is_the_title_when_the_text_names_it_again() -> None:
    text = (
        "Thank you for everything, for being my daughter and for being here with me. - Father\n\n"
        "Harbour Lights\n\n"
        "I went into Harbour Lights knowing nothing, and it is the best film I saw this year."
    )
    assert extract_text(text).title == "Harbour Lights"
