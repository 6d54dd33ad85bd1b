"""The store: recorded migrations, idempotent saves, errors kept beside good data."""

from __future__ import annotations

from pathlib import Path

import pytest

from cinesift.errors import NotFoundError, StoreError
from cinesift.model import Comment, FilmRef, Page, Review, Score, Span, Unreadable
from cinesift.store import Store
from cinesift.store.migrations import MIGRATIONS


def make(page_text: str, film: FilmRef | None, score: float | None = None) -> tuple[Page, Review]:
    page = Page("mem://" + page_text[:10], page_text.encode(), "text")
    review = Review(source=page.source, sha256=page.sha256, body=page_text, film=film)
    if score is not None:
        review.score = Score(f"{score / 10:g}/10", score, 10, Span(0, 4))
    review.comments = [Comment("nice", author="ann", depth=0), Comment("agreed", depth=1)]
    review.polarity = "positive"
    return page, review


def test_db_migrations_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with Store(path) as store:
        assert store.applied_migrations() == [name for name, _ in MIGRATIONS]
    with Store(path) as store:
        assert store.migrate() == []


def test_db_save_is_idempotent_and_round_trips() -> None:
    store = Store(":memory:")
    page, review = make("A lovely film, truly.", FilmRef("Miracle in Cell No. 7", 2013), 90)
    assert store.save(page, review, 10**6) == "new"
    assert store.save(page, review, 10**6) == "updated"
    assert store.counts()["reviews"] == 1 and store.counts()["comments"] == 2
    [film] = store.films()
    [back] = store.reviews(film.id)
    assert back.score == review.score and back.comments[1].depth == 1
    assert back.body == review.body


def test_db_films_group_title_variants_and_years() -> None:
    store = Store(":memory:")
    for text, ref in [
        ("one review text", FilmRef("Miracle In Cell No.7")),
        ("two review text", FilmRef("Miracle in Cell No. 7", 2013)),
        ("three review text", FilmRef("miracle in cell no. 7")),
        ("four review text", FilmRef("Miracle in Cell No. 7", 2019)),
    ]:
        store.save(*make(text, ref), 10**6)
    films = {(f.year, f.reviews) for f in store.films()}
    assert films == {(2013, 3), (2019, 1)}
    assert store.film("Miracle in Cell No. 7 (2019)").year == 2019
    with pytest.raises(NotFoundError):
        store.film("Paddington")


def test_db_error_kept_and_good_data_survives() -> None:
    store = Store(":memory:")
    store.save(*make("good review text", FilmRef("Cats", 2019), 20), 10**6)
    bad = Unreadable("crawl.warc#after-record3", "WARC archive is damaged")
    store.save(bad, Review(source=bad.source, sha256=bad.sha256, error=bad.message), 10**6)
    assert store.counts()["reviews"] == 1
    assert store.errors()[0]["message"] == "WARC archive is damaged"


def test_db_huge_page_raw_not_stored() -> None:
    store = Store(":memory:")
    page = Page("big.html", b"x" * 2000)
    review = Review(source=page.source, sha256=page.sha256, error="page is too large")
    store.save(page, review, max_raw_bytes=1000)
    row = store.conn.execute("SELECT size, raw FROM pages").fetchone()
    assert row["size"] == 2000 and row["raw"] is None


def test_db_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError):
        Store(path)
