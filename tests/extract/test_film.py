"""Film identity: title variants fold together, furniture is stripped, years are kept."""

from __future__ import annotations

import pytest

from cinesift.extract.film import clean_title, film_key, identify_film, parse_film_arg


@pytest.mark.parametrize(
    "variant",
    [
        "Miracle in Cell No. 7",
        "Miracle In Cell No.7",
        "miracle in cell no. 7",
        "MIRACLE IN CELL NO 7",
    ],
)
def test_film_variants_share_a_key(variant: str) -> None:
    assert film_key(variant) == film_key("Miracle in Cell No. 7") == "miracle-in-cell-no-7"


@pytest.mark.parametrize(
    "headline, title, year",
    [
        ("Miracle in Cell No. 7 (2013) Korean Movie", "Miracle in Cell No. 7", 2013),
        ("Review: Cats (2019) – The Daily Screen", "Cats", 2019),
        ("Cats movie review: a hairball of a musical", "Cats", None),
        ("[Review] Parasite", "Parasite", None),
        ("Parasite review – a masterpiece of class warfare", "Parasite", None),
        ("The Quiet Harbour", "The Quiet Harbour", None),
    ],
)
def test_film_clean_title(headline: str, title: str, year: int | None) -> None:
    assert clean_title(headline) == (title, year)


def test_film_structured_data_wins() -> None:
    items = [
        {
            "@type": "Review",
            "itemReviewed": {"@type": "Movie", "name": "Cats", "dateCreated": "2019-12-20"},
        }
    ]
    film = identify_film("Why I walked out of this musical", "body", items)
    assert film is not None and (film.title, film.year) == ("Cats", 2019)


def test_film_argument_with_year() -> None:
    assert parse_film_arg("Miracle in Cell No. 7 (2013)").year == 2013
    assert parse_film_arg("Cats").year is None


@pytest.mark.parametrize(
    "headline, body, title",
    [
        (
            "Why Miracle in Cell No.7 Stays With You",
            "I rewatched Miracle in Cell No.7 last week. Miracle In Cell No.7 still works.",
            "Miracle in Cell No.7",
        ),
        ("In Defence of Cats", "Cats is not as bad as you heard. Cats has real dancing.", "Cats"),
        ("Watching Cats at Home", "I finally saw Cats. Cats was odd.", "Cats"),
        # A lower-case common word is no title: the headline stays as it is.
        (
            "Miracle in Cell No. 7",
            "In this cell number 7 the prisoners help a father.",
            "Miracle in Cell No. 7",
        ),
    ],
)
def test_film_title_inside_headline(headline: str, body: str, title: str) -> None:
    film = identify_film(headline, body)
    assert film is not None and film.title == title


@pytest.mark.parametrize(
    ("headline", "body", "title"),
    [
        ("DON'T SEE THIS MOVIE", "It was awful from start to finish.", None),
        ("Why this film still matters", "It was made on a tiny budget.", None),
        ("Don't see this movie", "Don't see this movie, I beg you.", None),
        # a title that says "this movie" is kept when the headline carries its year
        ("This Movie Is Broken (2010)", "A concert film with a love story.", "This Movie"),
        ("Before I Go to Sleep", "It is a thriller.", "Before I Go to Sleep"),
    ],
)
def test_film_headline_that_speaks_of_this_movie_is_no_title(
    headline: str, body: str, title: str | None
) -> None:
    film = identify_film(headline, body)
    if title is None:
        assert film is None
    else:
        assert film is not None and film.title.startswith(title)


@pytest.mark.parametrize(
    ("headline", "body", "title"),
    [
        # a lone function word that opens sentences is no title, however often it recurs
        (
            "Polarization Isn't the Problem, But Human Identity May Be",
            "But we must talk. But not today.",
            "Polarization Isn't the Problem, But Human Identity May Be",
        ),
        # the page's own spelling is taken, but not one that cuts a bracket in half
        (
            "DEA Officials Arrest the Premier",
            "Drug Enforcement Administration (DEA) officials arrested him on Thursday.",
            "DEA Officials",
        ),
        # a film whose title opens on such a word is still found whole
        (
            "Review: But I'm a Cheerleader (1999)",
            "But I'm a Cheerleader is a comedy.",
            "But I'm a Cheerleader",
        ),
    ],
)
def test_film_title_run_inside_a_headline_keeps_to_words_and_brackets(
    headline: str, body: str, title: str
) -> None:
    film = identify_film(headline, body)
    assert film is not None and film.title == title
