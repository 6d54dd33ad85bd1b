"""Repository over SQLite: pages, reviews, comments, films and per-page errors."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from cinesift.errors import NotFoundError, StoreError
from cinesift.extract.film import normalise_title
from cinesift.jsonio import review_from_record, review_to_record
from cinesift.model import FilmRef, Page, Review, Unreadable
from cinesift.store.migrations import MIGRATIONS

IngestOutcome = Literal["new", "updated", "unchanged", "failed"]


@dataclass(frozen=True)
class FilmRow:
    id: int
    key: str
    title: str
    year: int | None
    reviews: int
    scored: int
    mean_score: float | None
    positive: int
    judged: int

    @property
    def percent_positive(self) -> float | None:
        return round(100 * self.positive / self.judged, 1) if self.judged else None

    def label(self) -> str:
        return f"{self.title} ({self.year})" if self.year else self.title

    def to_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "title": self.title,
            "year": self.year,
            "reviews": self.reviews,
            "scored": self.scored,
            "percent_positive": self.percent_positive,
            "mean_score": self.mean_score,
        }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """One SQLite database. Each page is saved in its own transaction, so a crash loses nothing."""

    def __init__(self, path: str | Path = "cinesift.db") -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a usable CineSift database: {exc}") from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- schema ---------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply the migrations this database has not seen yet, in order; return their names."""
        with self.conn:
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS migrations "
                "(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"
            )
        done = {row["name"] for row in self.conn.execute("SELECT name FROM migrations")}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.conn:
                for statement in _statements(sql):
                    self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, _now())
                )
            applied.append(name)
        return applied

    def applied_migrations(self) -> list[str]:
        return [r["name"] for r in self.conn.execute("SELECT name FROM migrations ORDER BY id")]

    # -- writing --------------------------------------------------------------------------

    def has_page(self, sha256: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM pages WHERE sha256 = ?", (sha256,)).fetchone()
        return row is not None

    def save(self, page: Page | Unreadable, review: Review, max_raw_bytes: int) -> IngestOutcome:
        """Store the page and what was learnt from it (its review, or its error) atomically."""
        with self.conn:
            page_id, existed = self._upsert_page(page, review.sha256, max_raw_bytes)
            self.conn.execute("DELETE FROM errors WHERE page_id = ?", (page_id,))
            self.conn.execute("DELETE FROM reviews WHERE page_id = ?", (page_id,))
            if review.error:
                self.conn.execute(
                    "INSERT INTO errors (page_id, source, sha256, message, at) VALUES (?,?,?,?,?)",
                    (page_id, review.source, review.sha256, review.error, _now()),
                )
                return "failed"
            self._insert_review(page_id, review)
        return "updated" if existed else "new"

    def _upsert_page(
        self, page: Page | Unreadable, sha256: str, max_raw_bytes: int
    ) -> tuple[int, bool]:
        """The page's row id, and whether it was stored before."""
        raw = page.raw if len(page.raw) <= max_raw_bytes else None
        content_type = page.content_type if isinstance(page, Page) else "text"
        url = page.url if isinstance(page, Page) else None
        charset = page.charset if isinstance(page, Page) else None
        row = self.conn.execute("SELECT id FROM pages WHERE sha256 = ?", (sha256,)).fetchone()
        if row:
            return int(row["id"]), True
        cur = self.conn.execute(
            "INSERT INTO pages (sha256, source, url, content_type, size, raw, ingested_at, "
            "charset) VALUES (?,?,?,?,?,?,?,?)",
            (sha256, page.source, url, content_type, len(page.raw), raw, _now(), charset),
        )
        return int(cur.lastrowid or 0), False

    def _insert_review(self, page_id: int, review: Review) -> None:
        film_id = self._resolve_film(review.film) if review.film else None
        record = review_to_record(review)
        cur = self.conn.execute(
            "INSERT INTO reviews (page_id, film_id, reviewer, site, title, score, polarity, "
            "inferred_score, body_sha256, analysed_at, doc) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                page_id,
                film_id,
                review.reviewer,
                review.site,
                review.title,
                review.score.normalized if review.score else None,
                review.polarity,
                review.inferred_score.normalized if review.inferred_score else None,
                hashlib.sha256(" ".join(review.body.split()).lower().encode()).hexdigest(),
                _now(),
                json.dumps(record, ensure_ascii=False),
            ),
        )
        self.conn.executemany(
            "INSERT INTO comments (review_id, position, author, date, depth, text, score, "
            "polarity) VALUES (?,?,?,?,?,?,?,?)",
            [
                (
                    cur.lastrowid,
                    i,
                    c.author,
                    c.date,
                    c.depth,
                    c.text,
                    c.score.normalized if c.score else None,
                    c.polarity,
                )
                for i, c in enumerate(review.comments)
            ],
        )

    def _resolve_film(self, film: FilmRef) -> int:
        """The film row for a reference: same title and year, or the one film of that title."""
        norm = normalise_title(film.title)
        rows = self.conn.execute(
            "SELECT id, year FROM films WHERE norm_title = ? ORDER BY id", (norm,)
        ).fetchall()
        if film.year is not None:
            for row in rows:
                if row["year"] == film.year:
                    return int(row["id"])
            undated = [row for row in rows if row["year"] is None]
            if undated:  # the year arrives with a later page: the film gains it
                self.conn.execute(
                    "UPDATE films SET year = ?, key = ? WHERE id = ?",
                    (film.year, film.key, undated[0]["id"]),
                )
                return int(undated[0]["id"])
        elif len({row["year"] for row in rows}) == 1:
            return int(rows[0]["id"])
        elif rows:  # several films share the title; an undated page goes to the undated one
            for row in rows:
                if row["year"] is None:
                    return int(row["id"])
        cur = self.conn.execute(
            "INSERT INTO films (key, norm_title, title, year) VALUES (?,?,?,?)",
            (film.key, norm, film.title, film.year),
        )
        return int(cur.lastrowid or 0)

    # -- reading --------------------------------------------------------------------------

    def films(self) -> list[FilmRow]:
        rows = self.conn.execute(
            """
            SELECT f.id, f.key, f.title, f.year,
                   COUNT(r.id) AS reviews,
                   COUNT(r.score) AS scored,
                   AVG(r.score) AS mean_score,
                   SUM(CASE WHEN r.score >= 60 OR (r.score IS NULL AND r.polarity = 'positive')
                            THEN 1 ELSE 0 END) AS positive,
                   SUM(CASE WHEN r.score IS NOT NULL OR r.polarity IS NOT NULL
                            THEN 1 ELSE 0 END) AS judged
            FROM films f LEFT JOIN reviews r ON r.film_id = f.id
            GROUP BY f.id HAVING COUNT(r.id) > 0
            ORDER BY COUNT(r.id) DESC, f.title
            """
        ).fetchall()
        return [
            FilmRow(
                id=r["id"],
                key=r["key"],
                title=r["title"],
                year=r["year"],
                reviews=r["reviews"],
                scored=r["scored"],
                mean_score=round(r["mean_score"], 1) if r["mean_score"] is not None else None,
                positive=r["positive"] or 0,
                judged=r["judged"] or 0,
            )
            for r in rows
        ]

    def film(self, query: str) -> FilmRow:
        """Find a film by key, title or "Title (Year)"; raise NotFoundError if none or ambiguous."""
        from cinesift.extract.film import parse_film_arg

        ref = parse_film_arg(query)
        norm = normalise_title(ref.title)
        films = self.films()
        exact = [f for f in films if f.key == query or normalise_title(f.title) == norm]
        if ref.year:
            exact = [f for f in exact if f.year == ref.year] or exact
        candidates = exact or [f for f in films if norm and norm in normalise_title(f.title)]
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            raise NotFoundError(f"no film matching {query!r}")
        names = ", ".join(f.label() for f in candidates[:5])
        raise NotFoundError(f"{query!r} matches several films: {names}")

    def reviews(self, film_id: int) -> list[Review]:
        rows = self.conn.execute(
            "SELECT doc FROM reviews WHERE film_id = ? ORDER BY id", (film_id,)
        ).fetchall()
        return [review_from_record(json.loads(r["doc"])) for r in rows]

    def all_reviews(self) -> Iterator[Review]:
        for row in self.conn.execute("SELECT doc FROM reviews ORDER BY id"):
            yield review_from_record(json.loads(row["doc"]))

    def errors(self) -> list[dict[str, str]]:
        return [
            dict(r)
            for r in self.conn.execute("SELECT source, sha256, message, at FROM errors ORDER BY id")
        ]

    def stored_pages(self) -> Iterator[Page]:
        """The raw pages, for re-running the analysis after an upgrade."""
        for r in self.conn.execute(
            "SELECT source, url, content_type, raw, charset FROM pages WHERE raw IS NOT NULL "
            "ORDER BY id"
        ):
            yield Page(r["source"], bytes(r["raw"]), r["content_type"], r["url"], r["charset"])

    def counts(self) -> dict[str, int]:
        return {
            table: self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("pages", "reviews", "comments", "films", "errors")
        }


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip() and not s.strip().startswith("--")]
